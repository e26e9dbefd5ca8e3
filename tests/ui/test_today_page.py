"""The Today desk with real widgets and a real database: a scanner's card code plus Enter,
check-in and check-out, refusals and overrides, undo, late pickups, absences, closed days,
corrections, the end of the day and the roll call (the staff on duty and the ratio:
test_today_staff.py)."""

from __future__ import annotations

import datetime as dt
import time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from asc_desk.domain.attendance_rules import AbsenceReason, ChildDayState, EventKind
from asc_desk.domain.changes import Area, Changes
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.roster.roster_service import RosterService
from asc_desk.services.shifts.planning import ShiftPlanning
from asc_desk.ui.dialogs.checkout_dialog import CheckoutDialog
from asc_desk.ui.dialogs.day_close_dialog import DayCloseDialog
from asc_desk.ui.dialogs.desk_dialogs import ReasonDialog
from asc_desk.ui.dialogs.roll_call_dialog import RollCallDialog
from asc_desk.ui.models import today_table_model as m
from asc_desk.ui.pages.today_page import TodayPage

TZ = ZoneInfo("Asia/Shanghai")
TODAY = dt.date(2026, 11, 25)  # an open Wednesday of the autumn term
S = ChildDayState


class Clock:
    """The service's and the page's `now`, moved by the test."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at

    def set(self, day: dt.date, hour: int, minute: int) -> None:
        self.at = dt.datetime.combine(day, dt.time(hour, minute), TZ)


@pytest.fixture
def clock():
    return Clock(dt.datetime(2026, 11, 25, 16, 40, tzinfo=TZ))


@pytest.fixture
def center(demo_session):
    return demo_session.centers.get_center()


@pytest.fixture
def attendance(demo_session, clock):
    return AttendanceService(demo_session.db, "test", now=clock)


@pytest.fixture
def roster(demo_session):
    return RosterService(demo_session.db, "test", today=lambda: TODAY)


@pytest.fixture
def page(qtbot, roster, attendance, center, clock, translations, demo_session):
    page = TodayPage(attendance, roster, center, now=clock,
                     planning=ShiftPlanning(demo_session.db, now=clock))
    qtbot.addWidget(page)
    page.resize(1156, 740)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    return page


def day_of(attendance, center, day=TODAY):
    return {item.child.id: item for item in attendance.day(center.id, day).children}


def lone_child(attendance, center):
    """An expected child with no brother or sister on the list (no sibling offer)."""
    items = list(day_of(attendance, center).values())
    for item in items:
        phones = set(item.child.phones)
        if phones and item.child.may_collect and not any(
                o.child.id != item.child.id and phones & set(o.child.phones) for o in items):
            return item.child
    raise AssertionError("the demo has no lone child")


def sibling_pair(attendance, center):
    items = list(day_of(attendance, center).values())
    for a in items:
        for b in items:
            if a.child.id < b.child.id and set(a.child.phones) & set(b.child.phones):
                return a.child, b.child
    raise AssertionError("the demo has no siblings")


def scan(qtbot, target, code: str) -> None:
    """As a USB scanner does: the code typed fast, then Enter (into the page's scan field,
    or into whatever widget has the keyboard)."""
    widget = target.scan.line if isinstance(target, TodayPage) else target
    qtbot.keyClicks(widget, code)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def state(attendance, center, child, day=TODAY):
    return day_of(attendance, center, day)[child.id].record.state


def events(attendance, child, day=TODAY):
    """The child's events of one day (the demo adds months of history before it)."""
    return [e for e in attendance.history(child.id) if e.kind is not EventKind.CORRECTION_VOID
            and e.at.astimezone(TZ).date() == day]


def test_a_scan_checks_the_child_in_and_the_field_keeps_focus(qtbot, page, attendance, center):
    child = lone_child(attendance, center)
    assert page.focusWidget() is page.scan.line
    started = time.perf_counter()
    scan(qtbot, page, child.card_code)
    elapsed = time.perf_counter() - started
    assert state(attendance, center, child) is S.PRESENT
    assert page.message.text() == f"{child.name} 16:40 checked in ✓"
    assert page.scan.line.text() == ""
    assert page.focusWidget() is page.scan.line
    row = page.model.row_of(child.id)
    assert page.model.index(row, m.STATE).data() == "Present"
    assert page.header.counts["present"].text() == "Present 1"
    assert page.current_item().child.id == child.id
    assert elapsed < 1.0  # typing included; the action itself is measured in bench/


def test_the_card_code_is_found_whatever_its_case(qtbot, page, attendance, center):
    child = lone_child(attendance, center)
    scan(qtbot, page, child.card_code.lower())
    assert state(attendance, center, child) is S.PRESENT


def test_a_second_scan_within_the_window_is_not_recorded_again(qtbot, page, attendance,
                                                                center, clock):
    child = lone_child(attendance, center)
    scan(qtbot, page, child.card_code)
    clock.set(TODAY, 16, 41)
    scan(qtbot, page, child.card_code)
    assert page.dialog is None  # not taken for a check-out
    assert "already recorded just now" in page.message.text()
    assert "To check out, press Alt+O" in page.message.text()  # what to do instead
    assert len(events(attendance, child)) == 1
    assert page.undo_stack.count() == 1
    assert page.check_out_button.text() == "Check &out…"  # Alt+O, as the message says
    assert page.check_out_button.isEnabled()  # on the child the scan selected
    page.check_out_button.click()
    assert isinstance(page.dialog, CheckoutDialog)


def test_a_name_typed_within_the_window_starts_the_check_out(qtbot, page, attendance,
                                                            center, roster, clock):
    """The duplicate-scan window is against a card scanned twice by accident; a name typed
    and Enter is deliberate: the check-out opens as usual (finding 9 of a trial)."""
    child = lone_child(attendance, center)
    scan(qtbot, page, child.card_code)
    clock.set(TODAY, 16, 41)
    row = next(r for r in roster.list_roster(center.id) if r.id == child.id)
    qtbot.keyClicks(page.scan.line, row.search.split("\x1f")[1])
    labels = [page.scan.matches.item(i).text() for i in range(page.scan.matches.count())]
    for _ in range(labels.index(next(t for t in labels if t.startswith(child.name)))):
        qtbot.keyClick(page.scan.line, Qt.Key.Key_Down)
    qtbot.keyClick(page.scan.line, Qt.Key.Key_Return)
    assert isinstance(page.dialog, CheckoutDialog)
    assert "already recorded" not in page.message.text()
    assert len(events(attendance, child)) == 1


def test_a_later_scan_checks_out_with_an_authorized_person(qtbot, page, attendance, center,
                                                           clock):
    child = lone_child(attendance, center)
    scan(qtbot, page, child.card_code)
    clock.set(TODAY, 19, 30)
    scan(qtbot, page, child.card_code)
    dialog = page.dialog
    assert isinstance(dialog, CheckoutDialog)
    # Each line: the name, then the relation and ID note to check the face against.
    offered = [dialog.people.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(dialog.people.count())]
    assert offered == list(dict.fromkeys(child.may_collect))
    dialog.choose(offered[-1])
    qtbot.keyClick(dialog.people, Qt.Key.Key_Return)  # Enter picks the selected person
    record = day_of(attendance, center)[child.id].record
    assert record.state is S.COLLECTED and record.pickup_name == offered[-1]
    assert page.message.text() == f"{child.name} collected by {offered[-1]} at 19:30 ✓"
    row = page.model.row_of(child.id)
    assert page.model.index(row, m.CHECK_OUT).data() == f"19:30 · {offered[-1]}"
    assert page.focusWidget() is page.scan.line


def test_a_card_scanned_while_the_checkout_is_open_does_not_confirm_it(qtbot, page,
                                                                       attendance, center,
                                                                       clock):
    child = lone_child(attendance, center)
    other = next(c.child for c in day_of(attendance, center).values() if c.child.id != child.id)
    scan(qtbot, page, child.card_code)
    clock.set(TODAY, 19, 30)
    scan(qtbot, page, child.card_code)
    dialog = page.dialog
    scan(qtbot, dialog.people, other.card_code)
    assert dialog.isVisible() and "A card was scanned" in dialog.error.text()
    assert state(attendance, center, child) is S.PRESENT
    qtbot.keyClick(dialog.people, Qt.Key.Key_Return)
    assert state(attendance, center, child) is S.COLLECTED


def test_esc_clears_what_was_typed(qtbot, page):
    qtbot.keyClicks(page.scan.line, "zh")
    assert page.scan.matches.isVisible()
    qtbot.keyClick(page.scan.line, Qt.Key.Key_Escape)
    assert page.scan.line.text() == "" and not page.scan.matches.isVisible()


def test_an_unauthorized_person_is_refused_unless_a_reason_is_given(qtbot, page, attendance,
                                                                      center, clock):
    child = lone_child(attendance, center)
    scan(qtbot, page, child.card_code)
    clock.set(TODAY, 19, 30)
    scan(qtbot, page, child.card_code)
    dialog = page.dialog
    dialog.choose_someone_else("王五")
    assert dialog.save() is False
    assert dialog.error.isVisible()
    assert "王五 may not collect" in dialog.error.text()
    assert "A coordinator may let them, with a reason" in dialog.error.text()
    assert len(events(attendance, child)) == 1  # nothing written
    assert state(attendance, center, child) is S.PRESENT

    dialog.other_reason.setText("母亲电话确认，舅舅来接")
    assert dialog.save() is True
    record = day_of(attendance, center)[child.id].record
    assert record.state is S.COLLECTED and record.pickup_name == "王五"
    assert "母亲电话确认，舅舅来接" in record.overrides
    row = page.model.row_of(child.id)
    assert "Reason: 母亲电话确认，舅舅来接" in page.model.index(row, m.ALERTS).data()


def test_ctrl_z_undoes_the_last_check_in(qtbot, page, attendance, center):
    child = lone_child(attendance, center)
    scan(qtbot, page, child.card_code)
    qtbot.keyClick(page.scan.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert state(attendance, center, child) is S.EXPECTED
    assert page.message.text() == f"Undone: check-in of {child.name}."
    assert not page.undo_stack.canUndo()
    assert page.focusWidget() is page.scan.line
    qtbot.keyClick(page.scan.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.message.text() == "Nothing to undo."


def test_a_late_pickup_shows_how_long_the_child_has_waited(qtbot, page, attendance, center,
                                                           clock):
    child = lone_child(attendance, center)
    scan(qtbot, page, child.card_code)
    clock.set(TODAY, 21, 10)  # closing 20:30 + 15 minutes' grace = 20:45
    page.refresh()
    row = page.model.row_of(child.id)
    assert "Waiting 25 min" in page.model.index(row, m.ALERTS).data()
    assert page.model.index(row, m.NAME).data(m.LATE_ROLE) is True
    assert page.model.index(row, m.NAME).data(Qt.ItemDataRole.BackgroundRole) == \
        m.LATE_BACKGROUND


def test_an_unknown_card_says_so_and_writes_nothing(qtbot, page, attendance, center):
    scan(qtbot, page, "QQQQ0000")
    assert "No child has the card or name “QQQQ0000”" in page.message.text()
    view = attendance.day(center.id, TODAY)
    assert view.counts["present"] == 0 and view.counts["to_arrive"] == view.counts["expected"]
    assert page.undo_stack.count() == 0 and page.scan.line.text() == ""


def test_an_error_goes_when_typing_again_and_messages_when_the_page_is_left(
        qtbot, page, attendance, center):
    """A red "no such child" stayed on the desk through other pages' work and an import
    (a trial's finding 14): typing again answers it; leaving the page ends any message."""
    scan(qtbot, page, "xyz")
    assert "xyz" in page.message.text()
    qtbot.keyClicks(page.scan.line, "z")
    assert page.message.text() == ""
    page.scan.line.clear()
    child = lone_child(attendance, center)
    scan(qtbot, page, child.card_code)
    assert "checked in" in page.message.text()
    qtbot.keyClicks(page.scan.line, "z")  # a result stays until the next one
    assert "checked in" in page.message.text()
    page.scan.line.clear()
    scan(qtbot, page, "xyz")
    page.hide()  # another page of the window
    page.show()
    assert page.message.text() == ""


def test_the_card_of_a_child_who_left_says_so(qtbot, page, roster, center):
    left = next(r for r in roster.list_roster(center.id, include_withdrawn=True)
                if r.status == "withdrawn")
    scan(qtbot, page, left.card_code)
    assert f"{left.name} has left the center" in page.message.text()
    assert page.undo_stack.count() == 0


def test_typing_pinyin_shows_matches_to_pick(qtbot, page, attendance, center, roster):
    child = lone_child(attendance, center)
    row = next(r for r in roster.list_roster(center.id) if r.id == child.id)
    full_pinyin = row.search.split("\x1f")[1]
    qtbot.keyClicks(page.scan.line, full_pinyin)
    assert page.scan.matches.isVisible()
    labels = [page.scan.matches.item(i).text() for i in range(page.scan.matches.count())]
    picked = labels.index(next(t for t in labels if t.startswith(child.name)))
    for _ in range(picked):
        qtbot.keyClick(page.scan.line, Qt.Key.Key_Down)
    qtbot.keyClick(page.scan.line, Qt.Key.Key_Return)
    assert state(attendance, center, child) is S.PRESENT
    assert not page.scan.matches.isVisible()


def test_a_sibling_expected_today_is_offered_and_enter_checks_them_in(qtbot, page, attendance,
                                                                       center):
    first, second = sibling_pair(attendance, center)
    scan(qtbot, page, first.card_code)
    assert page.offer_button.isVisible()
    assert second.name in page.offer_button.text()
    qtbot.keyClick(page.scan.line, Qt.Key.Key_Return)
    assert state(attendance, center, second) is S.PRESENT
    assert not page.offer_button.isVisible()


def test_siblings_present_can_be_checked_out_together(qtbot, page, attendance, center,
                                                      clock):
    first, second = sibling_pair(attendance, center)
    shared = [n for n in first.may_collect if n in second.may_collect]
    attendance.check_in(center.id, first.id)
    attendance.check_in(center.id, second.id)
    clock.set(TODAY, 19, 30)
    page.refresh()
    scan(qtbot, page, first.card_code)
    dialog = page.dialog
    assert list(dialog.sibling_boxes) == [second.id]
    assert not dialog.sibling_boxes[second.id].isChecked()  # offered, never assumed
    dialog.sibling_boxes[second.id].setChecked(True)
    dialog.choose(shared[0])
    assert dialog.save()
    assert state(attendance, center, first) is S.COLLECTED
    assert state(attendance, center, second) is S.COLLECTED
    qtbot.keyClick(page.scan.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert state(attendance, center, first) is S.PRESENT
    assert state(attendance, center, second) is S.PRESENT


def test_mark_absent_with_a_reason_today_and_in_advance(qtbot, page, attendance, center):
    child = lone_child(attendance, center)
    page.select_child(child.id)
    dialog = page.mark_absent()
    dialog.choose_reason(AbsenceReason.SICK)
    dialog.note.setText("发烧")
    assert dialog.save()
    record = day_of(attendance, center)[child.id].record
    assert record.state is S.ABSENT and record.absence_reason is AbsenceReason.SICK
    row = page.model.row_of(child.id)
    assert page.model.index(row, m.STATE).data() == "Absent: sick"

    later = dt.date(2026, 11, 27)
    page.select_child(child.id)
    dialog = page.mark_absent()
    dialog.date.setDate(later)
    dialog.choose_reason(AbsenceReason.NOTIFIED)
    assert dialog.save()
    assert state(attendance, center, child, later) is S.ABSENT

    sunday = dt.date(2026, 11, 29)  # the child is not expected: kept, said, not counted
    page.select_child(child.id)
    dialog = page.mark_absent()
    dialog.date.setDate(sunday)
    dialog.choose_reason(AbsenceReason.SICK)
    assert dialog.save()
    message = page.desk_message.label.text()
    assert "not expected on 2026-11-29" in message and "✓" not in message, message


def test_a_closed_day_says_so_and_a_check_in_needs_a_reason(qtbot, page, attendance, center,
                                                           clock):
    child = lone_child(attendance, center)
    closed = dt.date(2026, 12, 31)  # the factory's year-end stocktaking in the demo
    clock.set(closed, 16, 40)
    page.show_day(page.today())
    assert page.header.banner.isVisible()
    assert "closed on 2026-12-31" in page.header.banner.text()
    scan(qtbot, page, child.card_code)
    dialog = page.dialog
    assert isinstance(dialog, ReasonDialog)
    assert events(attendance, child, closed) == []
    assert dialog.save() is False and "A reason is needed." in dialog.error.text()
    dialog.reason.setText("家长加班，园长同意")
    assert dialog.save()
    record = day_of(attendance, center, closed)[child.id].record
    assert record.state is S.UNEXPECTED_PRESENT
    assert record.overrides == ("家长加班，园长同意",)
    assert "checked in ✓" in page.message.text()


def test_a_past_day_opens_and_is_corrected_with_a_reason(qtbot, page, attendance, center,
                                                         clock):
    child = lone_child(attendance, center)
    attendance.check_in(center.id, child.id)
    clock.set(TODAY + dt.timedelta(days=1), 16, 40)
    page.refresh()
    page.header.previous_button.click()
    assert page.day() == TODAY
    scan(qtbot, page, child.card_code)  # another day: finds the child, records nothing
    assert "records are made only for today" in page.message.text()
    assert page.current_item().child.id == child.id
    dialog = page.correct()
    dialog.new_time.setText("16:55")
    assert dialog.save() is False and "Say why" in dialog.error.text()
    dialog.reason.setText("扫错卡")
    assert dialog.save()
    record = day_of(attendance, center)[child.id].record
    assert record.check_in.astimezone(TZ).time() == dt.time(16, 55)
    row = page.model.row_of(child.id)
    assert page.model.index(row, m.CHECK_IN).data() == "16:55"

    page.select_child(child.id)
    dialog = page.correct()
    dialog.void_choice.setChecked(True)
    dialog.reason.setText("没有来")
    assert dialog.save()
    assert state(attendance, center, child) is S.EXPECTED


def test_the_end_of_day_lists_children_still_present_and_fills_nothing(qtbot, page,
                                                                       attendance, center,
                                                                       clock):
    child = lone_child(attendance, center)
    attendance.check_in(center.id, child.id)
    clock.set(TODAY, 21, 0)
    dialog = page.close_day()
    assert isinstance(dialog, DayCloseDialog)
    row = next(r for r in dialog.rows if r.item.child.id == child.id)
    assert row.present and "waiting 15 min" in row.situation.text()
    assert (row.check_out.text(), row.pickup.currentText(), row.reason.text()) == ("", "", "")
    assert dialog.resolve(row) is False
    assert state(attendance, center, child) is S.PRESENT
    row.check_out.setText("20:40")
    row.pickup.setEditText(child.may_collect[0])
    row.reason.setText("忘记签出")
    assert dialog.resolve(row) is True and row.done
    record = day_of(attendance, center)[child.id].record
    assert record.state is S.COLLECTED
    assert record.check_out.astimezone(TZ).time() == dt.time(20, 40)
    never = next(r for r in dialog.rows if not r.present)
    never.reason.setText("没来，家长未通知")
    assert dialog.mark_absent(never)
    assert state(attendance, center, never.item.child) is S.ABSENT
    dialog.reject()
    assert page.model.index(page.model.row_of(child.id), m.STATE).data() == "Collected"


def test_the_roll_call_lists_every_child_present_with_phones(qtbot, page, attendance,
                                                             center, clock):
    items = list(day_of(attendance, center).values())[:3]
    for item in items:
        attendance.check_in(center.id, item.child.id)
    page.header.next_button.click()  # the roll call is about now, whatever day is shown
    clock.set(TODAY, 18, 0)
    dialog = page.roll_call()
    assert isinstance(dialog, RollCallDialog)
    assert dialog.table.rowCount() == 3
    assert "3 children present" in dialog.heading.text()
    shown = {dialog.table.item(r, 0).text(): dialog.table.item(r, 3).text() for r in range(3)}
    assert shown == {i.child.name: ", ".join(i.child.phones) for i in items}
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert all(i.child.phones[0] in copied for i in items)


def test_the_page_fits_a_factory_pc_screen(page):
    hint = page.minimumSizeHint()
    assert hint.width() <= 1366 - 210 and hint.height() <= 740


# -- one undo: redo/undo pairs on the real page ---------------------------------------------
def test_check_in_undo_redo(qtbot, page, attendance, center):
    child = lone_child(attendance, center)
    scan(qtbot, page, child.card_code)
    assert page.undo_stack.undoText() == f"check-in of {child.name}"
    qtbot.keyClick(page.scan.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert state(attendance, center, child) is S.EXPECTED
    assert page.message.text() == f"Undone: check-in of {child.name}."
    qtbot.keyClick(page.scan.line, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    record = day_of(attendance, center)[child.id].record
    assert record.state is S.PRESENT
    assert record.check_in.astimezone(TZ).time() == dt.time(16, 40)  # the same values
    assert page.message.text() == f"Redone: check-in of {child.name}."
    assert page.model.index(page.model.row_of(child.id), m.STATE).data() == "Present"
    page.undo_button.click()  # the button goes through the same stack
    assert state(attendance, center, child) is S.EXPECTED


def test_a_group_check_in_is_undone_as_one_step(qtbot, page, attendance, center):
    first, second = sibling_pair(attendance, center)
    scan(qtbot, page, first.card_code)
    qtbot.keyClick(page.scan.line, Qt.Key.Key_Return)  # the sibling offered
    assert state(attendance, center, second) is S.PRESENT
    assert page.undo_stack.count() == 2
    page.undo()
    assert state(attendance, center, second) is S.EXPECTED
    assert state(attendance, center, first) is S.PRESENT
    page.redo()
    assert state(attendance, center, second) is S.PRESENT


def test_a_group_check_out_is_undone_and_redone_as_one_step(qtbot, page, attendance, center,
                                                            clock):
    first, second = sibling_pair(attendance, center)
    shared = [n for n in first.may_collect if n in second.may_collect]
    attendance.check_in_many(center.id, [first.id, second.id])
    clock.set(TODAY, 19, 30)
    page.refresh()
    dialog = page.open_checkout(page.item_of(first.id))
    dialog.sibling_boxes[second.id].setChecked(True)
    dialog.choose(shared[0])
    assert dialog.save()
    page.undo()
    assert {state(attendance, center, c) for c in (first, second)} == {S.PRESENT}
    page.redo()
    assert {state(attendance, center, c) for c in (first, second)} == {S.COLLECTED}
    assert day_of(attendance, center)[second.id].record.pickup_name == shared[0]


def test_an_absence_undo_redo(qtbot, page, attendance, center):
    child = lone_child(attendance, center)
    page.select_child(child.id)
    dialog = page.mark_absent()
    dialog.choose_reason(AbsenceReason.SICK)
    assert dialog.save()
    page.undo()
    assert state(attendance, center, child) is S.EXPECTED
    assert page.message.text() == f"Undone: absence of {child.name}."
    page.redo()
    record = day_of(attendance, center)[child.id].record
    assert record.state is S.ABSENT and record.absence_reason is AbsenceReason.SICK


def test_a_correction_undo_redo(qtbot, page, attendance, center):
    child = lone_child(attendance, center)
    scan(qtbot, page, child.card_code)
    page.select_child(child.id)
    dialog = page.correct()
    dialog.new_time.setText("16:20")
    dialog.reason.setText("时间录错")
    assert dialog.save()

    def check_in():
        return day_of(attendance, center)[child.id].record.check_in.astimezone(TZ).time()

    assert check_in() == dt.time(16, 20)
    page.undo()
    assert check_in() == dt.time(16, 40)
    assert page.message.text() == f"Undone: correction of {child.name}."
    page.redo()
    assert check_in() == dt.time(16, 20)
    page.undo()
    assert check_in() == dt.time(16, 40)
    page.undo()  # then the check-in itself, as it stands after the corrections
    assert state(attendance, center, child) is S.EXPECTED
    assert page.message.text() == f"Undone: check-in of {child.name}."


def test_an_undo_refused_says_why_and_leaves_the_stack(qtbot, page, attendance, center):
    child = lone_child(attendance, center)
    result = page.check_in(child.id)
    attendance.undo(result.event_id)  # another desk took it back meanwhile
    page.undo()
    assert "cannot be voided" in page.message.text()
    assert not page.undo_stack.canUndo()


def test_each_action_says_what_it_changed(qtbot, page, attendance, center):
    child = lone_child(attendance, center)
    with qtbot.waitSignal(page.changed) as said:
        scan(qtbot, page, child.card_code)
    assert said.args[0] == Changes.of(Area.ATTENDANCE, TODAY)
    with qtbot.waitSignal(page.changed) as said:
        page.undo()
    assert said.args[0] == Changes.of(Area.ATTENDANCE, TODAY)


def test_a_roster_change_elsewhere_reaches_the_page(qtbot, page, attendance, center, roster,
                                                    monkeypatch):
    calls = []
    real = page.refresh
    monkeypatch.setattr(page, "refresh", lambda: (calls.append(1), real()))
    page.apply_changes(Changes.of(Area.SHIFTS, TODAY + dt.timedelta(days=3)))  # another day
    page.apply_changes(Changes.of(Area.ATTENDANCE, TODAY + dt.timedelta(days=3)))
    assert calls == []
    child = lone_child(attendance, center)
    attendance.check_in(center.id, child.id)  # as if from another page: the day changed
    page.apply_changes(Changes.of(Area.ROSTER))
    assert calls == [1]
    assert page.model.index(page.model.row_of(child.id), m.STATE).data() == "Present"
    page.hide()
    page.apply_changes(Changes.of(Area.CALENDAR))
    assert calls == [1] and page.stale
    page.show()  # the window calls refresh_if_stale on a sidebar switch; showing does too
    page.refresh_if_stale()
    assert calls == [1, 1]


def test_the_minute_tick_still_moves_the_waiting_time(qtbot, page, attendance, center, clock):
    child = lone_child(attendance, center)
    scan(qtbot, page, child.card_code)
    clock.set(TODAY, 21, 10)
    page.timer.timeout.emit()
    row = page.model.row_of(child.id)
    assert "Waiting 25 min" in page.model.index(row, m.ALERTS).data()


# -- printing the roll call and the day's summary (through reports/ and ui/pdf_printing) -----
def _pdf_printer(path):
    """A QPrinter writing PDF to a file: no physical printer."""
    from PySide6.QtPrintSupport import QPrinter

    def make() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return printer
    return make


def test_the_roll_call_prints_through_the_reports_path(qtbot, page, attendance, center,
                                                       clock, tmp_path, monkeypatch):
    import pdfplumber

    from asc_desk.reports import desk_sheets_pdf

    items = list(day_of(attendance, center).values())[:3]
    for item in items:
        attendance.check_in(center.id, item.child.id)
    clock.set(TODAY, 18, 0)
    dialog = page.roll_call()
    assert isinstance(dialog, RollCallDialog)
    on_duty = dialog.on_duty  # read from the shifts: the demo's caregivers on duty at 18:00
    assert on_duty, "the demo has caregivers on shift at 18:00"
    made = []  # keep a copy of the document the dialog made and printed
    real = desk_sheets_pdf.write_roll_call_pdf

    def keep(sheet, path, paper_name="a4"):
        written = real(sheet, path, paper_name)
        (tmp_path / "made.pdf").write_bytes(path.read_bytes())
        made.append(sheet)
        return written

    monkeypatch.setattr("asc_desk.ui.dialogs.roll_call_dialog.write_roll_call_pdf", keep)
    asked = []
    dialog._printer = _pdf_printer(tmp_path / "printed.pdf")
    dialog._ask = lambda parent, printer, pages: asked.append(pages) or True
    assert dialog.print_list() == 1 and asked == [1]
    assert "Sent 1 page(s)" in dialog.status.text()
    with pdfplumber.open(tmp_path / "made.pdf") as pdf:
        text = pdf.pages[0].extract_text()
    assert "紧急点名表" in text and "在园儿童 3 名" in text
    for item in items:
        assert item.child.name in text and item.child.phones[0] in text
    for name, _role in on_duty:
        assert name in text
    with pdfplumber.open(tmp_path / "printed.pdf") as printed:
        assert len(printed.pages) == 1 and printed.pages[0].images  # the page, as an image
    # Cancelled in the print dialog: nothing printed, nothing said.
    (tmp_path / "printed.pdf").unlink()
    dialog._ask = lambda parent, printer, pages: False
    assert dialog.print_list() is None and not (tmp_path / "printed.pdf").exists()
    dialog.reject()


def test_the_day_close_dialog_prints_the_summary(qtbot, attendance, center, clock, tmp_path):
    import pdfplumber

    from asc_desk.reports.desk_sheets_pdf import write_day_summary_pdf

    child = lone_child(attendance, center)
    attendance.check_in(center.id, child.id)
    clock.set(TODAY, 21, 0)
    view = attendance.day(center.id, TODAY)
    dialog = DayCloseDialog(attendance, center.id, view, TZ, center_name=center.name,
                            printer=_pdf_printer(tmp_path / "printed.pdf"),
                            ask=lambda parent, printer, pages: True, now=clock)
    qtbot.addWidget(dialog)
    sheet = dialog.summary_sheet()
    counts = dict(sheet.counts)
    assert counts["仍在园"] == 1 and counts["实到"] == 1
    assert counts["未记录"] == counts["应到"] - 1
    assert any(row[0] == child.name and row[1] == "在园" for row in sheet.children)
    assert dialog.print_summary() >= 1 and "Sent" in dialog.print_status.text()
    with pdfplumber.open(tmp_path / "printed.pdf") as printed:
        assert printed.pages and printed.pages[0].images
    # The same sheet drawn to a file reads back in Chinese, with the child and the counts.
    write_day_summary_pdf(sheet, tmp_path / "summary.pdf")
    with pdfplumber.open(tmp_path / "summary.pdf") as pdf:
        text = "\n".join(p.extract_text() for p in pdf.pages)
    assert f"{TODAY:%Y-%m-%d} 当日小结" in text and child.name in text and "仍在园 1" in text
    dialog.reject()
