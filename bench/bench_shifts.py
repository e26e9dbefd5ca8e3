"""Shifts: conflicts and coverage for a month, 30 caregivers, 500 children, 10 programs."""

from __future__ import annotations

import datetime as dt
import random
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from common import Figure, interleaved
from sqlalchemy import insert, select

from asc_desk.db.models import (
    Caregiver,
    CaregiverQualification,
    Child,
    Enrollment,
    Shift,
    StaffLeave,
)
from asc_desk.domain.center import CenterSettings
from asc_desk.domain.program import MONDAY_TO_FRIDAY, ProgramKind, ProgramSpec, weekday_mask
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database_service import open_database
from asc_desk.services.shifts.planning import ShiftPlanning

CAREGIVERS, CHILDREN, PROGRAMS = 30, 500, 10
FIRST, LAST = dt.date(2026, 11, 1), dt.date(2026, 11, 30)
ROLES = ["teacher"] * 4 + ["assistant"] * 3 + ["volunteer"] * 2 + ["coordinator"]


def _fill(db, rng: random.Random) -> int:
    center = CenterService(db, "bench").set_up_center(CenterSettings("基准中心", "基准工厂")).value
    programs = ProgramService(db, "bench")
    ids = []
    for i in range(PROGRAMS):
        term = i % 2 == 0
        spec = ProgramSpec(
            f"项目{i}", ProgramKind.TERM if term else ProgramKind.HOLIDAY,
            dt.date(2026, 9, 1), dt.date(2027, 1, 22),
            MONDAY_TO_FRIDAY if term else weekday_mask([0, 1, 2, 3, 4, 5]),
            dt.time(16, 30) if term else dt.time(8, 0), dt.time(20, 0 + i % 2 * 30))
        ids.append(programs.add_program(center.id, spec).value.id)
    with db.unit_of_work() as s:
        s.execute(insert(Child), [dict(
            center_id=center.id, name=f"儿童{i}", card_code=f"B{i:07d}", status="active",
            birth_date=dt.date(2014 + i % 8, 1 + i % 12, 1 + i % 28)) for i in range(CHILDREN)])
        child_ids = list(s.scalars(select(Child.id)))
        s.execute(insert(Enrollment), [dict(
            child_id=c, program_id=rng.choice(ids), from_date=dt.date(2026, 9, 1),
            to_date=None, weekdays=MONDAY_TO_FRIDAY) for c in child_ids])
        s.execute(insert(Caregiver), [dict(
            center_id=center.id, name=f"老师{i}", role=ROLES[i % len(ROLES)],
            card_code=f"S{i:07d}", max_hours_per_week=40, available_weekdays=127,
            active=True) for i in range(CAREGIVERS)])
        people = list(s.scalars(select(Caregiver.id)))
        s.execute(insert(CaregiverQualification), [dict(
            caregiver_id=p, kind="健康证", expires_on=dt.date(2026, 11, 1 + i % 60)
            if i % 10 == 0 else dt.date(2027, 6, 30)) for i, p in enumerate(people)])
        rows = []
        day = FIRST - dt.timedelta(days=7)
        while day <= LAST + dt.timedelta(days=7):
            for i, p in enumerate(people):
                if day.weekday() < 5 and rng.random() < 0.9:
                    start = dt.time(15 + i % 3, 30 * (i % 2))
                    rows.append(dict(center_id=center.id, caregiver_id=p, day=day,
                                     starts_at=start, ends_at=dt.time(start.hour + 5,
                                                                      start.minute), note=""))
            day += dt.timedelta(days=1)
        s.execute(insert(Shift), rows)
        s.execute(insert(StaffLeave), [dict(
            center_id=center.id, caregiver_id=p, first_day=dt.date(2026, 11, 10 + i % 10),
            last_day=dt.date(2026, 11, 11 + i % 10), kind="annual", note="")
            for i, p in enumerate(people[:8])])
    return len(rows)


def _baseline(db) -> float:
    """The issue's baseline, as first written: in a write transaction (BEGIN IMMEDIATE and a
    commit), whose cost swings with the disk; `_read_baseline` is the same loop read-only,
    as the check itself reads."""
    start = time.perf_counter()
    with db.unit_of_work() as s:
        hours: dict[int, float] = defaultdict(float)
        for cid, a, b in s.execute(select(Shift.caregiver_id, Shift.starts_at, Shift.ends_at)
                                   .where(Shift.day >= FIRST, Shift.day <= LAST)):
            hours[cid] += (b.hour * 60 + b.minute - a.hour * 60 - a.minute) / 60
    return time.perf_counter() - start


def _read_baseline(db) -> float:
    start = time.perf_counter()
    with db.read() as s:
        hours: dict[int, float] = defaultdict(float)
        for cid, a, b in s.execute(select(Shift.caregiver_id, Shift.starts_at, Shift.ends_at)
                                   .where(Shift.day >= FIRST, Shift.day <= LAST)):
            hours[cid] += (b.hour * 60 + b.minute - a.hour * 60 - a.minute) / 60
    return time.perf_counter() - start


def _runs(fns, rounds: int, warmup: int = 2) -> list[list[float]]:
    """Each function's times, run in turn so drift in the machine hits all alike."""
    for _ in range(warmup):
        for fn in fns:
            fn()
    out: list[list[float]] = [[] for _ in fns]
    for _ in range(rounds):
        for times, fn in zip(out, fns, strict=True):
            times.append(fn())
    return out


def _ms(times: list[float]) -> str:
    return f"min {min(times) * 1000:.1f} / median {statistics.median(times) * 1000:.1f} ms"


def run() -> list[Figure]:
    rng = random.Random(12)
    with tempfile.TemporaryDirectory() as tmp:
        db, _ = open_database(str(Path(tmp) / "shifts.sqlite3"))
        try:
            shifts = _fill(db, rng)
            planning = ShiftPlanning(db)
            found = planning.check(1, FIRST, LAST)

            def check() -> float:
                start = time.perf_counter()
                planning.check(1, FIRST, LAST)
                return time.perf_counter() - start

            checks, bases, reads = _runs([check, lambda: _baseline(db),
                                          lambda: _read_baseline(db)], rounds=15)
            value, base = statistics.median(checks), statistics.median(bases)
            read = statistics.median(reads)
            # The same two on this thread's CPU clock: on a machine shared with other
            # processes, wall time also counts theirs, and more of it for the longer task.
            cpu_checks, cpu_bases = _runs([_cpu(lambda: planning.check(1, FIRST, LAST)),
                                           _cpu(lambda: _baseline(db))], rounds=15)
            week, base_week = interleaved(
                lambda: _timed(lambda: planning.week(1, dt.date(2026, 11, 25))),
                lambda: _baseline(db), rounds=5)
        finally:
            db.dispose()
    print(f"({shifts} shifts, {len(found.conflicts)} conflicts, {len(found.gaps)} gaps; "
          f"check {_ms(checks)}; baseline {_ms(bases)}; read-only baseline {_ms(reads)}; "
          f"ratio of minima {min(checks) / min(bases):.2f}x; CPU: check {_ms(cpu_checks)}, "
          f"baseline {_ms(cpu_bases)})")
    return [
        Figure("shifts check: conflicts + coverage for a month", value, base,
               "sum of shift hours per caregiver", target_ratio=10, target_abs_s=0.200),
        Figure("shifts check, CPU time of the thread (wall time less what other processes "
               "took)", statistics.median(cpu_checks), statistics.median(cpu_bases),
               "sum of shift hours per caregiver, CPU time", target_ratio=10,
               min_s=min(cpu_checks), baseline_min_s=min(cpu_bases)),
        Figure("shifts check against the read-only baseline (no target: the same loop "
               "without the write transaction)", value, read,
               "sum of shift hours per caregiver, read-only"),
        Figure("shifts week: the grid's data for one week", week, base_week,
               "sum of shift hours per caregiver"),
    ]


def _cpu(fn):
    """`fn` timed on this thread's CPU clock."""
    def timed() -> float:
        start = time.thread_time()
        fn()
        return time.thread_time() - start
    return timed


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start
