"""Reports: the HR monthly summary of 10,000 children (figures, PDF, XLSX, CSV), peak memory.

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

from asc_desk.reports.fonts import register_font, runs
from asc_desk.reports.hr_summary_pdf import write_hr_summary
from asc_desk.services.center_service import CenterService
from asc_desk.services.database_service import open_database
from asc_desk.services.demo.demo_service import fill_demo
from asc_desk.services.reports.report_data import ReportData

HR_CHILDREN = 10_000
ROUNDS = 3  # with the warm-up and the traced round: five rounds kept run.py over 3 minutes
SH = ZoneInfo("Asia/Shanghai")
NOW = dt.datetime(2026, 11, 30, 20, 0, tzinfo=SH)
DATABASE_ENV = "ASC_DESK_BENCH_HR_DB"
PHASES = ("figures", "pdf", "xlsx", "csv")


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


def one_round(data: ReportData, center_id: int, out: Path) -> dict[str, float]:
    """Seconds of each phase of one summary: the figures, then the three files."""
    times = {}
    cpu = time.process_time()
    start = time.perf_counter()
    summary = data.hr_summary(center_id, 2026, 10)
    times["figures"] = time.perf_counter() - start
    for suffix in ("pdf", "xlsx", "csv"):
        start = time.perf_counter()
        write_hr_summary(summary, out / f"hr.{suffix}")
        times[suffix] = time.perf_counter() - start
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
            data = ReportData(db, now=lambda: NOW)
            one_round(data, center.id, tmp)  # warm-up: the database's pages, the imports
            rounds = [one_round(data, center.id, tmp) for _ in range(ROUNDS)]
            totals = [sum(r[p] for p in PHASES) for r in rounds]
            for phase in (*PHASES, "cpu"):
                values = [r[phase] for r in rounds]
                label = "CPU time of all four" if phase == "cpu" else phase
                print(f"(HR summary {label}: min {min(values):.2f} s, median "
                      f"{statistics.median(values):.2f} s)", flush=True)
            print(f"(HR summary, all four: min {min(totals):.2f} s, median "
                  f"{statistics.median(totals):.2f} s over {ROUNDS} rounds)", flush=True)
            # Timed above without tracemalloc (it slows allocation-heavy code several times).
            tracemalloc.start()
            one_round(data, center.id, tmp)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"(HR summary peak Python memory {peak / 2**20:.0f} MiB; process peak RSS "
                  f"{rss:.0f} MiB)", flush=True)
            base = statistics.median(_bare_select(path) for _ in range(5))
        finally:
            db.dispose()
    # The 5 s is for making the summary: one document, as the Reports page and
    # `asc-desk report hr-summary` make it (the figures, then the PDF, or the Excel file).
    # All four formats in a row is kept as a figure without a target.
    def made(fmt: str) -> list[float]:
        return [r["figures"] + r[fmt] for r in rounds]

    figures = [Figure(f"HR summary, {HR_CHILDREN:,} children, as {fmt.upper()} (figures + "
                      f"{fmt.upper()})", statistics.median(made(fmt)), base,
                      "bare select of the month's events", target_abs_s=5.0,
                      min_s=min(made(fmt))) for fmt in ("pdf", "xlsx", "csv")]
    figures.append(Figure(f"HR summary, {HR_CHILDREN:,} children, all four in a row (figures, "
                          "PDF, XLSX, CSV; no target)", statistics.median(totals), base,
                          "bare select of the month's events", min_s=min(totals)))
    return figures
