"""First run on an empty database: asks for the center, the factory, time zone and language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout

from asc_desk.domain.center import CenterSettings
from asc_desk.domain.errors import UserError
from asc_desk.services.center_service import CenterInfo, CenterService
from asc_desk.ui.error_text import user_message
from asc_desk.ui.widgets.center_form import CenterForm


class FirstRunDialog(QDialog):
    def __init__(self, centers: CenterService, default_language: str,
                 on_language: Callable[[str], None] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._centers = centers
        self._on_language = on_language
        self.center: CenterInfo | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = CenterForm()
        self.form.set_language(default_language)
        self.form.language.currentIndexChanged.connect(self._language_picked)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        self.form.name.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to ASC Desk"))
        self.intro.setText(self.tr(
            "This database is new. Tell ASC Desk about your center; "
            "you can change it later in Settings."
        ))

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_picked(self) -> None:
        if self._on_language is not None:
            self._on_language(str(self.form.language.currentData()))

    def settings(self) -> CenterSettings:
        return self.form.settings()

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            self.center = self._centers.set_up_center(self.form.settings()).value
        except UserError as exc:
            if not self.form.show_error(exc):
                QMessageBox.warning(self, self.windowTitle(), user_message(exc))
            self.adjustSize()  # make room for the message instead of squeezing the fields
            return
        super().accept()
