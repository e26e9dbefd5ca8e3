"""Two desks (two processes) scan the same card at the same moment, through the real
attendance service: one check-in is recorded, the other desk is told it was just recorded.
50 children, one race each, on SQLite and on PostgreSQL."""

from __future__ import annotations

import multiprocessing
import os
import time

from fault_figures import count
from sqlalchemy import func, select

from asc_desk.db.models import AttendanceEventRow
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database_service import open_database
from asc_desk.services.demo.demo_service import fill_demo
from asc_desk.services.roster.roster_service import RosterService

TRIALS = 50
TIME_BOUND_S = 120


def _desk(url: str, name: str, center_id: int, child_ids, barrier, results) -> None:
    db, _ = open_database(url)
    desk = AttendanceService(db, f"desk:{name}")
    try:
        for child_id in child_ids:
            barrier.wait(timeout=TIME_BOUND_S)
            try:
                # A reason, so the race does not depend on today's calendar.
                result = desk.check_in(center_id, child_id, reason="race trial")
                results.put((child_id, "repeat" if result.duplicate else "recorded"))
            except Exception as exc:  # reported to the test, not swallowed
                results.put((child_id, f"error {type(exc).__name__}"))
    finally:
        db.dispose()


def test_one_card_at_two_desks_is_recorded_once(database_url):
    db, _ = open_database(database_url)
    try:
        fill_demo(db, children=TRIALS + 10)
        center_id = CenterService(db, "t").get_center().id
        child_ids = [r.id for r in RosterService(db, "t").list_roster(center_id)
                     if r.status == "active"][:TRIALS]
    finally:
        db.dispose()
    assert len(child_ids) == TRIALS
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    desks = [ctx.Process(target=_desk, args=(database_url, name, center_id, child_ids,
                                             barrier, results)) for name in ("gate", "hall")]
    started = time.monotonic()
    for p in desks:
        p.start()
    outcomes: dict[int, list[str]] = {}
    try:
        for _ in range(2 * TRIALS):
            child_id, outcome = results.get(timeout=TIME_BOUND_S)
            outcomes.setdefault(child_id, []).append(outcome)
    finally:
        for p in desks:
            p.join(timeout=10)
            if p.is_alive():
                p.kill()
    assert time.monotonic() - started < TIME_BOUND_S
    db, _ = open_database(database_url)
    try:
        with db.read() as s:
            stored = dict(s.execute(
                select(AttendanceEventRow.child_id, func.count())
                .where(AttendanceEventRow.child_id.in_(child_ids),
                       AttendanceEventRow.override_reason == "race trial")
                .group_by(AttendanceEventRow.child_id)).all())
    finally:
        db.dispose()
    for child_id in child_ids:
        assert sorted(outcomes[child_id]) == ["recorded", "repeat"], (child_id,
                                                                      outcomes[child_id])
        assert stored[child_id] == 1, child_id
    count(trials=TRIALS, confirmed=TRIALS)
