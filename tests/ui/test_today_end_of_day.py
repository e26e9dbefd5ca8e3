"""The end of the day on the real page: the children not arrived marked absent in one
confirmed step (undone as one), the day recorded closed by the dialog's button, the next
morning's banner, three undos in a row each saying what they undid, and a check-in after
closing time that warns."""

# ruff: noqa: F811  (the fixtures imported from test_today_page are used as arguments)
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QListWidget

from asc_desk.domain.attendance_rules import ChildDayState as S
from asc_desk.services.attendance.day_close import DayCloseService
from asc_desk.services.shifts.planning import ShiftPlanning
from asc_desk.ui.dialogs.day_close_dialog import DayCloseDialog
from asc_desk.ui.pages.today_page import TodayPage
from tests.ui.test_today_page import (  # noqa: F401 (fixtures)
    TODAY,
    attendance,
    center,
    clock,
    day_of,
    lone_child,
    roster,
    scan,
    state,
)


@pytest.fixture
def closer(demo_session, clock):
    return DayCloseService(demo_session.db, "test", now=clock)


@pytest.fixture
def desk(qtbot, roster, attendance, center, clock, translations, demo_session, closer):
    page = TodayPage(attendance, roster, center, now=clock, day_close=closer,
                     planning=ShiftPlanning(demo_session.db, now=clock))
    qtbot.addWidget(page)
    page.resize(1156, 740)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    return page


def test_the_children_not_arrived_are_marked_absent_in_one_undoable_step(
        qtbot, desk, attendance, center, clock):
    child = lone_child(attendance, center)
    scan(qtbot, desk, child.card_code)
    clock.set(TODAY, 20, 0)
    desk.desk_message.offer("Check in someone too? (Enter)")
    desk.offered = [999]
    dialog = desk.close_day()
    assert isinstance(dialog, DayCloseDialog)
    assert not desk.offered and not desk.offer_button.isVisibleTo(desk)
    waiting = [r.item.child.id for r in dialog.not_arrived()]
    assert waiting and child.id not in waiting
    bar = dialog.all_absent
    assert bar.isVisible() and str(len(waiting)) in bar.mark_button.text()
    assert bar.note.text() == "no show"
    bar.mark_button.click()  # asks first: nothing recorded yet
    assert bar.confirm_button.isVisible()
    assert all(state(attendance, center, r.item.child) is S.EXPECTED
               for r in dialog.not_arrived())
    steps = desk.undo_stack.count()
    bar.confirm_button.click()
    assert all(day_of(attendance, center)[i].record.state is S.ABSENT for i in waiting)
    assert not dialog.not_arrived() and not bar.isVisible()
    assert desk.undo_stack.count() == steps + 1  # one step for all of them
    assert desk.undo_stack.undoText() == f"absence of {len(waiting)} children not arrived"
    dialog.reject()
    desk.undo()
    assert all(day_of(attendance, center)[i].record.state is S.EXPECTED for i in waiting)
    assert desk.message.text() == (f"Undone: absence of {len(waiting)} children not "
                                   "arrived.")
    assert state(attendance, center, child) is S.PRESENT
    desk.redo()
    assert all(day_of(attendance, center)[i].record.state is S.ABSENT for i in waiting)
    assert desk.message.text().startswith("Redone: absence of")


def test_the_day_is_closed_by_its_button_and_the_morning_says_so(
        qtbot, desk, attendance, center, clock, closer, roster, demo_session):
    child = lone_child(attendance, center)
    scan(qtbot, desk, child.card_code)
    clock.set(TODAY, 21, 0)
    dialog = desk.close_day()
    dialog.all_absent.mark_button.click()
    dialog.all_absent.confirm_button.click()
    dialog.close_button.click()  # closed, with the child still here
    closing = closer.closing(center.id, TODAY)
    assert closing.closed and [c.child_id for c in closing.left_open] == [child.id]
    assert "closed; children left open: 1." in desk.message.text()
    assert desk.focusWidget() is desk.scan.line
    # The next morning, on a fresh page: the banner says so and lists the child.
    clock.set(TODAY + dt.timedelta(days=1), 7, 45)
    morning = TodayPage(attendance, roster, center, now=clock, day_close=closer,
                        planning=ShiftPlanning(demo_session.db, now=clock))
    qtbot.addWidget(morning)
    morning.resize(1156, 740)
    morning.show()
    morning.refresh_if_stale()
    assert morning.last_day.isVisible()
    assert morning.last_day.label.text().startswith(f"{TODAY.isoformat()} was closed at 21:00")
    assert "children left open: 1." in morning.last_day.label.text()
    listing = morning.last_day.open_list()
    names = listing.findChild(QListWidget, "leftOpenList")
    assert names is not None and names.item(0).text() == f"{child.name} — still checked in"
    listing.reject()


def test_a_day_not_closed_says_so_the_next_morning(qtbot, attendance, roster, center, clock,
                                                  closer, demo_session):
    clock.set(TODAY + dt.timedelta(days=1), 8, 0)
    page = TodayPage(attendance, roster, center, now=clock, day_close=closer)
    qtbot.addWidget(page)
    page.show()
    page.refresh_if_stale()
    assert page.last_day.label.text().startswith(f"{TODAY.isoformat()} was not closed")
    assert page.last_day.show_button.isVisible()


def test_three_undos_in_a_row_each_say_what_they_undid(qtbot, desk, attendance, center,
                                                       clock):
    child = lone_child(attendance, center)
    scan(qtbot, desk, child.card_code)  # check-in
    clock.set(TODAY, 18, 0)
    dialog = desk.open_checkout(desk.current_item())
    dialog.save()  # check-out by the first person allowed
    clock.set(TODAY, 18, 5)
    other = next(i for i in day_of(attendance, center).values()
                 if i.record.state is S.EXPECTED and i.child.id != child.id)
    desk.select_child(other.child.id)
    absence = desk.mark_absent()
    absence.save()
    said = []
    for _ in range(3):
        desk.undo()
        said.append(desk.message.text())
    assert said == [f"Undone: absence of {other.child.name}.",
                    f"Undone: check-out of {child.name}.",
                    f"Undone: check-in of {child.name}."]
    assert state(attendance, center, child) is S.EXPECTED
    desk.redo()
    assert desk.message.text() == f"Redone: check-in of {child.name}."


def test_a_check_in_after_closing_time_warns(qtbot, desk, attendance, center, clock):
    child = lone_child(attendance, center)
    clock.set(TODAY, 21, 0)  # the demo's program closes at 20:30
    scan(qtbot, desk, child.card_code)
    assert state(attendance, center, child) is S.PRESENT
    assert "after closing time (20:30)" in desk.message.text()
    item = day_of(attendance, center)[child.id]
    assert item.late_minutes is None  # not "waiting 30 minutes" since closing
