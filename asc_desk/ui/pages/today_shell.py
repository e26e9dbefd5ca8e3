"""The desk's widgets and their layout, shared by the Today page and the shell painted at start.

At start the window paints before the data layer (SQLAlchemy, the services) is imported: its
Today page is then a `TodayShell`, the same widgets in the same places with an empty list
and a focused scan field. What is typed or scanned into it is kept (`pending`) and handed to
the real page, which acts on it once its list is there. Nothing here imports the services.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from asc_desk.ui.lazy_qt import Qt
from asc_desk.ui.styles import ALERT_TEXT, NOTICE_STYLE
from asc_desk.ui.widgets.child_photo import DESK_PHOTO_SIZE, child_photo_label
from asc_desk.ui.widgets.day_header import DayHeader
from asc_desk.ui.widgets.last_day_banner import LastDayBanner
from asc_desk.ui.widgets.scan_field import DeskMessage, ScanField
from asc_desk.ui.widgets.today_list import TodayList


def kept_text(text: str) -> str:
    """What the desk says of a code entered while its list is being read."""
    return QCoreApplication.translate(
        "TodayPage", "Kept “{text}”: it is acted on as soon as the list is there.").format(
        text=text)


class DeskLayout:
    """The desk's widgets laid out on `page`: header with its buttons, the last-day banner,
    the scan field with its message line and the photo beside them, the list."""

    def __init__(self, page: QWidget, *, photo: QLabel, first_steps: QWidget | None,
                 staff_clock: bool, shell: bool = False) -> None:
        """`shell`: the window's shell at start (no table, nothing set that needs an enum
        before its first paint: see lazy_qt); the real page replaces it."""
        self.header = DayHeader(page)
        self.close_day_button, self.roll_call_button = QPushButton(), QPushButton()
        self.staff_clock_button = QPushButton()
        self.staff_clock_button.setVisible(staff_clock)
        self.roll_call_button.setStyleSheet(ALERT_TEXT)
        for button in (self.staff_clock_button, self.close_day_button, self.roll_call_button):
            self.header.actions.addWidget(button)
        self.last_day = LastDayBanner()
        self.scan = ScanField(page)
        self.desk_message = DeskMessage()
        self.list = TodayList(table=not shell)

        layout = self.box = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        if first_steps is not None:
            layout.addWidget(first_steps)
        layout.addWidget(self.header)
        layout.addWidget(self.last_day)
        desk = QGridLayout()
        desk.setContentsMargins(0, 0, 0, 0)
        desk.addWidget(self.scan, 0, 0)
        desk.addWidget(self.desk_message, 1, 0)
        desk.addWidget(photo, 0, 1, 2, 1)
        layout.addLayout(desk)
        layout.addWidget(self.list, 1)
        if not shell:
            self.settle()

    def settle(self) -> None:
        """Clicked with the mouse, a button leaves the keyboard to the scan field: Tab
        only. (An enum: the shell, replaced before anyone tabs, goes without.)"""
        header = self.header
        for button in (header.previous_button, header.next_button, header.today_button,
                       self.staff_clock_button, self.close_day_button, self.roll_call_button,
                       self.last_day.show_button, self.desk_message.offer_button,
                       *self.list.buttons()):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def show_unread(self, day: dt.date) -> None:
        """Before the day is read (the shell at start, the page until its first list): the
        date, the counts' words without numbers, the last day's banner's place, today's
        buttons (none chosen: disabled)."""
        self.header.set_day(day)
        self.header.show_date(day, today=day)
        self.header.show_counts(None)
        self.last_day.hold_place()
        self.list.update_buttons(on_today=True, can_undo=False)

    def retranslate(self) -> None:
        """The texts, in the Today page's context (the page and the shell read the same)."""
        # Literal calls, in the page's context: lupdate finds only these.
        self.header.retranslate(QCoreApplication.translate("TodayPage", "Today"))
        self.scan.set_placeholder(QCoreApplication.translate(
            "TodayPage", "Scan a card, or type a name / pinyin / initials "
                                      "and press Enter"))
        self.close_day_button.setText(QCoreApplication.translate("TodayPage", "&End the day…"))
        self.roll_call_button.setText(QCoreApplication.translate("TodayPage",
                                                                 "Emergency &roll call"))
        self.staff_clock_button.setText(QCoreApplication.translate("TodayPage",
                                                                   "&Staff clock…"))
        self.list.retranslate()


class TodayShell(QWidget):
    """The Today page before the database is open: its look, no data. Enter on a code keeps
    the code (the real page checks the child in once its list is there)."""

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo = child_photo_label(None, DESK_PHOTO_SIZE)
        # No table (an empty frame in its place): its model's modules load with the real page.
        self.desk = DeskLayout(self, photo=self.photo, first_steps=None, staff_clock=True,
                               shell=True)
        self.scan = self.desk.scan
        self.pending: list[str] = []  # codes and names entered, in order
        self.scan.not_found.connect(self.keep)  # no candidates yet: every Enter
        # Nothing is greyed out meanwhile (it would flicker back): clicks just do nothing.
        self.desk.show_unread(today())
        self.desk.retranslate()

    def keep(self, text: str) -> None:
        """A code or name entered before the list is there: kept, and the desk says so."""
        self.pending.append(text)
        self.desk.desk_message.say(kept_text(text), NOTICE_STYLE)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scan.line.setFocus()

    def typed(self) -> str:
        """What is in the scan field now, without Enter yet."""
        return self.scan.text()
