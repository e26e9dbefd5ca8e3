"""The Today page at the desk, 500 and 5,000 children: a scan to the model updated (and to the
table painted), the minute tick, and the longest GUI-thread stall over 100 scans and two ticks.

Page level (what the coordinator waits for), with the GUI's caching attendance service and
the app's own font (create_application). "To the model": committed, the row moved, counts,
candidate, selection and message updated. "Painted": that, plus the whole visible table
repainted at once (what Qt does after a row moved and the list scrolled to it). A stall is
one scan or tick and the events it leaves, until the event loop is idle again."""

from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path

from bench_desk import _baseline
from common import Figure
from desk_data import DAY, SH, cached_desk

from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database_service import open_database
from asc_desk.services.gc_pause import start_up_done
from asc_desk.services.roster.roster_service import RosterService

SIZES = ((500, 3, 40), (5_000, 0.25, 100))  # children, years of history, scans


def _desk(path: Path, children: int, years: float, scans: int) -> tuple[list[float], ...]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from asc_desk.app import create_application
    from asc_desk.ui.pages.today_page import TodayPage

    app = create_application()
    cached_desk(path, children, years=years)
    db, _ = open_database(str(path))
    try:
        center = CenterService(db, "bench").get_center()
        clock = [dt.datetime.combine(DAY, dt.time(16, 40), SH)]
        attendance = AttendanceService(db, "bench", now=lambda: clock[0], cache=True)
        page = TodayPage(attendance, RosterService(db, "bench"), center, now=lambda: clock[0])
        page.resize(1280, 700)
        start = time.perf_counter()
        page.show()
        app.processEvents()
        first = time.perf_counter() - start
        start_up_done()  # as the window does once its list is first filled (window_start)
        ids = [c.child.id for c in page._view.children][:scans] if page._view else []
        to_model, painted, stalls = [], [], [first]
        for child_id in ids:
            start = time.perf_counter()
            page.act_on(child_id)  # committed, the row and counts updated...
            to_model.append(time.perf_counter() - start)
            page.table.viewport().repaint()  # ...and painted
            painted.append(time.perf_counter() - start)
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
        return to_model, painted, ticks, stalls[1:] + ticks, [first]
    finally:
        db.dispose()


def run() -> list[Figure]:
    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        for children, years, scans in SIZES:
            to_model, painted, ticks, stalls, first = _desk(
                Path(tmp) / f"page{children}.sqlite3", children, years, scans)
            base_path = Path(tmp) / f"base{children}.sqlite3"
            base = _baseline(base_path, 60)
            target = 0.010 if children == 500 else 0.015
            figures += [
                Figure(f"scan to the Today model, {children:,} children",
                       statistics.median(to_model), base, "bare sqlite3 insert+commit",
                       target_abs_s=target, min_s=min(to_model)),
                Figure(f"scan to the Today table painted, {children:,} children",
                       statistics.median(painted), base, "bare sqlite3 insert+commit",
                       min_s=min(painted)),
                Figure(f"minute tick (clock cells only), {children:,} children",
                       statistics.median(ticks), base, "bare sqlite3 insert+commit",
                       min_s=min(ticks)),
                Figure(f"longest GUI stall over {len(to_model)} scans and 2 ticks, "
                       f"{children:,} children", max(stalls), base,
                       "bare sqlite3 insert+commit",
                       target_abs_s=0.050 if children == 5_000 else None),
                Figure(f"Today page first show, {children:,} children", first[0], base,
                       "bare sqlite3 insert+commit"),
            ]
    return figures
