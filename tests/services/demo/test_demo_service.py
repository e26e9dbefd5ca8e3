"""Demo data goes only into an empty database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from asc_desk.db.models import AuditEntry, Center, Program
from asc_desk.domain.center import CenterSettings
from asc_desk.domain.errors import UserError
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database import Database
from asc_desk.services.database_service import open_database
from asc_desk.services.demo.demo_service import CENTERS, fill_demo
from asc_desk.services.roster.roster_service import RosterService


def _counts(db: Database) -> tuple[int, int, int]:
    with db.unit_of_work() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(model))
            for model in (Center, Program, AuditEntry)
        )


def test_fill_demo_fills_an_empty_database(db: Database) -> None:
    summary = fill_demo(db, seed=1, language="en", actor="demo:test")

    center = CenterService(db, "t").get_center()
    assert center is not None
    assert summary.center == center.name
    assert center.name in {name for name, _factory in CENTERS}
    assert center.language == "en"
    programs = ProgramService(db, "t").list_programs(center.id)
    assert summary.programs == len(programs) == 3
    roster = RosterService(db, "t")
    active = roster.list_roster(center.id)
    everyone = roster.list_roster(center.id, include_withdrawn=True)
    assert summary.children == len(everyone) == 60
    left = len(everyone) - len(active)
    assert left >= 1  # some children have left, as in a real roster
    assert any(r.allergies for r in everyone)
    guardian_sets = [frozenset(r.guardians) for r in everyone]
    assert len(set(guardian_sets)) < len(guardian_sets)  # siblings share their parents
    # audit: the center, 3 programs, 3 calendar changes, each child, each leaver
    assert _counts(db) == (1, 3, 7 + 60 + left)
    with db.unit_of_work() as s:
        assert set(s.scalars(select(AuditEntry.actor))) == {"demo:test"}


def test_fill_demo_is_repeatable_with_a_seed(db: Database, tmp_path: Path) -> None:
    other, _report = open_database(str(tmp_path / "other.sqlite3"))
    try:
        assert fill_demo(db, seed=5) == fill_demo(other, seed=5)
    finally:
        other.dispose()


def test_fill_demo_refuses_a_database_with_data(db: Database) -> None:
    CenterService(db, "coordinator").set_up_center(CenterSettings("真实中心", "真实工厂")).value
    before = _counts(db)

    with pytest.raises(UserError, match="already has data"):
        fill_demo(db)

    assert _counts(db) == before
    assert CenterService(db, "t").get_center().name == "真实中心"
