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


def test_a_departure_recorded_at_the_end_of_day_by_a_parent_is_no_override(
        qtbot, desk, attendance, center, clock, demo_session):
    """The child's own parent, recorded afterwards with a reason: a normal check-out with
    a "recorded afterwards" note, not "not on the pickup list" (the daily sheet's * line);
    someone not on the list is still an override with that reason."""
    from asc_desk.services.reports.report_data import ReportData
    from asc_desk.ui.models import today_table_model as m

    child = lone_child(attendance, center)
    scan(qtbot, desk, child.card_code)
    clock.set(TODAY, 21, 0)
    dialog = desk.close_day()
    row = next(r for r in dialog.rows if r.item.child.id == child.id)
    row.check_out.setText("20:40")
    row.pickup.setEditText(child.may_collect[0])
    row.reason.setText("忘记签出")
    assert dialog.resolve(row)
    record = day_of(attendance, center)[child.id].record
    assert record.overrides == () and record.notes == ("忘记签出",)
    sheet = ReportData(demo_session.db, now=clock).daily_sheet(center.id, TODAY)
    line = next(r for r in sheet.rows if r.child_id == child.id)
    assert (line.collected_by, line.pickup_override) == (child.may_collect[0], "")
    dialog.reject()
    alerts = desk.model.index(desk.model.row_of(child.id), m.ALERTS).data()
    assert "Recorded afterwards: 忘记签出" in alerts and "Reason:" not in alerts
    # Someone not on the list, in the same dialog: the reason lets them (an override).
    other = next(i.child for i in day_of(attendance, center).values()
                 if i.record.state is S.EXPECTED and i.child.id != child.id)
    clock.set(TODAY, 16, 50)
    attendance.check_in(center.id, other.id)
    clock.set(TODAY, 21, 5)
    dialog = desk.close_day()
    row = next(r for r in dialog.rows if r.item.child.id == other.id)
    row.check_out.setText("20:45")
    row.pickup.setEditText("邻居王阿姨")
    row.reason.setText("妈妈打电话同意")
    assert dialog.resolve(row)
    assert day_of(attendance, center)[other.id].record.overrides == ("妈妈打电话同意",)
    dialog.reject()


def test_the_list_and_the_end_of_day_dialog_show_one_waiting_time_that_ticks(
        qtbot, desk, attendance, center, clock):
    """The list, its minute tick and the end-of-day dialog count the wait alike (from the
    arrival after closing, on the clock's minutes), and the dialog's figure moves too."""
    from asc_desk.ui.models import today_table_model as m

    child = lone_child(attendance, center)
    clock.at = clock.at.replace(hour=20, minute=47, second=40)  # closing 20:30, grace 15
    scan(qtbot, desk, child.card_code)
    clock.at = clock.at.replace(hour=21, minute=5, second=10)

    def listed() -> str:
        return desk.model.index(desk.model.row_of(child.id), m.ALERTS).data()

    desk.timer.timeout.emit()
    assert "Waiting 3 min" in listed()
    assert 0 < desk.timer.interval() <= 60_000 - 10_000 + 200  # to the next minute
    dialog = desk.close_day()
    row = next(r for r in dialog.rows if r.item.child.id == child.id)
    assert "waiting 3 min" in row.situation.text()
    clock.at = clock.at.replace(minute=6, second=0)
    dialog.tick()
    desk.timer.timeout.emit()
    assert "waiting 4 min" in row.situation.text() and "Waiting 4 min" in listed()
    dialog.reject()


def test_the_end_of_day_dialog_refuses_a_departure_a_minute_ahead(
        qtbot, desk, attendance, center, clock):
    """At 21:00:40, 21:01 is still to come (it was accepted, listing a departure after a
    later pickup); 21:00 is now."""
    child = lone_child(attendance, center)
    scan(qtbot, desk, child.card_code)
    clock.at = clock.at.replace(hour=21, minute=0, second=40)
    dialog = desk.close_day()
    row = next(r for r in dialog.rows if r.item.child.id == child.id)
    row.pickup.setEditText(child.may_collect[0])
    row.reason.setText("忘记签出")
    row.check_out.setText("21:01")
    assert dialog.resolve(row) is False
    assert "in the future" in row.status.text()
    assert state(attendance, center, child) is S.PRESENT
    row.check_out.setText("21:00")
    assert dialog.resolve(row) is True
    dialog.reject()
