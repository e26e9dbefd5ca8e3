"""Shifts page: opening the week grid on a month of 30 caregivers, 500 children, 10 programs."""

from __future__ import annotations

import datetime as dt
import os
import random
import tempfile
import time
from pathlib import Path

from bench_shifts import _fill  # the same month as the service benchmark
from common import Figure

from asc_desk.services.calendar.calendar_service import CalendarService
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database_service import open_database
from asc_desk.services.shifts.planning import ShiftPlanning
from asc_desk.services.shifts.shift_service import ShiftService
from asc_desk.services.shifts.staff_service import StaffService

TODAY = dt.date(2026, 11, 24)
HEARTBEAT_MS = 5
ROUNDS = 5


def _open_page(db, app) -> tuple[float, float]:
    """The longest gap between heartbeats of the GUI thread while the page opens and reads
    its week in the background, and the whole wait until the grid is filled."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from asc_desk.ui.pages.shifts_page import ShiftsPage
    from asc_desk.ui.task_runner import TaskRunner

    center = CenterService(db, "bench").get_center()
    tasks = TaskRunner()
    page = ShiftsPage(ShiftPlanning(db), ShiftService(db, "bench"), StaffService(db, "bench"),
                      ProgramService(db, "bench"), CalendarService(db, "bench"), center, tasks,
                      today=lambda: TODAY)
    page.resize(1150, 740)
    gaps: list[float] = []
    clock = QElapsedTimer()
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: (gaps.append(clock.nsecsElapsed() / 1e9),
                                       clock.restart()))
    loop = QEventLoop()
    page.loaded.connect(loop.quit)
    start = time.perf_counter()
    clock.start()
    heartbeat.start()
    page.show()  # building and showing the page is part of the stall measured
    loop.exec()
    total = time.perf_counter() - start
    heartbeat.stop()
    gaps.append(clock.nsecsElapsed() / 1e9)  # from the last beat to the grid shown
    assert page.model.rowCount() == 31, page.model.rowCount()
    page.close()
    tasks.wait_idle()
    page.deleteLater()
    app.processEvents()
    return max(gaps), total


def _on_gui_thread(db) -> float:
    """What the GUI thread would stall computing the week itself (no task helper)."""
    planning = ShiftPlanning(db)
    start = time.perf_counter()
    planning.week(1, TODAY)
    planning.plan(1, TODAY + dt.timedelta(days=1), TODAY + dt.timedelta(days=1))
    return time.perf_counter() - start


def run() -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from asc_desk.ui.fonts import register_cjk_font

    app = QApplication.instance() or QApplication([])
    register_cjk_font(app)
    with tempfile.TemporaryDirectory() as tmp:
        db, _ = open_database(str(Path(tmp) / "shifts_page.sqlite3"))
        try:
            _fill(db, random.Random(12))
            _open_page(db, app)  # warm-up: imports, fonts, the first queries
            runs = [_open_page(db, app) for _ in range(ROUNDS)]
            inline = sorted(_on_gui_thread(db) for _ in range(ROUNDS))[ROUNDS // 2]
        finally:
            db.dispose()
    stalls = sorted(r[0] for r in runs)
    waits = sorted(r[1] for r in runs)
    print(f"(stalls over {ROUNDS} openings: "
          + ", ".join(f"{s * 1000:.0f}" for s in stalls) + " ms; the week computed on the "
          f"GUI thread would stall {inline * 1000:.0f} ms)")
    return [
        # The target: the longest stall under 100 ms (the worst of the runs counts).
        Figure("Shifts page opening on a month (30 caregivers, 500 children, 10 programs): "
               "longest GUI stall", stalls[-1], waits[len(waits) // 2],
               "the whole wait until the grid shows", target_abs_s=0.1),
    ]
