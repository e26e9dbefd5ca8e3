"""The desk, 500 children: a scan, the Today view, the staff on duty and a staff clock-in.

One scan (commit and refreshed day) and building the Today view; the staff side of the Today
page (caregivers on duty now against what the children present need, and a clock-in)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from common import Figure
from desk_data import cached_desk

from asc_desk.domain.center import DEFAULT_TIME_ZONE
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database_service import open_database
from asc_desk.services.roster.roster_service import RosterService
from asc_desk.services.shifts.planning import ShiftPlanning
from asc_desk.services.shifts.staff_clock_service import StaffClockService
from asc_desk.services.shifts.staff_service import StaffService
from asc_desk.ui.pages.today_staff import staff_count

CHILDREN = 500
YEARS = 3
SH = ZoneInfo(DEFAULT_TIME_ZONE)
DAY = dt.date(2026, 11, 25)


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
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "desk.sqlite3"
        events = cached_desk(path, CHILDREN, years=YEARS)
        db, _ = open_database(str(path))
        try:
            center = CenterService(db, "bench").get_center()
            now = dt.datetime.combine(DAY, dt.time(16, 40), SH)
            desk = AttendanceService(db, "bench", now=lambda: now)
            children = [c.child.id for c in desk.day(center.id, DAY).children]
            desk = AttendanceService(db, "bench", now=lambda: now, cache=True)  # the GUI's
            planning = ShiftPlanning(db, now=lambda: now)
            staff = StaffService(db, "bench")
            births = {r.id: r.birth_date for r in RosterService(db, "bench").list_roster(
                center.id, include_withdrawn=True)}
            duty = planning.on_duty(center.id, now)
            scans, staffed_scans, reloads, views, staffed_views, clocks = [], [], [], [], [], []
            view = desk.day(center.id, DAY)
            for child_id in children[:40]:
                start = time.perf_counter()
                result = desk.check_in(center.id, child_id)  # committed...
                # ...and the page's view updated from what the scan wrote
                view = (desk.with_result(center.id, view, result)
                        or desk.with_child(view, child_id))
                scans.append(time.perf_counter() - start)
            for child_id in children[40:60]:
                # What the Today page does now: the same, plus the staff count against the
                # children present (on duty read at reload, not at each scan).
                start = time.perf_counter()
                result = desk.check_in(center.id, child_id)
                view = (desk.with_result(center.id, view, result)
                        or desk.with_child(view, child_id))
                staff_count(duty, view, births)
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
                staff_count(planning.on_duty(center.id, now), view, births)
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
                staff_count(planning.on_duty(center.id, now), view, births)
                clocks.append(time.perf_counter() - start)
        finally:
            db.dispose()
        base = _baseline(path, 60)
    print(f"(history: {events:,} events for {CHILDREN} children)")
    return [
        Figure("scan: committed and the day's view updated", statistics.median(scans), base,
               "bare sqlite3 insert+commit", target_abs_s=0.020, min_s=min(scans)),
        Figure("scan with the staff count (Today page now)", statistics.median(staffed_scans),
               base, "bare sqlite3 insert+commit", target_abs_s=0.020),
        Figure("scan, then the whole day reloaded", statistics.median(reloads), base,
               "bare sqlite3 insert+commit"),
        Figure("Today view for a date", statistics.median(views), base,
               "bare sqlite3 insert+commit", target_abs_s=0.030, min_s=min(views)),
        Figure("Today view + on duty now + staff count", statistics.median(staffed_views), base,
               "bare sqlite3 insert+commit", target_abs_s=0.060),
        Figure("staff clock at the desk (in/out, view + on duty)", statistics.median(clocks),
               base, "bare sqlite3 insert+commit", target_abs_s=0.080),
    ]
