"""The demo is made around the day it is made: history up to yesterday, today still empty."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

import pytest
from sqlalchemy import func, select

from asc_desk.db.models import AttendanceEventRow
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database import Database
from asc_desk.services.demo.demo_programs import demo_programs
from asc_desk.services.demo.demo_service import STORY_DAY, fill_demo


def _events_on(db: Database, first: dt.date, last: dt.date | None = None) -> int:
    with db.read() as s:
        query = select(func.count()).select_from(AttendanceEventRow).where(
            AttendanceEventRow.local_date >= first)
        if last is not None:
            query = query.where(AttendanceEventRow.local_date <= last)
        return s.scalar(query)


@pytest.mark.parametrize("today", [
    dt.date(2027, 3, 10),  # a Wednesday of the spring term
    dt.date(2027, 8, 16),  # a Monday of the summer holiday program
    dt.date(2026, 12, 1),  # a Tuesday of the autumn term (the story's own programs)
    dt.date(2027, 2, 3),  # a Wednesday of the winter holiday
])
def test_a_demo_made_on_another_day_has_history_up_to_yesterday(db: Database, today) -> None:
    fill_demo(db, seed=1, children=20, today=today)
    center = CenterService(db, "t").get_center()
    programs = ProgramService(db, "t").list_programs(center.id)
    assert any(p.first_day <= today <= p.last_day for p in programs)
    assert _events_on(db, today) == 0  # today starts with no records
    yesterday = today - dt.timedelta(days=1)
    desk = AttendanceService(db, "t")
    if desk.day(center.id, yesterday).open_programs:
        assert _events_on(db, yesterday, yesterday) > 0
    view = desk.day(center.id, today)
    assert view.open_programs
    assert view.counts["expected"] > 0
    assert view.counts["to_arrive"] == view.counts["expected"]  # none recorded yet
    assert view.counts["present"] == view.counts["collected"] == view.counts["absent"] == 0


def test_the_story_day_keeps_its_programs() -> None:
    layout = demo_programs(STORY_DAY)
    assert [(p.name, p.first_day, p.last_day) for p in layout.specs] == [
        ("2026暑期班", dt.date(2026, 7, 6), dt.date(2026, 8, 28)),
        ("2026秋季学期课后班", dt.date(2026, 9, 1), dt.date(2027, 1, 22)),
        ("2027寒假班", dt.date(2027, 1, 25), dt.date(2027, 2, 26)),
    ]
    assert layout.running.name == "2026秋季学期课后班"


def test_every_day_of_2026_and_2027_is_in_a_demo_program() -> None:
    """The story's programs end in February 2027 (2027-08-15 was in none of them); a day
    between two programs (2026-08-31) stretches the one before."""
    day = dt.date(2026, 1, 1)
    while day <= dt.date(2027, 12, 31):
        layout = demo_programs(day)
        assert layout.running.first_day <= day <= layout.running.last_day, day
        specs = layout.specs
        assert all(a.last_day < b.first_day for a, b in pairwise(specs)), day
        day += dt.timedelta(days=1)
    between = demo_programs(dt.date(2026, 8, 31))  # a Monday after the summer program
    assert between.running.name == "2026暑期班"
    assert between.running.last_day == dt.date(2026, 8, 31)
    assert demo_programs(dt.date(2027, 8, 15)).running.name == "2027暑期班"
    assert demo_programs(dt.date(2027, 3, 10)).running.name == "2027春季学期课后班"


def test_the_demo_closes_its_past_days_as_a_coordinator_would(db: Database) -> None:
    from asc_desk.db.models import ClosedDeskDay
    from asc_desk.services.attendance.day_close import DayCloseService

    today = dt.date(2026, 12, 1)
    fill_demo(db, seed=1, children=20, today=today)
    center = CenterService(db, "t").get_center()
    morning = DayCloseService(db, "t").previous_day(center.id, today)
    # Not "not closed, but accounted": closed after the last pickup, nothing left open.
    assert morning is not None and morning.closed and morning.complete
    assert not morning.changed_after  # the next morning's correction moved no one
    with db.read() as s:
        closed = s.scalars(select(ClosedDeskDay).order_by(ClosedDeskDay.day)).all()
        days = {d for (d,) in s.execute(select(AttendanceEventRow.local_date).distinct())}
        last_out = {d: s.scalar(select(func.max(AttendanceEventRow.at)).where(
            AttendanceEventRow.local_date == d)) for d in days}
    assert {c.day for c in closed} == days  # every day with records, none of today
    assert all(c.closed_at > last_out[c.day] and c.left_open == [] for c in closed)
