"""Unhandled errors: the traceback goes to the log, the user sees a short message."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("asc_desk.crash")


def crash_message(log_path: Path | None) -> str:
    text = QCoreApplication.translate(
        "CrashDialog",
        "Something went wrong. What you had saved is safe; the last action may not have "
        "been completed.",
    )
    if log_path is not None:
        text += "\n\n" + QCoreApplication.translate(
            "CrashDialog", "Details for support were written to:\n{path}"
        ).format(path=log_path)
    return text


class CrashHandler:
    """Installed as sys.excepthook while the window runs; never raises itself."""

    def __init__(self, log_path: Path | None, *, show_dialog: bool = True) -> None:
        self.log_path = log_path
        self.show_dialog = show_dialog
        self.shown = 0
        self._busy = False

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, kind: type[BaseException], value: BaseException,
                 tb: TracebackType | None) -> None:
        log.error("unhandled error", exc_info=(kind, value, tb))
        if self._busy or not self.show_dialog or QApplication.instance() is None:
            return
        self._busy = True
        try:
            self.shown += 1
            QMessageBox.critical(None, "ASC Desk", crash_message(self.log_path))
        except Exception:  # the dialog itself failed: the log already has the details
            log.exception("could not show the error dialog")
        finally:
            self._busy = False
