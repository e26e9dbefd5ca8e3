"""Programs: added after validation, no two with one name in a center, audited."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from asc_desk.db.models import AuditEntry
from asc_desk.domain.center import CenterSettings
from asc_desk.domain.errors import ValidationError
from asc_desk.domain.program import MONDAY_TO_FRIDAY, ProgramKind, ProgramSpec, weekday_mask
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database import Database

SUMMER = ProgramSpec("2026暑期班", ProgramKind.HOLIDAY, dt.date(2026, 7, 6), dt.date(2026, 8, 28),
                     weekday_mask([0, 1, 2, 3, 4, 5]), dt.time(7, 30), dt.time(19, 30))
AUTUMN = ProgramSpec("2026秋季学期课后班", ProgramKind.TERM, dt.date(2026, 9, 1),
                     dt.date(2027, 1, 22), MONDAY_TO_FRIDAY, dt.time(16, 30), dt.time(20, 30))


@pytest.fixture
def center_id(db: Database) -> int:
    return CenterService(db, "setup").set_up_center(CenterSettings("星光儿童之家", "华彩玩具")).value.id


def _program_audit(db: Database) -> list[AuditEntry]:
    with db.unit_of_work() as s:
        return list(s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "program").order_by(AuditEntry.id)
        ))


def test_add_program_stores_it_and_writes_audit(db: Database, center_id: int) -> None:
    service = ProgramService(db, "coordinator:li")

    autumn = service.add_program(center_id, AUTUMN).value
    summer = service.add_program(center_id, SUMMER).value

    assert (autumn.name, autumn.kind, autumn.weekdays) == (AUTUMN.name, ProgramKind.TERM,
                                                           MONDAY_TO_FRIDAY)
    assert (autumn.opens_at, autumn.closes_at) == (dt.time(16, 30), dt.time(20, 30))
    assert service.list_programs(center_id) == [summer, autumn]  # by first day
    first, second = _program_audit(db)
    assert first.actor == "coordinator:li"
    assert (first.entity_id, first.action, first.before) == (str(autumn.id), "create", None)
    assert first.after == {
        "name": "2026秋季学期课后班", "kind": "term", "first_day": "2026-09-01",
        "last_day": "2027-01-22", "weekdays": MONDAY_TO_FRIDAY, "opens_at": "16:30",
        "closes_at": "20:30", "open_on_public_holidays": False,
        "adjusted_workday_counts": True,
    }
    assert second.entity_id == str(summer.id)


def test_add_program_trims_the_name(db: Database, center_id: int) -> None:
    spec = ProgramSpec("  2027寒假班 ", ProgramKind.HOLIDAY, dt.date(2027, 1, 25),
                       dt.date(2027, 2, 26), MONDAY_TO_FRIDAY, dt.time(7, 30), dt.time(19, 0))
    assert ProgramService(db, "c").add_program(center_id, spec).value.name == "2027寒假班"


@pytest.mark.parametrize("changes, field", [
    ({"name": "   "}, "name"),
    ({"name": "班" * 101}, "name"),
    ({"last_day": dt.date(2026, 8, 31)}, "last_day"),
    ({"weekdays": 0}, "weekdays"),
    ({"closes_at": dt.time(16, 30)}, "closes_at"),
    ({"closes_at": dt.time(9, 0)}, "closes_at"),
], ids=["blank-name", "long-name", "ends-before-start", "no-weekday", "closes-at-opening",
        "closes-before-opening"])
def test_invalid_program_is_refused_and_nothing_written(
    db: Database, center_id: int, changes: dict, field: str
) -> None:
    service = ProgramService(db, "coordinator")
    with pytest.raises(ValidationError) as caught:
        service.add_program(center_id, replace(AUTUMN, **changes)).value
    assert caught.value.field == field
    assert service.list_programs(center_id) == []
    assert _program_audit(db) == []


def test_duplicate_name_is_refused(db: Database, center_id: int) -> None:
    service = ProgramService(db, "coordinator")
    kept = service.add_program(center_id, AUTUMN).value

    with pytest.raises(ValidationError) as caught:
        service.add_program(center_id, replace(SUMMER, name=f" {AUTUMN.name} ")).value

    assert caught.value.field == "name"
    assert AUTUMN.name in str(caught.value)
    assert service.list_programs(center_id) == [kept]
    assert len(_program_audit(db)) == 1
