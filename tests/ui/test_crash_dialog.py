"""An unhandled error writes its traceback to the log and shows a short message."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from asc_desk.ui.crash_dialog import CrashHandler, crash_message


def _raise_and_capture():
    try:
        raise RuntimeError(" ".join(("boom", "in", "a", "slot")))  # a value, not code
    except RuntimeError as exc:
        return type(exc), exc, exc.__traceback__


def test_traceback_goes_to_the_log_and_a_dialog_is_shown(qtbot, tmp_path, caplog):
    log_path = tmp_path / "asc-desk.log"
    handler = CrashHandler(log_path)
    seen = []

    def close_box():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()

    QTimer.singleShot(50, close_box)
    with caplog.at_level(logging.ERROR, logger="asc_desk.crash"):
        handler(*_raise_and_capture())
    assert handler.shown == 1
    assert seen and str(log_path) in seen[0]
    record = caplog.records[-1]
    # The traceback (where, which type) is logged; the exception's text is not: it may
    # quote a child's name or note (issue 11).
    logged = record.getMessage()
    assert "Traceback" in logged and "RuntimeError" in logged and "_raise_and_capture" in logged
    assert "boom in a slot" not in logged and record.exc_info is None


def test_a_user_error_shows_its_own_message_not_something_went_wrong(qtbot, tmp_path):
    from asc_desk.domain.errors import DatabaseBusyError

    handler = CrashHandler(tmp_path / "asc-desk.log")
    seen = []

    def close_box():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()

    QTimer.singleShot(50, close_box)
    error = DatabaseBusyError("The database is busy.")
    handler(type(error), error, None)
    assert seen == ["The database is busy."]


def test_message_is_short_and_says_where_the_log_is(tmp_path):
    text = crash_message(tmp_path / "x.log")
    assert "Something went wrong" in text
    assert str(tmp_path / "x.log") in text
    assert "Traceback" not in text
