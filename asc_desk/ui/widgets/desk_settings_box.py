"""Settings of the check-in desk: who operates this PC, late grace, duplicate scans. Saved by
the Settings page's one Save (the ratio of children per caregiver is in the ratio rules)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QSpinBox

from asc_desk.domain.changes import Changes
from asc_desk.domain.desk_settings import DeskSettings, allowed_range, validate_desk_settings
from asc_desk.domain.errors import UserError
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.ui.app_settings import AppSettings
from asc_desk.ui.error_text import user_message
from asc_desk.ui.widgets.center_form import FieldError

OPERATOR_MAX = 50


def _spin(name: str, value: int) -> QSpinBox:
    low, high = allowed_range(name)
    return QSpinBox(minimum=low, maximum=high, value=value)


class DeskSettingsBox(QGroupBox):
    changed = Signal()  # a field was edited (the page's Save has something to do)

    def __init__(self, attendance: AttendanceService, center_id: int, settings: AppSettings,
                 parent=None) -> None:
        super().__init__(parent)
        self._attendance = attendance
        self._center_id = center_id
        self._settings = settings
        self._saved = attendance.settings(center_id)
        self.operator = QLineEdit(settings.operator)
        self.operator.setMaxLength(OPERATOR_MAX)
        self.grace = _spin("late_grace_minutes", self._saved.late_grace_minutes)
        self.duplicate = _spin("duplicate_scan_minutes", self._saved.duplicate_scan_minutes)
        self.error = FieldError()
        self._labels = [QLabel() for _ in range(3)]
        form = QFormLayout(self)
        for label, widget in zip(self._labels, (self.operator, self.grace, self.duplicate),
                                 strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.error)
        self.operator.textEdited.connect(self._edited)
        self.grace.valueChanged.connect(self._edited)
        self.duplicate.valueChanged.connect(self._edited)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check-in desk"))
        # Each with its letter (C and W are free on the Settings page in both languages).
        texts = (self.tr("&Operator on this PC"), self.tr("Late after &closing + (min)"),
                 self.tr("Same card again &within (min)"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.operator.setPlaceholderText(
            self.tr("written into each record from now on"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- values --------------------------------------------------------------------------
    def desk_settings(self) -> DeskSettings:
        # The old single ratio stays as saved: the ratio rules (Settings) replace it.
        return replace(self._saved, late_grace_minutes=self.grace.value(),
                       duplicate_scan_minutes=self.duplicate.value())

    def is_dirty(self) -> bool:
        return (self.operator.text().strip() != self._settings.operator
                or self.desk_settings() != self._saved)

    def check(self) -> bool:
        """Refusal beside the box, nothing written; True when saving would be accepted."""
        self.error.clear_message()
        try:
            validate_desk_settings(self.desk_settings())
        except UserError as exc:
            self.error.show_message(user_message(exc))
            return False
        return True

    def save(self) -> Changes:
        """Writes what changed: the operator at once (the next record names them), the desk
        settings through the service. UserError goes to the caller."""
        self._settings.operator = self.operator.text()
        self.operator.setText(self._settings.operator)
        if self.desk_settings() == self._saved:
            return Changes()
        outcome = self._attendance.update_settings(self._center_id, self.desk_settings())
        self._saved = outcome.value
        return outcome.changes

    def revert(self) -> None:
        self.operator.setText(self._settings.operator)
        for spin, value in ((self.grace, self._saved.late_grace_minutes),
                            (self.duplicate, self._saved.duplicate_scan_minutes)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.error.clear_message()

    def reload(self) -> None:
        """Saved elsewhere (another PC, the command line): shown unless edited here."""
        if not self.is_dirty():
            self._saved = self._attendance.settings(self._center_id)
            self.revert()

    def show_error(self, error: UserError) -> None:
        self.error.show_message(user_message(error))

    def _edited(self, *_args) -> None:
        self.error.clear_message()
        self.changed.emit()
