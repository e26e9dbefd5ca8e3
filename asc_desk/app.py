"""The one place that builds the database, the services and the main window and wires them."""

from __future__ import annotations

import datetime as dt
import getpass
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from asc_desk.domain.actor import ActorProvider
from asc_desk.domain.errors import N_, DatabaseError, NotADatabaseError, UserError
from asc_desk.logging_setup import log_file
from asc_desk.services import database_service as dbs
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.attendance.day_close import DayCloseService
from asc_desk.services.calendar.calendar_service import CalendarService
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterInfo, CenterService
from asc_desk.services.database import Database
from asc_desk.services.database_service import BackupEntry
from asc_desk.services.gc_pause import start_up_done
from asc_desk.services.roster.roster_service import RosterService
from asc_desk.services.shifts.planning import ShiftPlanning
from asc_desk.services.shifts.staff_clock_service import StaffClockService
from asc_desk.services.shifts.staff_service import StaffService
from asc_desk.ui.app_settings import AppSettings
from asc_desk.ui.crash_dialog import CrashHandler
from asc_desk.ui.dialogs.backup_list_dialog import made_text
from asc_desk.ui.dialogs.first_run_dialog import FirstRunDialog
from asc_desk.ui.dialogs.open_failed_dialog import offer_restore, show_open_failed
from asc_desk.ui.error_text import user_message
from asc_desk.ui.file_picker import FilePicker
from asc_desk.ui.i18n import Translations, system_language
from asc_desk.ui.main_window import MainWindow, PageSlot
from asc_desk.ui.pages.today_load import DeskSources
from asc_desk.ui.pages.today_page import TodayPage
from asc_desk.ui.pages.today_shell import TodayShell
from asc_desk.ui.start_shell import is_demo_file, page_title
from asc_desk.ui.task_runner import TaskRunner
from asc_desk.ui.undo import new_undo_stack
from asc_desk.ui.widgets.first_steps import FirstStepsPanel
from asc_desk.ui.widgets.scan_burst_filter import ScanBurstFilter
from asc_desk.window_start import (  # noqa: F401 (re-exported: the wiring's entry points)
    check_display,
    create_application,
    default_qsettings,
)

if TYPE_CHECKING:
    from asc_desk.services.calendar.calendar_files import CalendarFiles
    from asc_desk.services.roster.roster_export import RosterExport
    from asc_desk.services.roster.roster_import import RosterImport
    from asc_desk.services.shifts.shift_service import ShiftService

SCREENSHOT_SIZE = (1366, 768)
log = logging.getLogger(__name__)


def gui_actor(operator: str = "") -> str:
    """Who the records name: the operator set in Settings, else the PC's user name."""
    if operator:
        return f"gui:{operator}"[:100]
    try:
        return f"gui:{getpass.getuser()}"[:100]
    except Exception:  # no user name known to the OS
        return "gui"


@dataclass
class Session:
    """What a running window holds: the database and the services built on it."""

    db: Database
    report: dbs.OpenReport
    centers: CenterService


class Services:
    """The one set of services a window uses, all acting as the same provider. Those only
    other pages use are built (their modules imported) when first asked for: the desk
    comes up without them."""

    def __init__(self, db: Database, actor: ActorProvider) -> None:
        self._db, self._actor = db, actor
        self.attendance = AttendanceService(db, actor, cache=True)
        self.roster = RosterService(db, actor)
        self.programs = ProgramService(db, actor)
        self.calendar = CalendarService(db, actor)
        self.centers = CenterService(db, actor)
        self.planning = ShiftPlanning(db)
        self.staff = StaffService(db, actor)
        self.staff_clock = StaffClockService(db, actor)

    @cached_property
    def importer(self) -> RosterImport:
        from asc_desk.services.roster.roster_import import RosterImport

        return RosterImport(self._db, self._actor)

    @cached_property
    def exporter(self) -> RosterExport:
        from asc_desk.services.roster.roster_export import RosterExport

        return RosterExport(self._db)

    @cached_property
    def calendar_files(self) -> CalendarFiles:
        from asc_desk.services.calendar.calendar_files import CalendarFiles

        return CalendarFiles(self._db, self._actor)

    @cached_property
    def shifts(self) -> ShiftService:
        from asc_desk.services.shifts.shift_service import ShiftService

        return ShiftService(self._db, self._actor)


def build_services(db: Database, actor: ActorProvider) -> Services:
    return Services(db, actor)


def build_main_window(session: Session, center: CenterInfo, qsettings: QSettings,
                      translations: Translations, *,
                      on_restore: Callable[[BackupEntry], None] | None = None,
                      shell: MainWindow | None = None) -> MainWindow:
    """`on_restore` receives the backup the user confirmed in Settings; the caller closes
    the window and restores once the database is let go (see `run_gui`). `shell`: the
    window painted at start (window_start.py), whose pages this fills in."""
    report = session.report
    backup = list_backups = None
    folder = None
    if report.is_sqlite:
        location = session.db.location
        folder = str(dbs.backups_folder(location))

        def backup() -> str:
            return str(dbs.backup_database(location))

        def list_backups() -> list[BackupEntry]:
            return dbs.list_backup_entries(location)

    app_settings = AppSettings(qsettings)

    def actor() -> str:
        # Read at each record: a new operator saved in Settings names the very next one.
        return gui_actor(app_settings.operator)

    services = build_services(session.db, actor)
    tasks = shell.tasks if shell is not None else TaskRunner()
    stack = shell.undo_stack if shell is not None else new_undo_stack()
    picker = FilePicker()
    zone = ZoneInfo(center.time_zone)

    def today() -> dt.date:
        # The center's date, as the desk and the reports see it, whatever the PC's zone.
        return dt.datetime.now(zone).date()

    # Only the desk is built at start; every other page (and its modules) on its first
    # visit, so the window and its scan field come up at once.
    def settings_page():
        from asc_desk.ui.pages.settings_page import AboutInfo, SettingsPage
        from asc_desk.ui.widgets.desk_settings_box import DeskSettingsBox

        return SettingsPage(
            services.centers, center, database=report.location, is_sqlite=report.is_sqlite,
            revision=report.revision, backup=backup,
            list_backups=list_backups if on_restore is not None else None, restore=on_restore,
            desk=DeskSettingsBox(services.attendance, center.id, app_settings), tasks=tasks,
            staff=services.staff, about=AboutInfo(report.location, report.revision, folder),
        )

    def calendar_page():
        from asc_desk.ui.pages.calendar_page import CalendarPage

        return CalendarPage(services.calendar, services.programs, center,
                            files=services.calendar_files, undo_stack=stack,
                            picker=picker, tasks=tasks, today=today)

    def children_page():
        from asc_desk.ui.pages.children_page import ChildrenPage

        return ChildrenPage(services.roster, services.importer, services.exporter,
                            services.programs, center, tasks, undo_stack=stack,
                            picker=picker, today=today)

    def shifts_page():
        from asc_desk.ui.pages.shifts_page import ShiftsPage

        return ShiftsPage(services.planning, services.shifts, services.staff,
                          services.programs, services.calendar, center, tasks,
                          undo_stack=stack, today=today)

    def reports_page():
        from asc_desk.ui.pages.reports_page import ReportsPage

        return ReportsPage(session.db, services.programs, center, tasks, picker,
                           actor=actor)

    def first_steps_done() -> tuple[bool, bool]:
        return (bool(services.programs.list_programs(center.id)),
                services.roster.has_children(center.id))

    first_steps = FirstStepsPanel(first_steps_done)
    today_page = TodayPage(services.attendance, services.roster, center, undo_stack=stack,
                           planning=services.planning, staff_clock=services.staff_clock,
                           staff=services.staff,
                           day_close=DayCloseService(session.db, actor),
                           first_steps=first_steps, tasks=tasks,
                           # The desk's refreshes read on a worker, through an attendance
                           # service of their own (the desk's keeps what scans need).
                           background=DeskSources(AttendanceService(session.db, actor),
                                                  services.roster, services.staff,
                                                  services.planning, first_steps_done))
    desk_used = False  # something was typed or scanned into the shell's desk
    if shell is not None:  # what was scanned into the shell before the page was there
        placeholder = shell.stack.widget(0)
        if isinstance(placeholder, TodayShell):
            desk_used = bool(placeholder.pending or placeholder.typed())
            today_page.take_over(placeholder.pending, placeholder.typed())

    # Titled without being built (each in its page's context).
    pages = [today_page,
             PageSlot("children", page_title("children"), children_page),
             PageSlot("shifts", page_title("shifts"), shifts_page),
             PageSlot("calendar", page_title("calendar"), calendar_page),
             PageSlot("reports", page_title("reports"), reports_page),
             PageSlot("settings", page_title("settings"), settings_page)]

    def center_changed(updated: CenterInfo) -> None:
        if updated.language != translations.language:
            translations.apply(updated.language)
        remember_center(app_settings, report, updated)

    if shell is None:
        window = MainWindow(pages, center, database=report.location,
                            revision=report.revision, settings=app_settings, tasks=tasks,
                            undo_stack=stack, read_center=services.centers.get_center,
                            on_center_changed=center_changed, demo=is_demo_database(report))
    else:
        window = shell
        window.attach(pages, center, database=report.location, revision=report.revision,
                      read_center=services.centers.get_center,
                      on_center_changed=center_changed, demo=is_demo_database(report),
                      stay=desk_used)
    first_steps.go.connect(window.show_page)
    scan_anywhere(window, today_page)
    return window


def scan_anywhere(window: MainWindow, today: TodayPage) -> None:
    """A card scanned while another page is shown is still the desk's (a scan is never
    lost): the window goes to the desk, which acts on it. Other bursts stay where typed."""

    def scanned(code: str) -> None:
        window.show_page("today")
        today.scan.submit(code)

    ScanBurstFilter(window.centralWidget(), today.scan.line, scanned,
                    takes=today.scan.is_card, besides=today)


def remember_center(settings: AppSettings, report: dbs.OpenReport, center: CenterInfo) -> None:
    """The next start paints its window in this center's name and language at once."""
    if report.is_sqlite:
        settings.remember_center(report.location, center)


def is_demo_database(report: dbs.OpenReport) -> bool:
    """The file `asc-desk demo` writes (demo.sqlite3): no column of the schema says "demo",
    and none is added for it, so the file's name is the mark."""
    return report.is_sqlite and is_demo_file(report.location)


def open_session(location, parent=None) -> Session | None:
    """Open (and upgrade) the database; when it is damaged, offer every backup (newest good
    first) and open the one the user restores."""
    try:
        # The daily backup waits until the window is shown (see `start_daily_backup`).
        db, report = dbs.open_database(location)
    except NotADatabaseError as exc:
        if not location.is_sqlite:
            show_open_failed(parent, user_message(exc))
            return None
        tasks = TaskRunner()
        try:
            chosen = offer_restore(parent, user_message(exc),
                                   lambda: dbs.list_backup_entries(location), tasks)
        finally:
            tasks.deleteLater()
        if chosen is None:
            return None
        try:
            dbs.restore_database(location, chosen.path)
            db, report = dbs.open_database(location)
        except UserError as again:
            show_open_failed(parent, user_message(again))
            return None
    except UserError as exc:
        log.warning("could not open the database: %s %r", type(exc).__name__, exc.template)
        show_open_failed(parent, user_message(exc))
        return None
    return Session(db, report, CenterService(db, gui_actor()))


def restore_and_reopen(location, session: Session, backup: Path) -> Session | None:
    """After the window has closed: let go of the database, restore (the live file is backed
    up first), open again. On a failed restore the old data is opened again, unchanged."""
    session.db.dispose()
    try:
        dbs.restore_database(location, backup)
    except UserError as exc:
        log.warning("restore failed: %s %r", type(exc).__name__, exc.template)
        show_open_failed(None, user_message(exc))
    return open_session(location)


def run_gui(db_value: str, *, exit_when_idle: bool = False,
            qsettings: QSettings | None = None,
            translations: Translations | None = None) -> int:
    """The whole way at once: open, then the window (window_start.py paints first when it
    can; it comes here for a first start and whenever the file's lock is not free)."""
    check_display()
    app = create_application()
    if translations is None:
        translations = Translations(app)
        translations.apply(system_language())
        CrashHandler(log_file()).install()
    try:
        location = dbs.resolve(db_value)
        lock = dbs.lock_for(location)
        lock.__enter__()
    except DatabaseError as exc:
        show_open_failed(None, user_message(exc))
        return 1
    try:
        session = open_session(location)
        if session is None:
            return 1
        try:
            center = session.centers.get_center() or first_center(session, translations)
            if center is None:
                return 0
            return run_windows(app, location, session, center, translations,
                               qsettings or default_qsettings(), exit_when_idle=exit_when_idle)
        finally:
            session.db.dispose()  # the last session's (disposing twice is harmless)
    finally:
        lock.__exit__(None, None, None)


def first_center(session: Session, translations: Translations) -> CenterInfo | None:
    """A database without a center: the first-run dialog makes it (None: given up)."""
    dialog = FirstRunDialog(session.centers, translations.language,
                            on_language=translations.apply)
    if dialog.exec() != FirstRunDialog.DialogCode.Accepted or dialog.center is None:
        return None
    return dialog.center


@dataclass
class RestoreRequest:
    """What the Settings page asked for; the window closes, then `run_windows` restores."""

    entry: BackupEntry | None = None


def show_window(session: Session, center: CenterInfo, translations: Translations,
                qsettings: QSettings, request: RestoreRequest,
                restored: BackupEntry | None = None) -> MainWindow:
    """A main window whose Settings can ask for a restore: the request is kept and the
    window closes (never a file replaced under an open engine)."""
    translations.apply(center.language)
    window: MainWindow

    def on_restore(entry: BackupEntry) -> None:
        request.entry = entry
        QTimer.singleShot(0, window.close)

    window = build_main_window(session, center, qsettings, translations,
                               on_restore=on_restore)
    window.show()
    today = window.page("today")
    if window.current_page() is not today:
        # Opened on the last session's page: the desk reads its list all the same, so a
        # card scanned on this page is known and acted on (scan_anywhere).
        today.refresh_if_stale()
    after_show(window, session, center, qsettings, restored)
    return window


def attach_to_shell(shell: MainWindow, session: Session, center: CenterInfo,
                    translations: Translations, qsettings: QSettings,
                    request: RestoreRequest) -> MainWindow:
    """The database is open: the shell painted at start gets its real pages (the desk's
    list then fills on a worker); a restore asked for in Settings closes it, as above."""
    if center.language != translations.language:  # the center's language changed since
        translations.apply(center.language)

    def on_restore(entry: BackupEntry) -> None:
        request.entry = entry
        QTimer.singleShot(0, shell.close)

    build_main_window(session, center, qsettings, translations, on_restore=on_restore,
                      shell=shell)
    # Once the desk's list is there (the settings file written, the backup's worker, the
    # notes): none of it is needed for the list, and the backup's worker would share the
    # processor with the list's read.
    filled = getattr(shell.page("today"), "filled", None)
    done = False

    def then() -> None:
        nonlocal done
        if not done:
            done = True
            after_show(shell, session, center, qsettings)

    def on_filled() -> None:
        filled.disconnect(on_filled)
        QTimer.singleShot(0, shell, then)  # after the list's paint

    if filled is None:
        then()
    else:
        filled.connect(on_filled)
        QTimer.singleShot(AFTER_SHOW_AT_LATEST_MS, shell, then)  # its read failed
    return shell


AFTER_SHOW_AT_LATEST_MS = 10_000


def after_show(window: MainWindow, session: Session, center: CenterInfo,
               qsettings: QSettings, restored: BackupEntry | None = None) -> None:
    """What follows the window's show: its notes, the daily backup, pinyin; and this
    center is remembered for the next start's shell."""
    remember_center(AppSettings(qsettings), session.report, center)
    for warning in session.report.warnings:
        window.statusBar().showMessage(warning)
    if restored is not None:
        text = QCoreApplication.translate("MainWindow", "Restored the backup of {date}")
        window.statusBar().showMessage(text.format(date=made_text(restored)))
    if session.report.is_sqlite:
        start_daily_backup(window, session.db.location)
    QTimer.singleShot(PINYIN_AFTER_MS, window, lambda: load_pinyin(window))


PINYIN_AFTER_MS = 1_000  # once the desk is up and answering


def load_pinyin(window: MainWindow) -> None:
    """pypinyin's dictionaries (a third of a second) on a worker, for the caregivers' names
    at the desk; the children's pinyin is stored with them."""
    from asc_desk.domain.name_search import name_keys

    task = window.tasks.start(lambda _progress: name_keys("张"))
    today = window.page("today")
    if isinstance(today, TodayPage):
        task.done.connect(lambda _result: today.pinyin_ready())
    task.done.connect(lambda _result: start_up_done())  # pypinyin's dictionaries too


def start_daily_backup(window: MainWindow, location) -> None:
    """The day's first backup, on a worker once the window is up; the status bar says so."""
    status = window.statusBar()
    busy = QCoreApplication.translate("MainWindow", "Backing up the database…")
    # Said once a copy is being made: most starts find today's backup made already.
    task = window.tasks.start(
        lambda progress: dbs.daily_backup(location, starting=lambda: progress(0, 1)))

    def starting(_done: int, _total: int) -> None:
        if not status.currentMessage():  # a warning shown at start stays
            status.showMessage(busy)

    def say(text: str, timeout: int = 0) -> None:
        if status.currentMessage() in ("", busy):  # never over another message
            status.showMessage(text, timeout)

    def done(made) -> None:
        if made is not None:
            say(QCoreApplication.translate("MainWindow", "Backed up the database: {name}")
                .format(name=made.name), 10_000)
        elif status.currentMessage() == busy:
            status.clearMessage()

    def failed(error: BaseException) -> None:
        log.warning("daily backup failed: %s", type(error).__name__)
        say(user_message(error) if isinstance(error, UserError)
            else QCoreApplication.translate("MainWindow", "The daily backup failed."))

    task.progressed.connect(starting)
    task.done.connect(done)
    task.failed.connect(failed)


def run_windows(app: QApplication, location, session: Session, center: CenterInfo,
                translations: Translations, qsettings: QSettings, *,
                exit_when_idle: bool = False,
                ran: tuple[RestoreRequest, int] | None = None) -> int:
    """Run the main window; after a restore asked for in Settings, the window closes, the
    database is let go and restored, then opened again in a new window. `ran`: the first
    window has run already (the shell's start), with this request and exit code."""
    restored: BackupEntry | None = None
    while True:
        if ran is not None:
            (request, code), ran = ran, None
        else:
            request = RestoreRequest()
            window = show_window(session, center, translations, qsettings, request, restored)
            if exit_when_idle:
                QTimer.singleShot(0, window.close)
                QTimer.singleShot(0, app.quit)
            code = app.exec()
            window.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if request.entry is None:
            return code
        reopened = restore_and_reopen(location, session, request.entry.path)
        if reopened is None:
            return 1
        session.db = reopened.db  # the caller disposes session.db at the end
        session.report, session.centers = reopened.report, reopened.centers
        center = session.centers.get_center() or center
        restored = request.entry


def take_screenshot(db_value: str, page: str, output: Path, *, language: str | None = None,
                    qsettings: QSettings | None = None) -> Path:
    """Render one page of the main window, offscreen, at 1366x768."""
    if output.suffix.lower() != ".png":
        raise UserError(N_("The screenshot file must end in .png."))
    if not output.parent.is_dir():
        raise UserError(N_("The folder {folder} does not exist."), folder=str(output.parent))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    location = dbs.resolve(db_value)
    if location.path is not None and not location.path.exists():
        # Rendering a page must not leave a new, empty database behind.
        raise UserError(N_("{path} does not exist."), path=str(location.path))
    app = create_application()
    translations = Translations(app)
    with dbs.lock_for(location):
        db, report = dbs.open_database(location)
        try:
            session = Session(db, report, CenterService(db, gui_actor()))
            center = session.centers.get_center()
            if center is None:
                raise UserError(N_("This database has no center yet: run `asc-desk demo` first."))
            translations.apply(language or center.language)
            scratch = qsettings or QSettings(QSettings.Format.IniFormat,
                                             QSettings.Scope.UserScope, "asc-desk-screenshot")
            window = build_main_window(session, center, scratch, translations)
            # Not maximised as on a first start: on a small screen that would win over the size.
            window.setWindowState(Qt.WindowState.WindowNoState)
            window.resize(*SCREENSHOT_SIZE)
            window.show_page(page)
            window.show()
            app.processEvents()
            window.tasks.wait_idle()  # a page reading its data in the background has shown it
            app.processEvents()
            image = window.grab()
            window.close()
            if not image.save(str(output)):
                raise UserError(N_("Could not write {path}."), path=str(output))
        finally:
            db.dispose()
    return output
