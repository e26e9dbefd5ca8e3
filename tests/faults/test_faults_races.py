"""Two desks (two processes) race on one child or one roster file, 50 trials each, on
SQLite and on the real PostgreSQL server: a check-out against an undo of the check-in, a
check-out against a correction (void) of the check-in, two imports of the same file, and
two desks adding a child with the same child id.
Each trial ends consistent (one of the two done, the other refused with a plain message;
the day never shows a collection without an arrival; an import all or nothing, once).

One migrated database per test; every trial works on its own child or file, so nothing is
reset or migrated again between trials. The two desks are forked once and meet at a
barrier before each trial."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import time
from collections.abc import Callable

import pytest
from fault_figures import count
from sqlalchemy import func, select

from asc_desk.db.models import Child
from asc_desk.domain.attendance_rules import OUT_BEFORE_IN, EventKind, derive_day
from asc_desk.domain.center import CenterSettings
from asc_desk.domain.errors import UserError
from asc_desk.domain.roster import ChildDraft
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database import Database
from asc_desk.services.database_service import open_database
from asc_desk.services.roster.roster_import import RosterImport
from asc_desk.services.roster.roster_service import RosterService

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the desks are forked")

TRIALS = 50
TIME_BOUND_S = 60
NOW = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)  # 17:00 in Shanghai
ARRIVED = NOW - dt.timedelta(hours=1)
FILE_ROWS = 5

Action = Callable[[Database, int], None]


def _desk(url: str, action: Action, barrier, results, prepare) -> None:
    db, _ = open_database(url)
    try:
        for trial in range(TRIALS):
            ready = prepare(db, trial) if prepare else None
            barrier.wait(timeout=TIME_BOUND_S)
            try:
                action(db, trial) if ready is None else action(db, ready)
                outcome = "done"
            except UserError as exc:
                outcome = f"refused: {exc}"
            except Exception as exc:  # reported to the test, not swallowed
                outcome = f"error {type(exc).__name__}"
            results.put((trial, outcome))
    finally:
        db.dispose()


def _race(url: str, first: Action, second: Action, prepare=None) -> dict[int, list[str]]:
    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    desks = [ctx.Process(target=_desk, args=(url, action, barrier, results, prepare))
             for action in (first, second)]
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
            p.join(timeout=10)
            if p.is_alive():
                p.kill()
    assert time.monotonic() - started < TIME_BOUND_S
    count(trials=TRIALS)
    return outcomes


def _one_done_one_refused(outcomes: list[str]) -> bool:
    return sorted(o.split(":")[0] for o in outcomes) == ["done", "refused"]


def _center(db: Database, children: int) -> tuple[int, list[int], list[int]]:
    """A center, `children` children checked in an hour ago: (center, children, check-ins)."""
    center_id = CenterService(db, "t").set_up_center(CenterSettings("星光儿童之家",
                                                                    "华彩玩具")).value.id
    RosterImport(db, "t", today=lambda: NOW.date()).add_many(center_id, [
        ChildDraft(f"孩子{i:02d}", external_id=f"R{i}", birth_date=dt.date(2018, 3, 4))
        for i in range(children)])
    with db.read() as s:
        child_ids = list(s.scalars(select(Child.id).where(Child.center_id == center_id)
                                   .order_by(Child.id)))
    desk = AttendanceService(db, "setup", now=lambda: NOW)
    arrived = desk.check_in_many(center_id, child_ids, at=ARRIVED, reason="race trial")
    return center_id, child_ids, [r.event_id for r in arrived.results]


def _day_is_whole(db: Database, child_id: int) -> tuple[int, int]:
    """(effective check-ins, effective check-outs) of the child's day, which must never
    show a collection without an arrival."""
    day = derive_day(AttendanceService(db, "t", now=lambda: NOW).history(child_id), True)
    assert OUT_BEFORE_IN not in day.problems, child_id
    kinds = [e.kind for e in day.effective]
    return kinds.count(EventKind.CHECK_IN), kinds.count(EventKind.CHECK_OUT)


def _check_out_racing(database_url: str, take_back: Callable[[AttendanceService, int], object]
                      ) -> None:
    db, _ = open_database(database_url)
    try:
        center_id, child_ids, arrivals = _center(db, TRIALS)
    finally:
        db.dispose()

    def check_out(db: Database, trial: int) -> None:
        AttendanceService(db, "desk:gate", now=lambda: NOW).check_out(
            center_id, child_ids[trial], "王芳", override_reason="race trial")

    def back(db: Database, trial: int) -> None:
        take_back(AttendanceService(db, "desk:hall", now=lambda: NOW), arrivals[trial])

    outcomes = _race(database_url, check_out, back)
    db, _ = open_database(database_url)
    try:
        for trial, child_id in enumerate(child_ids):
            assert _one_done_one_refused(outcomes[trial]), (trial, outcomes[trial])
            assert _day_is_whole(db, child_id) in ((1, 1), (0, 0)), trial
    finally:
        db.dispose()


def test_a_check_out_racing_an_undo_of_the_check_in(database_url):
    _check_out_racing(database_url, lambda desk, event_id: desk.undo(event_id))


def test_a_check_out_racing_a_correction_of_the_check_in(database_url):
    _check_out_racing(database_url,
                      lambda desk, event_id: desk.correct(event_id, "wrong child scanned"))


def _roster_file(trial: int) -> bytes:
    rows = [f"T{trial}-{i},孩子{trial:02d}{i},男,2018-03-04,家长{trial:02d}{i},"
            f"138{trial:04d}{i:04d}" for i in range(FILE_ROWS)]
    return ("编号,姓名,性别,出生日期,家长姓名,家长电话\n" + "\n".join(rows) + "\n").encode()


def test_two_imports_of_the_same_roster_file(database_url):
    db, _ = open_database(database_url)
    try:
        center_id = CenterService(db, "t").set_up_center(CenterSettings(
            "星光儿童之家", "华彩玩具")).value.id
    finally:
        db.dispose()

    def prepare(db: Database, trial: int):
        # Both computers check the file before either writes it.
        return RosterImport(db, "t", today=lambda: NOW.date()).preview(
            center_id, _roster_file(trial), f"roster-{trial}.csv")

    def apply(db: Database, plan) -> None:
        RosterImport(db, "import", today=lambda: NOW.date()).apply(center_id, plan)

    outcomes = _race(database_url, apply, apply, prepare)
    db, _ = open_database(database_url)
    try:
        with db.read() as s:
            stored = dict(s.execute(select(Child.name, func.count()).where(
                Child.center_id == center_id).group_by(Child.name)).all())
    finally:
        db.dispose()
    for trial in range(TRIALS):
        assert _one_done_one_refused(outcomes[trial]), (trial, outcomes[trial])
        refusal = next(o for o in outcomes[trial] if o.startswith("refused"))
        assert "nothing was written" in refusal
        for i in range(FILE_ROWS):
            assert stored.get(f"孩子{trial:02d}{i}") == 1, (trial, i)
    assert sum(stored.values()) == TRIALS * FILE_ROWS


def test_two_desks_adding_a_child_with_the_same_child_id(database_url):
    db, _ = open_database(database_url)
    try:
        center_id = CenterService(db, "t").set_up_center(CenterSettings(
            "星光儿童之家", "华彩玩具")).value.id
    finally:
        db.dispose()

    def adding(name: str) -> Action:
        def add(db: Database, trial: int) -> None:
            RosterService(db, f"desk:{name}", today=lambda: NOW.date()).save_child(
                center_id, ChildDraft(f"{name}{trial:02d}", external_id=f"S{trial}",
                                      birth_date=dt.date(2018, 3, 4)))
        return add

    outcomes = _race(database_url, adding("王小明"), adding("李小红"))
    db, _ = open_database(database_url)
    try:
        with db.read() as s:
            stored = dict(s.execute(select(Child.external_id, func.count()).where(
                Child.center_id == center_id).group_by(Child.external_id)).all())
    finally:
        db.dispose()
    for trial in range(TRIALS):
        assert _one_done_one_refused(outcomes[trial]), (trial, outcomes[trial])
        refusal = next(o for o in outcomes[trial] if o.startswith("refused"))
        assert f"S{trial}" in refusal and "already used" in refusal, refusal
        assert stored.get(f"S{trial}") == 1, trial
    assert sum(stored.values()) == TRIALS
