"""The start path: only the desk is built at start, other pages on their first visit; a scan
right after the window shows is acted on; the daily backup runs after the window is up."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer

from asc_desk.app import RestoreRequest, build_main_window, show_window
from asc_desk.db.backup import list_backups
from asc_desk.domain.attendance_rules import ChildDayState
from asc_desk.domain.changes import Area, Changes
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.ui.main_window import PageSlot
from asc_desk.ui.pages.base_page import Page


def test_pages_other_than_the_desk_are_built_on_their_first_visit(qtbot, demo_session,
                                                                  qsettings, translations):
    center = demo_session.centers.get_center()
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    window.show()
    assert isinstance(window.pages[0], Page) and window.current_page().key == "today"
    assert all(isinstance(p, PageSlot) for p in window.pages[1:])
    assert window.sidebar.item(1).text() == "Children"  # titled without being built
    window.broadcast(Changes(Area.ROSTER))  # an unbuilt page has nothing to make stale
    window.sidebar.setCurrentRow(1)
    children = window.current_page()
    assert isinstance(window.pages[1], Page) and children.key == "children"
    assert window.stack.currentWidget() is children
    assert isinstance(window.pages[2], PageSlot)  # the others still wait
    window.tasks.wait_idle()


def test_a_scanner_burst_10_ms_after_the_window_shows_checks_the_child_in(
        qtbot, demo_session, qsettings, translations):
    center = demo_session.centers.get_center()
    day = dt.datetime.now(ZoneInfo(center.time_zone)).date()
    view = AttendanceService(demo_session.db, "test").day(center.id, day)
    expected = [c for c in view.children if c.record.state is ChildDayState.EXPECTED]
    assert expected, "the demo expects children today"
    child = expected[0].child
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    today = window.page("today")

    def burst() -> None:  # what a USB scanner types: the code and Enter, at once
        qtbot.keyClicks(today.scan.line, child.card_code)
        qtbot.keyClick(today.scan.line, "\r")

    window.show()
    QTimer.singleShot(10, burst)
    qtbot.waitUntil(lambda: today.item_of(child.id) is not None
                    and today.item_of(child.id).record.state is ChildDayState.PRESENT,
                    timeout=5_000)
    row = today.model.row_of(child.id)
    assert today.model.child_at(row).record.present


def test_the_daily_backup_runs_after_the_window_shows(qtbot, demo_session, qsettings,
                                                      translations):
    path = demo_session.db.location.path
    before = list_backups(path)
    center = demo_session.centers.get_center()
    window = show_window(demo_session, center, translations, qsettings, RestoreRequest())
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.tasks.wait_idle(30_000)
    qtbot.waitUntil(lambda: len(list_backups(path)) == len(before) + 1, timeout=5_000)
    qtbot.waitUntil(lambda: "Backed up" in window.statusBar().currentMessage(), timeout=5_000)
    window.close()
