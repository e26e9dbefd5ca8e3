"""End of day, the children who never came: one reason for all of them, confirmed, then
recorded by one service call (one transaction, one step to undo). Before the program opens,
the question names the opening time (so does the one before closing the day)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from asc_desk.domain.attendance_rules import AbsenceReason
from asc_desk.services.attendance.attendance_service import DayView
from asc_desk.ui.dialogs.desk_dialogs import reason_field
from asc_desk.ui.models.today_table_model import hm
from asc_desk.ui.styles import BOLD, NOTICE_STYLE


def opening_time(view: DayView, now: dt.datetime) -> dt.time | None:
    """The day's first opening time when it is still to come (`now` in the center's zone):
    a day ended before its program opened is most likely a mistake."""
    opens = [c.child.opens_at for c in view.children if c.child.opens_at is not None]
    if not opens or view.date != now.date():
        return None
    first = min(opens)
    return first if now.time() < first else None


def closing_time(view: DayView, now: dt.datetime) -> dt.time | None:
    """The day's last closing time when it is still to come (`now` in the center's zone):
    a day ended then, with children still here, may well be a slip of the key."""
    closes = [c.child.closes_at for c in view.children if c.child.closes_at is not None]
    if not closes or view.date != now.date():
        return None
    last = max(closes)
    return last if now.time() < last else None


class EarlyQuestion(QWidget):
    """A question asked in the dialog itself (amber), with Yes and No: `confirmed` on Yes."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = QLabel()
        self.question.setObjectName("earlyQuestion")
        self.question.setWordWrap(True)
        self.question.setStyleSheet(NOTICE_STYLE)
        self.yes_button = QPushButton(self.tr("Close it &now"))
        self.no_button = QPushButton(self.tr("N&ot yet"))
        for button in (self.yes_button, self.no_button):
            button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question, 1)
        layout.addWidget(self.yes_button)
        layout.addWidget(self.no_button)
        self.yes_button.clicked.connect(self._yes)
        self.no_button.clicked.connect(self.hide)
        self.hide()

    def ask(self, text: str) -> None:
        self.question.setText(text)
        self.show()
        self.no_button.setFocus()  # the safe answer is the one Enter gives

    def _yes(self) -> None:
        self.hide()
        self.confirmed.emit()


class AllAbsentBar(QWidget):
    """`requested(reason, note)` once the user confirmed; `ask(count)` shows the bar's
    question for that many children (0 hides the bar)."""

    requested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None, *,
                 opens_at: dt.time | None = None) -> None:
        super().__init__(parent)
        self._count = 0
        self._opens_at = opens_at  # the program's opening, still to come: named when asking
        self.reason = QComboBox()
        # The domain's reasons; a child who simply did not come is "other", noted as such.
        for reason, text in ((AbsenceReason.OTHER, self.tr("Other")),
                             (AbsenceReason.SICK, self.tr("Sick")),
                             (AbsenceReason.LEAVE, self.tr("Family leave")),
                             (AbsenceReason.NOTIFIED, self.tr("Notified in advance"))):
            self.reason.addItem(text, str(reason))
        self.note = reason_field()
        self.note.setText(self.tr("no show"))
        self.note.setMinimumWidth(140)
        self.mark_button = QPushButton()
        self.mark_button.setAutoDefault(False)
        self.question = QLabel()
        self.question.setStyleSheet(BOLD)
        self.question.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("&Yes, mark them absent"))
        self.cancel_button = QPushButton(self.tr("&No"))
        for button in (self.confirm_button, self.cancel_button):
            button.setAutoDefault(False)
        self.label = QLabel(self.tr("Not arrived:"))
        self.label.setStyleSheet(BOLD)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.reason, self.note, self.mark_button):
            layout.addWidget(widget)
        layout.addWidget(self.question, 1)
        layout.addWidget(self.confirm_button)
        layout.addWidget(self.cancel_button)
        self.mark_button.clicked.connect(self.confirm)
        self.confirm_button.clicked.connect(self._confirmed)
        self.cancel_button.clicked.connect(self._cancelled)
        self._cancelled()

    def ask(self, count: int) -> None:
        self._count = count
        self.setVisible(count > 0)
        self.mark_button.setText(self.tr("Mark all {count} &absent…").format(count=count))
        self._cancelled()

    def confirm(self) -> None:
        """The first press: says what will be recorded and waits for Yes."""
        if not self._count:
            return
        values = {"count": self._count, "reason": self.reason.currentText(),
                  "note": self.note.text().strip() or "—"}
        if self._opens_at is not None:
            self.question.setText(self.tr(
                "The program opens at {time}; mark all {count} absent now ({reason}: "
                "{note})?").format(time=hm(self._opens_at), **values))
            self.question.setStyleSheet(NOTICE_STYLE)
        else:
            self.question.setText(self.tr("Mark {count} children absent ({reason}: {note})?")
                                  .format(**values))
            self.question.setStyleSheet(BOLD)
        for widget in (self.question, self.confirm_button, self.cancel_button):
            widget.show()
        self.mark_button.setEnabled(False)
        self.confirm_button.setFocus()

    def _confirmed(self) -> None:
        self._cancelled()
        self.requested.emit(AbsenceReason(self.reason.currentData()), self.note.text())

    def _cancelled(self) -> None:
        for widget in (self.question, self.confirm_button, self.cancel_button):
            widget.hide()
        self.mark_button.setEnabled(True)
