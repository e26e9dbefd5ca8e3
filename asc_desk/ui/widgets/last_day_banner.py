"""The morning's word on the last open day: closed at the desk or not, and the children it
left open (still checked in, or never accounted for), listed on request."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asc_desk.ui.actor_text import actor_name
from asc_desk.ui.styles import NOTICE_STYLE, OK_STYLE

if TYPE_CHECKING:  # the window's shell paints before the data layer is imported
    from asc_desk.domain.day_closing import DayClosing


class LastDayBanner(QWidget):
    list_closed = Signal()  # the list of children left open was closed: the desk takes focus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.closing: DayClosing | None = None
        self.label = QLabel()
        self.label.setObjectName("lastDayBanner")
        self.label.setWordWrap(True)
        self.show_button = QPushButton()
        self.show_button.setObjectName("lastDayShow")
        self.show_button.clicked.connect(self.open_list)
        self.dialog: QDialog | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_button)
        self.hide()

    def hold_place(self) -> None:
        """Before the day before is read (the shell at start, the page until its first
        list): blank, a one-line banner high. On most mornings the day before has its
        banner: the scan field below does not move when it shows."""
        self.label.setStyleSheet(OK_STYLE)
        self.label.setText("—")
        self.label.ensurePolished()
        height = self.label.sizeHint().height()
        self.label.setStyleSheet("")
        self.label.setText("")
        self.show_button.hide()
        self.setMinimumHeight(height)
        self.show()

    def show_closing(self, closing: DayClosing | None, zone: dt.tzinfo) -> None:
        """None (no open day before today): nothing to say."""
        self.closing = closing
        self.setMinimumHeight(0)  # the place held at start (hold_place) is let go
        if closing is None:
            self.hide()
            return
        day, left = closing.day.isoformat(), len(closing.left_open)
        if closing.closed and closing.closed_at is not None and closing.changed_after:
            # Records made after the closing: its list may be false now; what is open now.
            when = closing.closed_at.astimezone(zone).strftime("%H:%M")
            text = self.tr("{date} was closed at {time} by {who}, but records were made "
                           "after that; children open now: {count}.").format(
                date=day, time=when, who=actor_name(closing.closed_by), count=left)
        elif closing.closed and closing.closed_at is not None:
            when = closing.closed_at.astimezone(zone).strftime("%H:%M")
            text = (self.tr("{date} was closed at {time} by {who}; children left open: "
                            "{count}.") if left else
                    self.tr("{date} was closed at {time} by {who}; every child was "
                            "accounted for.")).format(date=day, time=when, count=left,
                                                      who=actor_name(closing.closed_by))
        else:
            text = (self.tr("{date} was not closed at the desk; children still open "
                            "(checked in, or neither arrived nor absent): {count}.") if left else
                    self.tr("{date} was not closed at the desk, but every child is "
                            "accounted for.")).format(date=day, count=left)
        self.label.setText(text)
        self.label.setStyleSheet(OK_STYLE if closing.complete and not closing.changed_after
                                 else NOTICE_STYLE)
        self.show_button.setText(self.tr("&List them…"))
        self.show_button.setVisible(bool(left))
        self.show()

    def open_list(self) -> QDialog | None:
        if self.closing is None or not self.closing.left_open:
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Left open on {date}").format(
            date=self.closing.day.isoformat()))
        names = QListWidget()
        names.setObjectName("leftOpenList")
        for child in self.closing.left_open:
            names.addItem((self.tr("{name} — still checked in") if child.still_here else
                           self.tr("{name} — neither arrived nor absent")).format(
                name=child.name))
        hint = QLabel(self.tr("Resolve them with Correct… or End the day… on that date."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(names)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        dialog.resize(420, 360)
        dialog.finished.connect(self.list_closed)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog
