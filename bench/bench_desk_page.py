"""The Today page at the desk, 500 and 5,000 children: a scan to the model updated and painted,
the minute tick, and the longest GUI-thread stall over 100 scans and two ticks.

Page level (what the coordinator waits for), with the GUI's caching attendance service."""

from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path

from bench_desk import _baseline
from common import Figure
from desk_data import DAY, SH, build_desk

from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database_service import open_database
from asc_desk.services.roster.roster_service import RosterService

SIZES = ((500, 3, 40), (5_000, 0.25, 100))  # children, years of history, scans


def _desk(path: Path, children: int, years: float, scans: int) -> tuple[list[float], ...]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from asc_desk.ui.pages.today_page import TodayPage

    app = QApplication.instance() or QApplication([])
    db, _ = open_database(str(path))
    try:
        build_desk(db, children, years=years)  # type: ignore[arg-type]
        center = CenterService(db, "bench").get_center()
        clock = [dt.datetime.combine(DAY, dt.time(16, 40), SH)]
        attendance = AttendanceService(db, "bench", now=lambda: clock[0], cache=True)
        page = TodayPage(attendance, RosterService(db, "bench"), center, now=lambda: clock[0])
        page.resize(1280, 700)
        start = time.perf_counter()
        page.show()
        app.processEvents()
        first = time.perf_counter() - start
        ids = [c.child.id for c in page._view.children][:scans] if page._view else []
        per_scan, stalls = [], [first]
        for child_id in ids:
            start = time.perf_counter()
            page.act_on(child_id)  # committed, the row and counts updated...
            page.table.viewport().repaint()  # ...and painted
            per_scan.append(time.perf_counter() - start)
            app.processEvents()
            stalls.append(time.perf_counter() - start)
        ticks = []
        for minutes in (1, 2):
            clock[0] += dt.timedelta(minutes=minutes)
            start = time.perf_counter()
            page.timer.timeout.emit()
            app.processEvents()
            ticks.append(time.perf_counter() - start)
        page.close()
        app.processEvents()
        return per_scan, ticks, stalls[1:] + ticks, [first]
    finally:
        db.dispose()


def run() -> list[Figure]:
    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        for children, years, scans in SIZES:
            per_scan, ticks, stalls, first = _desk(Path(tmp) / f"page{children}.sqlite3",
                                                    children, years, scans)
            base_path = Path(tmp) / f"base{children}.sqlite3"
            base = _baseline(base_path, 60)
            target = 0.010 if children == 500 else 0.015
            figures += [
                Figure(f"scan to the Today model, painted, {children:,} children",
                       statistics.median(per_scan), base, "bare sqlite3 insert+commit",
                       target_abs_s=target, min_s=min(per_scan)),
                Figure(f"minute tick (clock cells only), {children:,} children",
                       statistics.median(ticks), base, "bare sqlite3 insert+commit",
                       min_s=min(ticks)),
                Figure(f"longest GUI stall over {len(per_scan)} scans and 2 ticks, "
                       f"{children:,} children", max(stalls), base,
                       "bare sqlite3 insert+commit",
                       target_abs_s=0.050 if children == 5_000 else None),
                Figure(f"Today page first show, {children:,} children", first[0], base,
                       "bare sqlite3 insert+commit"),
            ]
    return figures
