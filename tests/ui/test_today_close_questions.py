"""Closing the day on the real page: right after closing the notice is calm (it asks for a
second closing only once something was recorded after it), the closer reads as a person
would say it, and a day closed before closing time with children still here is asked
about first (Esc = not yet)."""

# ruff: noqa: F811  (the fixtures imported from test_today_page are used as arguments)
from __future__ import annotations

import getpass

from PySide6.QtCore import Qt

from asc_desk.services.attendance.day_close import DayCloseService
from asc_desk.ui.actor_text import actor_name
from tests.ui.test_today_day_closed import closed_rows, closer, desk  # noqa: F401
from tests.ui.test_today_page import (  # noqa: F401 (fixtures)
    TODAY,
    attendance,
    center,
    clock,
    lone_child,
    roster,
    scan,
)


def test_actor_names_read_as_people_say_them():
    assert actor_name(f"gui:{getpass.getuser()}") == "this PC"
    assert actor_name("gui") == "this PC"
    assert actor_name("cli:root") == "command line"
    assert actor_name("gui:王老师") == "王老师"  # the operator set in Settings
    assert actor_name("desk:li") == "desk:li"


def test_right_after_closing_the_notice_is_calm_and_asks_again_after_a_record(
        qtbot, desk, attendance, center, clock, demo_session):
    desk.closing._service = DayCloseService(demo_session.db, f"gui:{getpass.getuser()}",
                                            now=clock)
    first = lone_child(attendance, center)
    scan(qtbot, desk, first.card_code)
    clock.set(TODAY, 20, 40)
    dialog = desk.close_day()
    dialog.close_button.click()
    assert desk.closing.notice.text() == (
        f"{TODAY.isoformat()} is closed (at 20:40 by this PC); check-ins and check-outs "
        "made now are still recorded.")
    clock.set(TODAY, 20, 45)
    dialog = desk.open_checkout(desk.current_item())
    dialog.choose_someone_else("邻居张三", "外婆打电话同意")
    assert dialog.save()
    assert "already closed at 20:40" in desk.message.text()
    expected = (f"{TODAY.isoformat()} is closed (at 20:40 by this PC). Records were made "
                "after the closing: close the day again when they are done.")
    assert desk.closing.notice.text() == expected
    desk.closing.show_state(TODAY, again=True)  # read from the database: the same words
    assert desk.closing.notice.text() == expected


def test_closing_before_closing_time_with_children_here_asks_first(
        qtbot, desk, attendance, center, clock, demo_session):
    child = lone_child(attendance, center)
    clock.set(TODAY, 17, 0)
    desk.reload()
    scan(qtbot, desk, child.card_code)
    dialog = desk.close_day()
    dialog.close_button.click()
    assert dialog.isVisible() and dialog.early.isVisible()
    assert dialog.early.question.text() == (
        "The program closes at 20:30 and 1 child is still here; close the day "
        f"{TODAY.isoformat()} now?")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc = not yet: the dialog stays
    assert dialog.isVisible() and not dialog.early.isVisible()
    assert closed_rows(demo_session) == 0
    dialog.close_button.click()
    dialog.early.yes_button.click()
    assert not dialog.isVisible() and closed_rows(demo_session) == 1


def test_closing_before_closing_time_with_nobody_here_does_not_ask(
        qtbot, desk, clock, demo_session):
    clock.set(TODAY, 17, 0)
    desk.reload()
    dialog = desk.close_day()
    dialog.close_button.click()
    assert not dialog.isVisible() and closed_rows(demo_session) == 1
