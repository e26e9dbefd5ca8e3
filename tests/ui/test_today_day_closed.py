"""The day's closing on the real page: Esc or Cancel in End the day records nothing, the
explicit button closes the day (shown on the page until reopened), Ctrl+Z reopens it
(audited), a check-in after closing says the day was already closed and the next morning
does not claim what the closing listed; before the program opens the desk asks or warns;
an unscheduled child and someone not on the pickup list get amber words."""

# ruff: noqa: F811  (the fixtures imported from test_today_page are used as arguments)
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from asc_desk.db.models import AuditEntry, ClosedDeskDay
from asc_desk.domain.attendance_rules import ChildDayState as S
from asc_desk.domain.roster import PickupDraft
from asc_desk.services.attendance.day_close import DayCloseService
from asc_desk.services.shifts.planning import ShiftPlanning
from asc_desk.ui.pages.today_page import TodayPage
from asc_desk.ui.styles import NOTICE_STYLE, OK_STYLE
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


def new_page(qtbot, attendance, roster, center, clock, closer, demo_session):
    page = TodayPage(attendance, roster, center, now=clock, day_close=closer,
                     planning=ShiftPlanning(demo_session.db, now=clock))
    qtbot.addWidget(page)
    page.resize(1156, 740)
    page.show()
    page.refresh_if_stale()
    return page


@pytest.fixture
def desk(qtbot, roster, attendance, center, clock, translations, demo_session, closer):
    page = new_page(qtbot, attendance, roster, center, clock, closer, demo_session)
    with qtbot.waitActive(page):
        page.activateWindow()
    return page


def closed_rows(demo_session) -> int:
    """Closings of the test's day (the demo closes its own past days)."""
    with demo_session.db.read() as s:
        return len(s.scalars(select(ClosedDeskDay).where(ClosedDeskDay.day == TODAY)).all())


def test_esc_or_cancel_in_end_the_day_closes_nothing(qtbot, desk, attendance, center, clock,
                                                    closer, demo_session):
    child = lone_child(attendance, center)
    scan(qtbot, desk, child.card_code)
    clock.set(TODAY, 20, 40)
    steps = desk.undo_stack.count()
    dialog = desk.close_day()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not closer.closing(center.id, TODAY).closed and closed_rows(demo_session) == 0
    assert desk.undo_stack.count() == steps
    assert not desk.closing.notice.isVisible()
    assert "is closed" not in desk.message.text()
    dialog = desk.close_day()
    dialog.reject()  # the Cancel button
    assert closed_rows(demo_session) == 0


def test_the_close_button_closes_the_day_and_ctrl_z_reopens_it(
        qtbot, desk, attendance, center, clock, closer, demo_session):
    child = lone_child(attendance, center)
    scan(qtbot, desk, child.card_code)
    clock.set(TODAY, 20, 40)
    dialog = desk.close_day()
    assert dialog.opens_at is None  # after opening: no question
    assert "left open" in dialog.close_button.text()
    dialog.close_button.click()
    assert closer.closing(center.id, TODAY).closed
    assert desk.closing.notice.isVisible()
    assert desk.closing.notice.text().startswith(f"{TODAY.isoformat()} is closed (at 20:40")
    assert desk.undo_stack.undoText() == f"closing of {TODAY.isoformat()}"
    desk.undo()  # Ctrl+Z right after: the day is open again
    assert not closer.closing(center.id, TODAY).closed and closed_rows(demo_session) == 0
    assert not desk.closing.notice.isVisible()
    assert desk.message.text() == f"Undone: closing of {TODAY.isoformat()}. The day is open again."
    assert state(attendance, center, child) is S.PRESENT  # the check-in stays
    with demo_session.db.read() as s:
        actions = [e.action for e in s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "closed_desk_day").order_by(AuditEntry.id))]
    assert actions == ["close", "reopen"]
    desk.redo()
    assert closer.closing(center.id, TODAY).closed and desk.closing.notice.isVisible()


def test_a_check_in_after_closing_says_so_and_the_morning_is_not_misled(
        qtbot, desk, attendance, roster, center, clock, closer, demo_session):
    items = [i for i in day_of(attendance, center).values() if i.record.state is S.EXPECTED]
    here, late = items[0].child, lone_child(attendance, center)
    assert here.id != late.id or (here := items[1].child)
    scan(qtbot, desk, here.card_code)
    clock.set(TODAY, 17, 0)
    dialog = desk.close_day()
    dialog.close_button.click()  # closed with `here` still checked in, after a yes
    dialog.early.yes_button.click()
    assert closer.closed(center.id, TODAY).left_open[0].child_id == here.id
    clock.set(TODAY, 17, 30)
    scan(qtbot, desk, late.card_code)
    assert state(attendance, center, late) is S.PRESENT  # still recorded
    assert "already closed at 17:00" in desk.message.text()
    assert desk.message.styleSheet() == NOTICE_STYLE
    # Both collected later: the closing's list ("here" still checked in) is false now.
    clock.set(TODAY, 19, 0)
    for child in (here, late):
        attendance.check_out(center.id, child.id, child.may_collect[0])
    clock.set(TODAY + dt.timedelta(days=1), 7, 45)
    morning = new_page(qtbot, attendance, roster, center, clock, closer, demo_session)
    text = morning.last_day.label.text()
    assert "but records were made after that" in text
    waiting = [c for c in closer.previous_day(center.id, clock().date()).left_open
               if c.still_here]
    assert waiting == [] and "still checked in" not in text


def test_before_the_program_opens_the_desk_asks_and_warns(qtbot, desk, attendance, center,
                                                         clock, closer, demo_session):
    clock.set(TODAY, 8, 20)  # the demo's term program opens at 16:30
    desk.reload()
    child = lone_child(attendance, center)
    scan(qtbot, desk, child.card_code)
    assert state(attendance, center, child) is S.PRESENT  # recorded
    assert "before the program opens (16:30)" in desk.message.text()
    assert desk.message.styleSheet() == NOTICE_STYLE and "✓" not in desk.message.text()
    dialog = desk.close_day()
    bar = dialog.all_absent
    bar.mark_button.click()
    count = len(dialog.not_arrived())
    assert bar.question.text().startswith(
        f"The program opens at 16:30; mark all {count} absent now")
    bar.cancel_button.click()
    dialog.close_button.click()  # asks first, in the dialog
    assert dialog.isVisible() and dialog.early.isVisible()
    assert dialog.early.question.text() == (
        f"The program opens at 16:30; close the day {TODAY.isoformat()} now?")
    dialog.early.no_button.click()
    assert dialog.isVisible() and closed_rows(demo_session) == 0
    dialog.close_button.click()
    dialog.early.yes_button.click()
    assert not dialog.isVisible() and closer.closing(center.id, TODAY).closed


def test_an_unscheduled_child_and_a_stranger_pickup_are_amber(qtbot, desk, attendance,
                                                             center, roster, clock):
    normal = lone_child(attendance, center)
    scan(qtbot, desk, normal.card_code)
    assert desk.message.styleSheet() == OK_STYLE and "checked in ✓" in desk.message.text()
    clock.set(TODAY, 18, 0)
    dialog = desk.open_checkout(desk.current_item())
    dialog.choose_someone_else("邻居张三", "外婆打电话同意")
    assert dialog.save()
    assert "邻居张三 is not on the pickup list" in desk.message.text()
    assert desk.message.styleSheet() == NOTICE_STYLE
    # Thursday: the children who come Monday, Wednesday and Friday are not expected.
    thursday = TODAY + dt.timedelta(days=1)
    clock.set(thursday, 16, 40)
    desk.reload()
    listed = day_of(attendance, center, thursday)
    stranger = next(r for r in roster.list_roster(center.id)
                    if r.status == "active" and r.id not in listed)
    scan(qtbot, desk, stranger.card_code)
    assert day_of(attendance, center, thursday)[stranger.id].record.state is (
        S.UNEXPECTED_PRESENT)
    assert "is not expected today" in desk.message.text()
    assert desk.message.styleSheet() == NOTICE_STYLE


def test_the_checkout_says_what_an_id_number_is(qtbot, desk, attendance, center, roster):
    import dataclasses

    child = lone_child(attendance, center)
    record = roster.get_child(child.id)
    roster.save_child(center.id, dataclasses.replace(record.draft, pickups=(
        PickupDraft("王秀英", relation="外婆", note="7552"),
        PickupDraft("李四", relation="舅舅", note="身份证后四位 1234"))), child.id)
    desk.refresh()
    scan(qtbot, desk, child.card_code)
    dialog = desk.open_checkout(desk.current_item())
    texts = [dialog.people.item(i).text() for i in range(dialog.people.count())]
    assert "王秀英  ·  外婆 · ID card last 4 digits 7552" in texts
    assert "李四  ·  舅舅 · 身份证后四位 1234" in texts  # typed out already: as it is
    dialog.reject()


def test_the_correction_dialog_names_the_child(qtbot, desk, attendance, center):
    child = lone_child(attendance, center)
    scan(qtbot, desk, child.card_code)
    dialog = desk.correct()
    assert dialog.heading.isVisible() and child.name in dialog.heading.text()
    assert dialog.heading.text() == f"Correcting the record of {child.name}"
    dialog.reject()
