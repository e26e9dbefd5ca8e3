"""The Center: first-run set-up and settings, each change written to the audit log."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict

import pytest
from sqlalchemy import func, select

from asc_desk.db.models import AuditEntry, Center
from asc_desk.domain.center import CenterSettings
from asc_desk.domain.errors import UserError, ValidationError
from asc_desk.services import audit
from asc_desk.services.center_service import CenterService
from asc_desk.services.database import Database

SETTINGS = CenterSettings("星光儿童之家", "东莞华彩玩具有限公司", "Asia/Shanghai", "zh_CN")


def _audit(db: Database) -> list[AuditEntry]:
    with db.unit_of_work() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def _count_centers(db: Database) -> int:
    with db.unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(Center))


def test_no_center_before_first_run(db: Database) -> None:
    assert CenterService(db, "coordinator").get_center() is None
    assert _audit(db) == []


def test_set_up_center_writes_center_and_audit(db: Database) -> None:
    service = CenterService(db, "coordinator:li")

    info = service.set_up_center(
        CenterSettings("  星光儿童之家 ", " 东莞华彩玩具有限公司 ", "Asia/Shanghai", "zh_CN")
    ).value

    assert (info.name, info.factory_name) == ("星光儿童之家", "东莞华彩玩具有限公司")
    assert service.get_center() == info
    [entry] = _audit(db)
    assert entry.actor == "coordinator:li"
    assert (entry.entity, entry.entity_id, entry.action) == ("center", str(info.id), "create")
    assert entry.before is None
    assert entry.after == asdict(SETTINGS)
    assert entry.at.tzinfo == dt.UTC
    assert abs(entry.at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)


def test_a_second_center_is_refused(db: Database) -> None:
    service = CenterService(db, "coordinator")
    first = service.set_up_center(SETTINGS).value

    with pytest.raises(UserError, match="already has a center"):
        service.set_up_center(CenterSettings("彩虹桥托管中心", "宏达玩具厂")).value

    assert _count_centers(db) == 1
    assert service.get_center() == first
    assert [e.action for e in _audit(db)] == ["create"]


def test_invalid_settings_write_nothing(db: Database) -> None:
    service = CenterService(db, "coordinator")
    with pytest.raises(ValidationError) as caught:
        service.set_up_center(CenterSettings("星光", "华彩", "Mars/Olympus")).value
    assert caught.value.field == "time_zone"
    assert _count_centers(db) == 0
    assert _audit(db) == []


def test_update_center_records_before_and_after(db: Database) -> None:
    service = CenterService(db, "coordinator")
    center = service.set_up_center(SETTINGS).value
    changed = CenterSettings("星光儿童之家（二期）", "东莞华彩玩具有限公司", "Asia/Urumqi", "en")

    info = CenterService(db, "hr:wang").update_center(center.id, changed).value

    assert info.settings == changed
    assert service.get_center() == info
    create, update = _audit(db)
    assert create.action == "create"
    assert update.actor == "hr:wang"
    assert (update.entity, update.entity_id, update.action) == ("center", str(center.id),
                                                                 "update")
    assert update.before == asdict(SETTINGS)
    assert update.after == asdict(changed)
    with db.unit_of_work() as s:
        assert [e.action for e in audit.entries_for(s, "center", center.id)] == [
            "create", "update"]


def test_update_without_change_writes_no_audit(db: Database) -> None:
    service = CenterService(db, "coordinator")
    center = service.set_up_center(SETTINGS).value
    assert service.update_center(center.id, SETTINGS).value == center
    assert len(_audit(db)) == 1


def test_update_refuses_bad_values_and_missing_center(db: Database) -> None:
    service = CenterService(db, "coordinator")
    center = service.set_up_center(SETTINGS).value

    with pytest.raises(ValidationError) as caught:
        service.update_center(center.id, CenterSettings("   ", "华彩")).value
    assert caught.value.field == "name"
    with pytest.raises(UserError, match="no longer exists"):
        service.update_center(center.id + 1, SETTINGS).value

    assert service.get_center() == center
    assert len(_audit(db)) == 1


def test_audit_names_the_actor_of_the_moment(db):
    """A change of operator applies to the next change, without building the service again."""
    from asc_desk.domain.center import CenterSettings

    who = ["gui:王老师"]
    centers = CenterService(db, lambda: who[0])
    center = centers.set_up_center(CenterSettings("阳光之家", "华彩玩具")).value
    who[0] = "gui:李老师"
    centers.update_center(center.id, CenterSettings("阳光之家二部", "华彩玩具")).value
    with db.unit_of_work() as s:
        actors = [e.actor for e in audit.entries_for(s, "center", center.id)]
    assert actors == ["gui:王老师", "gui:李老师"]
