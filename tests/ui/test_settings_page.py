"""Settings: one Save for the whole page, a question before leaving unsaved edits, the ratio
rules with their refusals beside the field, and the About box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from asc_desk.app import build_main_window
from asc_desk.domain.ratio_rules import DEFAULT_RULES
from asc_desk.domain.staff import Role
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.shifts.staff_service import StaffService
from asc_desk.ui.pages.settings_page import DISCARD, SAVE, STAY


@pytest.fixture
def window(qtbot, demo_session, qsettings, translations):
    center = demo_session.centers.get_center()
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("settings")
    return window


def _written(session):
    center = session.centers.get_center()
    return (center, AttendanceService(session.db, "t").settings(center.id),
            StaffService(session.db, "t").ratio_rules(center.id))


def test_one_save_writes_every_part(qtbot, window, demo_session, qsettings):
    page = window.page("settings")
    buttons = [b for b in page.findChildren(QPushButton) if "Save" in b.text()]
    assert buttons == [page.save_button]  # one Save on the page
    page.form.name.setText("新名字儿童之家")
    page.desk_box.grace.setValue(33)
    page.ratio.minimum.setValue(3)
    with qtbot.waitActive(window):
        window.activateWindow()
    page.ratio.minimum.setFocus()
    qtbot.keyClick(page.ratio.minimum, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not page.is_dirty(), timeout=2000)  # a mnemonic animates a click
    center, desk, rules = _written(demo_session)
    assert (center.name, desk.late_grace_minutes, rules.minimum_on_duty) == (
        "新名字儿童之家", 33, 3)
    assert not page.is_dirty()
    assert page.saved_note.text() == "Saved."


def test_ctrl_s_saves_the_whole_page_too(qtbot, window, demo_session):
    page = window.page("settings")
    page.desk_box.duplicate.setValue(7)
    page.ratio.band_rows[0][2].setValue(9)
    with qtbot.waitActive(window):
        window.activateWindow()
    page.desk_box.duplicate.setFocus()
    qtbot.keyClick(page.desk_box.duplicate, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _center, desk, rules = _written(demo_session)
    assert desk.duplicate_scan_minutes == 7 and rules.bands[0].children_per_caregiver == 9


def test_a_ratio_of_zero_is_refused_beside_the_field_and_nothing_is_written(qtbot, window,
                                                                          demo_session):
    page = window.page("settings")
    before = _written(demo_session)
    page.form.name.setText("不会保存")
    page.desk_box.grace.setValue(44)
    page.ratio.band_rows[1][2].setValue(0)
    assert not page.save()
    error = page.ratio.band_rows[1][3]
    assert error.isVisible() and "(not 0)" in error.text()
    assert _written(demo_session) == before
    page.ratio.band_rows[1][2].setValue(15)
    spin, weight_error, _label = page.ratio.weights[Role.VOLUNTEER]
    spin.setValue(-0.5)
    assert not page.save()
    assert weight_error.isVisible() and "more than 0" in weight_error.text()
    assert _written(demo_session) == before
    assert page.is_dirty()


def test_an_empty_center_name_writes_nothing_elsewhere(qtbot, window, demo_session):
    page = window.page("settings")
    before = _written(demo_session)
    page.form.name.setText(" ")
    page.ratio.minimum.setValue(4)
    assert not page.save()
    assert page.form.errors["name"].isVisible()
    assert _written(demo_session) == before


def test_leaving_with_unsaved_changes_asks_save_discard_or_stay(qtbot, window, demo_session):
    page = window.page("settings")
    answers: list[str] = []
    page.ask_leave = lambda _parent: answers.pop(0)
    page.ratio.minimum.setValue(5)

    answers.append(STAY)
    window.show_page("today")
    assert window.current_page() is page and window.sidebar.currentRow() == 5
    assert _written(demo_session)[2].minimum_on_duty == DEFAULT_RULES.minimum_on_duty

    answers.append(DISCARD)
    window.show_page("today")
    assert window.current_page().key == "today"
    assert page.ratio.minimum.value() == DEFAULT_RULES.minimum_on_duty
    assert _written(demo_session)[2] == DEFAULT_RULES

    window.show_page("settings")
    page.ratio.minimum.setValue(6)
    answers.append(SAVE)
    window.show_page("calendar")
    assert window.current_page().key == "calendar"
    assert _written(demo_session)[2].minimum_on_duty == 6

    window.show_page("settings")
    window.show_page("today")  # nothing changed: no question
    assert answers == [] and window.current_page().key == "today"


def test_the_sidebar_stays_on_settings_until_the_user_answers(qtbot, window):
    page = window.page("settings")
    settings_row = window.sidebar.currentRow()
    rows_asked: list[int] = []

    def ask(answer):
        def asked(_parent):
            rows_asked.append(window.sidebar.currentRow())  # while the question is up
            return answer
        return asked

    page.ratio.minimum.setValue(5)
    page.ask_leave = ask(STAY)
    window.show_page("today")
    assert rows_asked == [settings_row] and window.sidebar.currentRow() == settings_row
    page.ask_leave = ask(DISCARD)
    window.show_page("today")
    assert rows_asked == [settings_row, settings_row]
    today_row = [p.key for p in window.pages].index("today")
    assert window.sidebar.currentRow() == today_row and window.current_page().key == "today"


def test_the_real_question_has_save_discard_and_stay(qtbot, window):
    page = window.page("settings")
    page.desk_box.grace.setValue(page.desk_box.grace.value() + 1)
    seen: list[list[str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append([b.text().replace("&", "") for b in box.buttons()])
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(50, answer)
    window.show_page("children")
    assert window.current_page() is page
    assert seen and "Stay here" in seen[0] and "Save" in seen[0], seen
    page.revert()


def test_a_window_closed_with_unsaved_changes_can_stay_open(qtbot, window):
    page = window.page("settings")
    page.form.factory_name.setText("另一个工厂")
    # The user's close (the title bar's button) asks; code's close (a restore) does not.
    page.ask_leave = lambda _parent: STAY
    assert not window.may_close()
    page.ask_leave = lambda _parent: DISCARD
    assert window.may_close()
    assert not page.is_dirty()


def test_rules_saved_on_the_shifts_page_show_in_settings(qtbot, window, demo_session):
    page = window.page("settings")
    center = demo_session.centers.get_center()
    staff = StaffService(demo_session.db, "t")
    changed = staff.set_ratio_rules(center.id, DEFAULT_RULES.__class__(
        DEFAULT_RULES.bands, 4, DEFAULT_RULES.weights))
    window.page("shifts").changed.emit(changed.changes)
    assert page.ratio.minimum.value() == 4
    assert not page.is_dirty()


def test_about_shows_version_schema_database_and_backups(qtbot, window, demo_session):
    page = window.page("settings")
    from asc_desk import __version__
    assert page.version_value.text() == __version__
    assert page.schema_value.text() == demo_session.report.revision
    assert page.db_where.text() == demo_session.report.location
    assert page.backups_where.text().endswith("backups") or page.backups_where.text()
    assert page.about_box.isVisibleTo(page)


def test_settings_fit_1366x768(qtbot, window):
    page = window.page("settings")
    qtbot.wait(10)
    content = page.scroll.widget()
    # Everything in view without scrolling sideways; the Save row below the scroll area.
    assert content.sizeHint().width() <= page.scroll.viewport().width()
    assert page.save_button.isVisible()
    assert page.save_button.mapTo(window, page.save_button.rect().bottomRight()).y() \
        < window.height()
