"""The Today view off the GUI thread, 500 and 5,000 children: the read itself, a change of date
to the list shown, and the longest GUI-thread stall meanwhile (a 1 ms timer's longest gap).

The page is the window's: its refreshes and changes of date read on the task runner. The desks
are built once and kept (desk_data.cached_desk), as bench_desk's 500-child one."""

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

SIZES = ((500, 3, 11), (5_000, 0.25, 7))  # children, years of history, rounds


def _load(path: Path, children: int, years: float, rounds: int) -> dict[str, list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from asc_desk.ui.pages.today_load import DeskSources, read_desk
    from asc_desk.ui.pages.today_page import TodayPage
    from asc_desk.ui.task_runner import TaskRunner

    app = QApplication.instance() or QApplication([])
    cached_desk(path, children, years=years)  # built once, kept between runs
    db, _ = open_database(str(path))
    try:
        center = CenterService(db, "bench").get_center()
        now = dt.datetime.combine(DAY, dt.time(16, 40), SH)
        roster = RosterService(db, "bench")
        background = DeskSources(AttendanceService(db, "bench", now=lambda: now), roster)
        tasks = TaskRunner()
        page = TodayPage(AttendanceService(db, "bench", now=lambda: now, cache=True), roster,
                         center, now=lambda: now, tasks=tasks, background=background)
        page.resize(1280, 700)
        page.show()
        tasks.wait_idle()
        start_up_done()  # as the window does once its list is first filled (window_start)
        out: dict[str, list[float]] = {"read": [], "shown": [], "stall": []}
        for _ in range(rounds):
            start = time.perf_counter()
            read_desk(background, center.id, DAY, on_today=True, now=now, full=False,
                      first_steps=False)
            out["read"].append(time.perf_counter() - start)
        last = [time.perf_counter()]
        gaps = [0.0]

        def beat() -> None:
            at = time.perf_counter()
            gaps[0] = max(gaps[0], at - last[0])
            last[0] = at

        timer = QTimer()
        timer.setInterval(1)
        timer.timeout.connect(beat)
        for index in range(rounds):
            day = DAY - dt.timedelta(days=7 * (index % 2))  # another week, same weekday
            filled: list[float] = []
            page.filled.connect(lambda filled=filled: filled.append(time.perf_counter()))
            timer.start()
            last[0], gaps[0] = time.perf_counter(), 0.0
            start = time.perf_counter()
            page.show_day(day)
            while not filled:
                app.processEvents()
                time.sleep(0.0005)
            timer.stop()
            page.filled.disconnect()
            out["shown"].append(filled[0] - start)
            out["stall"].append(gaps[0])
        page.close()
        app.processEvents()
        return out
    finally:
        db.dispose()


def run() -> list[Figure]:
    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        for children, years, rounds in SIZES:
            got = _load(Path(tmp) / f"load{children}.sqlite3", children, years, rounds)
            base = _baseline(Path(tmp) / f"base{children}.sqlite3", 60)
            label = f"{children:,} children"
            figures += [
                Figure(f"Today view read (the worker's part), {label}",
                       statistics.median(got["read"]), base, "bare sqlite3 insert+commit",
                       target_abs_s=0.030 if children == 500 else 0.300,
                       min_s=min(got["read"])),
                Figure(f"change of date to the list shown, read off the GUI thread, {label}",
                       statistics.median(got["shown"]), base, "bare sqlite3 insert+commit",
                       min_s=min(got["shown"])),
                Figure(f"longest GUI stall meanwhile, {label}", statistics.median(got["stall"]),
                       base, "bare sqlite3 insert+commit", target_abs_s=0.050,
                       min_s=min(got["stall"])),
            ]
    return figures
