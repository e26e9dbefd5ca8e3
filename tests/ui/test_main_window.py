"""Main window: navigation, status bar, restored window state, fits 1366x768."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from asc_desk.app import build_main_window

PAGE_KEYS = ["today", "children", "shifts", "calendar", "reports", "settings"]


def make_window(qtbot, session, qsettings, translations):
    center = session.centers.get_center()
    window = build_main_window(session, center, qsettings, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_sidebar_lists_every_page_and_navigates(qtbot, demo_session, qsettings, translations):
    window = make_window(qtbot, demo_session, qsettings, translations)
    assert [p.key for p in window.pages] == PAGE_KEYS
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == ["Today", "Children", "Caregivers & Shifts", "Calendar", "Reports",
                      "Settings"]
    for row, key in enumerate(PAGE_KEYS):
        window.sidebar.setCurrentRow(row)
        assert window.current_page().key == key
        assert window.stack.currentWidget() is window.page(key)


def test_keyboard_shortcuts_switch_pages(qtbot, demo_session, qsettings, translations):
    window = make_window(qtbot, demo_session, qsettings, translations)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "calendar"
    qtbot.keyClick(window.sidebar, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "settings"


def test_status_bar_shows_center_and_database_not_the_schema(qtbot, demo_session, qsettings,
                                                              translations):
    window = make_window(qtbot, demo_session, qsettings, translations)
    center = demo_session.centers.get_center()
    assert center.name in window.center_label.text()
    assert demo_session.report.location in window.database_label.text()
    # The schema revision is in Settings → About, where it is explained.
    status_texts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert not any(demo_session.report.revision in text for text in status_texts)
    about = window.page("settings")
    assert about.schema_value.text() == demo_session.report.revision
    assert center.name in window.windowTitle()


def test_size_position_and_last_page_are_restored(qtbot, demo_session, tmp_path, translations):
    ini = str(tmp_path / "window.ini")
    first = make_window(qtbot, demo_session, QSettings(ini, QSettings.Format.IniFormat),
                        translations)
    first.resize(1100, 650)
    first.move(40, 30)
    first.show_page("calendar")
    first.close()

    second = make_window(qtbot, demo_session, QSettings(ini, QSettings.Format.IniFormat),
                         translations)
    assert second.current_page().key == "calendar"
    assert (second.width(), second.height()) == (1100, 650)


def test_every_page_fits_a_1366x768_screen(qtbot, demo_session, qsettings, translations):
    window = make_window(qtbot, demo_session, qsettings, translations)
    window.resize(1366, 768)
    assert window.minimumSizeHint().width() <= 1366
    assert window.minimumSizeHint().height() <= 768
    for key in PAGE_KEYS:
        window.show_page(key)
        page = window.page(key)
        hint = page.minimumSizeHint()
        assert hint.width() <= page.width(), key
        assert hint.height() <= page.height(), key


def test_closing_the_window_stops_background_work_first(qtbot, demo_session, qsettings,
                                                        translations):
    import threading

    window = make_window(qtbot, demo_session, qsettings, translations)
    started = threading.Event()

    def work(progress):
        started.set()
        while True:  # ends only through a cancel
            progress(1, 2)
            threading.Event().wait(0.01)

    task = window.tasks.start(work)
    outcome = []
    task.cancelled.connect(lambda: outcome.append("cancelled"))
    assert started.wait(5)
    window.close()
    assert outcome == ["cancelled"] and not window.tasks.busy


def test_first_start_opens_maximised(qtbot, demo_session, qsettings, translations):
    window = make_window(qtbot, demo_session, qsettings, translations)
    assert window.isMaximized()


def test_a_demo_database_says_so_in_the_title(qtbot, tmp_path, qsettings, translations):
    from asc_desk.app import Session
    from asc_desk.services import database_service as dbs
    from asc_desk.services.center_service import CenterService
    from asc_desk.services.demo.demo_service import fill_demo
    db, report = dbs.open_database(str(tmp_path / "demo.sqlite3"))
    try:
        fill_demo(db, language="en", children=3)
        session = Session(db, report, CenterService(db, "test"))
        window = make_window(qtbot, session, qsettings, translations)
        assert window.windowTitle().endswith("— demo data"), window.windowTitle()
        window.close()
    finally:
        db.dispose()


def test_a_real_database_has_no_demo_mark(qtbot, demo_session, qsettings, translations):
    window = make_window(qtbot, demo_session, qsettings, translations)
    assert "demo" not in window.windowTitle()
