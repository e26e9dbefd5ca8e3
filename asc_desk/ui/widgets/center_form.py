"""The center's name, factory, time zone and language, with a message beside each field."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from asc_desk.domain.center import DEFAULT_TIME_ZONE, NAME_MAX, CenterSettings
from asc_desk.domain.errors import UserError
from asc_desk.ui.error_text import user_message
from asc_desk.ui.i18n import LANGUAGE_NAMES

COMMON_ZONES = [DEFAULT_TIME_ZONE, "Asia/Hong_Kong", "Asia/Taipei", "Asia/Macau",
                "Asia/Ho_Chi_Minh", "Asia/Bangkok", "Asia/Jakarta", "Asia/Kuala_Lumpur"]


def _zones() -> list[str]:
    rest = sorted(z for z in available_timezones() if "/" in z and z not in COMMON_ZONES)
    return COMMON_ZONES + rest


class FieldError(QLabel):
    """Red text under a field; the text itself says what is wrong, so grey prints work."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        # Set here, not only in the window's style sheet: dialogs are windows of their own.
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText("⚠ " + text)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()


class CenterForm(QWidget):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.factory_name = QLineEdit()
        self.factory_name.setMaxLength(NAME_MAX)
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.addItems(_zones())
        self.time_zone.setCurrentText(DEFAULT_TIME_ZONE)
        self.language = QComboBox()
        for code, label in LANGUAGE_NAMES.items():
            self.language.addItem(label, code)
        fields = ("name", "factory_name", "time_zone", "language")
        self.errors = {key: FieldError() for key in fields}
        self._labels = {key: QLabel() for key in self.errors}
        form = QFormLayout()
        for key, widget in (("name", self.name), ("factory_name", self.factory_name),
                            ("time_zone", self.time_zone), ("language", self.language)):
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(self.errors[key])
            self._labels[key].setBuddy(widget)
            form.addRow(self._labels[key], box)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(form)
        for edit in (self.name, self.factory_name):
            edit.textEdited.connect(self._on_edit)
        self.time_zone.currentTextChanged.connect(self._on_edit)
        self.language.currentIndexChanged.connect(self._on_edit)
        self.retranslate()

    def retranslate(self) -> None:
        self._labels["name"].setText(self.tr("Center &name"))
        self._labels["factory_name"].setText(self.tr("&Factory"))
        self._labels["time_zone"].setText(self.tr("&Time zone"))
        self._labels["language"].setText(self.tr("&Language"))
        self.name.setPlaceholderText(self.tr("e.g. Starlight Children's Home"))
        self.factory_name.setPlaceholderText(self.tr("e.g. Dongguan Huacai Toys Co., Ltd."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def settings(self) -> CenterSettings:
        return CenterSettings(
            name=self.name.text(),
            factory_name=self.factory_name.text(),
            time_zone=self.time_zone.currentText().strip(),
            language=str(self.language.currentData()),
        )

    def set_settings(self, settings: CenterSettings) -> None:
        self.name.setText(settings.name)
        self.factory_name.setText(settings.factory_name)
        self.time_zone.setCurrentText(settings.time_zone)
        self.set_language(settings.language)
        self.clear_errors()

    def set_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def show_error(self, error: UserError) -> bool:
        """Put the message beside its field; False when the error belongs to no field here."""
        label = self.errors.get(error.field or "")
        if label is None:
            return False
        label.show_message(user_message(error))
        widget = {"name": self.name, "factory_name": self.factory_name,
                  "time_zone": self.time_zone, "language": self.language}[error.field or ""]
        widget.setFocus()
        return True

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_message()

    def _on_edit(self, *_args) -> None:
        self.clear_errors()
        self.changed.emit()
