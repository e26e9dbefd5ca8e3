"""The desk: one scan (commit and refreshed day) and building the Today view, 500 children."""

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
            scans, reloads, views = [], [], []
            view = desk.day(center.id, DAY)
            for child_id in children[:60]:
                start = time.perf_counter()
                desk.check_in(center.id, child_id)  # committed...
                view = desk.with_child(view, child_id)  # ...and the page's view updated
                scans.append(time.perf_counter() - start)
            for child_id in children[60:90]:
                start = time.perf_counter()
                desk.check_in(center.id, child_id)
                desk.day(center.id, DAY)  # were the whole day read again instead
                reloads.append(time.perf_counter() - start)
            for _ in range(15):
                start = time.perf_counter()
                desk.day(center.id, DAY)
                views.append(time.perf_counter() - start)
        finally:
            db.dispose()
        base = _baseline(path, 60)
    print(f"(history: {events:,} events for {CHILDREN} children)")
    return [
        Figure("scan: committed and the day's view updated", statistics.median(scans), base,
               "bare sqlite3 insert+commit", target_abs_s=0.020),
        Figure("scan, then the whole day reloaded", statistics.median(reloads), base,
               "bare sqlite3 insert+commit"),
        Figure("Today view for a date", statistics.median(views), base,
               "bare sqlite3 insert+commit", target_abs_s=0.050),
    ]
