"""Settings of the check-in desk: who operates this PC, late grace, duplicate scans, ratio."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

from asc_desk.domain.desk_settings import DeskSettings, allowed_range
from asc_desk.domain.errors import UserError
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.ui.app_settings import AppSettings
from asc_desk.ui.error_text import user_message
from asc_desk.ui.widgets.center_form import FieldError


def _spin(name: str, value: int) -> QSpinBox:
    low, high = allowed_range(name)
    return QSpinBox(minimum=low, maximum=high, value=value)


class DeskSettingsBox(QGroupBox):
    saved = Signal()  # the desk settings (and the operator) were saved

    def __init__(self, attendance: AttendanceService, center_id: int, settings: AppSettings,
                 parent=None) -> None:
        super().__init__(parent)
        self._attendance = attendance
        self._center_id = center_id
        self._settings = settings
        current = attendance.settings(center_id)
        self.operator = QLineEdit(settings.operator)
        self.operator.setMaxLength(50)
        self.grace = _spin("late_grace_minutes", current.late_grace_minutes)
        self.duplicate = _spin("duplicate_scan_minutes", current.duplicate_scan_minutes)
        self.ratio = _spin("children_per_caregiver", current.children_per_caregiver)
        self.error = FieldError()
        self.note = QLabel()
        self.note.setObjectName("savedNote")
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self._labels = [QLabel() for _ in range(4)]
        form = QFormLayout(self)
        for label, widget in zip(self._labels, (self.operator, self.grace, self.duplicate,
                                                self.ratio), strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.save_button)
        form.addRow(self.error)
        form.addRow(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check-in desk"))
        texts = (self.tr("&Operator on this PC"), self.tr("Late after closing + (min)"),
                 self.tr("Same card again within (min)"), self.tr("Children per caregiver"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.operator.setPlaceholderText(
            self.tr("written into each record from now on"))
        self.save_button.setText(self.tr("Save desk settings"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save(self) -> bool:
        self.error.clear_message()
        try:
            self._attendance.update_settings(self._center_id, DeskSettings(
                self.grace.value(), self.duplicate.value(), self.ratio.value()))
        except UserError as exc:
            self.error.show_message(user_message(exc))
            return False
        self._settings.operator = self.operator.text()
        self.note.setText(self.tr("Saved."))
        self.saved.emit()
        return True
