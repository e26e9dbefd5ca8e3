"""The GUI entry paints its shell first: no SQLAlchemy, no command modules, no services, not
the list's table before the first paint, no pypinyin nor fontTools before the list is
filled; a scanner burst typed into the shell before the list is there checks the child in
(or clocks the caregiver in) once it is; a database never opened on this PC starts the old
way."""

from __future__ import annotations

import datetime as dt
import gc
import os
import subprocess
import sys
import threading
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from asc_desk.domain.attendance_rules import ChildDayState
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.ui.app_settings import AppSettings
from asc_desk.ui.main_window import MainWindow
from asc_desk.ui.pages.today_page import TodayPage
from asc_desk.ui.pages.today_shell import TodayShell
from asc_desk.window_start import file_path, run_window

# Records, on stderr, when a module is first imported (and on which thread); the app itself
# prints when it painted and when the list filled (ASC_DESK_START_TIMES).
PROBE = """
import sys, threading, time
WATCHED = ("sqlalchemy", "asc_desk.services", "asc_desk.cli.db_commands",
           "asc_desk.ui.pages.today_page", "pypinyin", "fontTools", "filelock",
           "asc_desk.ui.models.today_table_model", "asc_desk.ui.widgets.cell_text_delegate")
seen = set()
class Probe:
    def find_spec(self, name, path=None, target=None):
        if name in WATCHED and name not in seen:
            seen.add(name)
            print(f"asc-desk-start: import:{name} {time.time():.6f}", file=sys.stderr,
                  flush=True)
        return None
sys.meta_path.insert(0, Probe())
import atexit, gc
atexit.register(lambda: print(f"asc-desk-start: gc:{int(gc.isenabled())} {time.time():.6f}",
                              file=sys.stderr, flush=True))
import asc_desk.window_start as start
said = start.say_when
def say_when(what):  # and whether Qt's namespace of enums was built by then (lazy_qt)
    if what == "painted":
        built = int("Qt" in sys.modules["PySide6.QtCore"].__dict__)
        print(f"asc-desk-start: qt-built:{built} {time.time():.6f}", file=sys.stderr,
              flush=True)
    said(what)
start.say_when = say_when
opened = start._open_in_background
def _open_in_background(path, hold):  # Qt's enums built before the worker imports
    built = int("Qt" in sys.modules["PySide6.QtCore"].__dict__)
    print(f"asc-desk-start: qt-built-for-worker:{built} {time.time():.6f}", file=sys.stderr,
          flush=True)
    return opened(path, hold)
start._open_in_background = _open_in_background
from asc_desk.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


def start_times(db: Path, env: dict[str, str]) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", PROBE, "--db", str(db), "--exit-when-idle"],
                          capture_output=True, text=True, env=env, timeout=180)
    assert done.returncode == 0, done.stderr
    times = {}
    for line in done.stderr.splitlines():
        if line.startswith("asc-desk-start: "):
            what, at = line.removeprefix("asc-desk-start: ").split()
            times[what] = float(at)
    return times


def test_the_window_paints_before_the_data_layer_is_imported(demo_session, tmp_path):
    path = demo_session.db.location.path
    demo_session.db.dispose()
    env = dict(os.environ, ASC_DESK_START_TIMES="1", XDG_CONFIG_HOME=str(tmp_path / "config"))
    first = start_times(path, env)  # never opened on this PC: the whole way, as before
    assert "painted" not in first and first["import:sqlalchemy"]
    assert "gc:1" in first  # the start's pause of the garbage collector ended
    times = start_times(path, env)  # the center is known now: the shell first
    assert times["painted"] < times["import:sqlalchemy"] < times["filled"]
    assert times["painted"] < times["import:asc_desk.services"]
    assert times["painted"] < times["import:asc_desk.ui.pages.today_page"]
    assert times["painted"] < times["import:filelock"]  # the lock is taken after the paint
    # The shell shows an empty frame where the table goes: its model (and the domain rules
    # behind it) load with the real page; the Children list's delegate not at all.
    assert times["painted"] < times["import:asc_desk.ui.models.today_table_model"]
    assert "import:asc_desk.ui.widgets.cell_text_delegate" not in times
    assert "qt-built:0" in times  # a sixth of a bare window's start, after the paint
    # ... but before the worker imports the modules that use it: PySide6 builds it lazily and
    # not safely across threads (a scan at once met a half-built namespace and crashed).
    assert "qt-built-for-worker:1" in times
    assert "import:asc_desk.cli.db_commands" not in times  # the commands stay unloaded
    assert "gc:1" in times
    # A third of a second of dictionaries, and the fonts' tables: after the list, if at all.
    for late in ("pypinyin", "fontTools"):
        assert times.get(f"import:{late}", float("inf")) > times["filled"]


@pytest.fixture
def known(demo_session, qsettings):
    """The demo database, opened on this PC before (its center remembered)."""
    center = demo_session.centers.get_center()
    AppSettings(qsettings).remember_center(str(demo_session.db.location.path), center)
    return center


@pytest.fixture
def keep_excepthook(monkeypatch):
    # run_window installs the app's crash handler: the test's own comes back afterwards.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def test_a_scanner_burst_into_the_shell_checks_the_child_in_once_the_list_is_there(
        qtbot, demo_session, known, qsettings, keep_excepthook):
    day = dt.datetime.now(ZoneInfo(known.time_zone)).date()
    attendance = AttendanceService(demo_session.db, "test")
    expected = [c for c in attendance.day(known.id, day).children
                if c.record.state is ChildDayState.EXPECTED]
    assert expected, "the demo expects children today"
    child = expected[0].child
    hold = threading.Event()  # the database opens only once the burst is in
    seen: dict[str, object] = {}

    def window() -> MainWindow:
        return next(w for w in QApplication.topLevelWidgets()
                    if isinstance(w, MainWindow) and w.isVisible())

    def burst() -> None:  # what a USB scanner types: the code and Enter, at once
        shell = window().stack.widget(0)
        seen["shell"] = isinstance(shell, TodayShell) and not window().ready
        # The window's focus (offscreen, no window is ever active).
        seen["focused"] = window().focusWidget() is shell.scan.line
        qtbot.keyClicks(shell.scan.line, child.card_code)
        qtbot.keyClick(shell.scan.line, "\r")
        qtbot.keyClicks(shell.scan.line, "zh")  # and someone starts typing a name
        hold.set()
        QTimer.singleShot(20, wait_for_check_in)

    def wait_for_check_in() -> None:
        page = window().page("today") if window().ready else None
        item = page.item_of(child.id) if isinstance(page, TodayPage) else None
        if item is not None and item.record.state is ChildDayState.PRESENT:
            seen["collecting"] = gc.isenabled()  # the start's pause ends with the list
            seen["typed"] = page.scan.text()
            seen["focus"] = window().focusWidget() is page.scan.line
            window().close()
        else:
            QTimer.singleShot(20, wait_for_check_in)

    QTimer.singleShot(10, burst)
    QTimer.singleShot(60_000, QApplication.closeAllWindows)  # never hang the test run
    gc.disable()  # as `asc-desk` does before the window's start (cli._open_window)
    try:
        code = run_window(str(demo_session.db.location.path), qsettings=qsettings, hold=hold)
    finally:
        gc.enable()
    assert code == 0
    assert seen["shell"] and seen["focused"] and seen["collecting"]
    assert seen["typed"] == "zh" and seen["focus"]
    item = next(c for c in attendance.day(known.id, day).children if c.child.id == child.id)
    assert item.record.state is ChildDayState.PRESENT  # in the database, not only on screen


def test_a_caregiver_s_card_scanned_into_the_shell_clocks_in_once_the_staff_side_is_read(
        qtbot, demo_session, known, qsettings, keep_excepthook):
    # The first list is shown without the staff side (today_load.py): the card waits for it.
    from asc_desk.services.shifts.staff_clock_service import StaffClockService
    from asc_desk.services.shifts.staff_service import StaffService

    caregiver = next(c for c in StaffService(demo_session.db, "test")
                     .list_caregivers(known.id) if c.card_code)
    day = dt.datetime.now(ZoneInfo(known.time_zone)).date()
    clock = StaffClockService(demo_session.db, "test")
    before = len(clock.events(caregiver.id, day, day))
    hold = threading.Event()

    def window() -> MainWindow:
        return next(w for w in QApplication.topLevelWidgets()
                    if isinstance(w, MainWindow) and w.isVisible())

    def burst() -> None:
        shell = window().stack.widget(0)
        qtbot.keyClicks(shell.scan.line, caregiver.card_code)
        qtbot.keyClick(shell.scan.line, "\r")
        hold.set()
        QTimer.singleShot(20, wait_for_clock)

    def wait_for_clock() -> None:
        if len(clock.events(caregiver.id, day, day)) > before:
            window().close()
        else:
            QTimer.singleShot(20, wait_for_clock)

    QTimer.singleShot(10, burst)
    QTimer.singleShot(60_000, QApplication.closeAllWindows)  # never hang the test run
    assert run_window(str(demo_session.db.location.path), qsettings=qsettings, hold=hold) == 0
    assert len(clock.events(caregiver.id, day, day)) == before + 1


def test_the_daily_backup_is_made_once_the_list_is_there(qtbot, demo_session, known, qsettings,
                                                         keep_excepthook, monkeypatch, capfd):
    # It would share the processor with the list's read: it begins after the list shows.
    from asc_desk.db.backup import list_backups

    path = demo_session.db.location.path
    before = set(list_backups(path))
    monkeypatch.setenv("ASC_DESK_START_TIMES", "1")

    def watch() -> None:
        window = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, MainWindow) and w.isVisible()), None)
        if window is not None and "Backed up" in window.statusBar().currentMessage():
            window.close()
        else:
            QTimer.singleShot(10, watch)

    QTimer.singleShot(0, watch)
    QTimer.singleShot(60_000, QApplication.closeAllWindows)  # never hang the test run
    assert run_window(str(path), qsettings=qsettings) == 0
    filled = next(float(line.split()[-1]) for line in capfd.readouterr().err.splitlines()
                  if line.startswith("asc-desk-start: filled "))
    made = set(list_backups(path)) - before
    assert len(made) == 1 and next(iter(made)).stat().st_mtime >= filled


def test_a_database_opened_elsewhere_shows_the_same_message(qtbot, demo_session, known,
                                                          qsettings, keep_excepthook):
    from asc_desk.db.lock import DatabaseFileLock

    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        box.accept()

    path = demo_session.db.location.path
    with DatabaseFileLock(path):
        QTimer.singleShot(20, answer)
        assert run_window(str(path), qsettings=qsettings) == 1
    assert seen and "already open" in seen[0]


def test_file_path_is_where_the_database_location_puts_it(tmp_path):
    from asc_desk.db.location import parse_location

    for value in (str(tmp_path / "a.sqlite3"), "~/x.sqlite3", "relative.sqlite3"):
        assert file_path(value) == parse_location(value).path
    assert file_path("postgresql://u@h/db") is None and file_path("  ") is None
