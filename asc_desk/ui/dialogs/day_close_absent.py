"""End of day, the children who never came: one reason for all of them, confirmed, then
recorded by one service call (one transaction, one step to undo)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from asc_desk.domain.attendance_rules import AbsenceReason
from asc_desk.ui.dialogs.desk_dialogs import reason_field
from asc_desk.ui.styles import BOLD


class AllAbsentBar(QWidget):
    """`requested(reason, note)` once the user confirmed; `ask(count)` shows the bar's
    question for that many children (0 hides the bar)."""

    requested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count = 0
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
        self.question.setText(self.tr("Mark {count} children absent ({reason}: {note})?")
                              .format(count=self._count, reason=self.reason.currentText(),
                                      note=self.note.text().strip() or "—"))
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
