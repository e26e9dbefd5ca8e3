"""Long work off the GUI thread: the one helper every page uses, with progress and cancel;
results, errors and progress always come back on the GUI thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)

# Progress reaches the GUI at most this often: a queue of thousands of updates would make the
# window slower than the work it reports on.
PROGRESS_INTERVAL = 0.05


class Cancelled(Exception):
    """Raised inside the work when the user has cancelled: the task then ends as cancelled."""


class Progress:
    """What the work is given: report how far it is; a report after a cancel stops the work.

    Services take it as a plain `progress(done, total)` callable, so they know nothing of Qt.
    Raising `Cancelled` from inside a unit of work rolls its transaction back.
    """

    def __init__(self, relay: _Relay, cancel: threading.Event) -> None:
        self._relay, self._cancel = relay, cancel
        self._last = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def __call__(self, done: int, total: int) -> None:
        self.check()
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL or done >= total:
            self._last = now
            self._relay.progressed.emit(done, total)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, so every connection is a queued one."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    stopped = Signal()


class Task(QObject):
    """One piece of work: connect to its signals, cancel it, ask whether it still runs.

    Exactly one of `done`, `failed` or `cancelled` is emitted, then `ended`. Work that had
    finished before a cancel reached it reports `done` (an import that committed did happen).
    """

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    ended = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = True
        self.cancel_event = threading.Event()
        self.relay = _Relay(self)
        self.relay.progressed.connect(self._progressed)
        self.relay.succeeded.connect(self._succeeded)
        self.relay.failed.connect(self._failed)
        self.relay.stopped.connect(self._stopped)

    def cancel(self) -> None:
        self.cancel_event.set()

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self.running:
            self.progressed.emit(done, total)

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self._end(self.done, result)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self._end(self.failed, error)

    @Slot()
    def _stopped(self) -> None:
        self._end(self.cancelled)

    def _end(self, signal, *args) -> None:
        self.running = False
        try:
            signal.emit(*args)
        finally:
            self.ended.emit()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress,
                 relay: _Relay) -> None:
        super().__init__()
        self._work, self._progress, self._relay = work, progress, relay

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Cancelled:
            self._relay.stopped.emit()
        except BaseException as exc:  # noqa: BLE001 (handed to the GUI thread, which decides)
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Starts work on its own small thread pool and keeps each task alive until it ends."""

    def __init__(self, parent: QObject | None = None, *, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._tasks: set[Task] = set()

    def start(self, work: Callable[[Progress], Any]) -> Task:
        """Run `work(progress)` off the GUI thread; connect to the returned task at once
        (nothing it reports can arrive before control returns to the event loop)."""
        # No Qt parent: the task lives while the runner or the caller holds it, so a caller
        # may still read `running` after the end.
        task = Task()
        self._tasks.add(task)
        task.ended.connect(lambda: QTimer.singleShot(0, lambda: self._tasks.discard(task)))
        self._pool.start(_Runnable(work, Progress(task.relay, task.cancel_event), task.relay))
        return task

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def wait_idle(self, timeout_ms: int = 60_000) -> bool:
        """Block until every task has ended and reported (tests, screenshots, closing)."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self._tasks and time.monotonic() < deadline:
            self._pool.waitForDone(20)
            QCoreApplication.processEvents()
        return not self._tasks
