"""Settings: the center's details and language, and which database is in use."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.errors import UserError
from asc_desk.services.center_service import CenterInfo, CenterService
from asc_desk.ui.error_text import user_message
from asc_desk.ui.pages.base_page import Page
from asc_desk.ui.widgets.center_form import CenterForm

MAX_FORM_WIDTH = 820


class SettingsPage(Page):
    key = "settings"
    center_changed = Signal(object)  # CenterInfo

    def __init__(self, centers: CenterService, center: CenterInfo, *, database: str,
                 is_sqlite: bool, revision: str, backup: Callable[[], str] | None,
                 desk: QWidget | None = None, parent=None) -> None:
        super().__init__(parent)
        self._centers = centers
        self._center = center
        self._backup = backup
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.center_box = QGroupBox()
        self.form = CenterForm()
        self.form.set_settings(center.settings)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(self.revert)
        self.saved_note = QLabel()
        self.saved_note.setObjectName("savedNote")
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_note, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        center_layout = QVBoxLayout(self.center_box)
        center_layout.addWidget(self.form)
        center_layout.addLayout(buttons)

        self.db_box = QGroupBox()
        self.db_kind_label, self.db_kind = QLabel(), QLabel()
        self.db_where_label, self.db_where = QLabel(), QLabel(database)
        self.db_where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.db_where.setWordWrap(True)
        self.db_schema_label, self.db_schema = QLabel(), QLabel(revision)
        self._is_sqlite = is_sqlite
        self.backup_button = QPushButton()
        self.backup_button.setEnabled(backup is not None)
        self.backup_button.clicked.connect(self.back_up)
        db_form = QFormLayout(self.db_box)
        db_form.addRow(self.db_kind_label, self.db_kind)
        db_form.addRow(self.db_where_label, self.db_where)
        db_form.addRow(self.db_schema_label, self.db_schema)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_button)
        backup_row.addStretch(1)
        db_form.addRow("", backup_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.heading)
        self.desk_box = desk
        for box in (self.center_box, *([desk] if desk else []), self.db_box):
            # Long fields across a wide screen are hard to read; keep the form compact.
            box.setMaximumWidth(MAX_FORM_WIDTH)
            layout.addWidget(box)
        layout.addStretch(1)
        self.form.changed.connect(lambda: self.saved_note.clear())
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.center_box.setTitle(self.tr("Center"))
        self.save_button.setText(self.tr("&Save"))
        self.revert_button.setText(self.tr("&Revert"))
        self.db_box.setTitle(self.tr("Database"))
        self.db_kind_label.setText(self.tr("Kind"))
        self.db_kind.setText(
            self.tr("SQLite file on this PC") if self._is_sqlite
            else self.tr("PostgreSQL server (shared by several PCs)")
        )
        self.db_where_label.setText(self.tr("Location"))
        self.db_schema_label.setText(self.tr("Schema version"))
        self.backup_button.setText(self.tr("&Back up now"))
        if not self._is_sqlite:
            self.backup_button.setToolTip(self.tr("Backups of a server are made on the server."))

    @property
    def center(self) -> CenterInfo:
        return self._center

    def save(self) -> bool:
        self.form.clear_errors()
        try:
            updated = self._centers.update_center(self._center.id, self.form.settings())
        except UserError as exc:
            if not self.form.show_error(exc):
                QMessageBox.warning(self, self.title(), user_message(exc))
            return False
        self._center = updated
        self.center_changed.emit(updated)
        self.saved_note.setText(self.tr("Saved."))
        return True

    def revert(self) -> None:
        self.form.set_settings(self._center.settings)
        self.saved_note.clear()

    def back_up(self) -> None:
        if self._backup is None:
            return
        try:
            path = self._backup()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Backup"), user_message(exc))
            return
        QMessageBox.information(self, self.tr("Backup"),
                                self.tr("The database was backed up to:\n{path}").format(path=path))
