"""A check-in after the program's closing time: recorded with a warning, and the child is
not shown as waiting since closing."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.center_service import CenterService

SH = ZoneInfo("Asia/Shanghai")
WED = dt.date(2026, 11, 25)  # an open Wednesday, "today" of the demo data (closes 20:30)


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(WED, dt.time(hour, minute), SH)


@pytest.fixture
def db(demo_db):
    """The demo center with 12 children (filled once, copied for each test)."""
    return demo_db(children=12)


@pytest.fixture
def desk(db):
    center = CenterService(db, "t").get_center()
    clock = {"now": at(16, 40)}
    service = AttendanceService(db, "desk:li", now=lambda: clock["now"])
    expected = [c.child for c in service.day(center.id, WED).children if c.child.expected]
    return service, center.id, expected, clock


def test_a_check_in_after_closing_warns_and_is_not_late_from_closing(db, desk):
    service, center_id, expected, clock, *_ = desk
    child = expected[0]
    clock["now"] = at(21, 0)  # closing 20:30
    result = service.check_in(center_id, child.id)
    assert result.event_id is not None  # recorded all the same
    assert result.warning is not None and "after closing time (20:30)" in result.warning.message
    clock["now"] = at(21, 10)  # within the grace after the arrival
    item = next(c for c in service.day(center_id, WED).children if c.child.id == child.id)
    assert item.record.present and item.late_minutes is None
    clock["now"] = at(21, 20)
    item = next(c for c in service.day(center_id, WED).children if c.child.id == child.id)
    assert item.late_minutes == 5  # 21:00 + 15 minutes' grace


def test_a_check_in_before_closing_has_no_warning(db, desk):
    service, center_id, expected, _clock, *_ = desk
    assert service.check_in(center_id, expected[0].id).warning is None


def test_the_waiting_minutes_are_one_figure_read_or_ticked(db, desk):
    """One rule for the list as read, its minute tick and `attendance day`: from the arrival
    (plus grace) for a child who came after closing, counted on the clock's minutes, so it
    moves when the clock shown beside it does (finding 8 of a real-window trial)."""
    service, center_id, expected, clock, *_ = desk
    child = expected[0]
    clock["now"] = at(20, 47) + dt.timedelta(seconds=40)  # after closing (20:30) + grace
    service.check_in(center_id, child.id)

    def read():
        return next(c for c in service.day(center_id, WED).children if c.child.id == child.id)

    clock["now"] = at(21, 4) + dt.timedelta(seconds=10)  # 20:47 + 15 min grace = 21:02
    view = service.day(center_id, WED)
    assert read().late_minutes == 2  # 21:04 − 21:02 on the clock (not 1 from seconds)
    for now, minutes in ((at(21, 5), 3), (at(21, 5) + dt.timedelta(seconds=59), 3),
                         (at(21, 6), 4)):
        clock["now"] = now
        view, _moved = service.at_clock(center_id, view, now)
        ticked = view.item(child.id)
        assert ticked is not None and ticked.late_minutes == minutes == read().late_minutes
