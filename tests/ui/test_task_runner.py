"""The background task helper: work runs on another thread, and its result, error, progress
and cancellation come back on the GUI thread."""

from __future__ import annotations

import threading

import pytest

from asc_desk.ui.task_runner import Cancelled


def test_the_result_comes_back_on_the_gui_thread(qtbot, runner):
    gui = threading.get_ident()
    seen = {}

    def work(progress):
        seen["work"] = threading.get_ident()
        return 42

    task = runner.start(work)
    task.done.connect(lambda result: seen.update(result=result, slot=threading.get_ident()))
    with qtbot.waitSignal(task.ended, timeout=5000):
        pass
    assert seen["work"] != gui
    assert seen["slot"] == gui and seen["result"] == 42
    assert not task.running


def test_progress_arrives_in_order_and_ends_with_the_total(qtbot, runner):
    reports = []

    def work(progress):
        for done in range(1, 20_001):
            progress(done, 20_000)
        return "ok"

    task = runner.start(work)
    task.progressed.connect(lambda done, total: reports.append((done, total)))
    with qtbot.waitSignal(task.done, timeout=10_000):
        pass
    assert reports[-1] == (20_000, 20_000)
    assert [d for d, _ in reports] == sorted(d for d, _ in reports)
    assert len(reports) < 1000  # throttled: the GUI is not flooded with 20,000 updates


def test_cancel_stops_the_work_and_reports_cancelled_not_done(qtbot, runner):
    started = threading.Event()
    outcome = []

    def work(progress):
        started.set()
        while True:  # stops only through the cancel
            progress(1, 2)
            threading.Event().wait(0.005)

    task = runner.start(work)
    task.done.connect(lambda _r: outcome.append("done"))
    task.cancelled.connect(lambda: outcome.append("cancelled"))
    assert started.wait(5)
    task.cancel()
    with qtbot.waitSignal(task.ended, timeout=5000):
        pass
    assert outcome == ["cancelled"]


def test_work_that_finished_before_the_cancel_reports_done(qtbot, runner):
    task = runner.start(lambda progress: "committed")
    task.cancel()  # too late to stop anything: the work never asks again
    with qtbot.waitSignal(task.done, timeout=5000) as blocker:
        pass
    assert blocker.args == ["committed"]


def test_an_error_is_handed_to_the_gui_thread(qtbot, runner):
    def work(progress):
        raise ValueError("bad row")

    task = runner.start(work)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], ValueError) and str(blocker.args[0]) == "bad row"


def test_check_raises_once_cancelled(runner):
    from asc_desk.ui.task_runner import Progress, Task

    task = Task()
    progress = Progress(task.relay, task.cancel_event)
    progress.check()
    task.cancel()
    assert progress.cancelled
    with pytest.raises(Cancelled):
        progress.check()


def test_wait_idle_delivers_every_result(qtbot, runner):
    results = []
    for n in range(5):
        task = runner.start(lambda progress, n=n: n * n)
        task.done.connect(results.append)
    assert runner.wait_idle(10_000)
    assert sorted(results) == [0, 1, 4, 9, 16]
    assert not runner.busy
