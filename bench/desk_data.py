"""A desk's data for the benchmarks, written in bulk: a center, one program over three years,
N children with a guardian each, a few caregivers, and the children's history (two events a
school day)."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path
from zoneinfo import ZoneInfo

from common import cached_database
from sqlalchemy import insert, select

from asc_desk.db.models import AttendanceEventRow, Child
from asc_desk.domain.center import DEFAULT_TIME_ZONE, CenterSettings
from asc_desk.domain.program import ProgramKind, ProgramSpec, weekday_mask
from asc_desk.domain.roster import ChildDraft, EnrollmentDraft, GuardianDraft
from asc_desk.domain.staff import CaregiverDraft
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database_service import open_database
from asc_desk.services.demo.demo_roster import BOYS, GIRLS, PARENTS_F, SURNAMES
from asc_desk.services.roster.roster_import import RosterImport
from asc_desk.services.shifts.staff_service import StaffService

SH = ZoneInfo(DEFAULT_TIME_ZONE)
DAY = dt.date(2026, 11, 25)  # a Wednesday of term


def build_desk(db, children: int, *, years: int = 3, seed: int = 11) -> tuple[int, int]:
    """(center id, events written). Minutes for 500 children through the demo generator's
    one-day-at-a-time path; seconds here."""
    rng = random.Random(seed)
    center = CenterService(db, "bench").set_up_center(CenterSettings("基准中心", "工厂")).value
    first = DAY - dt.timedelta(days=365 * years)
    program = ProgramService(db, "bench").add_program(center.id, ProgramSpec(
        "课后班", ProgramKind.TERM, first, DAY + dt.timedelta(days=60),
        weekday_mask(range(5)), dt.time(16, 30), dt.time(20, 30))).value
    drafts = []
    for i in range(children):
        name = rng.choice(SURNAMES) + rng.choice(GIRLS if i % 2 else BOYS)
        drafts.append(ChildDraft(
            name, external_id=f"B{i:05d}", birth_date=dt.date(2017, 1, 1),
            guardians=(GuardianDraft(name[0] + rng.choice(PARENTS_F), "母亲",
                                     f"139{i:08d}"),),
            enrollments=(EnrollmentDraft(program.id, first),)))
    RosterImport(db, "bench", today=lambda: DAY).add_many(center.id, drafts)
    staff = StaffService(db, "bench")
    for i in range(max(4, children // 40)):  # a caregiver per 40 children, at least four
        staff.add_caregiver(center.id, CaregiverDraft(f"{rng.choice(SURNAMES)}老师{i}",
                                                      employee_id=f"S{i:04d}"))
    with db.unit_of_work() as s:
        ids = list(s.scalars(select(Child.id)))
        rows = []
        day = first
        while day < DAY:
            if day.weekday() < 5:
                for child_id in ids:
                    arrive = dt.datetime.combine(day, dt.time(16, rng.randint(20, 50)), SH)
                    leave = arrive + dt.timedelta(minutes=rng.randint(60, 230))
                    common = dict(center_id=center.id, child_id=child_id, local_date=day,
                                  recorded_by="bench", note="")
                    rows.append(dict(common, kind="check_in", at=arrive, recorded_at=arrive))
                    rows.append(dict(common, kind="check_out", at=leave, recorded_at=leave,
                                     pickup_name="家长"))
            day += dt.timedelta(days=1)
        s.execute(insert(AttendanceEventRow), rows)
    return center.id, len(rows)


def cached_desk(dest: Path, children: int, *, years: float = 3, seed: int = 11) -> int:
    """A copy of the desk at `dest` (events written: returned). The desk is built once per
    size and kept (common.cached_database): 500 children with three years of history, or
    5,000, take tens of seconds on a busy machine."""

    def build(path: Path) -> None:
        db, _ = open_database(str(path))
        try:
            build_desk(db, children, years=years, seed=seed)  # type: ignore[arg-type]
        finally:
            db.dispose()

    cached_database(dest, f"desk-{children}-{years:g}y-{seed}", build, [Path(__file__)])
    with sqlite3.connect(dest) as conn:
        return conn.execute("SELECT count(*) FROM attendance_event").fetchone()[0]
