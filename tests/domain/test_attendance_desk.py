"""The desk's decisions and rules as plain functions: no database, no Qt."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from asc_desk.domain import attendance_rules as r
from asc_desk.domain.attendance_desk import (
    ChildFacts,
    current_version,
    decide_correction,
    decide_record,
    decide_undo,
)
from asc_desk.domain.attendance_rules import AttendanceEvent, EventKind
from asc_desk.domain.center import DEFAULT_TIME_ZONE
from asc_desk.domain.desk_settings import default
from asc_desk.domain.errors import UserError, ValidationError
from asc_desk.domain.expected_day import EnrollmentSpan, expected_on

SH = ZoneInfo(DEFAULT_TIME_ZONE)
WED = dt.date(2026, 11, 25)
NOW = dt.datetime(2026, 11, 25, 16, 40, tzinfo=SH)


def at(h: int, m: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, 25, h, m, tzinfo=SH)


def ev(i: int, kind: EventKind, when: dt.datetime, **kw) -> AttendanceEvent:
    return AttendanceEvent(i, 1, kind, when, when, "t", **kw)


def facts(*events: AttendanceEvent, **kw) -> ChildFacts:
    values = dict(child_id=1, name="张伟", status="active", withdrawn_on=None, expected=True,
                  enrolled_from=dt.date(2026, 9, 1), center_open=True,
                  may_collect=("李芳", " 王 强 "), events=events)
    values.update(kw)
    return ChildFacts(**values)


def test_defaults_come_from_the_desk_settings():
    assert dt.timedelta(minutes=default("duplicate_scan_minutes")) == r.DUPLICATE_WINDOW
    assert default("children_per_caregiver") == r.CHILDREN_PER_CAREGIVER


def test_a_check_in_writes_one_event_and_a_second_scan_none():
    first = decide_record(facts(), EventKind.CHECK_IN, NOW, NOW, zone=SH)
    assert [w.kind for w in first.writes] == [EventKind.CHECK_IN]
    again = decide_record(facts(ev(1, EventKind.CHECK_IN, at(16, 39))), EventKind.CHECK_IN,
                          NOW, NOW, zone=SH)
    assert again.duplicate and again.writes == ()
    with pytest.raises(UserError, match="already here"):
        decide_record(facts(ev(1, EventKind.CHECK_IN, at(16, 0))), EventKind.CHECK_IN, NOW,
                      NOW, zone=SH)


@pytest.mark.parametrize(("change", "message"), [
    (dict(status="withdrawn"), "has left"),
    (dict(enrolled_from=dt.date(2026, 12, 1)), "enrolled from"),
    (dict(center_open=False), "closed"),
])
def test_refusals_of_a_check_in(change, message):
    with pytest.raises(UserError, match=message):
        decide_record(facts(**change), EventKind.CHECK_IN, NOW, NOW, zone=SH)


def test_a_check_out_checks_the_pickup_and_records_a_missing_arrival():
    here = facts(ev(1, EventKind.CHECK_IN, at(16)))
    with pytest.raises(ValidationError, match="may not collect"):
        decide_record(here, EventKind.CHECK_OUT, NOW, NOW, zone=SH, pickup="陌生人")
    ok = decide_record(here, EventKind.CHECK_OUT, NOW, NOW, zone=SH, pickup="王 强")
    assert [w.kind for w in ok.writes] == [EventKind.CHECK_OUT]
    with pytest.raises(ValidationError, match="not checked in"):
        decide_record(facts(), EventKind.CHECK_OUT, NOW, NOW, zone=SH, pickup="李芳")
    both = decide_record(facts(), EventKind.CHECK_OUT, NOW, NOW, zone=SH, pickup="李芳",
                         checked_in_at=at(16), reason="忘记签到")
    assert [w.kind for w in both.writes] == [EventKind.CHECK_IN, EventKind.CHECK_OUT]


def test_corrections_are_checked_like_new_events():
    check_in = ev(1, EventKind.CHECK_IN, at(16))
    void = ev(2, EventKind.CORRECTION_VOID, at(16), corrects=1, void_reason="x")
    with pytest.raises(ValidationError, match="cannot be voided"):
        decide_correction([check_in, void], check_in, "again", NOW, zone=SH)
    with pytest.raises(ValidationError, match="cannot be voided"):
        decide_correction([check_in, void], void, "void the void", NOW, zone=SH)
    with pytest.raises(ValidationError, match="future"):
        decide_correction([check_in], check_in, "x", NOW, zone=SH, new_at=at(22))
    writes = decide_correction([check_in], check_in, "x", NOW, zone=SH, new_at=at(15))
    assert [(w.kind, w.corrects) for w in writes] == [(EventKind.CORRECTION_VOID, 1),
                                                      (EventKind.CHECK_IN, 1)]


def test_undoing_a_void_records_its_event_again_once():
    check_in = ev(1, EventKind.CHECK_IN, at(16))
    void = ev(2, EventKind.CORRECTION_VOID, at(16), corrects=1, void_reason="x")
    back = decide_undo([check_in, void], void, check_in, "undo", NOW, zone=SH)
    assert (back.kind, back.at, back.corrects) == (EventKind.CHECK_IN, at(16), 2)
    again = ev(3, back.kind, back.at, corrects=2)
    assert r.derive_day([check_in, void, again], True).check_in == at(16)
    with pytest.raises(ValidationError):
        decide_undo([check_in, void, again], void, check_in, "undo", NOW, zone=SH)


def test_an_undo_takes_back_the_record_as_it_stands_now():
    check_in = ev(1, EventKind.CHECK_IN, at(16))
    void = ev(2, EventKind.CORRECTION_VOID, at(16), corrects=1, void_reason="x")
    moved = ev(3, EventKind.CHECK_IN, at(15), corrects=1)
    events = [check_in, void, moved]
    assert current_version(events, 1) == moved
    assert decide_undo(events, check_in, None, "undo", NOW, zone=SH).corrects == 3
    # The correction undone: its replacement voided, the first record brought back.
    gone = ev(4, EventKind.CORRECTION_VOID, at(15), corrects=3, void_reason="undo")
    back = ev(5, EventKind.CHECK_IN, at(16), corrects=2)
    assert current_version([*events, gone, back], 1) == back
    voided = [check_in, void]
    assert current_version(voided, 1) is None
    with pytest.raises(ValidationError, match="cannot be voided"):
        decide_undo(voided, check_in, None, "undo", NOW, zone=SH)


def test_who_may_collect():
    assert r.authorized_people(["李芳", " 李芳", "王  强", ""]) == ["李芳", "王 强"]
    assert r.may_collect(" 王 强", ["王  强"]) and not r.may_collect("王五", ["王强"])
    r.check_pickup("张伟", "王五", ["王强"], "母亲电话确认")  # a coordinator's reason
    with pytest.raises(ValidationError, match="Allowed: 王强"):
        r.check_pickup("张伟", "王五", ["王强"], None)


def test_a_pickup_typed_in_another_spelling_of_the_name_may_collect():
    """Trial finding 16: "艾山 买买提" was refused although the roster holds 艾山买买提."""
    for typed in ("艾山 买买提", "艾山买买提"):
        assert r.may_collect(typed, ["艾山买买提"])
        r.check_pickup("迪丽努尔·艾山", typed, ["艾山买买提"], None)
    assert r.may_collect("阿依古丽•买买提", ["阿依古丽·买买提"])
    assert r.may_collect("白 若曦", ["白若曦"]) and not r.may_collect("白若", ["白若曦"])


def test_siblings_share_a_guardian():
    links = [(1, 10), (2, 10), (2, 11), (3, 11), (4, 12)]
    assert r.siblings_by_child(links) == {1: (2,), 2: (1, 3), 3: (2,), 4: ()}
    here = r.derive_day([ev(5, EventKind.CHECK_IN, at(16))], True)
    waiting = r.derive_day([], True)
    pairs = [(2, here), (3, waiting)]
    assert r.siblings_to_offer(EventKind.CHECK_IN, pairs) == (3,)
    assert r.siblings_to_offer(EventKind.CHECK_OUT, pairs) == (2,)
    assert r.siblings_to_offer(EventKind.ABSENT, pairs) == ()


def test_the_duplicate_scan_window():
    record = r.derive_day([ev(1, EventKind.CHECK_IN, at(16, 39))], True)
    assert r.second_scan(record, NOW, dt.timedelta(minutes=2))
    assert not r.second_scan(record, at(16, 45), dt.timedelta(minutes=2))
    assert not r.second_scan(r.derive_day([], True), NOW)


def test_who_is_expected_on_a_day():
    term = EnrollmentSpan(7, dt.date(2026, 9, 1), None, 0b0011111)
    mwf = EnrollmentSpan(8, dt.date(2026, 9, 1), dt.date(2027, 1, 20), 0b0010101)
    assert expected_on(WED, [term], {7}) == expected_on(WED, [term], {7})
    assert expected_on(WED, [term], {7}).expected
    assert expected_on(WED, [term], {7}).program_id == 7
    assert not expected_on(WED, [term], set()).expected  # the calendar has it closed
    saturday = dt.date(2026, 11, 28)
    assert not expected_on(saturday, [term], {7}).expected
    assert expected_on(WED, [mwf, term], {7, 8}).program_id == 8
    assert expected_on(WED, [term], {8}).program_id == 7  # enrolled, not open: still named
    assert not expected_on(WED, [term], {7}, status="withdrawn",
                           withdrawn_on=WED).expected
    assert expected_on(WED, [term], {7}, status="withdrawn",
                       withdrawn_on=dt.date(2026, 11, 26)).expected
    early = EnrollmentSpan(7, dt.date(2026, 12, 1), None, 0b1111111)
    result = expected_on(WED, [early], {7})
    assert not result.expected and result.enrolled_from == dt.date(2026, 12, 1)
    assert expected_on(WED, [], {7}).program_id is None


def test_a_check_in_a_check_out_depends_on_cannot_be_taken_back():
    """An undo (or a plain void) of the check-in after another desk's check-out would leave
    "collected" without "arrived": refused; moving its time, or the check-out first, is fine."""
    check_in = ev(1, EventKind.CHECK_IN, at(16))
    check_out = ev(2, EventKind.CHECK_OUT, at(16) + dt.timedelta(minutes=30), pickup_name="妈妈")
    events = [check_in, check_out]
    with pytest.raises(ValidationError, match="collected at 16:30"):
        decide_undo(events, check_in, None, "undo", NOW, zone=SH)
    with pytest.raises(ValidationError, match="correct the check-out first"):
        decide_correction(events, check_in, "wrong child", NOW, zone=SH)
    moved = decide_correction(events, check_in, "time", NOW, zone=SH, new_at=at(15))
    assert [w.kind for w in moved] == [EventKind.CORRECTION_VOID, EventKind.CHECK_IN]
    out_void = ev(3, EventKind.CORRECTION_VOID, check_out.at, corrects=2, void_reason="x")
    assert decide_undo([*events, out_void], check_in, None, "undo", NOW, zone=SH).corrects == 1


def test_a_reason_for_a_listed_pickup_is_a_note_not_an_override():
    """The end of the day records departures afterwards, with a reason: for the child's own
    people that is why the record is late (a note), never "not on the pickup list"."""
    here = facts(ev(1, EventKind.CHECK_IN, at(16)))
    listed = decide_record(here, EventKind.CHECK_OUT, at(18), NOW.replace(hour=19),
                           zone=SH, pickup="李芳", override_reason="忘记签出")
    out = listed.writes[-1]
    assert (out.override_reason, out.note) == (None, "忘记签出")
    late = decide_record(here, EventKind.CHECK_OUT, at(18), NOW.replace(hour=19), zone=SH,
                         pickup="王 强", reason="忘记签出")
    assert (late.writes[-1].override_reason, late.writes[-1].note) == (None, "忘记签出")
    both = decide_record(facts(), EventKind.CHECK_OUT, at(18), NOW.replace(hour=19), zone=SH,
                         pickup="李芳", checked_in_at=at(16), reason="忘记签到")
    assert [(w.override_reason, w.note) for w in both.writes] == [(None, "忘记签到")] * 2
    stranger = decide_record(here, EventKind.CHECK_OUT, at(18), NOW.replace(hour=19),
                             zone=SH, pickup="邻居", override_reason="妈妈打电话同意")
    assert stranger.writes[-1].override_reason == "妈妈打电话同意"
    record = r.derive_day([*here.events, ev(2, EventKind.CHECK_OUT, at(18), pickup_name="李芳",
                                            note="忘记签出")], True)
    assert (record.overrides, record.notes) == ((), ("忘记签出",))
