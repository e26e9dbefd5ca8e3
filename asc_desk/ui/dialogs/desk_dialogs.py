"""Small dialogs of the Today desk: a reason, an absence, a correction of one record."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.attendance_rules import AbsenceReason, AttendanceEvent, EventKind
from asc_desk.domain.errors import UserError
from asc_desk.services.attendance.attendance_service import (
    REASON_MAX,
    AttendanceService,
    ChildDay,
    DeskResult,
)
from asc_desk.ui.error_text import user_message
from asc_desk.ui.models.today_table_model import local_hm
from asc_desk.ui.styles import BOLD
from asc_desk.ui.widgets.center_form import FieldError
from asc_desk.ui.widgets.date_edit import DateEdit

_HHMM = re.compile(r"^\s*([01]?\d|2[0-3])\s*[:：.]?\s*([0-5]\d)\s*$")


def parse_hhmm(text: str) -> dt.time | None:
    """16:40, 1640, 16.40 or 16：40 (full-width colon of a Chinese IME); None if not a time."""
    found = _HHMM.match(text)
    return dt.time(int(found.group(1)), int(found.group(2))) if found else None


def time_field() -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText("HH:MM")
    edit.setMaxLength(5)
    edit.setFixedWidth(80)
    return edit


def reason_field() -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(REASON_MAX)
    return edit


def ok_cancel(dialog: QDialog, on_ok: Callable[[], object]) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ReasonDialog(QDialog):
    """Asks one reason, then runs `action(reason)`; its refusal is shown here, not lost."""

    def __init__(self, title: str, prompt: str, action: Callable[[str], DeskResult],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self.result_value: DeskResult | None = None
        self.setWindowTitle(title)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.reason = reason_field()
        self.error = FieldError()
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.save))
        self.setMinimumWidth(420)
        self.reason.setFocus()

    def save(self) -> bool:
        if not self.reason.text().strip():
            self.error.show_message(self.tr("A reason is needed."))
            return False
        try:
            self.result_value = self._action(self.reason.text())
        except UserError as exc:
            self.error.show_message(user_message(exc))
            return False
        self.accept()
        return True


class AbsenceDialog(QDialog):
    """Marks a child absent on a day, today or later (absences notified in advance)."""

    def __init__(self, attendance: AttendanceService, center_id: int, item: ChildDay,
                 day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attendance, self._center_id, self._item = attendance, center_id, item
        self.result_value: DeskResult | None = None
        self.request: tuple[dt.date, AbsenceReason, str] | None = None  # what was recorded
        self.setWindowTitle(self.tr("Mark {name} absent").format(name=item.child.name))
        self.date = DateEdit(QDate(day.year, day.month, day.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.reason = QComboBox()
        for reason, text in ((AbsenceReason.SICK, self.tr("Sick")),
                             (AbsenceReason.LEAVE, self.tr("Family leave")),
                             (AbsenceReason.NOTIFIED, self.tr("Notified in advance")),
                             (AbsenceReason.OTHER, self.tr("Other"))):
            self.reason.addItem(text, str(reason))
        self.note = reason_field()
        self.note.setPlaceholderText(self.tr("e.g. fever, visiting the home village"))
        self.error = FieldError()
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("&Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.save))
        self.setMinimumWidth(420)
        self.reason.setFocus()

    def choose_reason(self, reason: AbsenceReason) -> None:
        self.reason.setCurrentIndex(self.reason.findData(str(reason)))

    def save(self) -> bool:
        request = (self.date.date().toPython(), AbsenceReason(self.reason.currentData()),
                   self.note.text())
        try:
            self.result_value = self._attendance.mark_absent(
                self._center_id, self._item.child.id, *request)
        except UserError as exc:
            self.error.show_message(user_message(exc))
            return False
        self.request = request
        self.accept()
        return True


class CorrectionDialog(QDialog):
    """Corrects one record of a child's day: a new time, or void it; a reason always."""

    def __init__(self, attendance: AttendanceService, item: ChildDay, zone: dt.tzinfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attendance, self._zone = attendance, zone
        self.result_value: DeskResult | None = None
        # (event id, reason, new time or None): what was corrected, for a redo.
        self.request: tuple[int, str, dt.datetime | None] | None = None
        self.setWindowTitle(self.tr("Correct the record of {name}").format(
            name=item.child.name))
        self.events: list[AttendanceEvent] = [
            e for e in item.record.effective if e.kind is not EventKind.CORRECTION_VOID]
        self.event = QComboBox()
        for event in self.events:
            self.event.addItem(self.describe(event), event.id)
        self.new_time_choice, self.void_choice = QRadioButton(), QRadioButton()
        self.new_time_choice.setText(self.tr("Change the &time to"))
        self.void_choice.setText(self.tr("&Void this record (it did not happen)"))
        self.new_time_choice.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.new_time_choice)
        group.addButton(self.void_choice)
        self.new_time = time_field()
        self.reason = reason_field()
        self.reason.setPlaceholderText(self.tr("e.g. wrong card scanned, forgot to check out"))
        self.error = FieldError()
        time_row = QHBoxLayout()
        time_row.addWidget(self.new_time_choice)
        time_row.addWidget(self.new_time)
        time_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Record"), self.event)
        form.addRow(self.tr("Change"), time_row)
        form.addRow("", self.void_choice)
        form.addRow(self.tr("Rea&son"), self.reason)
        # The child's name in the dialog itself (a title bar may be missing or unread).
        self.heading = QLabel(self.tr("Correcting the record of {name}").format(
            name=item.child.name))
        self.heading.setObjectName("correctionChild")
        self.heading.setStyleSheet(BOLD)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        if not self.events:
            layout.addWidget(QLabel(self.tr("Nothing is recorded for this child on this day.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.save))
        self.void_choice.toggled.connect(lambda void: self.new_time.setEnabled(not void))
        self.setMinimumWidth(460)
        self.new_time.setFocus()

    def describe(self, event: AttendanceEvent) -> str:
        when = local_hm(event.at, self._zone)
        if event.kind is EventKind.CHECK_IN:
            return self.tr("Check-in {time}").format(time=when)
        if event.kind is EventKind.CHECK_OUT:
            return self.tr("Check-out {time} · {pickup}").format(time=when,
                                                                   pickup=event.pickup_name or "")
        return self.tr("Absent ({date})").format(date=event.at.astimezone(self._zone).date()
                                                 .isoformat())

    def save(self) -> bool:
        self.error.clear_message()
        index = self.event.currentIndex()
        if index < 0:
            self.error.show_message(self.tr("Nothing to correct."))
            return False
        event = self.events[index]
        new_at = None
        if self.new_time_choice.isChecked():
            when = parse_hhmm(self.new_time.text())
            if when is None:
                self.error.show_message(self.tr("Type the new time as HH:MM, or choose Void."))
                self.new_time.setFocus()
                return False
            new_at = dt.datetime.combine(event.at.astimezone(self._zone).date(), when,
                                         self._zone)
        if not self.reason.text().strip():
            self.error.show_message(self.tr("Say why the record is corrected."))
            self.reason.setFocus()
            return False
        try:
            self.result_value = self._attendance.correct(event.id, self.reason.text(),
                                                         new_at=new_at)
        except UserError as exc:
            self.error.show_message(user_message(exc))
            return False
        self.request = (event.id, self.reason.text(), new_at)
        self.accept()
        return True
