"""Settings: the center's details and language, and which database is in use."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from asc_desk.domain.changes import Area, Changes
from asc_desk.domain.errors import UserError
from asc_desk.services.center_service import CenterInfo, CenterService
from asc_desk.services.database_service import BackupEntry
from asc_desk.ui.dialogs.backup_list_dialog import BackupListDialog
from asc_desk.ui.error_text import user_message
from asc_desk.ui.pages.base_page import Page
from asc_desk.ui.task_runner import Cancelled, Task, TaskRunner
from asc_desk.ui.widgets.center_form import CenterForm
from asc_desk.ui.widgets.desk_settings_box import DeskSettingsBox
from asc_desk.ui.widgets.task_progress import TaskProgressDialog

MAX_FORM_WIDTH = 820


class SettingsPage(Page):
    key = "settings"
    shows = Area.CENTER | Area.SETTINGS

    def __init__(self, centers: CenterService, center: CenterInfo, *, database: str,
                 is_sqlite: bool, revision: str, backup: Callable[[], str] | None,
                 desk: DeskSettingsBox | None = None, tasks: TaskRunner | None = None,
                 list_backups: Callable[[], list[BackupEntry]] | None = None,
                 restore: Callable[[BackupEntry], None] | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.tasks = tasks or TaskRunner(self)
        self.backup_task: Task | None = None
        self._centers = centers
        self._center = center
        self._backup = backup
        self._list_backups = list_backups
        self._restore = restore
        self.restore_dialog: BackupListDialog | None = None
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
        self.restore_button = QPushButton()
        self.restore_button.setEnabled(is_sqlite and list_backups is not None
                                       and restore is not None)
        self.restore_button.clicked.connect(self.choose_restore)
        backup_row.addWidget(self.restore_button)
        backup_row.addStretch(1)
        db_form.addRow("", backup_row)
        self.server_note = QLabel()
        self.server_note.setWordWrap(True)
        self.server_note.setVisible(not is_sqlite)
        db_form.addRow("", self.server_note)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.heading)
        self.desk_box = desk
        if desk is not None:
            desk.saved.connect(lambda: self.report(Changes(Area.SETTINGS), shown=True))
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
        self.restore_button.setText(self.tr("R&estore from a backup…"))
        if not self._is_sqlite:
            self.backup_button.setToolTip(self.tr("Backups of a server are made on the server."))
            self.server_note.setText(self.tr(
                "Backups and restores of a PostgreSQL server are done on the server."))

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
        self._center = updated.value
        # The window follows the center (its title, the language) through the broadcast.
        self.report(updated.changes, shown=True)
        self.saved_note.setText(self.tr("Saved."))
        return True

    def refresh(self) -> None:
        """The center changed elsewhere (another window of this PC): show it."""
        center = self._centers.get_center()
        if center is not None and center != self._center:
            self._center = center
            self.form.set_settings(center.settings)

    def revert(self) -> None:
        self.form.set_settings(self._center.settings)
        self.saved_note.clear()

    def back_up(self) -> Task | None:
        """Copies the database off the GUI thread (a large file takes a while); Cancel stops
        it before the copy is kept."""
        if self._backup is None or (self.backup_task is not None and self.backup_task.running):
            return None
        backup = self._backup

        def work(progress) -> str:
            progress.check()
            path = backup()
            if progress.cancelled:  # too late to stop the copy: do not keep it
                Path(path).unlink(missing_ok=True)
                raise Cancelled
            return path

        task = self.backup_task = self.tasks.start(work)
        TaskProgressDialog(task, self.tr("Backing up the database…"), self)
        self.backup_button.setEnabled(False)
        task.ended.connect(lambda: self.backup_button.setEnabled(True))
        task.done.connect(self._backed_up)
        task.failed.connect(self._backup_failed)
        return task

    def _backed_up(self, path: str) -> None:
        self._message(QMessageBox.Icon.Information,
                      self.tr("The database was backed up to:\n{path}").format(path=path))

    def _backup_failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self._message(QMessageBox.Icon.Warning, user_message(error))

    def _message(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        """Window-modal, not blocking (the work has ended on another thread)."""
        box = QMessageBox(icon, self.tr("Backup"), text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.finished.connect(box.deleteLater)
        self.backup_box = box
        box.open()
        return box

    # -- restore ---------------------------------------------------------
    def choose_restore(self) -> BackupListDialog | None:
        """Every backup, read in the background; the confirmed one goes to `restore`, which
        closes the window before the file is replaced."""
        if self._list_backups is None or self._restore is None:
            return None
        dialog = self.restore_dialog = BackupListDialog(
            self._list_backups, self.tasks, self)
        dialog.accepted.connect(lambda: self._restore_chosen(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _restore_chosen(self, dialog: BackupListDialog) -> None:
        if dialog.chosen is not None and self._restore is not None:
            self._restore(dialog.chosen)
