"""Settings: the center's details and language, the check-in desk, the ratio rules, the
database and its backups, and what this program is (About). One Save for the page; leaving it
with unsaved changes asks first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from asc_desk import __version__
from asc_desk.domain.center import validate_center_settings
from asc_desk.domain.changes import Area, Changes
from asc_desk.domain.errors import UserError
from asc_desk.domain.ratio_rules import RatioRules, validate_ratio_rules
from asc_desk.services.center_service import CenterInfo, CenterService
from asc_desk.services.database_service import BackupEntry
from asc_desk.services.shifts.staff_service import StaffService
from asc_desk.ui.dialogs.backup_list_dialog import BackupListDialog
from asc_desk.ui.error_text import user_message
from asc_desk.ui.pages.base_page import Page
from asc_desk.ui.task_runner import Cancelled, Task, TaskRunner
from asc_desk.ui.widgets.center_form import CenterForm, FieldError
from asc_desk.ui.widgets.desk_settings_box import DeskSettingsBox
from asc_desk.ui.widgets.ratio_rules_box import RatioRulesBox
from asc_desk.ui.widgets.task_progress import TaskProgressDialog

MAX_FORM_WIDTH = 1100  # two columns; long fields across a wide screen are hard to read
SAVE, DISCARD, STAY = "save", "discard", "stay"


@dataclass(frozen=True)
class AboutInfo:
    """What Settings → About shows: never a password (the database as `display` gives it)."""

    database: str
    revision: str
    backups_folder: str | None = None  # None: a server, backed up on the server
    version: str = __version__


def ask_leave(parent: QWidget) -> str:
    """Save, discard or stay: the page has changes not saved yet."""
    # The page's own context: `parent.tr` would look these up under the parent's class.
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("SettingsPage", "Settings"),
                      QCoreApplication.translate(
                          "SettingsPage", "The settings have changes that are not saved yet."),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("SettingsPage", "S&tay here"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: SAVE,
            QMessageBox.StandardButton.Discard: DISCARD}.get(
        QMessageBox.StandardButton(answer), STAY)


class SettingsPage(Page):
    key = "settings"
    shows = Area.CENTER | Area.SETTINGS

    def __init__(self, centers: CenterService, center: CenterInfo, *, database: str,
                 is_sqlite: bool, revision: str, backup: Callable[[], str] | None,
                 desk: DeskSettingsBox | None = None, tasks: TaskRunner | None = None,
                 list_backups: Callable[[], list[BackupEntry]] | None = None,
                 restore: Callable[[BackupEntry], None] | None = None,
                 staff: StaffService | None = None, about: AboutInfo | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.tasks = tasks or TaskRunner(self)
        self.backup_task: Task | None = None
        self._centers = centers
        self._center = center
        self._staff = staff
        self._backup = backup
        self._list_backups = list_backups
        self._restore = restore
        self.ask_leave: Callable[[QWidget], str] = ask_leave  # tests answer without a box
        self.restore_dialog: BackupListDialog | None = None
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.center_box = QGroupBox()
        self.form = CenterForm()
        self.form.set_settings(center.settings)
        QVBoxLayout(self.center_box).addWidget(self.form)

        self.desk_box = desk
        self._rules: RatioRules | None = None
        self.ratio_box: QGroupBox | None = None
        self.ratio: RatioRulesBox | None = None
        if staff is not None:
            self._rules = staff.ratio_rules(center.id)
            self.ratio_box = QGroupBox()
            self.ratio = RatioRulesBox(self._rules)
            self.ratio_hint = QLabel()
            self.ratio_hint.setWordWrap(True)
            self.ratio_error = FieldError()
            ratio_layout = QVBoxLayout(self.ratio_box)
            ratio_layout.addWidget(self.ratio_hint)
            ratio_layout.addWidget(self.ratio)
            ratio_layout.addWidget(self.ratio_error)

        self.db_box = QGroupBox()
        self.db_kind_label, self.db_kind = QLabel(), QLabel()
        self._is_sqlite = is_sqlite
        self.backup_button = QPushButton()
        self.backup_button.setEnabled(backup is not None)
        self.backup_button.clicked.connect(self.back_up)
        db_form = QFormLayout(self.db_box)
        db_form.addRow(self.db_kind_label, self.db_kind)
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

        self.about = about or AboutInfo(database, revision)
        self.about_box = QGroupBox()
        about_form = QFormLayout(self.about_box)
        self.about_labels = [QLabel() for _ in range(4)]
        self.version_value = QLabel(self.about.version)
        self.schema_value = QLabel(self.about.revision)
        self.db_where = QLabel(self.about.database)
        self.backups_where = QLabel(self.about.backups_folder or "")
        for label, value in zip(self.about_labels, (self.version_value, self.schema_value,
                                                    self.db_where, self.backups_where),
                                strict=True):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            about_form.addRow(label, value)

        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(self.revert)
        self.saved_note = QLabel()
        self.saved_note.setObjectName("savedNote")

        # Two columns in a scroll area: the whole page fits 1366x768, and scrolls on a smaller
        # screen; the Save row stays in view below it.
        content = QWidget()
        content.setMaximumWidth(MAX_FORM_WIDTH)
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 8, 0)
        left = [self.center_box, *([desk] if desk else []), self.db_box]
        right = [*([self.ratio_box] if self.ratio_box else []), self.about_box]
        for boxes in (left, right):
            column = QVBoxLayout()
            for box in boxes:
                column.addWidget(box)
            column.addStretch(1)  # each box as tall as its fields, from the top
            columns.addLayout(column, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(content)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_note, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        buttons_box = QWidget()
        buttons_box.setMaximumWidth(MAX_FORM_WIDTH)
        buttons_box.setLayout(buttons)
        buttons.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons_box)
        self.form.changed.connect(self._edited)
        if desk is not None:
            desk.changed.connect(self._edited)
        if self.ratio is not None:
            self.ratio.changed.connect(self._edited)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.center_box.setTitle(self.tr("Center"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Saves every part of this page (Ctrl+S)"))
        self.revert_button.setText(self.tr("&Revert"))
        self.db_box.setTitle(self.tr("Database"))
        self.db_kind_label.setText(self.tr("Kind"))
        self.db_kind.setText(
            self.tr("SQLite file on this PC") if self._is_sqlite
            else self.tr("PostgreSQL server (shared by several PCs)")
        )
        self.backup_button.setText(self.tr("&Back up now"))
        self.restore_button.setText(self.tr("R&estore from a backup…"))
        if not self._is_sqlite:
            self.backup_button.setToolTip(self.tr("Backups of a server are made on the server."))
            self.server_note.setText(self.tr(
                "Backups and restores of a PostgreSQL server are done on the server."))
        if self.ratio_box is not None:
            self.ratio_box.setTitle(self.tr("Ratio rules"))
            self.ratio_hint.setText(self.tr(
                "How many caregivers the children need: the Today page and the shift plan "
                "count with these."))
        if self.saved_note.text():
            self.saved_note.setText(self.tr("Saved."))  # said again in the new language
        self.about_box.setTitle(self.tr("About ASC Desk"))
        for label, text in zip(self.about_labels, (
                self.tr("Version"), self.tr("Database structure"), self.tr("Database"),
                self.tr("Backups folder")), strict=True):
            label.setText(text)
        if self.about.backups_folder is None:
            self.backups_where.setText(self.tr("on the server"))

    @property
    def center(self) -> CenterInfo:
        return self._center

    # -- the one Save ----------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return (self._center_dirty() or (self.desk_box is not None and self.desk_box.is_dirty())
                or self._ratio_dirty())

    def _center_dirty(self) -> bool:
        return self.form.settings() != self._center.settings

    def _ratio_dirty(self) -> bool:
        return self.ratio is not None and self.ratio.rules() != self._rules

    def _clear_errors(self) -> None:
        self.form.clear_errors()
        if self.ratio is not None:
            self.ratio.clear_errors()
            self.ratio_error.clear_message()
        if self.desk_box is not None:
            self.desk_box.error.clear_message()

    def _show_center_error(self, exc: UserError) -> None:
        if not self.form.show_error(exc):
            QMessageBox.warning(self, self.title(), user_message(exc))

    def _show_ratio_error(self, exc: UserError) -> None:
        if self.ratio is not None and not self.ratio.show_error(exc):
            self.ratio_error.show_message(user_message(exc))
            self.scroll.ensureWidgetVisible(self.ratio_error)

    def check(self) -> bool:
        """Every part checked before anything is written: a refusal anywhere is shown beside
        its field and nothing at all is saved."""
        self._clear_errors()
        ok = True
        if self._ratio_dirty() and self.ratio is not None:
            try:
                validate_ratio_rules(self.ratio.rules())
            except UserError as exc:
                self._show_ratio_error(exc)
                ok = False
        if self.desk_box is not None and not self.desk_box.check():
            ok = False
        if self._center_dirty():
            try:
                validate_center_settings(self.form.settings())
            except UserError as exc:
                self._show_center_error(exc)  # last: the focus goes to the first box
                ok = False
        return ok

    def save(self) -> bool:
        self.saved_note.clear()
        if not self.check():
            return False
        changes = Changes()
        try:
            if self._center_dirty():
                updated = self._centers.update_center(self._center.id, self.form.settings())
                self._center = updated.value
                changes = changes | updated.changes
            if self.desk_box is not None:
                try:
                    changes = changes | self.desk_box.save()
                except UserError as exc:
                    self.desk_box.show_error(exc)
                    raise
            if self._ratio_dirty() and self.ratio is not None and self._staff is not None:
                try:
                    saved = self._staff.set_ratio_rules(self._center.id, self.ratio.rules())
                except UserError as exc:
                    self._show_ratio_error(exc)
                    raise
                self._rules = saved.value
                self.ratio.set_rules(saved.value)
                changes = changes | saved.changes
        except UserError as exc:
            if exc.field in self.form.errors:
                self._show_center_error(exc)
            self.report(changes, shown=True)  # what was saved before the refusal
            return False
        # The window follows the center (its title, the language) through the broadcast.
        self.report(changes, shown=True)
        self.saved_note.setText(self.tr("Saved."))
        return True

    def revert(self) -> None:
        self.form.set_settings(self._center.settings)
        if self.desk_box is not None:
            self.desk_box.revert()
        if self.ratio is not None and self._rules is not None:
            self.ratio.set_rules(self._rules)
            self.ratio_error.clear_message()
        self.saved_note.clear()

    def leave_ok(self) -> bool:
        """Asked by the window before another page is shown or the window closes."""
        if not self.is_dirty():
            return True
        answer = self.ask_leave(self)
        if answer == SAVE:
            return self.save()
        if answer == DISCARD:
            self.revert()
            return True
        return False

    def refresh(self) -> None:
        """Saved elsewhere (the Shifts page's ratio dialog, another PC): shown, unless the
        same part has edits here not saved yet."""
        center = self._centers.get_center()
        if center is not None and center != self._center and not self._center_dirty():
            self._center = center
            self.form.set_settings(center.settings)
        if self.desk_box is not None:
            self.desk_box.reload()
        if self.ratio is not None and self._staff is not None and not self._ratio_dirty():
            self._rules = self._staff.ratio_rules(self._center.id)
            self.ratio.set_rules(self._rules)

    def _edited(self) -> None:
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
