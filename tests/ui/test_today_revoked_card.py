"""The desk and a revoked pickup card: the old code checks no one in and the reply line says
when, why and whose new card to use (the Today page asks the roster service itself)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.roster.card_revocation import revoke_card
from asc_desk.services.roster.roster_service import RosterService
from asc_desk.ui.pages.today_page import TodayPage

TZ = ZoneInfo("Asia/Shanghai")
TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def desk(qtbot, demo_session, translations):
    clock = lambda: dt.datetime(2026, 11, 25, 16, 40, tzinfo=TZ)  # noqa: E731
    center = demo_session.centers.get_center()
    attendance = AttendanceService(demo_session.db, "test", now=clock)
    roster = RosterService(demo_session.db, "test", today=lambda: TODAY)
    page = TodayPage(attendance, roster, center, now=clock)
    qtbot.addWidget(page)
    page.resize(1156, 740)
    page.show()
    page.refresh()
    expected = [c.child for c in attendance.day(center.id, TODAY).children if c.child.expected]
    return page, attendance, center, expected[0], demo_session.db


def scan(qtbot, page, code: str) -> None:
    qtbot.keyClicks(page.scan.line, code)
    qtbot.keyClick(page.scan.line, Qt.Key.Key_Return)


def test_a_revoked_card_checks_no_one_in_and_says_why(qtbot, desk):
    page, attendance, center, child, db = desk
    done = revoke_card(db, "coordinator", child.id, "lost")
    page.refresh()
    scan(qtbot, page, child.card_code)
    day = done.revoked_at.astimezone(TZ).date().isoformat()
    assert page.desk_message.label.text() == (
        f"This card was revoked on {day} (lost); use {child.name}'s new card.")
    view = attendance.day(center.id, TODAY)
    assert view.counts["present"] == 0 and page.undo_stack.count() == 0
    scan(qtbot, page, done.new_code)  # the new card checks the child in
    assert attendance.day(center.id, TODAY).counts["present"] == 1


def test_an_unknown_card_keeps_the_desks_own_message(qtbot, desk):
    page, *_ = desk
    scan(qtbot, page, "QQQQ0000")
    assert "No child has the card or name “QQQQ0000”" in page.desk_message.label.text()
