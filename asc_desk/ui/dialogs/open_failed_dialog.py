"""When the database cannot be opened: say why, and offer the backups if it is damaged."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from asc_desk.services.database_service import BackupEntry
from asc_desk.ui.dialogs.backup_list_dialog import choose_backup
from asc_desk.ui.task_runner import TaskRunner


def show_open_failed(parent: QWidget | None, message: str) -> None:
    title = QCoreApplication.translate("OpenFailedDialog", "Cannot open the database")
    QMessageBox.critical(parent, title, message)


def offer_restore(parent: QWidget | None, message: str,
                  list_entries: Callable[[], list[BackupEntry]], tasks: TaskRunner
                  ) -> BackupEntry | None:
    """The damaged file's message above every backup (newest good first); the confirmed
    backup, or None. The damaged file is kept in the backups folder by the restore."""
    text = message + "\n\n" + QCoreApplication.translate(
        "OpenFailedDialog",
        "Choose a backup that checks out to restore; the damaged file is kept in the backups "
        "folder.",
    )
    return choose_backup(list_entries, tasks, parent, message=text)
