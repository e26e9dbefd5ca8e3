"""A card scanned while another page of the window is shown is still the desk's: the window
goes to Today, which acts on it; any other burst stays in the field it was typed into."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from asc_desk.app import build_main_window
from asc_desk.domain.attendance_rules import ChildDayState
from asc_desk.services.attendance.attendance_service import AttendanceService


def burst(widget: QWidget, text: str) -> None:
    """As a keyboard-wedge scanner types: the keys at once, Shift pressed and let go around
    each capital (card codes are capitals: a Shift once ended the burst), then Enter."""
    shift = Qt.KeyboardModifier.ShiftModifier
    for char in text:
        if char.isupper():
            QTest.keyPress(widget, Qt.Key.Key_Shift)
            QTest.keyClick(widget, char, shift)
            QTest.keyRelease(widget, Qt.Key.Key_Shift, shift)
        else:
            QTest.keyClick(widget, char)
    QTest.keyClick(widget, Qt.Key.Key_Return)


@pytest.fixture
def window(qtbot, demo_session, qsettings, translations):
    center = demo_session.centers.get_center()
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    window.show()
    today = window.page("today")
    qtbot.waitUntil(lambda: today.model.rowCount() > 0 and not today.loads.busy, timeout=5_000)
    window.tasks.wait_idle()
    yield window
    window.tasks.wait_idle()


def _expected(session):
    center = session.centers.get_center()
    day = dt.datetime.now(ZoneInfo(center.time_zone)).date()
    view = AttendanceService(session.db, "test").day(center.id, day)
    return [c.child for c in view.children
            if c.record.state is ChildDayState.EXPECTED and c.child.card_code]


def test_a_card_scanned_on_another_page_checks_the_child_in_at_the_desk(qtbot, window,
                                                                          demo_session):
    first, second = _expected(demo_session)[:2]
    today = window.page("today")
    window.show_page("children")
    children = window.current_page()
    search = next(e for e in children.findChildren(QLineEdit) if e.isVisible())
    search.setFocus()
    assert QApplication.focusWidget() is search
    burst(search, first.card_code)
    assert window.current_page() is today
    assert today.item_of(first.id).record.state is ChildDayState.PRESENT
    assert search.text() == ""  # the code went to the desk, not into the search

    window.show_page("settings")  # the keyboard on the sidebar this time
    window.sidebar.setFocus()
    burst(window.sidebar, second.card_code)
    assert window.current_page() is today
    assert today.item_of(second.id).record.state is ChildDayState.PRESENT


def test_a_burst_that_is_no_card_stays_in_the_field_it_was_typed_into(qtbot, window):
    today = window.page("today")
    steps = today.undo_stack.count()
    window.show_page("children")
    children = window.current_page()
    search = next(e for e in children.findChildren(QLineEdit) if e.isVisible())
    search.setFocus()
    burst(search, "zhangwei")  # fast, as a person pasting or a fast typist
    assert window.current_page() is children
    assert search.text() == "zhangwei"
    assert today.undo_stack.count() == steps


def test_a_card_scanned_on_the_reports_page_is_not_taken_for_its_return_shortcut(
        qtbot, window, demo_session):
    # Return previews a document there: the scan's Enter opened the daily sheet's preview.
    child = _expected(demo_session)[2]
    today = window.page("today")
    window.show_page("reports")
    reports = window.current_page()
    reports.documents.setFocus()
    burst(reports.documents, child.card_code)
    assert window.current_page() is today
    assert today.item_of(child.id).record.state is ChildDayState.PRESENT
    assert reports.shown is None  # no preview was made


def test_a_window_opened_on_another_page_takes_a_card_at_once(qtbot, demo_session, qsettings,
                                                             translations):
    # Opened the whole way (the demo's start, a first start) on the last session's page, the
    # desk had read no list until visited: a card scanned there was not known.
    from asc_desk.app import RestoreRequest, show_window
    from asc_desk.ui.app_settings import AppSettings

    AppSettings(qsettings).last_page = "settings"
    child = _expected(demo_session)[3]
    center = demo_session.centers.get_center()
    window = show_window(demo_session, center, translations, qsettings, RestoreRequest())
    qtbot.addWidget(window)
    today = window.page("today")
    assert window.current_page().key == "settings"
    qtbot.waitUntil(lambda: today.scan.is_card(child.card_code), timeout=5_000)
    window.sidebar.setFocus()
    burst(window.sidebar, child.card_code)
    assert window.current_page() is today
    qtbot.waitUntil(lambda: today.item_of(child.id) is not None
                    and today.item_of(child.id).record.state is ChildDayState.PRESENT,
                    timeout=5_000)
    window.tasks.wait_idle()
    window.close()
