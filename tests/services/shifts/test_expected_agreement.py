"""The shifts' count of expected children agrees with the desk's rule (`children_of_day`),
day by day, over the demo data: enrollments, weekdays, programs, the calendar, leavers,
absences notified in advance."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from asc_desk.db.models import Child
from asc_desk.domain.attendance_rules import ChildDayState
from asc_desk.domain.ratio_rules import RatioRules, age_on
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.attendance.expected_children import children_of_day
from asc_desk.services.database import Database
from asc_desk.services.demo.demo_service import fill_demo
from asc_desk.services.shifts.planning import ShiftPlanning


def test_expected_children_agree_with_the_desk(sqlite_db: Database):
    fill_demo(sqlite_db, children=20)
    desk = AttendanceService(sqlite_db, "t")
    first, last = dt.date(2026, 11, 1), dt.date(2027, 1, 5)
    mine = ShiftPlanning(sqlite_db).expected_children(1, first, last)
    rules = RatioRules()
    with sqlite_db.unit_of_work() as s:
        births = {c.id: c.birth_date for c in s.query(Child)}
        day = first
        checked = 0
        while day <= last:
            absent = {c.child.id for c in desk.day(1, day).children
                      if c.record.state is ChildDayState.ABSENT}
            theirs = Counter(
                (rules.band_of(age_on(births[c.id], day)), c.opens_at, c.closes_at)
                for c in children_of_day(s, 1, day).children
                if c.expected and c.id not in absent)
            ours = Counter({(g.band, g.opens_at, g.closes_at): g.count
                            for g in mine.get(day, ())})
            assert +ours == +theirs, day
            checked += sum(theirs.values())
            day += dt.timedelta(days=1)
    assert checked > 300  # the comparison saw real days with children
