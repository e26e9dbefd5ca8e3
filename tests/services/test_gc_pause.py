"""The collector's pause around bulk work: shared by overlapping blocks on any thread, and
always resumed (or left off when it was off)."""

from __future__ import annotations

import gc
import threading

import pytest

from asc_desk.services.gc_pause import gc_paused, start_up_done


def test_overlapping_blocks_on_two_threads_share_one_pause():
    inside, release = threading.Event(), threading.Event()

    def worker():
        with gc_paused():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    with gc_paused():
        thread.start()
        assert inside.wait(5)
        assert not gc.isenabled()
    assert not gc.isenabled()  # the worker's block is still running
    release.set()
    thread.join(5)
    assert gc.isenabled()


def test_an_error_inside_still_resumes_the_collector():
    with pytest.raises(ValueError), gc_paused():
        raise ValueError
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off():
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_what_start_up_made_is_kept_out_of_the_collectors_sight():
    before = gc.get_freeze_count()
    kept = [[] for _ in range(10)]  # made "at start": tracked by the collector
    try:
        start_up_done()
        assert gc.get_freeze_count() >= before + len(kept)
        assert gc.isenabled()  # later objects are collected as ever
    finally:
        gc.unfreeze()  # the rest of the test run as it was
