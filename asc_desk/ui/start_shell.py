"""The main window as it first paints, before the database is open: every page a slot, the
desk's slot showing the Today page's widgets (`TodayShell`). Imports no service."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QSettings

from asc_desk.paths import default_demo_database
from asc_desk.ui.app_settings import AppSettings, KnownCenter
from asc_desk.ui.main_window import MainWindow, PageSlot
from asc_desk.ui.pages.base_page import Page
from asc_desk.ui.pages.today_shell import TodayShell
from asc_desk.ui.task_runner import TaskRunner
from asc_desk.ui.undo import new_undo_stack

# The sidebar, in order: each page's key and its title in the page's own context.
PAGES = (("today", "TodayPage", "Today"), ("children", "ChildrenPage", "Children"),
         ("shifts", "ShiftsPage", "Caregivers & Shifts"),
         ("calendar", "CalendarPage", "Calendar"), ("reports", "ReportsPage", "Reports"),
         ("settings", "SettingsPage", "Settings"))


def page_title(key: str) -> Callable[[], str]:
    """The page's title, translated in its context (the page's class), without the page."""
    context, text = next((c, t) for k, c, t in PAGES if k == key)
    return lambda: QCoreApplication.translate(context, text)


def is_demo_file(path: str) -> bool:
    """The file `asc-desk demo` writes: the window's title says "demo data"."""
    return Path(path).name == Path(default_demo_database()).name


def _not_yet() -> Page:
    raise RuntimeError("the page is built once the database is open")


def build_shell(center: KnownCenter, database: str, qsettings: QSettings) -> MainWindow:
    zone = ZoneInfo(center.time_zone)
    desk = TodayShell(lambda: dt.datetime.now(zone).date())
    pages = [PageSlot(key, page_title(key), _not_yet, placeholder=desk if key == "today"
                      else None) for key, _context, _text in PAGES]
    return MainWindow(pages, center, database=database, revision="",  # type: ignore[arg-type]
                      settings=AppSettings(qsettings), tasks=TaskRunner(),
                      undo_stack=new_undo_stack(), demo=is_demo_file(database), ready=False)
