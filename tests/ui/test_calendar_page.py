"""The calendar page with real widgets and a real database: months, day changes, programs."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from asc_desk.app import build_main_window
from asc_desk.domain.calendar_rules import DayReason, OverrideKind
from asc_desk.domain.program import ProgramKind
from asc_desk.services.calendar.calendar_service import CalendarService
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.ui.dialogs.override_dialog import USUAL, OverrideDialog
from asc_desk.ui.dialogs.program_dialog import ProgramDialog
from asc_desk.ui.models.month_table_model import STATE_ROLE, CellState
from asc_desk.ui.pages.calendar_page import CalendarPage

TODAY = dt.date(2026, 10, 15)
TERM = "2026秋季学期课后班"


@pytest.fixture
def services(demo_session):
    return (CalendarService(demo_session.db, "test"), ProgramService(demo_session.db, "test"))


@pytest.fixture
def page(qtbot, demo_session, services, translations):
    center = demo_session.centers.get_center()
    page = CalendarPage(*services, center, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1156, 740)
    page.show()
    qtbot.waitExposed(page)
    return page


def program_id(services, page, name):
    return next(p.id for p in services[1].list_programs(page._center.id) if p.name == name)


def click_day(qtbot, page, day: dt.date) -> OverrideDialog:
    index = page.model.index_of(day)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.dialog
    assert isinstance(dialog, OverrideDialog)
    qtbot.waitExposed(dialog)
    return dialog


def state(page, day: dt.date) -> str:
    return page.model.index_of(day).data(STATE_ROLE)


def test_opens_on_this_month_and_switches_with_buttons_and_keys(qtbot, page):
    assert (page.year, page.month) == (2026, 10)
    assert page.month_title.text() == "October 2026"
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert (page.year, page.month, page.month_title.text()) == (2026, 11, "November 2026")
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert (page.year, page.month) == (2026, 9)

    with qtbot.waitActive(page):
        page.activateWindow()
    page.table.setFocus()
    for _ in range(4):
        qtbot.keyClick(page.table, Qt.Key.Key_PageDown)
    assert (page.year, page.month) == (2027, 1)
    assert page.model.index_of(dt.date(2027, 1, 4)).isValid()
    qtbot.keyClick(page.table, Qt.Key.Key_PageUp)
    assert (page.year, page.month) == (2026, 12)
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    assert (page.year, page.month) == (2026, 10)
    assert page.model.date_at(page.table.currentIndex()) == TODAY


def test_saving_a_closure_updates_the_grid_and_the_database(qtbot, page, services):
    calendar = services[0]
    term = program_id(services, page, TERM)
    page.select_program(term)
    day = dt.date(2026, 10, 13)
    assert state(page, day) == CellState.OPEN

    dialog = click_day(qtbot, page, day)
    assert dialog.program_id() == term
    assert (dialog.first_day(), dialog.last_day()) == (day, day)
    assert "open 16:30–20:30" in dialog.now.text()
    dialog.set_choice(OverrideKind.CLOSED)
    dialog.reason.setText("停电检修")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert state(page, day) == CellState.CLOSED
    assert "停电检修" in page.model.index_of(day).data()
    status = calendar.day_status(term, day)
    assert (status.open, status.reason, status.override_reason) == (
        False, DayReason.OVERRIDE_CLOSED, "停电检修")

    # The same day again: the editor starts from the center's decision; usual rules clear it.
    again = click_day(qtbot, page, day)
    assert again.choice() == OverrideKind.CLOSED
    assert again.reason.text() == "停电检修"
    assert "停电检修" in again.now.text()
    again.set_choice(USUAL)
    assert not again.reason.isEnabled()
    qtbot.keyClick(again, Qt.Key.Key_Return)
    assert again.result() == QDialog.DialogCode.Accepted
    assert calendar.day_status(term, day).reason is DayReason.WEEKDAY_OPEN
    assert state(page, day) == CellState.OPEN


def test_changed_hours_for_all_programs(qtbot, page, services):
    calendar = services[0]
    day = dt.date(2026, 10, 14)
    dialog = click_day(qtbot, page, day)
    assert dialog.program_id() is None
    dialog.set_choice(OverrideKind.HOURS)
    dialog.reason.setText("家长会")
    assert dialog.closes_check.isChecked() and not dialog.opens_check.isChecked()
    dialog.closes_at.setTime(dialog.closes_at.time().fromString("19:00", "HH:mm"))
    assert dialog.save()
    term = program_id(services, page, TERM)
    status = calendar.day_status(term, day)
    assert (status.reason, status.closes_at) == (DayReason.OVERRIDE_HOURS, dt.time(19, 0))
    assert state(page, day) == CellState.CHANGED
    assert "Closes 19:00" in page.model.index_of(day).data()


def test_enter_on_a_day_opens_its_editor(qtbot, page):
    with qtbot.waitActive(page):
        page.activateWindow()
    day = dt.date(2026, 10, 20)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index_of(day))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert isinstance(page.dialog, OverrideDialog)
    assert page.dialog.first_day() == day
    page.dialog.reject()


def test_an_empty_reason_is_refused_beside_the_field(qtbot, page, services):
    calendar = services[0]
    before = calendar.overrides(page._center.id, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    dialog = click_day(qtbot, page, dt.date(2026, 10, 21))
    dialog.set_choice(OverrideKind.CLOSED)
    dialog.reason.setText("   ")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors["reason"].isVisible()
    assert "why" in dialog.errors["reason"].text()
    assert calendar.overrides(page._center.id, dt.date(2026, 1, 1),
                              dt.date(2026, 12, 31)) == before
    dialog.reject()


def test_escape_cancels_with_no_change(qtbot, page, services):
    calendar = services[0]
    before = calendar.overrides(page._center.id, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    day = dt.date(2026, 10, 22)
    dialog = click_day(qtbot, page, day)
    dialog.set_choice(OverrideKind.CLOSED)
    dialog.reason.setText("typhoon")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert calendar.overrides(page._center.id, dt.date(2026, 1, 1),
                              dt.date(2026, 12, 31)) == before
    assert state(page, day) == CellState.OPEN


def test_a_range_outside_every_program_is_saved_with_a_notice(qtbot, page, services):
    page.show_month(2026, 6)
    dialog = click_day(qtbot, page, dt.date(2026, 6, 1))
    dialog.last.setDate(dialog.last.date().addDays(2))
    dialog.set_choice(OverrideKind.CLOSED)
    dialog.reason.setText("装修")
    assert dialog.save()
    assert page.notice.isVisible()
    assert "outside every program" in page.notice.text()
    saved = services[0].overrides(page._center.id, dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    assert [o.day for o in saved] == [dt.date(2026, 6, d) for d in (1, 2, 3)]


def test_unknown_year_banner(qtbot, page):
    page.show_month(2027, 2)
    assert page.banner.isVisible()
    assert "2027" in page.banner.text()
    page.show_month(2026, 10)
    assert not page.banner.isVisible()


def test_add_a_program_through_the_dialog(qtbot, page, services):
    dialog = page.add_program()
    assert isinstance(dialog, ProgramDialog)
    qtbot.waitExposed(dialog)
    dialog.name.setText("2027春季学期课后班")
    dialog.first_day.setDate(dialog.first_day.date().fromString("2027-03-01", "yyyy-MM-dd"))
    dialog.last_day.setDate(dialog.last_day.date().fromString("2027-07-09", "yyyy-MM-dd"))
    dialog.set_weekdays(0b0011111)
    dialog.opens_at.setTime(dialog.opens_at.time().fromString("16:00", "HH:mm"))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    added = services[1].find_program(page._center.id, "2027春季学期课后班")
    assert (added.kind, added.first_day, added.opens_at) == (
        ProgramKind.TERM, dt.date(2027, 3, 1), dt.time(16, 0))
    assert page.selected_program().id == added.id
    assert page.edit_button.isEnabled()


def test_edit_a_program(qtbot, page, services):
    page.select_program(program_id(services, page, TERM))
    dialog = page.edit_program()
    assert dialog.name.text() == TERM
    assert dialog.kind.currentData() == ProgramKind.TERM
    dialog.closes_at.setTime(dialog.closes_at.time().fromString("21:00", "HH:mm"))
    assert dialog.save()
    edited = services[1].find_program(page._center.id, TERM)
    assert edited.closes_at == dt.time(21, 0)
    assert "Open 16:30–21:00" in page.model.index_of(dt.date(2026, 10, 12)).data()


def test_a_bad_program_is_refused_beside_the_field(qtbot, page, services):
    count = len(services[1].list_programs(page._center.id))
    dialog = page.add_program()
    dialog.name.setText("坏项目")
    dialog.first_day.setDate(dialog.first_day.date().fromString("2027-03-01", "yyyy-MM-dd"))
    dialog.last_day.setDate(dialog.last_day.date().fromString("2027-02-01", "yyyy-MM-dd"))
    assert not dialog.save()
    assert dialog.errors["last_day"].isVisible()
    assert "before the first day" in dialog.errors["last_day"].text()

    dialog.last_day.setDate(dialog.last_day.date().fromString("2027-06-01", "yyyy-MM-dd"))
    dialog.set_weekdays(0)
    assert not dialog.save()
    assert not dialog.errors["last_day"].isVisible()
    assert dialog.errors["weekdays"].isVisible()
    assert dialog.isVisible()
    dialog.reject()
    assert len(services[1].list_programs(page._center.id)) == count


def test_an_overlapping_program_is_warned_then_saved_when_confirmed(qtbot, page, services):
    dialog = page.add_program()
    dialog.name.setText("补习班")
    dialog.first_day.setDate(dialog.first_day.date().fromString("2026-11-01", "yyyy-MM-dd"))
    dialog.last_day.setDate(dialog.last_day.date().fromString("2026-12-31", "yyyy-MM-dd"))
    assert not dialog.save()
    assert dialog.warning.isVisible()
    assert TERM in dialog.warning.text()
    with pytest.raises(Exception, match="no program named"):
        services[1].find_program(page._center.id, "补习班")
    assert dialog.save()
    assert services[1].find_program(page._center.id, "补习班").kind is ProgramKind.TERM


def test_the_page_fits_1366x768(qtbot, demo_session, qsettings, translations):
    center = demo_session.centers.get_center()
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("calendar")
    page = window.page("calendar")
    assert isinstance(page, CalendarPage)
    page.show_month(2027, 2)  # with the banner
    hint = page.minimumSizeHint()
    assert hint.width() <= page.width() and hint.height() <= page.height()
    table = page.table
    assert not table.horizontalScrollBar().isVisible()
    assert not table.verticalScrollBar().isVisible()
    # Every row is tall enough for a day number and two lines of state.
    line = table.fontMetrics().height()
    assert min(table.rowHeight(r) for r in range(6)) >= 3 * line


def test_escape_leaves_a_program_unchanged(qtbot, page, services):
    page.select_program(program_id(services, page, TERM))
    dialog = page.edit_program()
    qtbot.waitExposed(dialog)
    dialog.name.setText("改了名字")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert services[1].find_program(page._center.id, TERM).name == TERM
    assert page.program_box.currentText() == TERM


def test_a_day_change_undoes_and_redoes(qtbot, page, services):
    """Undo puts back the decision the change replaced (the demo's shorter hours on 20
    November), redo writes the closure again."""
    calendar, center_id = services[0], page._center.id
    day = dt.date(2026, 11, 20)
    page.show_month(2026, 11)
    before = calendar.overrides(center_id, day, day)
    assert [o.kind for o in before] == [OverrideKind.HOURS]
    dialog = click_day(qtbot, page, day)
    dialog.set_choice(OverrideKind.CLOSED)
    dialog.reason.setText("台风")
    assert dialog.save()
    closed = calendar.overrides(center_id, day, day)
    assert [(o.kind, o.reason) for o in closed] == [(OverrideKind.CLOSED, "台风")]
    stack = page.undo_stack
    assert stack.undoText() == "change of 2026-11-20"

    stack.undo()
    again = calendar.overrides(center_id, day, day)
    assert [(o.kind, o.reason, o.opens_at, o.closes_at) for o in again] == [
        (o.kind, o.reason, o.opens_at, o.closes_at) for o in before]
    assert state(page, day) != CellState.CLOSED
    stack.redo()
    assert [(o.kind, o.reason) for o in calendar.overrides(center_id, day, day)] == [
        (OverrideKind.CLOSED, "台风")]
    assert state(page, day) == CellState.CLOSED


def test_clearing_a_day_undoes_and_an_undo_refused_after_another_change(qtbot, page,
                                                                         services):
    calendar, center_id = services[0], page._center.id
    day = dt.date(2026, 10, 22)
    dialog = click_day(qtbot, page, day)
    dialog.set_choice(OverrideKind.CLOSED)
    dialog.reason.setText("运动会")
    assert dialog.save()
    dialog = click_day(qtbot, page, day)
    dialog.set_choice(USUAL)
    assert dialog.save()
    assert calendar.overrides(center_id, day, day) == []
    page.undo_stack.undo()  # the clearing
    assert [o.reason for o in calendar.overrides(center_id, day, day)] == ["运动会"]
    # Another desk changes the day: undoing the closure now would lose its decision.
    calendar.set_override(center_id, day, day, OverrideKind.HOURS, "别处",
                          opens_at=dt.time(17, 0))
    page.undo_stack.undo()
    qtbot.waitUntil(lambda: page.error_box.isVisible())
    assert "changed meanwhile" in page.error_box.text()
    assert [o.reason for o in calendar.overrides(center_id, day, day)] == ["别处"]
    page.error_box.accept()
