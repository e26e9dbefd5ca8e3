"""Cyclic garbage collection paused while bulk work builds tens of thousands of objects, and
what start-up made kept out of its sight."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0  # blocks running now, on any thread
_was_enabled = True


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic collection inside the block; reference counting frees as usual.

    Every object an import makes stays alive to its end, yet each full collection walks all
    of them (and pypinyin's 200,000 dictionary objects) again: on 10,000 children that took
    a third of the import. The collector is process-wide (the GUI runs imports off its
    thread), so overlapping blocks share one pause, and it resumes when the last one ends."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()


def start_up_done() -> None:
    """What exists once the window is up (modules, classes, pages, SQLAlchemy's and Qt's
    tables, later pypinyin's dictionaries) lives as long as the process: frozen (gc.freeze),
    it is no longer walked by every full collection. Such a pass holds the GIL on whatever
    thread it runs, so at a desk of 5,000 children it stood the GUI thread still for
    100-250 ms now and then. Reference counting still frees these objects as ever; only a
    cycle among them that is garbage already is kept (start-up makes few)."""
    gc.freeze()
