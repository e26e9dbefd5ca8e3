"""Calendar: open/closed and hours for every day of 5 years, 10 programs, 200 overrides."""

from __future__ import annotations

import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from common import Figure

from asc_desk.domain.calendar_rules import Override, OverrideKind, range_statuses
from asc_desk.domain.center import CenterSettings
from asc_desk.domain.official_days import chinesecalendar_days
from asc_desk.domain.program import ProgramKind, ProgramSpec, weekday_mask
from asc_desk.services.calendar.calendar_service import CalendarService, rules_of
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database_service import open_database

FIRST, LAST = dt.date(2022, 1, 1), dt.date(2026, 12, 31)
PROGRAMS, OVERRIDES, ROUNDS = 10, 200, 7


def _baseline(holidays: set[dt.date]) -> list[tuple[dt.date, bool]]:
    """What a hand-written loop would do: weekday and a set of holiday dates, nothing else."""
    out = []
    for _ in range(PROGRAMS):
        day = FIRST
        while day <= LAST:
            out.append((day, day.weekday() < 5 and day not in holidays))
            day += dt.timedelta(days=1)
    return out


def _median(fn) -> float:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run() -> list[Figure]:
    rng = random.Random(7)
    holidays = {d for year in chinesecalendar_days().values() for d, o in year.items()
                if o.is_holiday and FIRST <= d <= LAST}
    with tempfile.TemporaryDirectory() as tmp:
        db, _ = open_database(str(Path(tmp) / "bench.sqlite3"))
        try:
            center = CenterService(db, "bench").set_up_center(CenterSettings("基准", "工厂")).value
            programs = ProgramService(db, "bench")
            ids = []
            for i in range(PROGRAMS):
                kind = ProgramKind.TERM if i % 2 else ProgramKind.HOLIDAY
                ids.append(programs.add_program(center.id, ProgramSpec(
                    f"program {i}", kind, FIRST, LAST, weekday_mask(range(5 + i % 2)),
                    dt.time(16, 30), dt.time(20, 30))).value.id)
            calendar = CalendarService(db, "bench")
            span = (LAST - FIRST).days
            decisions = []
            for i in range(OVERRIDES):
                day = FIRST + dt.timedelta(days=rng.randrange(span))
                kind = (OverrideKind.CLOSED, OverrideKind.OPEN, OverrideKind.HOURS)[i % 3]
                hours = {"closes_at": dt.time(18, 0)} if kind is OverrideKind.HOURS else {}
                decisions.append(Override(day, kind, f"reason {i}",
                                          rng.choice([None, *ids]), **hours))
            calendar.apply_overrides(center.id, decisions)

            official = calendar.official_calendar()
            infos = [programs.get_program(pid) for pid in ids]

            def domain_only():
                for info in infos:
                    range_statuses(rules_of(info), FIRST, LAST, official, decisions)

            def through_service():
                for pid in ids:
                    calendar.statuses(pid, FIRST, LAST)

            base = _median(lambda: _baseline(holidays))
            domain = _median(domain_only)
            service = _median(through_service)
        finally:
            db.dispose()
    days = PROGRAMS * ((LAST - FIRST).days + 1)
    return [
        Figure(f"rules, {days:,} program-days", domain, base, "weekday + holiday-set loop",
               target_ratio=3.0),
        Figure(f"calendar service, {days:,} program-days", service, base,
               "weekday + holiday-set loop", target_ratio=3.0),
    ]
