"""Reports: the HR monthly summary of 10,000 children as PDF, XLSX and CSV, and its peak memory.

Building the database (fill_demo, 10,000 children, three months of events) takes minutes:
it is built once and kept (common.cached_database; rebuilt when the demo generator or the
schema changes). ASC_DESK_BENCH_HR_DB=FILE keeps it in FILE instead.
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path
from zoneinfo import ZoneInfo

from common import Figure, cached_database

from asc_desk.reports.catalogue import ReportParams, make
from asc_desk.reports.fonts import register_font, runs
from asc_desk.services.center_service import CenterService
from asc_desk.services.database_service import open_database
from asc_desk.services.demo.demo_service import fill_demo
from asc_desk.services.reports.report_data import ReportData

HR_CHILDREN = 10_000
ROUNDS = 3  # of the three documents; five rounds kept run.py over 3 minutes
SH = ZoneInfo("Asia/Shanghai")
NOW = dt.datetime(2026, 11, 30, 20, 0, tzinfo=SH)
DATABASE_ENV = "ASC_DESK_BENCH_HR_DB"
FORMATS = ("pdf", "xlsx", "csv")
PARAMS = ReportParams(month=(2026, 10))


def _database(tmp: Path) -> Path:
    saved = os.environ.get(DATABASE_ENV)
    if saved and Path(saved).exists():
        return Path(saved)
    if saved:
        _build(Path(saved))
        return Path(saved)
    path = tmp / "hr.sqlite3"
    cached_database(path, f"hr-{HR_CHILDREN}", _build, DEMO_SOURCES)
    return path


DEMO_SOURCES = [Path(__file__), *sorted((Path(fill_demo.__code__.co_filename).parent)
                                         .glob("*.py"))]


def _build(path: Path) -> None:
    db, _ = open_database(str(path))
    try:
        start = time.perf_counter()
        fill_demo(db, children=HR_CHILDREN)
        print(f"({HR_CHILDREN:,} children with three months of demo events, built in "
              f"{time.perf_counter() - start:.1f} s)", flush=True)
    finally:
        db.dispose()


def _bare_select(path: Path) -> float:
    """Baseline: the month's events read with plain sqlite3, nothing derived."""
    import sqlite3

    conn = sqlite3.connect(path)
    start = time.perf_counter()
    conn.execute("SELECT id, child_id, kind, at, recorded_at, pickup_name, absence_reason, "
                 "corrects FROM attendance_event WHERE center_id = 1 AND local_date >= ? "
                 "AND local_date <= ?", ("2026-10-01", "2026-10-31")).fetchall()
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def one_round(center_id: int, db, out: Path) -> dict[str, float]:
    """Seconds of each document as the user makes it (`catalogue.make`, the path of the
    Reports page and of `asc-desk report hr-summary`): the figures read, then the file
    written. Each document reads its figures again, as each command does."""
    times: dict[str, float] = {}
    cpu = time.process_time()
    for suffix in FORMATS:
        marks: list[float] = []
        start = time.perf_counter()
        make("hr-summary", db, center_id, PARAMS, out / f"hr.{suffix}",
             lambda done, total, marks=marks: marks.append(time.perf_counter()),
             now=lambda: NOW)
        end = time.perf_counter()
        times[suffix] = end - start
        # progress(1, 2) comes once the figures are read and before the file is written
        times[f"figures ({suffix})"] = marks[1] - start
        times[f"file ({suffix})"] = end - marks[1]
    # The process's CPU time as well: on a shared machine the wall time also counts the
    # other jobs' turns (it was 2-3x the CPU time at a load of 7 on 2 cores).
    times["cpu"] = time.process_time() - cpu
    return times


def run() -> list[Figure]:
    register_font()
    runs("王")  # the fonts' files and coverage are read once per process, as in the app
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        path = _database(tmp)
        db, _ = open_database(str(path))
        try:
            center = CenterService(db, "bench").get_center()
            # Warm-up: the database's pages in the OS cache, the imports, as after a first use
            ReportData(db, now=lambda: NOW).hr_summary(center.id, 2026, 10)
            rounds = [one_round(center.id, db, tmp) for _ in range(ROUNDS)]
            for phase in rounds[0]:
                values = [r[phase] for r in rounds]
                label = "CPU time of the three documents" if phase == "cpu" else phase
                print(f"(HR summary {label}: min {min(values):.2f} s, median "
                      f"{statistics.median(values):.2f} s)", flush=True)
            # Timed above without tracemalloc (it slows allocation-heavy code several times).
            tracemalloc.start()
            make("hr-summary", db, center.id, PARAMS, tmp / "traced.pdf", now=lambda: NOW)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"(HR summary as PDF: peak Python memory {peak / 2**20:.0f} MiB; process "
                  f"peak RSS {rss:.0f} MiB)", flush=True)
            base = statistics.median(_bare_select(path) for _ in range(5))
        finally:
            db.dispose()
    # The 5 s is for making the summary: one document, as the Reports page and
    # `asc-desk report hr-summary` make it (the figures, then the PDF, or the Excel file).
    return [Figure(f"HR summary, {HR_CHILDREN:,} children, as {fmt.upper()} (figures + "
                   f"{fmt.upper()})", statistics.median(r[fmt] for r in rounds), base,
                   "bare select of the month's events", target_abs_s=5.0,
                   min_s=min(r[fmt] for r in rounds)) for fmt in FORMATS]
