"""When the database cannot be opened: say why, and offer the newest backup if it is damaged."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def show_open_failed(parent: QWidget | None, message: str) -> None:
    title = QCoreApplication.translate("OpenFailedDialog", "Cannot open the database")
    QMessageBox.critical(parent, title, message)


def offer_restore(parent: QWidget | None, message: str, backup: Path) -> bool:
    """True when the user chooses to restore `backup`; the damaged file is kept aside."""
    text = message + "\n\n" + QCoreApplication.translate(
        "OpenFailedDialog",
        "Restore the newest backup?\n{backup}\n\nThe damaged file is kept in the backups folder.",
    ).format(backup=backup.name)
    title = QCoreApplication.translate("OpenFailedDialog", "Cannot open the database")
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes
