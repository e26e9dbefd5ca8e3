"""Attendance rules: day states, corrections, validation of new events, late pickups, ratios."""

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asc_desk.domain import attendance_rules as ar
from asc_desk.domain.attendance_rules import (
    AbsenceReason,
    AttendanceEvent,
    ChildDayState,
    EventKind,
    caregivers_needed,
    derive_day,
    late_minutes,
    parent_still_on_shift,
    ratio_ok,
    shift_hours,
    validate_new_event,
)
from asc_desk.domain.errors import ValidationError
from asc_desk.domain.roster import ShiftPattern

IN, OUT, ABSENT, VOID = (EventKind.CHECK_IN, EventKind.CHECK_OUT, EventKind.ABSENT,
                         EventKind.CORRECTION_VOID)
S = ChildDayState
CST = dt.timezone(dt.timedelta(hours=8))  # Asia/Shanghai has no DST: a fixed offset is exact
DAY = dt.date(2026, 10, 12)
NOW = dt.datetime(2026, 10, 12, 23, 0, tzinfo=CST)


def t(hour, minute=0, second=0):
    """A local time on DAY, as the aware UTC instant events carry."""
    return dt.datetime.combine(DAY, dt.time(hour, minute, second), CST).astimezone(dt.UTC)


_ids = itertools.count(1)


def ev(kind, at, id=None, **fields):
    id = next(_ids) if id is None else id
    recorded = fields.pop("recorded_at", at + dt.timedelta(seconds=id))
    return AttendanceEvent(id, 7, kind, at, recorded, "desk", **fields)


def void(target, **fields):
    return ev(VOID, target.at, corrects=target.id, void_reason="wrong child", **fields)


def day(*events, expected=True):
    return derive_day(events, expected)


# -- states ------------------------------------------------------------------------------

@pytest.mark.parametrize("expected, state", [(True, S.EXPECTED), (False, S.NOT_EXPECTED)])
def test_no_events(expected, state):
    assert day(expected=expected) == ar.DayRecord(state)


@pytest.mark.parametrize("expected, state", [(True, S.PRESENT), (False, S.UNEXPECTED_PRESENT)])
def test_present(expected, state):
    check_in = ev(IN, t(16, 30))
    record = day(check_in, expected=expected)
    assert (record.state, record.check_in, record.check_out) == (state, t(16, 30), None)
    assert record.present and record.effective == (check_in,) and not record.problems


@pytest.mark.parametrize("expected, state",
                         [(True, S.COLLECTED), (False, S.UNEXPECTED_COLLECTED)])
def test_collected(expected, state):
    record = day(ev(IN, t(16, 30)), ev(OUT, t(19, 5), pickup_name="王芳"), expected=expected)
    assert record.state is state and not record.present
    assert (record.check_in, record.check_out, record.pickup_name) == (t(16, 30), t(19, 5),
                                                                       "王芳")


@pytest.mark.parametrize("expected", [True, False])
def test_absent_with_reason(expected):
    record = day(ev(ABSENT, t(8), absence_reason=AbsenceReason.SICK), expected=expected)
    assert (record.state, record.absence_reason, record.check_in) == (S.ABSENT,
                                                                      AbsenceReason.SICK, None)


def test_absent_then_arrives_is_present():
    absent = ev(ABSENT, t(8), absence_reason=AbsenceReason.NOTIFIED)
    record = day(absent, ev(IN, t(16, 40)))
    assert record.state is S.PRESENT and record.absence_reason is None
    assert absent in record.effective  # still a fact of the day, just outweighed


def test_latest_absence_reason_wins():
    record = day(ev(ABSENT, t(8), absence_reason=AbsenceReason.OTHER),
                 ev(ABSENT, t(9), absence_reason=AbsenceReason.SICK))
    assert record.absence_reason is AbsenceReason.SICK


def test_left_and_came_back_is_present_then_collected_by_the_last_pickup():
    events = [ev(IN, t(16, 30)), ev(OUT, t(17), pickup_name="奶奶"), ev(IN, t(17, 40))]
    record = day(*events)
    assert (record.state, record.check_in, record.check_out) == (S.PRESENT, t(16, 30), None)
    record = day(*events, ev(OUT, t(19), pickup_name="爸爸"))
    assert (record.state, record.check_out, record.pickup_name) == (S.COLLECTED, t(19), "爸爸")


def test_overrides_come_from_effective_events_only():
    check_in = ev(IN, t(16), override_reason="closed day: parents at work")
    stale = ev(OUT, t(18), pickup_name="邻居", override_reason="neighbour, called mother")
    record = day(check_in, stale, void(stale), ev(OUT, t(18), pickup_name="妈妈"))
    assert record.overrides == ("closed day: parents at work",)


def test_same_events_in_any_order_give_the_same_record():
    events = [ev(IN, t(16, 30)), ev(ABSENT, t(8)), ev(OUT, t(19), pickup_name="爸爸")]
    assert derive_day(events, True) == derive_day(events[::-1], True)


# -- corrections -------------------------------------------------------------------------

def test_void_removes_the_event():
    check_in = ev(IN, t(16, 30))
    cancel = void(check_in)
    record = day(check_in, cancel)
    assert record.state is S.EXPECTED and record.check_in is None
    assert record.superseded == (check_in,) and record.effective == (cancel,)


def test_time_change_is_a_void_plus_a_replacement():
    check_in, check_out = ev(IN, t(16, 30)), ev(OUT, t(19), pickup_name="爸爸")
    new_out = ev(OUT, t(18, 45), corrects=check_out.id, pickup_name="妈妈")
    record = day(check_in, check_out, void(check_out), new_out)
    assert (record.check_out, record.pickup_name) == (t(18, 45), "妈妈")
    assert record.superseded == (check_out,)


def test_replacement_alone_supersedes():
    check_in = ev(IN, t(16, 30))
    record = day(check_in, ev(IN, t(16, 10), corrects=check_in.id))
    assert record.check_in == t(16, 10) and record.superseded == (check_in,)


def test_chain_of_two_corrections_newest_wins():
    first = ev(IN, t(16, 30))
    second = ev(IN, t(16, 20), corrects=first.id)
    third = ev(IN, t(16, 25), corrects=second.id)
    record = day(third, first, second)
    assert record.check_in == t(16, 25)
    assert set(record.superseded) == {first, second} and record.effective == (third,)


def test_voided_correction_restores_nothing_until_re_added():
    first = ev(IN, t(16, 30))
    moved = ev(IN, t(17), corrects=first.id)
    events = [first, moved, void(moved)]
    assert day(*events).state is S.EXPECTED
    assert day(*events, ev(IN, t(16, 30))).state is S.PRESENT


def test_voiding_a_void_restores_nothing():
    check_in = ev(IN, t(16, 30))
    cancel = void(check_in)
    record = day(check_in, cancel, void(cancel))
    assert record.state is S.EXPECTED and set(record.superseded) == {check_in, cancel}


def test_two_replacements_of_one_event_last_recorded_wins_and_is_reported():
    first = ev(IN, t(16, 30))
    late_pc = ev(IN, t(16, 5), corrects=first.id, recorded_at=t(21))
    early_pc = ev(IN, t(16, 15), corrects=first.id, recorded_at=t(20))
    record = day(first, late_pc, early_pc)
    assert record.check_in == t(16, 5)
    assert record.problems == (ar.CONFLICTING_CORRECTIONS,)


def test_correction_of_an_event_on_another_day_stands():
    record = day(ev(IN, t(0, 10), corrects=999_999))
    assert record.state is S.PRESENT and not record.problems


# -- problems ----------------------------------------------------------------------------

def test_check_out_without_check_in_is_reported_not_used():
    record = day(ev(OUT, t(19), pickup_name="爸爸"))
    assert (record.state, record.check_out) == (S.EXPECTED, None)
    assert record.problems == (ar.CHECK_OUT_WITHOUT_CHECK_IN,)


def test_check_out_left_alone_by_voided_check_in_is_reported():
    check_in = ev(IN, t(16, 30))
    record = day(check_in, ev(OUT, t(19)), void(check_in), expected=False)
    assert record.state is S.NOT_EXPECTED
    assert record.problems == (ar.CHECK_OUT_WITHOUT_CHECK_IN,)


def test_out_before_in_is_reported():
    record = day(ev(OUT, t(16)), ev(IN, t(16, 30)))
    assert (record.state, record.check_out) == (S.PRESENT, None)
    assert record.problems == (ar.OUT_BEFORE_IN,)


def test_events_must_be_aware_and_are_kept_in_utc():
    with pytest.raises(ValueError):
        ev(IN, dt.datetime(2026, 10, 12, 16, 30))
    local = dt.datetime(2026, 10, 12, 16, 30, tzinfo=CST)
    assert ev(IN, local).at.tzinfo is dt.UTC
    with pytest.raises(ValueError):
        ev(VOID, t(16))
    with pytest.raises(ValueError):
        ev(IN, t(16), id=5, corrects=5)


# -- random days -------------------------------------------------------------------------

MINUTES = st.integers(0, 16 * 60)  # 07:00 .. 23:00 local


@st.composite
def day_events(draw):
    """Plausible events of one child and day, with random voids, replacements and chains."""
    ids = itertools.count(draw(st.integers(1, 10_000)))
    events = []
    for _ in range(draw(st.integers(0, 7))):
        kind = draw(st.sampled_from([IN, IN, OUT, ABSENT]))
        events.append(ev(kind, t(7) + dt.timedelta(minutes=draw(MINUTES)), id=next(ids),
                         pickup_name="妈妈" if kind is OUT else None))
    for _ in range(draw(st.integers(0, 6))):
        if not events:
            break
        target = draw(st.sampled_from(events))
        how = draw(st.sampled_from(["void", "replace", "void+replace"]))
        if how != "replace":
            events.append(ev(VOID, target.at, id=next(ids), corrects=target.id))
        if how != "void" and target.kind is not VOID:
            at = t(7) + dt.timedelta(minutes=draw(MINUTES))
            events.append(ev(target.kind, at, id=next(ids), corrects=target.id,
                             pickup_name=target.pickup_name))
    return events


@given(day_events(), st.booleans())
@settings(max_examples=300)
def test_no_event_is_lost(events, expected):
    record = derive_day(events, expected)
    assert set(record.effective) | set(record.superseded) == set(events)
    assert len(record.effective) + len(record.superseded) == len(events)


@given(st.data(), day_events(), st.booleans())
@settings(max_examples=200)
def test_record_does_not_depend_on_input_order(data, events, expected):
    shuffled = data.draw(st.permutations(events))
    assert derive_day(shuffled, expected) == derive_day(events, expected)


@given(day_events(), st.booleans())
@settings(max_examples=300)
def test_state_agrees_with_times(events, expected):
    r = derive_day(events, expected)
    if r.state in ar.COLLECTED_STATES:
        assert r.check_in is not None and r.check_out is not None
        assert r.check_out >= r.check_in and r.pickup_name == "妈妈"
    elif r.state in ar.PRESENT_STATES:
        assert r.check_in is not None and r.check_out is None
    else:
        assert r.check_in is None and r.check_out is None and r.pickup_name is None
    assert (r.state is S.ABSENT) == (r.check_in is None and any(
        e.kind is ABSENT for e in r.effective))
    assert r.absence_reason is None or r.state is S.ABSENT
    only_if_expected = {S.EXPECTED, S.PRESENT, S.COLLECTED}
    only_if_not = {S.NOT_EXPECTED, S.UNEXPECTED_PRESENT, S.UNEXPECTED_COLLECTED}
    assert r.state not in (only_if_not if expected else only_if_expected)


@given(day_events(), st.booleans())
@settings(max_examples=200)
def test_voiding_every_event_returns_to_nothing_recorded(events, expected):
    ids = itertools.count(max((e.id for e in events), default=0) + 1)
    voids = [ev(VOID, e.at, id=next(ids), corrects=e.id) for e in events]
    record = derive_day(events + voids, expected)
    assert record.state is (S.EXPECTED if expected else S.NOT_EXPECTED)
    assert set(record.superseded) == set(events) and set(record.effective) == set(voids)


@given(day_events(), st.sampled_from([IN, OUT]), MINUTES)
@settings(max_examples=300)
def test_an_accepted_event_adds_no_problem(events, kind, minute):
    at = t(7) + dt.timedelta(minutes=minute)
    check = validate_new_event(events, kind, at, NOW)
    if not check.ok or check.duplicate or check.already_present:
        return
    before = derive_day(events, True)
    after = derive_day([*events, ev(kind, at, id=10**9)], True)
    assert set(after.problems) <= set(before.problems)
    assert after.check_in is not None
    if kind is OUT:
        assert after.state is S.COLLECTED and after.check_out == at


# -- validating a new event --------------------------------------------------------------

def test_a_first_check_in_is_fine():
    check = validate_new_event([], IN, t(16, 30), NOW)
    assert check == ar.NewEventCheck() and check.ok and not check.duplicate


def test_future_time_is_refused_beyond_a_minute():
    now = t(16)
    assert validate_new_event([], IN, now + dt.timedelta(seconds=50), now).ok
    check = validate_new_event([], IN, now + dt.timedelta(minutes=2), now, tz=CST)
    assert check.codes == (ar.FUTURE,) and isinstance(check.error, ValidationError)
    assert check.error.template == "The time {time} is in the future."
    assert check.error.params == {"time": "2026-10-12 16:02"} and check.error.field == "at"


def test_a_time_in_the_next_minute_is_the_future():
    """Times are typed to the minute: 16:01 at 16:00:40 is a minute still to come."""
    now = t(16) + dt.timedelta(seconds=40)
    assert ar.in_the_future(t(16, 1), now)
    assert not ar.in_the_future(t(16), now) and not ar.in_the_future(now, now)
    assert not ar.in_the_future(now + dt.timedelta(seconds=19), now)
    check = validate_new_event([], IN, t(16, 1), now, tz=CST)
    assert check.codes == (ar.FUTURE,)


def test_absence_notified_for_a_future_date_is_fine():
    assert validate_new_event([], ABSENT, t(8) + dt.timedelta(days=3), t(9)).ok


def test_same_card_twice_within_the_window_is_a_duplicate_scan():
    first = ev(IN, t(16, 30))
    check = validate_new_event([first], IN, t(16, 31, 30), NOW)
    assert check.codes == (ar.DUPLICATE_SCAN,) and check.ok
    assert check.duplicate_of == first and check.already_present


def test_check_in_after_the_window_while_present_starts_check_out():
    check = validate_new_event([ev(IN, t(16, 30))], IN, t(16, 33), NOW)
    assert check.codes == (ar.ALREADY_PRESENT,) and check.already_present and check.ok
    assert not check.duplicate


def test_duplicate_window_is_a_setting():
    events = [ev(IN, t(16, 30))]
    long = dt.timedelta(minutes=5)
    assert validate_new_event(events, IN, t(16, 34), NOW, duplicate_window=long).duplicate


def test_scan_just_after_check_out_is_a_duplicate_not_a_return():
    out = ev(OUT, t(19))
    events = [ev(IN, t(16, 30)), out]
    check = validate_new_event(events, IN, t(19, 1), NOW)
    assert check.duplicate_of == out and not check.already_present
    assert validate_new_event(events, IN, t(19, 10), NOW) == ar.NewEventCheck()


def test_check_out_twice_within_the_window_is_a_duplicate():
    out = ev(OUT, t(19), pickup_name="爸爸")
    check = validate_new_event([ev(IN, t(16, 30)), out], OUT, t(19, 1), NOW)
    assert check.codes == (ar.DUPLICATE_SCAN,) and check.duplicate_of == out


def test_check_out_when_not_checked_in_is_refused():
    check = validate_new_event([ev(ABSENT, t(8))], OUT, t(19), NOW, tz=CST)
    assert check.codes == (ar.NOT_CHECKED_IN,)
    assert check.error.params == {"date": "2026-10-12"}
    assert "{date}" in check.error.template


def test_check_out_before_check_in_is_out_of_order():
    check = validate_new_event([ev(IN, t(16, 30))], OUT, t(16), NOW, tz=CST)
    assert check.codes == (ar.OUT_OF_ORDER,)
    assert check.error.params == {"time": "16:00", "check_in": "16:30"}
    assert str(check.error) == "The check-out at 16:00 is before the check-in at 16:30."


def test_check_out_before_a_return_is_out_of_order():
    events = [ev(IN, t(16, 30)), ev(OUT, t(17)), ev(IN, t(17, 40))]
    assert validate_new_event(events, OUT, t(17, 20), NOW).codes == (ar.OUT_OF_ORDER,)
    assert validate_new_event(events, OUT, t(19), NOW).ok


def test_check_out_when_already_collected_is_refused():
    events = [ev(IN, t(16, 30)), ev(OUT, t(19), pickup_name="爸爸")]
    check = validate_new_event(events, OUT, t(19, 30), NOW, tz=CST)
    assert check.codes == (ar.ALREADY_COLLECTED,)
    assert check.error.params == {"time": "19:00", "pickup": "爸爸"}
    no_name = validate_new_event([ev(IN, t(16, 30)), ev(OUT, t(19))], OUT, t(19, 30), NOW)
    assert no_name.codes == (ar.ALREADY_COLLECTED,) and "pickup" not in no_name.error.params


def test_check_in_after_an_unpaired_check_out_is_out_of_order():
    check = validate_new_event([ev(OUT, t(19))], IN, t(19, 30), NOW, tz=CST)
    assert check.codes == (ar.OUT_OF_ORDER,)
    assert check.error.params == {"time": "19:30", "check_out": "19:00"}
    # Recording the missing check-in before the check-out is how that day is repaired.
    assert validate_new_event([ev(OUT, t(19))], IN, t(16, 30), NOW).ok


@pytest.mark.parametrize("events", [[ev(IN, t(16, 30))], [ev(IN, t(16, 30)), ev(OUT, t(19))]])
def test_absent_when_checked_in_today_is_refused(events):
    check = validate_new_event(events, ABSENT, t(20), NOW, tz=CST)
    assert check.codes == (ar.ABSENT_BUT_PRESENT,) and check.error.field == "kind"
    assert check.error.params == {"time": "16:30"}


def test_absent_again_is_fine():
    assert validate_new_event([ev(ABSENT, t(8))], ABSENT, t(9), NOW).ok


def test_correcting_a_check_in_time_is_neither_present_nor_a_duplicate():
    check_in = ev(IN, t(16, 30))
    check = validate_new_event([check_in], IN, t(16, 29), NOW, corrects=check_in.id)
    assert check == ar.NewEventCheck()


def test_correcting_a_check_out_time_checks_against_the_check_in():
    check_in, out = ev(IN, t(16, 30)), ev(OUT, t(19))
    assert validate_new_event([check_in, out], OUT, t(18), NOW, corrects=out.id).ok
    check = validate_new_event([check_in, out], OUT, t(16), NOW, corrects=out.id)
    assert check.codes == (ar.OUT_OF_ORDER,)


def test_void_needs_an_effective_event_of_the_day():
    check_in = ev(IN, t(16, 30))
    cancel = void(check_in)
    assert validate_new_event([check_in], VOID, t(16, 30), NOW, corrects=check_in.id).ok
    for events, target in (([check_in], 12345), ([check_in, cancel], check_in.id),
                           ([check_in, cancel], cancel.id)):
        check = validate_new_event(events, VOID, t(16, 30), NOW, corrects=target)
        assert check.codes == (ar.NOTHING_TO_CORRECT,) and check.error.field == "corrects"
        assert check.error.params == {"event": str(target)}


# -- late pickup and parents' shifts -----------------------------------------------------

CLOSES = dt.datetime(2026, 10, 12, 19, 0, tzinfo=CST)
GRACE = dt.timedelta(minutes=15)


@pytest.mark.parametrize("now, minutes", [
    (CLOSES, None), (CLOSES + GRACE, None), (CLOSES + GRACE + dt.timedelta(seconds=1), 0),
    (CLOSES + GRACE + dt.timedelta(minutes=25, seconds=59), 25),
    ((CLOSES + dt.timedelta(minutes=45)).astimezone(dt.UTC), 30),
])
def test_late_minutes(now, minutes):
    assert late_minutes(now, CLOSES, GRACE) == minutes


def test_late_minutes_count_the_clock_minutes_the_desk_shows():
    """An arrival at 19:22:40 (shown 19:22) has waited 3 minutes at 19:25:10 (shown 19:25)."""
    closes = CLOSES.replace(hour=19, minute=20)
    arrived = CLOSES.replace(hour=19, minute=22, second=40)
    none = dt.timedelta(0)
    assert late_minutes(CLOSES.replace(hour=19, minute=22, second=50), closes, none,
                        arrived=arrived) == 0
    assert late_minutes(CLOSES.replace(hour=19, minute=25, second=10), closes, none,
                        arrived=arrived) == 3
    assert late_minutes(CLOSES.replace(hour=19, minute=25, second=59), closes, none,
                        arrived=arrived) == 3


def at_local(hour, minute=0, date=DAY):
    return dt.datetime.combine(date, dt.time(hour, minute), CST)


@pytest.mark.parametrize("pattern, hour, minute, on_shift", [
    (ShiftPattern.DAY, 8, 0, True), (ShiftPattern.DAY, 19, 59, True),
    (ShiftPattern.DAY, 20, 0, False), (ShiftPattern.DAY, 7, 59, False),
    (ShiftPattern.NIGHT, 20, 0, True), (ShiftPattern.NIGHT, 23, 30, True),
    (ShiftPattern.NIGHT, 3, 0, True), (ShiftPattern.NIGHT, 8, 0, False),
    (ShiftPattern.NIGHT, 19, 30, False),
    (ShiftPattern.TWO_SHIFT, 19, 0, None), (ShiftPattern.UNKNOWN, 19, 0, None),
])
def test_parent_on_fixed_shift(pattern, hour, minute, on_shift):
    assert parent_still_on_shift(at_local(hour, minute), pattern) is on_shift


@pytest.mark.parametrize("hour, minute, on_shift", [
    (21, 59, False), (22, 0, True), (23, 59, True), (0, 0, True), (5, 59, True), (6, 0, False),
])
def test_custom_night_shift_crossing_midnight(hour, minute, on_shift):
    start, end = dt.time(22), dt.time(6)
    now = at_local(hour, minute)
    assert parent_still_on_shift(now, ShiftPattern.CUSTOM, start, end) is on_shift


def test_custom_day_shift_and_unknown_custom_hours():
    start, end = dt.time(7, 30), dt.time(19, 30)
    assert parent_still_on_shift(at_local(19, 15), ShiftPattern.CUSTOM, start, end) is True
    assert parent_still_on_shift(at_local(19, 45), ShiftPattern.CUSTOM, start, end) is False
    assert parent_still_on_shift(at_local(19), ShiftPattern.CUSTOM, start, None) is None
    assert parent_still_on_shift(at_local(19), ShiftPattern.CUSTOM, start, start) is None


def test_shift_hours_for_display():
    assert shift_hours(ShiftPattern.DAY) == ar.DAY_SHIFT == (dt.time(8), dt.time(20))
    assert shift_hours(ShiftPattern.NIGHT) == ar.NIGHT_SHIFT == (dt.time(20), dt.time(8))
    assert shift_hours(ShiftPattern.TWO_SHIFT) is None
    assert shift_hours(ShiftPattern.CUSTOM, dt.time(9), dt.time(17)) == (dt.time(9),
                                                                         dt.time(17))


# -- ratio -------------------------------------------------------------------------------

@pytest.mark.parametrize("children, needed", [(0, 0), (1, 1), (15, 1), (16, 2), (30, 2),
                                              (31, 3)])
def test_caregivers_needed(children, needed):
    assert caregivers_needed(children, 15) == needed


@pytest.mark.parametrize("children, caregivers, per, minimum, ok", [
    (15, 1, 15, 1, True), (16, 1, 15, 1, False), (16, 2, 15, 1, True),
    (3, 1, 15, 2, False), (3, 2, 15, 2, True), (0, 0, 15, 2, True), (10, 1, 8, 1, False),
])
def test_ratio_ok(children, caregivers, per, minimum, ok):
    assert ratio_ok(children, caregivers, per, minimum) is ok


def test_ratio_defaults_and_bad_settings():
    assert ratio_ok(15, 1) and not ratio_ok(1, 0)
    with pytest.raises(ValueError):
        caregivers_needed(5, 0)
    with pytest.raises(ValueError):
        ratio_ok(-1, 1)


@pytest.mark.parametrize("arrived, now, minutes", [
    (None, CLOSES + dt.timedelta(minutes=30), 15),  # arrived before closing: from closing
    (CLOSES - dt.timedelta(hours=1), CLOSES + dt.timedelta(minutes=30), 15),
    (CLOSES + dt.timedelta(minutes=60), CLOSES + dt.timedelta(minutes=68), None),
    (CLOSES + dt.timedelta(minutes=60), CLOSES + dt.timedelta(minutes=80), 5),
])
def test_late_minutes_count_from_an_arrival_after_closing(arrived, now, minutes):
    assert late_minutes(now, CLOSES, GRACE, arrived=arrived) == minutes


def test_arrived_after_closing():
    from asc_desk.domain.attendance_rules import arrived_after_closing
    assert arrived_after_closing(CLOSES, CLOSES)
    assert arrived_after_closing(CLOSES + dt.timedelta(minutes=1), CLOSES)
    assert not arrived_after_closing(CLOSES - dt.timedelta(minutes=1), CLOSES)
    assert not arrived_after_closing(CLOSES, None)
