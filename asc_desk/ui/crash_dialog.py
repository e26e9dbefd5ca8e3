"""Unhandled errors: the traceback goes to the log, the user sees a short message.

The log gets the traceback without any exception text (`logging_setup.safe_traceback`):
a database error quotes the values of the failed statement, which may be a child's name or
medical note. A UserError (a busy or full database, a lost server) that reaches this far is
not a bug: its own plain message is shown, never "something went wrong".
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from asc_desk.domain.errors import UserError
from asc_desk.logging_setup import safe_traceback
from asc_desk.ui.error_text import user_message

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
        user_error = isinstance(value, UserError)
        try:
            if user_error:
                log.warning("action refused: %s %r", type(value).__name__, value.template)
            else:
                log.error("unhandled error\n%s", safe_traceback(kind, value, tb))
        except Exception:  # pragma: no cover - logging itself failed; nothing more to do
            pass
        if self._busy or not self.show_dialog or QApplication.instance() is None:
            return
        self._busy = True
        try:
            self.shown += 1
            if user_error:
                QMessageBox.warning(None, "ASC Desk", user_message(value))
            else:
                QMessageBox.critical(None, "ASC Desk", crash_message(self.log_path))
        except Exception:  # the dialog itself failed: the log already has the details
            log.exception("could not show the error dialog")
        finally:
            self._busy = False
