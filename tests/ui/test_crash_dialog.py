"""An unhandled error writes its traceback to the log and shows a short message."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from asc_desk.ui.crash_dialog import CrashHandler, crash_message


def _raise_and_capture():
    try:
        raise RuntimeError("boom in a slot")
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
    assert record.exc_info and "boom in a slot" in str(record.exc_info[1])


def test_message_is_short_and_says_where_the_log_is(tmp_path):
    text = crash_message(tmp_path / "x.log")
    assert "Something went wrong" in text
    assert str(tmp_path / "x.log") in text
    assert "Traceback" not in text
