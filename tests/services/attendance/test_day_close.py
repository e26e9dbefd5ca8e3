"""The end of the day on a real database: every child still expected marked absent in one
transaction (and undone in one), and the day closed with what it left open."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from asc_desk.db.models import AttendanceEventRow, AuditEntry, ClosedDeskDay
from asc_desk.domain.attendance_rules import AbsenceReason, ChildDayState
from asc_desk.domain.errors import ValidationError
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.attendance.day_close import DayCloseService
from asc_desk.services.center_service import CenterService

SH = ZoneInfo("Asia/Shanghai")
WED = dt.date(2026, 11, 25)  # an open Wednesday, "today" of the demo data
THU = WED + dt.timedelta(days=1)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), SH)


@pytest.fixture
def db(demo_db):
    """The demo center with 12 children (filled once, copied for each test)."""
    return demo_db(children=12)


@pytest.fixture
def desk(db):
    center = CenterService(db, "t").get_center()
    clock = {"now": at(WED, 16, 40)}
    service = AttendanceService(db, "desk:li", now=lambda: clock["now"])
    closer = DayCloseService(db, "desk:li", now=lambda: clock["now"])
    expected = [c.child for c in service.day(center.id, WED).children if c.child.expected]
    return service, closer, center.id, expected, clock


def _count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def _closed(db, day) -> int:
    """Closings of that day (the demo closes its own past days)."""
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(ClosedDeskDay).where(
            ClosedDeskDay.day == day))


def _states(service, center_id, day=WED):
    return {c.child.id: c.record.state for c in service.day(center_id, day).children}


def test_the_remaining_expected_children_are_marked_absent_in_one_step(db, desk):
    service, _closer, center_id, expected, clock = desk
    here = expected[0]
    service.check_in(center_id, here.id)
    rest = [c.id for c in expected[1:]]
    clock["now"] = at(WED, 20, 0)
    results = service.mark_absent_many(center_id, rest, WED, AbsenceReason.OTHER, "no show")
    assert [r.child_id for r in results.recorded] == rest
    assert len(results.event_ids) == len(rest)
    states = _states(service, center_id)
    assert all(states[i] is ChildDayState.ABSENT for i in rest)
    assert states[here.id] is ChildDayState.PRESENT
    with db.read() as s:
        notes = set(s.scalars(select(AttendanceEventRow.note).where(
            AttendanceEventRow.id.in_(results.event_ids))))
    assert notes == {"no show"}
    undone = service.undo_many(list(results.event_ids))  # the one step back
    assert len(undone.results) == len(rest)
    assert all(_states(service, center_id)[i] is ChildDayState.EXPECTED for i in rest)


def test_a_child_who_arrived_meanwhile_is_left_as_is(db, desk):
    service, _closer, center_id, expected, _clock = desk
    ids = [c.id for c in expected[:3]]
    service.check_in(center_id, ids[1])  # arrived at another desk after the list was read
    results = service.mark_absent_many(center_id, ids, WED, AbsenceReason.OTHER, "no show")
    assert [r.child_id for r in results.recorded] == [ids[0], ids[2]]
    assert _states(service, center_id)[ids[1]] is ChildDayState.PRESENT


def test_a_bad_reason_writes_nothing(db, desk):
    service, _closer, center_id, expected, _clock = desk
    before = _count(db, AttendanceEventRow)
    with pytest.raises(ValidationError):
        service.mark_absent_many(center_id, [c.id for c in expected], WED,
                                 AbsenceReason.OTHER, "x" * 500)
    with pytest.raises(ValueError):
        service.mark_absent_many(center_id, [c.id for c in expected], WED, "no_such", "")
    assert _count(db, AttendanceEventRow) == before


def test_the_day_is_closed_with_what_it_left_open(db, desk):
    service, closer, center_id, expected, clock = desk
    here, gone = expected[0], expected[1]
    service.check_in(center_id, here.id)
    service.check_in(center_id, gone.id)
    clock["now"] = at(WED, 19, 0)
    service.check_out(center_id, gone.id, gone.may_collect[0])
    service.mark_absent_many(center_id, [c.id for c in expected[3:]], WED,
                             AbsenceReason.OTHER, "no show")
    clock["now"] = at(WED, 21, 0)
    assert not closer.closing(center_id, WED).closed
    closing = closer.close_day(center_id, WED).value
    assert closing.closed and closing.closed_by == "desk:li"
    assert [(c.child_id, c.still_here) for c in closing.left_open] == [
        (here.id, True), (expected[2].id, False)]
    assert closing.left_open[0].name == here.name
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "closed_desk_day")).one()
        assert here.name not in str(entry.after)  # ids in the audit, names only in the day
    # The next morning: Wednesday was the last open day, closed, with its two left open.
    clock["now"] = at(THU, 7, 30)
    morning = closer.previous_day(center_id, THU)
    assert morning is not None and morning.day == WED and morning.closed
    assert [c.child_id for c in morning.left_open] == [here.id, expected[2].id]
    # Closed again after resolving: the later closing replaces the earlier one.
    clock["now"] = at(WED, 21, 30)
    service.check_out(center_id, here.id, here.may_collect[0])
    service.mark_absent(center_id, expected[2].id, WED, AbsenceReason.OTHER, "no show")
    assert closer.close_day(center_id, WED).value.complete
    assert _closed(db, WED) == 1


def test_a_day_nobody_closed_shows_what_is_open_now(db, desk):
    service, closer, center_id, expected, clock = desk
    service.check_in(center_id, expected[0].id)
    clock["now"] = at(THU, 8, 0)
    morning = closer.previous_day(center_id, THU)
    assert morning is not None and morning.day == WED and not morning.closed
    assert morning.left_open[0].child_id == expected[0].id and morning.left_open[0].still_here
    assert len(morning.left_open) == len(expected)


def test_a_day_still_to_come_cannot_be_closed(db, desk):
    _service, closer, center_id, _expected, _clock = desk
    with pytest.raises(ValidationError, match="has not come yet"):
        closer.close_day(center_id, THU)
    assert _closed(db, THU) == 0


def test_a_closing_is_reopened_and_audited(db, desk):
    service, closer, center_id, expected, clock = desk
    service.check_in(center_id, expected[0].id)
    clock["now"] = at(WED, 21, 0)
    closer.close_day(center_id, WED)
    reopened = closer.reopen_day(center_id, WED).value
    assert not reopened.closed and reopened.left_open[0].child_id == expected[0].id
    assert _closed(db, WED) == 0 and closer.closed(center_id, WED) is None
    with db.read() as s:
        actions = [e.action for e in s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "closed_desk_day").order_by(AuditEntry.id))]
    assert actions == ["close", "reopen"]
    audits = _count(db, AuditEntry)
    with pytest.raises(ValidationError, match="is not closed"):
        closer.reopen_day(center_id, WED)  # nothing to reopen: nothing written
    assert _count(db, AuditEntry) == audits


def test_a_record_after_the_closing_makes_the_morning_read_the_day_again(db, desk):
    service, closer, center_id, expected, clock = desk
    here = expected[0]
    service.check_in(center_id, here.id)
    clock["now"] = at(WED, 20, 0)
    closer.close_day(center_id, WED)
    clock["now"] = at(WED, 20, 10)
    service.check_out(center_id, here.id, here.may_collect[0])
    clock["now"] = at(THU, 7, 30)
    morning = closer.previous_day(center_id, THU)
    assert morning is not None and morning.closed and morning.changed_after
    assert here.id not in [c.child_id for c in morning.left_open if c.still_here]


def test_the_first_morning_of_a_new_center_says_nothing_of_the_day_before(db_path):
    """Trial finding 18: an empty database's Today page said "2026-11-30 was not closed at
    the desk, but every child is accounted for" although nothing had happened that day."""
    from asc_desk.domain.center import CenterSettings
    from asc_desk.domain.program import MONDAY_TO_FRIDAY, ProgramKind, ProgramSpec
    from asc_desk.services.calendar.program_service import ProgramService
    from asc_desk.services.database_service import open_database

    empty, _report = open_database(str(db_path))
    try:
        center = CenterService(empty, "t").set_up_center(CenterSettings("星光", "华彩")).value
        ProgramService(empty, "t").add_program(center.id, ProgramSpec(
            "2026秋季学期课后班", ProgramKind.TERM, dt.date(2026, 9, 1), dt.date(2027, 1, 22),
            MONDAY_TO_FRIDAY, dt.time(16, 30), dt.time(20, 30)))
        closer = DayCloseService(empty, "desk", now=lambda: at(dt.date(2026, 12, 1), 8))
        assert closer.last_open_day(center.id, dt.date(2026, 12, 1)) == dt.date(2026, 11, 30)
        assert closer.previous_day(center.id, dt.date(2026, 12, 1)) is None
    finally:
        empty.dispose()
