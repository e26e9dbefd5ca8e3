"""The GUI entry: the window's shell paints first, then the data layer loads behind it.

The shell is the main window with its sidebar and the desk (the Today page's widgets, its
scan field focused, the list empty), in the language and under the center name this PC last
opened the database with. Only after its first paint are SQLAlchemy, the services and the
desk's own modules imported and the database opened, on a worker; the real pages then take
the shell's place and the list fills. Codes scanned meanwhile are kept and acted on then.

A database never opened here (or not a plain file) goes the whole way at once as before
(`app.run_gui`): the first-run dialog, the same messages. The file lock is taken just after
the first paint; should the database be open elsewhere, the shell closes and `app.run_gui`
says so, as always.
An error found while opening in the background is shown by the same code as always
(`app.open_session`), the shell closing behind it.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

# First of the package: PySide6's check of every module imported after it made cheap.
import asc_desk.ui.qt_feature_check  # noqa: F401
from asc_desk import __version__
from asc_desk.domain.errors import N_, UserError
from asc_desk.logging_setup import log_file
from asc_desk.paths import config_dir
from asc_desk.ui.app_settings import AppSettings, KnownCenter
from asc_desk.ui.crash_dialog import CrashHandler
from asc_desk.ui.fonts import register_cjk_font
from asc_desk.ui.i18n import Translations, system_language
from asc_desk.ui.lazy_qt import Qt
from asc_desk.ui.main_window import MainWindow
from asc_desk.ui.start_shell import build_shell

if TYPE_CHECKING:
    from asc_desk.app import RestoreRequest, Session
    from asc_desk.services.center_service import CenterInfo

log = logging.getLogger(__name__)

# Set (bench/bench_startup.py): print on stderr the wall-clock time of the first paint and
# of the list filled, "asc-desk-start: painted <time.time()>" / "... filled <...>", each
# followed by the process' CPU time so far, "asc-desk-start: painted-cpu <seconds>".
START_TIMES = "ASC_DESK_START_TIMES"
PAINT_WAIT_MS = 300  # should no paint come (a minimised window), load anyway
COLLECT_AT_LATEST_MS = 10_000  # should the list never fill (its read failed): collect anyway


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("ASC Desk")
    app.setOrganizationName("asc-desk")
    app.setApplicationVersion(__version__)
    register_cjk_font(app)
    return app


def default_qsettings() -> QSettings:
    return QSettings(str(config_dir() / "asc-desk.ini"), QSettings.Format.IniFormat)


def check_display() -> None:
    """Qt aborts the process when it finds no screen; say so in one line instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise UserError(N_("No screen found: ASC Desk needs a desktop session (neither DISPLAY "
                           "nor WAYLAND_DISPLAY is set)."))


def file_path(db_value: str) -> Path | None:
    """The SQLite file a --db value names, as `DatabaseLocation` makes it (None: a URL)."""
    value = db_value.strip()
    if not value or "://" in value:
        return None
    return Path(value).expanduser().absolute()


def collect_again() -> None:
    """End the start's pause of cyclic garbage collection (`cli._open_window` begins it).

    Every object the start makes (Qt's modules, SQLAlchemy's, the services') lives to the
    end, yet each full collection while they are being made walks all of them again: a
    tenth of the start. Called once the list is filled, or when the start goes another way.
    """
    gc.enable()


def say_when(what: str) -> None:
    if os.environ.get(START_TIMES):
        print(f"asc-desk-start: {what} {time.time():.6f}\n"
              f"asc-desk-start: {what}-cpu {time.process_time():.6f}", file=sys.stderr,
              flush=True)


@dataclass
class Start:
    """What the shell's start has reached: the session once open, how it ended."""

    session: Session | None = None
    center: CenterInfo | None = None
    request: RestoreRequest | None = None
    code: int | None = None  # set when the start failed or was given up
    lock: Any = None  # the database's file lock (asc_desk/db/lock.py), once taken
    locked: bool = False  # the lock could not be had: open elsewhere


class _FirstPaint(QObject):
    """Calls `then` once, after the watched widget's first paint."""

    def __init__(self, watched: QObject, then) -> None:
        super().__init__(watched)
        self._then = then
        watched.installEventFilter(self)
        QTimer.singleShot(PAINT_WAIT_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)  # after the paint has reached the screen
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def run_window(db_value: str, *, exit_when_idle: bool = False,
               qsettings: QSettings | None = None,
               hold: threading.Event | None = None) -> int:
    """`asc-desk` without a command. `hold` (tests): the background open waits for it, so a
    test can type into the shell before the list is there."""
    check_display()
    app = create_application()
    translations = Translations(app)
    CrashHandler(log_file()).install()
    qsettings = qsettings or default_qsettings()
    path = file_path(db_value)
    known = (AppSettings(qsettings).known_center(str(path))
             if path is not None and path.is_file() else None)
    if known is not None and path is not None:
        start = Start()
        try:
            code = _run_shell(app, path, known, translations, qsettings, start,
                              exit_when_idle=exit_when_idle, hold=hold)
        finally:
            collect_again()
            if start.lock is not None:
                start.lock.release()
        if not start.locked:
            return code
    # The whole way at once: the first run's dialog, or the lock's message (`run_gui` takes
    # it again and says why, as always).
    translations.apply(system_language())
    collect_again()
    from asc_desk.app import run_gui

    return run_gui(db_value, exit_when_idle=exit_when_idle, qsettings=qsettings,
                   translations=translations)


def _take_lock(path: Path) -> Any:
    """The database's file lock, or None when it cannot be had (open elsewhere). Taken once
    the shell has painted: its module (and filelock's) are not needed for the paint."""
    from asc_desk.db.lock import DatabaseFileLock  # file locks only: no SQLAlchemy

    try:
        lock = DatabaseFileLock(path)
        lock.acquire()
    except Exception:  # noqa: BLE001 (run_gui takes it again and says why, as always)
        return None
    return lock


def _run_shell(app: QApplication, path: Path, known: KnownCenter, translations: Translations,
               qsettings: QSettings, start: Start, *, exit_when_idle: bool,
               hold: threading.Event | None) -> int:
    translations.apply(known.language)
    window = build_shell(known, str(path), qsettings)

    def painted() -> None:
        say_when("painted")
        # Qt's namespace of enums built here, on the GUI thread, before the worker imports the
        # modules that use it: PySide6 builds it at first use, and not safely across threads
        # (a scan in the first tenth of a second met it half-built: "no attribute 'Key'").
        Qt.Key  # noqa: B018
        start.lock = _take_lock(path)
        if start.lock is None:  # open elsewhere: the shell gives way to the usual message
            start.locked = True
            window.close()
            return
        task = window.tasks.start(lambda _progress: _open_in_background(path, hold))
        task.done.connect(lambda result: _opened(window, result, start, path, translations,
                                                 qsettings, exit_when_idle))
        task.failed.connect(lambda error: _failed(window, error, start))

    _FirstPaint(window.pages[0].placeholder.scan.line, painted)
    window.show()
    code = app.exec()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    session = start.session
    if session is None or start.center is None or start.request is None:
        return start.code if start.code is not None else code
    from asc_desk.app import run_windows

    try:
        return run_windows(app, session.db.location, session, start.center, translations,
                           qsettings, ran=(start.request, code))
    finally:
        session.db.dispose()


def _open_in_background(path: Path, hold: threading.Event | None) -> Any:
    """On a worker: import the data layer and open the database. A refusal comes back as
    the error itself, to be shown on the GUI thread the way a start always shows it."""
    if hold is not None:
        hold.wait(30)
    from asc_desk import app as wiring  # SQLAlchemy, the services, the desk's modules
    from asc_desk.services import database_service as dbs
    from asc_desk.services.center_service import CenterService

    location = dbs.resolve(str(path))
    try:
        db, report = dbs.open_database(location)
    except UserError as exc:
        return exc
    try:
        session = wiring.Session(db, report, CenterService(db, wiring.gui_actor()))
        return session, session.centers.get_center()
    except BaseException:
        db.dispose()
        raise


def _opened(window: MainWindow, result: Any, start: Start, path: Path,
            translations: Translations, qsettings: QSettings, exit_when_idle: bool) -> None:
    from asc_desk import app as wiring
    from asc_desk.services import database_service as dbs

    filled = _attach(window, result, start, path, translations, qsettings, wiring, dbs)
    if filled is None:
        collect_again()
        return

    def done() -> None:
        filled.disconnect(done)
        say_when("filled")
        collect_again()
        from asc_desk.services.gc_pause import start_up_done

        start_up_done()
        if exit_when_idle:
            QTimer.singleShot(0, window.close)

    filled.connect(done)
    QTimer.singleShot(COLLECT_AT_LATEST_MS, window, collect_again)


def _attach(window: MainWindow, result: Any, start: Start, path: Path,
            translations: Translations, qsettings: QSettings, wiring: Any, dbs: Any) -> Any:
    """The real pages in the shell's place; the Today page's `filled` signal (None: the
    start went another way, or the page has none)."""
    if isinstance(result, UserError):
        # The same dialogs as ever (a damaged file offers its backups), over the shell.
        session = wiring.open_session(dbs.resolve(str(path)))
        if session is None:
            start.code = 1
            window.close()
            return None
        center = session.centers.get_center()
    else:
        session, center = result
    start.session = session
    if not window.isVisible():  # closed while it opened
        return None
    if center is None:  # the center was removed since: ask again, as at a first start
        window.hide()
        center = wiring.first_center(session, translations)
        if center is None:
            start.code = 0
            window.close()
            return None
        window.show()
    start.center = center
    start.request = wiring.RestoreRequest()
    wiring.attach_to_shell(window, session, center, translations, qsettings, start.request)
    return getattr(window.page("today"), "filled", None)


def _failed(window: MainWindow, error: BaseException, start: Start) -> None:
    log.error("opening the database failed", exc_info=error)
    collect_again()
    start.code = 1
    window.close()
    raise error  # a bug: the crash handler says so
