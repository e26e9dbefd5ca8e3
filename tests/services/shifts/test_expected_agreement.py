"""The shifts' count of expected children agrees with the desk's rule (`children_of_day`),
day by day, over the demo data: enrollments, weekdays, programs, the calendar, leavers,
absences notified in advance."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import select

from asc_desk.db.models import CalendarOverride, Child, Enrollment, Program
from asc_desk.domain.attendance_rules import ChildDayState
from asc_desk.domain.calendar_rules import day_status
from asc_desk.domain.expected_day import EnrollmentSpan, expected_on
from asc_desk.domain.ratio_rules import RatioRules, age_on
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.attendance.expected_children import children_of_day
from asc_desk.services.calendar.calendar_service import official_calendar_in, override_of, rules_of
from asc_desk.services.calendar.program_service import program_info
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


def test_the_plans_expected_children_are_expected_ons_for_a_demo_week(sqlite_db: Database):
    """The week's plan (its day totals and the groups its coverage is built from) counts
    exactly the children `expected_on` expects, in the hours of the program it names, less
    those marked absent in advance: the week of National Day, with days closed."""
    fill_demo(sqlite_db, children=30)
    monday = dt.date(2026, 9, 28)
    days = [monday + dt.timedelta(days=i) for i in range(7)]
    planning = ShiftPlanning(sqlite_db)
    plan = planning.week(1, monday)
    groups = planning.expected_children(1, days[0], days[-1])
    desk = AttendanceService(sqlite_db, "t")
    rules = RatioRules()
    with sqlite_db.unit_of_work() as s:
        official = official_calendar_in(s)
        programs = [program_info(p) for p in s.scalars(select(Program))]
        children = s.execute(select(Child.id, Child.status, Child.withdrawn_on,
                                    Child.birth_date)).all()
        spans: dict[int, list[EnrollmentSpan]] = {}
        for e in s.scalars(select(Enrollment).order_by(Enrollment.id)):
            spans.setdefault(e.child_id, []).append(
                EnrollmentSpan(e.program_id, e.from_date, e.to_date, e.weekdays))
        overrides = [override_of(r) for r in s.scalars(select(CalendarOverride))]
    seen_open = seen_closed = counted = 0
    for day, plan_day in zip(days, plan.days, strict=True):
        statuses = {p.id: day_status(rules_of(p), day, official, overrides) for p in programs}
        open_ids = {pid for pid, st in statuses.items() if st.open}
        absent = {c.child.id for c in desk.day(1, day).children
                  if c.record.state is ChildDayState.ABSENT}
        expected: Counter = Counter()
        for child_id, status, withdrawn_on, birth in children:
            answer = expected_on(day, spans.get(child_id, ()), open_ids, status=status,
                                 withdrawn_on=withdrawn_on)
            if answer.expected and child_id not in absent:
                st = statuses[answer.program_id]
                expected[(rules.band_of(age_on(birth, day)), st.opens_at, st.closes_at)] += 1
        ours = Counter({(g.band, g.opens_at, g.closes_at): g.count
                        for g in groups.get(day, ())})
        assert +ours == +expected, day
        assert plan_day.expected_children == sum(expected.values()), day
        counted += plan_day.expected_children
        if open_ids:
            seen_open += 1
            slots = plan.coverage[day].slots
            assert max(s.children for s in slots) <= plan_day.expected_children
        else:
            seen_closed += 1
            assert plan_day.expected_children == 0 and day not in plan.coverage
    assert seen_open >= 2 and seen_closed >= 2  # ordinary days and National Day's closing
    assert counted >= 40  # real children were compared
