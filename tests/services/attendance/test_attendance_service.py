"""The desk on a real database: check-in, check-out, who may collect, absences, corrections."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from asc_desk.db.models import AttendanceEventRow
from asc_desk.domain.attendance_rules import AbsenceReason, ChildDayState
from asc_desk.domain.errors import UserError, ValidationError
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.center_service import CenterService
from asc_desk.services.roster.roster_service import RosterService

SH = ZoneInfo("Asia/Shanghai")
WED = dt.date(2026, 11, 25)  # an open Wednesday, "today" of the demo data


def at(hour: int, minute: int = 0, day: dt.date = WED) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=SH)


@pytest.fixture
def db(demo_db):
    """The demo center with 12 children (filled once, copied for each test)."""
    return demo_db(children=12)


@pytest.fixture
def desk(db):
    center = CenterService(db, "t").get_center()
    roster = RosterService(db, "t")
    children = roster.list_roster(center.id)
    clock = {"now": at(16, 40)}
    service = AttendanceService(db, "desk:li", now=lambda: clock["now"])
    view = service.day(center.id, WED)
    expected = [c.child for c in view.children if c.child.expected]
    return service, center.id, expected, clock, roster, children


def _events(db) -> int:
    with db.unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(AttendanceEventRow))


def test_check_in_then_out_by_an_authorized_person(db, desk):
    service, center_id, expected, clock, _roster, _children = desk
    child = expected[0]
    before = _events(db)
    result = service.check_in(center_id, child.id)
    assert result.state is ChildDayState.PRESENT and "16:40" in result.notice.message
    clock["now"] = at(19, 5)
    out = service.check_out(center_id, child.id, child.may_collect[0])
    assert out.state is ChildDayState.COLLECTED
    record = next(c for c in service.day(center_id, WED).children if c.child.id == child.id)
    assert record.record.pickup_name == child.may_collect[0]
    assert _events(db) == before + 2


def test_a_second_scan_within_two_minutes_records_once(db, desk):
    service, center_id, expected, clock, *_ = desk
    service.check_in(center_id, expected[0].id)
    clock["now"] = at(16, 41)
    again = service.check_in(center_id, expected[0].id)
    assert again.duplicate and again.event_id is None
    clock["now"] = at(16, 50)
    with pytest.raises(UserError, match="already here"):
        service.check_in(center_id, expected[0].id)


def test_someone_not_on_the_list_is_refused_unless_a_reason_is_given(db, desk):
    service, center_id, expected, clock, *_ = desk
    child = expected[0]
    service.check_in(center_id, child.id)
    clock["now"] = at(19, 0)
    before = _events(db)
    with pytest.raises(ValidationError, match="may not collect") as caught:
        service.check_out(center_id, child.id, "陌生人")
    assert caught.value.field == "pickup" and _events(db) == before
    done = service.check_out(center_id, child.id, "陌生人", override_reason="家长来电确认")
    assert done.state is ChildDayState.COLLECTED
    record = next(c for c in service.day(center_id, WED).children if c.child.id == child.id)
    assert record.record.overrides == ("家长来电确认",)


def test_check_out_without_check_in_needs_time_and_reason(db, desk):
    service, center_id, expected, clock, *_ = desk
    child = expected[1]
    clock["now"] = at(19, 0)
    with pytest.raises(ValidationError, match="not checked in"):
        service.check_out(center_id, child.id, child.may_collect[0])
    with pytest.raises(ValidationError, match="reason"):
        service.check_out(center_id, child.id, child.may_collect[0], checked_in_at=at(16, 30))
    done = service.check_out(center_id, child.id, child.may_collect[0],
                             checked_in_at=at(16, 30), reason="忘记签到")
    assert done.state is ChildDayState.COLLECTED


@pytest.mark.parametrize("when", [at(21, 0), at(12, 0, dt.date(2026, 11, 26))])
def test_times_in_the_future_are_refused(db, desk, when):
    service, center_id, expected, *_ = desk
    before = _events(db)
    with pytest.raises(ValidationError, match="future"):
        service.check_in(center_id, expected[0].id, at=when)
    assert _events(db) == before


def test_times_out_of_order_are_refused(db, desk):
    service, center_id, expected, clock, *_ = desk
    child = expected[0]
    service.check_in(center_id, child.id, at=at(16, 30))
    clock["now"] = at(19, 0)
    with pytest.raises(ValidationError):
        service.check_out(center_id, child.id, child.may_collect[0], at=at(16, 0))


def test_before_enrollment_and_withdrawn_children_are_refused(db, desk):
    service, center_id, expected, _clock, roster, _children = desk
    child = expected[0]
    with pytest.raises(ValidationError, match="enrolled from"):
        service.check_in(center_id, child.id, at=at(16, 30, dt.date(2026, 8, 20)),
                         reason="x")
    roster.withdraw(child.id, WED, "返乡")
    with pytest.raises(UserError, match="has left"):
        service.check_in(center_id, child.id)


def test_closed_day_needs_a_reason(db, desk):
    service, center_id, expected, clock, *_ = desk
    closed = dt.date(2026, 12, 31)  # 工厂年终盘点 in the demo data
    clock["now"] = at(17, 0, closed)
    view = service.day(center_id, closed)
    assert view.open_programs == ()
    with pytest.raises(ValidationError, match="closed"):
        service.check_in(center_id, expected[0].id)
    done = service.check_in(center_id, expected[0].id, reason="家长加班，经主任同意")
    assert done.state is ChildDayState.UNEXPECTED_PRESENT


def test_absence_in_advance_and_arrival_after_absence(db, desk):
    service, center_id, expected, clock, *_ = desk
    child = expected[2]
    ahead = service.mark_absent(center_id, child.id, dt.date(2026, 11, 27),
                                AbsenceReason.NOTIFIED, "回老家")
    assert ahead.state is ChildDayState.ABSENT
    service.mark_absent(center_id, child.id, WED, AbsenceReason.SICK)
    record = next(c for c in service.day(center_id, WED).children if c.child.id == child.id)
    assert record.record.state is ChildDayState.ABSENT
    service.check_in(center_id, child.id)  # came after all: present wins
    record = next(c for c in service.day(center_id, WED).children if c.child.id == child.id)
    assert record.record.state is ChildDayState.PRESENT


def test_undo_and_correction_keep_the_history(db, desk):
    service, center_id, expected, clock, *_ = desk
    child = expected[0]
    first = service.check_in(center_id, child.id)
    undone = service.undo(first.event_id)
    assert undone.state is ChildDayState.EXPECTED
    again = service.check_in(center_id, child.id, at=at(16, 35))
    fixed = service.correct(again.event_id, "时间录错", new_at=at(16, 20))
    assert fixed.state is ChildDayState.PRESENT
    record = next(c for c in service.day(center_id, WED).children if c.child.id == child.id)
    assert record.record.check_in == at(16, 20)
    today = [e for e in service.history(child.id) if e.at.astimezone(SH).date() == WED]
    assert len(today) == 5  # in, void, in, void, replacement: nothing overwritten
    assert [str(e.kind) for e in today].count("correction_void") == 2
    with pytest.raises(ValidationError):
        service.correct(again.event_id, "  ")


def test_late_pickup_and_counts_and_ratio(db, desk):
    service, center_id, expected, clock, *_ = desk
    for child in expected[:3]:
        service.check_in(center_id, child.id)
    service.set_caregivers(center_id, WED, 1)
    clock["now"] = at(21, 0)  # closing 20:30 + 15 minutes' grace
    view = service.day(center_id, WED)
    assert view.counts["present"] == 3 and view.caregivers == 1 and view.ratio_ok
    late = [c.late_minutes for c in view.children if c.record.present]
    assert late == [15, 15, 15]
    service.set_caregivers(center_id, WED, 0)
    assert not service.day(center_id, WED).ratio_ok


def test_siblings_are_offered(db, desk):
    service, center_id, expected, _clock, roster, children = desk
    by_guardians = {}
    for row in children:
        by_guardians.setdefault(row.guardians, []).append(row.id)
    pair = next((ids for ids in by_guardians.values() if len(ids) > 1), None)
    if pair is None:
        pytest.skip("no siblings in this demo roster")
    ids = {c.id for c in expected}
    if not set(pair) <= ids:
        pytest.skip("the siblings are not both expected today")
    result = service.check_in(center_id, pair[0])
    assert pair[1] in result.siblings


def test_reading_one_child_again_gives_the_same_view_as_the_whole_day(db, desk):
    service, center_id, expected, clock, *_ = desk
    before = service.day(center_id, WED)
    service.check_in(center_id, expected[0].id)
    quick = service.with_child(before, expected[0].id)
    full = service.day(center_id, WED)
    assert quick.counts == full.counts and quick.counts["present"] == 1
    assert sorted(quick.children, key=lambda c: c.child.id) == sorted(
        full.children, key=lambda c: c.child.id)


def test_a_scan_result_updates_the_view_as_reading_the_day_again_would(db, desk):
    service, center_id, expected, clock, *_ = desk
    before = service.day(center_id, WED)
    result = service.check_in(center_id, expected[0].id)
    assert result.day == WED and result.item is not None
    quick = service.with_result(center_id, before, result)
    full = service.day(center_id, WED)
    assert quick is not None and quick.counts == full.counts
    assert quick.item(expected[0].id) == full.item(expected[0].id)
    assert sorted(quick.children, key=lambda c: c.child.id) == sorted(
        full.children, key=lambda c: c.child.id)
    # In place: every other child keeps its position.
    assert [c.child.id for c in quick.children] == [c.child.id for c in before.children]
    # A result for another day is not applied (the desk reads the child instead).
    other = service.day(center_id, WED + dt.timedelta(days=1))
    assert service.with_result(center_id, other, result) is None
