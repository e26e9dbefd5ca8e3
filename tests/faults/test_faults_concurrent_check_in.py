"""Two desks (two processes) check in the same card at the same moment: one record.

The in-test `check_in_once` is what the attendance service does, reduced to its core: in
one unit of work, lock the child (`db.row_locks.lock_children`), read the day's records,
insert unless one is there. A short pause between the read and the insert widens the race
window, so a missing lock shows up as duplicates within a few trials (the control run).
"""

from __future__ import annotations

import multiprocessing
import os
import time

import pytest
from fault_figures import count
from sqlalchemy import func, select

from asc_desk.db.models import AuditEntry
from asc_desk.db.row_locks import lock_children
from asc_desk.services.database_service import open_database

TRIALS = 50
CHILD = 7
PAUSE_S = 0.005
TIME_BOUND_S = 30


def check_in_once(db, trial: int, *, lock: bool) -> bool:
    """True when this desk recorded the check-in, False when it saw it already there."""
    with db.unit_of_work() as s:
        if lock:
            lock_children(s, [CHILD])
        seen = s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "trial-check-in", AuditEntry.entity_id == str(trial)))
        time.sleep(PAUSE_S)
        if seen:
            return False
        s.add(AuditEntry(actor="desk", entity="trial-check-in", entity_id=str(trial),
                         action="check_in", after={"child": CHILD}))
        return True


def _desk(url: str, barrier, results, lock: bool) -> None:
    db, _ = open_database(url)
    try:
        for trial in range(TRIALS):
            barrier.wait(timeout=TIME_BOUND_S)
            try:
                results.put((trial, "recorded" if check_in_once(db, trial, lock=lock)
                             else "repeat"))
            except Exception as exc:  # reported to the test, not swallowed
                results.put((trial, f"error {type(exc).__name__}: {exc}"))
    finally:
        db.dispose()


def _race(url: str, *, lock: bool) -> tuple[dict[int, list[str]], dict[str, int]]:
    db, _ = open_database(url)
    db.dispose()
    # fork: the desks start in milliseconds with everything imported (spawn costs seconds)
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    desks = [ctx.Process(target=_desk, args=(url, barrier, results, lock)) for _ in range(2)]
    started = time.monotonic()
    for p in desks:
        p.start()
    outcomes: dict[int, list[str]] = {}
    try:
        for _ in range(2 * TRIALS):
            trial, outcome = results.get(timeout=TIME_BOUND_S)
            outcomes.setdefault(trial, []).append(outcome)
    finally:
        for p in desks:
            p.join(timeout=5)
            if p.is_alive():
                p.kill()
    assert time.monotonic() - started < TIME_BOUND_S
    db, _ = open_database(url)
    try:
        with db.read() as s:
            stored = dict(s.execute(
                select(AuditEntry.entity_id, func.count()).where(
                    AuditEntry.entity == "trial-check-in").group_by(AuditEntry.entity_id)).all())
    finally:
        db.dispose()
    return outcomes, stored


def test_the_same_card_at_two_desks_records_once(database_url):
    outcomes, stored = _race(database_url, lock=True)
    errors = [o for results in outcomes.values() for o in results if o.startswith("error")]
    assert errors == []
    for trial in range(TRIALS):
        assert sorted(outcomes[trial]) == ["recorded", "repeat"], trial
        assert stored[str(trial)] == 1, trial
    count(trials=TRIALS, confirmed=TRIALS)


@pytest.mark.postgres
def test_without_the_lock_postgresql_records_twice(postgres_url):
    """The control: the same race without `lock_children` does record duplicates on
    PostgreSQL's READ COMMITTED, so the test above would see a missing lock."""
    outcomes, stored = _race(postgres_url, lock=False)
    assert any(count > 1 for count in stored.values())
