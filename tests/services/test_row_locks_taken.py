"""Writes that depend on state another PC may change wait for its per-entity lock
(`db.row_locks`): while another transaction holds the lock of a center, a child or a
caregiver, a roster import, adding a child, a change of a child, a withdrawal, a
re-enrollment, a shift edit, a leave and a clock correction wait, then go through.
PostgreSQL only (on SQLite, BEGIN IMMEDIATE already lets one writer in at a time)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import create_engine, text
from staff_scenario import LI, MONDAY, NOW, build

from asc_desk.db.row_locks import CAREGIVER, CENTER, CHILD
from asc_desk.domain.roster import ChildDraft
from asc_desk.domain.staff import LeaveDraft, ShiftDraft
from asc_desk.services.database import Database
from asc_desk.services.database_service import open_database
from asc_desk.services.roster.roster_import import RosterImport
from asc_desk.services.roster.roster_service import RosterService
from asc_desk.services.shifts.shift_service import ShiftService
from asc_desk.services.shifts.staff_clock_service import StaffClockService
from asc_desk.services.shifts.staff_service import StaffService

pytestmark = pytest.mark.postgres
WAIT_S = 0.5


@pytest.fixture
def pg_db(postgres_url: str) -> Iterator[tuple[Database, str]]:
    db, _ = open_database(postgres_url)
    yield db, postgres_url
    db.dispose()


def _waits_for(url: str, kind: int, entity_id: int, action: Callable[[], object]) -> None:
    """Hold the lock in another connection; `action` must not finish until it is let go."""
    other = create_engine(url)
    done = threading.Event()
    failure: list[BaseException] = []

    def run() -> None:
        try:
            action()
        except BaseException as exc:  # reported below
            failure.append(exc)
        finally:
            done.set()

    try:
        with other.connect() as conn, conn.begin():
            conn.execute(text("SELECT pg_advisory_xact_lock(:k, :i)"),
                         {"k": kind, "i": entity_id})
            worker = threading.Thread(target=run)
            worker.start()
            assert not done.wait(WAIT_S), "the write did not wait for the lock"
        assert done.wait(30)
        worker.join()
    finally:
        other.dispose()
    assert failure == []


def test_a_roster_import_waits_for_another_import_of_the_center(pg_db) -> None:
    db, url = pg_db
    center_id = build(db).center_id
    importer = RosterImport(db, "import", today=lambda: dt.date(2026, 11, 25))
    csv = ("编号,姓名,性别,出生日期,家长姓名,家长电话\n"
           "9001,孩子甲,男,2018-03-04,家长甲,13800000001\n").encode()
    plan = importer.preview(center_id, csv, "roster.csv")
    _waits_for(url, CENTER, center_id, lambda: importer.apply(center_id, plan))


def test_shift_edits_wait_for_the_caregiver(pg_db) -> None:
    db, url = pg_db
    scenario = build(db)
    li = scenario.ids[LI]
    shifts = ShiftService(db, "t")
    draft = ShiftDraft(li, MONDAY + dt.timedelta(days=14), dt.time(16), dt.time(18))
    edits: list = []
    _waits_for(url, CAREGIVER, li,
               lambda: edits.append(shifts.add_shift(scenario.center_id, draft)))
    _waits_for(url, CAREGIVER, li,
               lambda: shifts.delete_shifts([edits[0].added[0].id]))


def test_leave_and_clock_corrections_wait_for_the_caregiver(pg_db) -> None:
    db, url = pg_db
    scenario = build(db)
    li = scenario.ids[LI]
    staff = StaffService(db, "t")
    day = MONDAY + dt.timedelta(days=21)
    _waits_for(url, CAREGIVER, li, lambda: staff.add_leave(li, LeaveDraft(day, day)))
    clock = StaffClockService(db, "t", now=lambda: NOW)
    event = clock.clock_in(li, NOW - dt.timedelta(hours=1))
    _waits_for(url, CAREGIVER, li, lambda: clock.correct(event.event_id, "wrong person"))


def test_adding_a_child_waits_for_the_center(pg_db) -> None:
    db, url = pg_db
    center_id = build(db).center_id
    roster = RosterService(db, "t", today=lambda: dt.date(2026, 11, 25))
    # A first child outside the lock: loading pinyin and font data must not pass for waiting.
    roster.save_child(center_id, ChildDraft("孩子甲", external_id="9001",
                                            birth_date=dt.date(2018, 3, 4)))
    draft = ChildDraft("孩子乙", external_id="9002", birth_date=dt.date(2018, 3, 4))
    _waits_for(url, CENTER, center_id, lambda: roster.save_child(center_id, draft))


def test_changing_withdrawing_and_reenrolling_a_child_wait_for_the_child(pg_db) -> None:
    db, url = pg_db
    center_id = build(db).center_id
    roster = RosterService(db, "t", today=lambda: dt.date(2026, 11, 25))
    draft = ChildDraft("孩子丙", external_id="9003", birth_date=dt.date(2018, 3, 4))
    child_id = roster.save_child(center_id, draft).record.id
    changed = ChildDraft("孩子丙", external_id="9004", birth_date=dt.date(2018, 3, 4))
    _waits_for(url, CHILD, child_id, lambda: roster.save_child(center_id, changed, child_id))
    _waits_for(url, CHILD, child_id,
               lambda: roster.withdraw(child_id, dt.date(2026, 11, 25), "moved away"))
    _waits_for(url, CHILD, child_id, lambda: roster.reenroll(child_id))
    assert roster.get_child(child_id).status == "active"
    assert roster.get_child(child_id).draft.external_id == "9004"
