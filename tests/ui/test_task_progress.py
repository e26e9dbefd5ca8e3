"""The progress box of a background task: it shows how far the work is, Esc cancels it, and it
closes by itself when the work ends."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from asc_desk.ui.widgets.task_progress import TaskProgressDialog


@pytest.fixture
def window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(600, 400)
    window.show()
    return window


def slow_work(step: threading.Event):
    def work(progress):
        for done in range(1, 101):
            step.wait(5)
            progress(done, 100)
        return "finished"
    return work


def test_the_box_shows_progress_and_closes_when_the_work_ends(qtbot, runner, window):
    step = threading.Event()
    task = runner.start(slow_work(step))
    dialog = TaskProgressDialog(task, "Checking hr.csv…", window, show_after_ms=0)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.label.text() == "Checking hr.csv…"
    assert dialog.isModal() or dialog.windowModality() == Qt.WindowModality.WindowModal
    step.set()
    with qtbot.waitSignal(task.done, timeout=10_000):
        pass
    assert dialog.bar.maximum() == 100 and dialog.bar.value() == 100
    assert not dialog.isVisible()


def test_esc_cancels_the_work(qtbot, runner, window):
    step = threading.Event()
    task = runner.start(slow_work(step))
    outcome = []
    task.cancelled.connect(lambda: outcome.append("cancelled"))
    task.done.connect(lambda _r: outcome.append("done"))
    dialog = TaskProgressDialog(task, "Importing hr.csv…", window, show_after_ms=0)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.label.text() == "Cancelling…"
    assert not dialog.cancel_button.isEnabled()
    assert dialog.isVisible()  # until the work has really stopped
    step.set()
    with qtbot.waitSignal(task.ended, timeout=10_000):
        pass
    assert outcome == ["cancelled"]
    assert not dialog.isVisible()


def test_a_quick_task_never_shows_the_box(qtbot, runner, window):
    task = runner.start(lambda progress: 1)
    dialog = TaskProgressDialog(task, "Quick", window)
    shown = []
    dialog.open = lambda: shown.append(True)
    with qtbot.waitSignal(dialog.destroyed, timeout=5000):  # the box goes when the task ends
        pass
    qtbot.wait(400)
    assert shown == []
