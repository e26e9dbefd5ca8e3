"""The desk, 500 children: a scan, the Today view, the staff on duty and a staff clock-in.

One scan (commit and refreshed day) and building the Today view; the staff side of the Today
page (caregivers on duty now against what the children present need, and a clock-in)."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from common import Figure
from sqlalchemy import insert, select

from asc_desk.db.models import AttendanceEventRow, Child
from asc_desk.domain.center import DEFAULT_TIME_ZONE
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database_service import open_database
from asc_desk.services.demo.demo_service import fill_demo
from asc_desk.services.roster.roster_service import RosterService
from asc_desk.services.shifts.planning import ShiftPlanning
from asc_desk.services.shifts.staff_clock_service import StaffClockService
from asc_desk.services.shifts.staff_service import StaffService
from asc_desk.ui.pages.today_staff import staff_count

CHILDREN = 500
YEARS = 3
SH = ZoneInfo(DEFAULT_TIME_ZONE)
DAY = dt.date(2026, 11, 25)


def _history(db, rng: random.Random) -> int:
    """Three years of two events a school day for every child, inserted in bulk."""
    with db.unit_of_work() as s:
        ids = list(s.scalars(select(Child.id)))
        rows = []
        day = DAY - dt.timedelta(days=365 * YEARS)
        while day < DAY - dt.timedelta(days=90):  # the demo already wrote the last months
            if day.weekday() < 5:
                for child_id in ids:
                    arrive = dt.datetime.combine(day, dt.time(16, rng.randint(20, 50)), SH)
                    leave = arrive + dt.timedelta(minutes=rng.randint(60, 230))
                    common = dict(center_id=1, child_id=child_id, local_date=day,
                                  recorded_by="bench", note="")
                    rows.append(dict(common, kind="check_in", at=arrive, recorded_at=arrive))
                    rows.append(dict(common, kind="check_out", at=leave, recorded_at=leave,
                                     pickup_name="家长"))
            day += dt.timedelta(days=1)
        s.execute(insert(AttendanceEventRow), rows)
    return len(rows)


def _baseline(path: Path, rounds: int) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS bench_baseline (id INTEGER PRIMARY KEY, x TEXT)")
    times = []
    for i in range(rounds):
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO bench_baseline (x) VALUES (?)", (str(i),))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return statistics.median(times)


def run() -> list[Figure]:
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "desk.sqlite3"
        db, _ = open_database(str(path))
        try:
            fill_demo(db, children=CHILDREN)
            events = _history(db, rng)
            center = CenterService(db, "bench").get_center()
            now = dt.datetime.combine(DAY, dt.time(16, 40), SH)
            desk = AttendanceService(db, "bench", now=lambda: now)
            children = [c.child.id for c in desk.day(center.id, DAY).children]
            planning = ShiftPlanning(db, now=lambda: now)
            staff = StaffService(db, "bench")
            rules = staff.ratio_rules(center.id)
            births = {r.id: r.birth_date for r in RosterService(db, "bench").list_roster(
                center.id, include_withdrawn=True)}
            duty = planning.on_duty(center.id, now)
            scans, staffed_scans, reloads, views, staffed_views, clocks = [], [], [], [], [], []
            view = desk.day(center.id, DAY)
            for child_id in children[:40]:
                start = time.perf_counter()
                desk.check_in(center.id, child_id)  # committed...
                view = desk.with_child(view, child_id)  # ...and the page's view updated
                scans.append(time.perf_counter() - start)
            for child_id in children[40:60]:
                # What the Today page does now: the same, plus the staff count against the
                # children present (on duty read at reload, not at each scan).
                start = time.perf_counter()
                desk.check_in(center.id, child_id)
                view = desk.with_child(view, child_id)
                staff_count(duty, view, births, rules)
                staffed_scans.append(time.perf_counter() - start)
            for child_id in children[60:90]:
                start = time.perf_counter()
                desk.check_in(center.id, child_id)
                desk.day(center.id, DAY)  # were the whole day read again instead
                reloads.append(time.perf_counter() - start)
            for _ in range(15):
                start = time.perf_counter()
                desk.day(center.id, DAY)
                views.append(time.perf_counter() - start)
            for _ in range(15):
                start = time.perf_counter()
                view = desk.day(center.id, DAY)
                staff_count(planning.on_duty(center.id, now), view, births, rules)
                staffed_views.append(time.perf_counter() - start)
            clock = StaffClockService(db, "bench", now=lambda: now)
            for person in staff.list_caregivers(center.id)[:10]:
                start = time.perf_counter()
                # A caregiver's card at the desk: are they in? clock, and the page's reload.
                if any(p.id == person.id for p in planning.on_duty(center.id, now).clocked_in):
                    clock.clock_out(person.id)
                else:
                    clock.clock_in(person.id)
                view = desk.day(center.id, DAY)
                staff_count(planning.on_duty(center.id, now), view, births, rules)
                clocks.append(time.perf_counter() - start)
        finally:
            db.dispose()
        base = _baseline(path, 60)
    print(f"(history: {events:,} events for {CHILDREN} children)")
    return [
        Figure("scan: committed and the day's view updated", statistics.median(scans), base,
               "bare sqlite3 insert+commit", target_abs_s=0.020),
        Figure("scan with the staff count (Today page now)", statistics.median(staffed_scans),
               base, "bare sqlite3 insert+commit", target_abs_s=0.020),
        Figure("scan, then the whole day reloaded", statistics.median(reloads), base,
               "bare sqlite3 insert+commit"),
        Figure("Today view for a date", statistics.median(views), base,
               "bare sqlite3 insert+commit", target_abs_s=0.050),
        Figure("Today view + on duty now + staff count", statistics.median(staffed_views), base,
               "bare sqlite3 insert+commit", target_abs_s=0.060),
        Figure("staff clock at the desk (in/out, view + on duty)", statistics.median(clocks),
               base, "bare sqlite3 insert+commit", target_abs_s=0.080),
    ]
