"""Demo data goes only into an empty database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from asc_desk.db.models import AttendanceEventRow, AuditEntry, Center, Program
from asc_desk.domain.center import CenterSettings
from asc_desk.domain.errors import UserError
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database import Database
from asc_desk.services.database_service import open_database
from asc_desk.services.demo.demo_service import CENTERS, fill_demo
from asc_desk.services.roster.roster_service import RosterService


def _counts(db: Database) -> tuple[int, int, int]:
    with db.unit_of_work() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(model))
            for model in (Center, Program, AuditEntry)
        )


def test_fill_demo_fills_an_empty_database(db: Database) -> None:
    summary = fill_demo(db, seed=1, language="en", actor="demo:test")

    center = CenterService(db, "t").get_center()
    assert center is not None
    assert summary.center == center.name
    assert center.name in {name for name, _factory in CENTERS}
    assert center.language == "en"
    programs = ProgramService(db, "t").list_programs(center.id)
    assert summary.programs == len(programs) == 3
    roster = RosterService(db, "t")
    active = roster.list_roster(center.id)
    everyone = roster.list_roster(center.id, include_withdrawn=True)
    assert summary.children == len(everyone) == 60
    left = len(everyone) - len(active)
    assert left >= 1  # some children have left, as in a real roster
    assert any(r.allergies for r in everyone)
    guardian_sets = [frozenset(r.guardians) for r in everyone]
    assert len(set(guardian_sets)) < len(guardian_sets)  # siblings share their parents
    # audit: the center, 3 programs, 3 calendar changes, each child, each leaver
    assert _counts(db) == (1, 3, 7 + 60 + left)
    with db.unit_of_work() as s:
        assert set(s.scalars(select(AuditEntry.actor))) == {"demo:test"}


def test_fill_demo_is_repeatable_with_a_seed(db: Database, tmp_path: Path) -> None:
    other, _report = open_database(str(tmp_path / "other.sqlite3"))
    try:
        assert fill_demo(db, seed=5) == fill_demo(other, seed=5)
    finally:
        other.dispose()


def test_fill_demo_refuses_a_database_with_data(db: Database) -> None:
    CenterService(db, "coordinator").set_up_center(CenterSettings("真实中心", "真实工厂"))
    before = _counts(db)

    with pytest.raises(UserError, match="already has data"):
        fill_demo(db)

    assert _counts(db) == before
    assert CenterService(db, "t").get_center().name == "真实中心"


@pytest.mark.parametrize("today", [
    dt.date(2026, 11, 25),  # a Wednesday in term time: the gap is tomorrow
    dt.date(2026, 12, 4),  # a Friday: the gap on Monday, the next open day
    dt.date(2026, 12, 24),  # the factory's closed day (12-31) within the fortnight
    dt.date(2027, 2, 3),  # the winter holiday program: open from 07:30, and on Saturdays
    dt.date(2026, 7, 20),  # the summer program
])
def test_fill_demo_plans_staff_with_one_gap_and_one_conflict(db: Database, today) -> None:
    """The gap and the conflict are relative to the day the demo is made: the gap on the
    next open day (tomorrow's gap shows in the Shifts page's banner), the conflict later."""
    from asc_desk.domain.shift_rules import ConflictKind
    from asc_desk.services.shifts.planning import ShiftPlanning
    from asc_desk.services.shifts.staff_service import StaffService

    summary = fill_demo(db, seed=1, today=today)
    center = CenterService(db, "t").get_center()
    people = StaffService(db, "t").list_caregivers(center.id)
    assert summary.caregivers == len(people) >= 4
    assert {str(p.role) for p in people} >= {"teacher", "volunteer", "coordinator"}
    assert [p.name for p in people if p.expiring(today)] != []  # one expires within 30 days
    planning = ShiftPlanning(db)
    plan = planning.check(center.id, today - dt.timedelta(days=14),
                          today + dt.timedelta(days=16))
    assert len({s.day for s in plan.shifts}) >= 15  # a month of shifts around today
    assert [c.kind for c in plan.conflicts] == [ConflictKind.ON_LEAVE]
    next_open = min(d for d in plan.coverage if d > today)
    assert {g.day for g in plan.gaps} == {next_open}
    assert {g.slot.missing for g in plan.gaps} == {1}  # one caregiver left early
    assert plan.conflicts[0].day > next_open
    assert StaffService(db, "t").leave(center.id, today, today + dt.timedelta(days=14))
    hours = planning.hours(center.id, today.year, today.month)
    assert any(r.planned > 0 for r in hours)
    if today.day > 8:
        assert any(r.actual > 0 for r in hours)  # a week of the staff clock before today


def test_fill_demo_far_from_the_story_follows_its_day(db: Database) -> None:
    """The programs are laid out around any day (here in 2031), so the plan is too: the
    gap is on the next open day after it."""
    from asc_desk.services.shifts.planning import ShiftPlanning

    today = dt.date(2031, 5, 6)  # a Tuesday of that year's spring term
    fill_demo(db, seed=1, children=20, today=today)
    center = CenterService(db, "t").get_center()
    plan = ShiftPlanning(db).check(center.id, today, today + dt.timedelta(days=7))
    assert {g.day for g in plan.gaps} == {today + dt.timedelta(days=1)}


def test_fill_demo_without_a_day_tells_the_story_day(db: Database, tmp_path: Path) -> None:
    """Callers that pass no day (tests, benchmarks) get the fixed story: the same data as
    with today=STORY_DAY."""
    from asc_desk.services.demo.demo_service import STORY_DAY

    other, _report = open_database(str(tmp_path / "other.sqlite3"))
    try:
        assert fill_demo(db, seed=3, children=10) == fill_demo(other, seed=3, children=10,
                                                                today=STORY_DAY)
        with db.unit_of_work() as s:
            last = s.scalar(select(func.max(AttendanceEventRow.local_date)))
        assert last == STORY_DAY - dt.timedelta(days=1)
    finally:
        other.dispose()


def test_demo_schools_and_grades_fit_the_childs_age(db: Database) -> None:
    import datetime as dt

    from asc_desk.domain.school_grades import age_on, grade_key
    from asc_desk.services.demo.demo_roster import KINDERGARTEN, PRIMARY, school_and_grade

    fill_demo(db, seed=1, language="en", children=60)
    center = CenterService(db, "t").get_center()
    roster = RosterService(db, "t")
    rows = roster.list_roster(center.id)
    assert rows
    def rank(grade: str) -> int:
        return grade_key(grade)[0]

    first_grade = rank("一年级")
    for row in rows:
        child = roster.get_child(row.id).draft
        age = age_on(child.birth_date, dt.date(2026, 9, 1))
        if child.school == KINDERGARTEN:
            assert rank(child.grade) < first_grade, (child.school, child.grade, age)
        else:
            assert rank(child.grade) >= first_grade, (child.school, child.grade, age)
        if child.school in PRIMARY:
            assert rank(child.grade) == first_grade + age - 6, (child.grade, age)
    # The rule itself, at its edges.
    today = dt.date(2026, 11, 25)
    assert school_and_grade(dt.date(2021, 3, 1), today, KINDERGARTEN, 0) == (KINDERGARTEN, "大班")
    assert school_and_grade(dt.date(2020, 8, 31), today, KINDERGARTEN, 0)[1] == "一年级"
    assert school_and_grade(dt.date(2020, 8, 31), today, KINDERGARTEN, 0)[0] in PRIMARY
    assert school_and_grade(dt.date(2016, 9, 2), today, PRIMARY[0], 0) == (PRIMARY[0], "四年级")
    assert school_and_grade(dt.date(2014, 1, 1), today, PRIMARY[0], 0)[1] == "初一"
