"""The bugs of issue 10: corrections checked by the domain, group actions all-or-nothing,
siblings by shared guardians, and the changes each action reports."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from asc_desk.db.models import AttendanceEventRow, AuditEntry
from asc_desk.domain.attendance_rules import ChildDayState
from asc_desk.domain.center import DEFAULT_TIME_ZONE
from asc_desk.domain.changes import Area, Changes
from asc_desk.domain.errors import UserError, ValidationError
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.center_service import CenterService
from asc_desk.services.roster.roster_service import RosterService

SH = ZoneInfo(DEFAULT_TIME_ZONE)
WED = dt.date(2026, 11, 25)


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, 25, hour, minute, tzinfo=SH)


@pytest.fixture
def db(demo_db):
    """The demo center with 12 children (filled once, copied for each test)."""
    return demo_db(children=12)


@pytest.fixture
def desk(db):
    center = CenterService(db, "t").get_center()
    clock = {"now": at(16, 40)}
    service = AttendanceService(db, "desk:li", now=lambda: clock["now"])
    expected = [c.child for c in service.day(center.id, WED).children if c.child.expected]
    return service, center.id, expected, clock


def _events(db) -> int:
    with db.unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(AttendanceEventRow))


def test_the_same_event_cannot_be_voided_twice(db, desk):
    service, center_id, expected, _clock = desk
    done = service.check_in(center_id, expected[0].id)
    service.correct(done.event_id, "扫错卡")
    before = _events(db)
    with pytest.raises(ValidationError, match="cannot be voided"):
        service.correct(done.event_id, "又一次")
    assert _events(db) == before


def test_a_void_cannot_be_voided(db, desk):
    service, center_id, expected, _clock = desk
    done = service.check_in(center_id, expected[0].id)
    void = service.correct(done.event_id, "扫错卡")
    before = _events(db)
    with pytest.raises(ValidationError, match="cannot be voided"):
        service.correct(void.event_id, "撤销作废")
    assert _events(db) == before


def test_a_replacement_cannot_move_into_the_future(db, desk):
    service, center_id, expected, _clock = desk
    done = service.check_in(center_id, expected[0].id)
    before = _events(db)
    with pytest.raises(ValidationError, match="future"):
        service.correct(done.event_id, "时间录错", new_at=at(22, 0))
    assert _events(db) == before


def test_a_correction_audits_the_same_keys_before_and_after(db, desk):
    service, center_id, expected, _clock = desk
    done = service.check_in(center_id, expected[0].id)
    service.correct(done.event_id, "时间录错", new_at=at(16, 20))
    with db.unit_of_work() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "correct")).one()
        assert set(entry.before) == set(entry.after)
        assert entry.after["reason"] == "时间录错"


def test_a_group_check_in_failing_half_way_writes_nothing(db, desk):
    service, center_id, expected, _clock = desk
    first, second = expected[0], expected[1]
    RosterService(db, "t").withdraw(second.id, WED, "返乡")
    before = _events(db)
    with pytest.raises(UserError, match="has left"):
        service.check_in_many(center_id, [first.id, second.id])
    assert _events(db) == before
    states = {c.child.id: c.record.state for c in service.day(center_id, WED).children}
    assert states[first.id] is ChildDayState.EXPECTED


def test_a_group_check_out_failing_half_way_writes_nothing(db, desk):
    service, center_id, expected, clock = desk
    first, second = expected[0], expected[1]
    service.check_in_many(center_id, [first.id])  # the second was never checked in
    clock["now"] = at(19, 0)
    before = _events(db)
    with pytest.raises(ValidationError):
        service.check_out_many(center_id, [first.id, second.id], "陌生人",
                               override_reason="家长来电确认")
    assert _events(db) == before
    both = service.check_in_many(center_id, [second.id], at=at(18, 0))
    assert both.changes == Changes.of(Area.ATTENDANCE, WED)
    out = service.check_out_many(center_id, [first.id, second.id], "陌生人",
                                 override_reason="家长来电确认")
    assert [r.state for r in out.results] == [ChildDayState.COLLECTED] * 2
    assert len(out.event_ids) == 2 and out.changes == Changes.of(Area.ATTENDANCE, WED)


def test_a_group_undo_failing_half_way_writes_nothing(db, desk):
    service, center_id, expected, _clock = desk
    group = service.check_in_many(center_id, [expected[0].id, expected[1].id])
    service.undo(group.event_ids[0])  # the first is taken back already: the group fails
    before = _events(db)
    with pytest.raises(ValidationError):
        service.undo_many(group.event_ids)
    assert _events(db) == before
    states = {c.child.id: c.record.state for c in service.day(center_id, WED).children}
    assert states[expected[1].id] is ChildDayState.PRESENT


def test_undo_of_a_correction_brings_the_record_back(db, desk):
    service, center_id, expected, _clock = desk
    done = service.check_in(center_id, expected[0].id, at=at(16, 30))
    fixed = service.correct(done.event_id, "时间录错", new_at=at(16, 20))
    undone = service.undo_many(fixed.event_ids)
    assert undone.changes == Changes.of(Area.ATTENDANCE, WED)
    item = next(c for c in service.day(center_id, WED).children
                if c.child.id == expected[0].id)
    assert item.record.check_in == at(16, 30) and item.record.present


def test_siblings_are_children_sharing_a_guardian(db, desk):
    service, center_id, _expected, _clock = desk
    children = [c.child for c in service.day(center_id, WED).children]
    with_siblings = [c for c in children if c.sibling_ids]
    for child in with_siblings:
        for other in (c for c in children if c.id in child.sibling_ids):
            assert child.id in other.sibling_ids
            assert set(child.guardians) & set(other.guardians)
    lone = [c for c in children if not c.sibling_ids]
    for child in lone:
        assert not any(set(child.phones) & set(o.phones) for o in children if o.id != child.id)


def test_every_change_says_what_it_changed(db, desk):
    service, center_id, expected, _clock = desk
    day = Changes.of(Area.ATTENDANCE, WED)
    assert service.check_in(center_id, expected[0].id).changes == day
    assert service.mark_absent(center_id, expected[1].id, WED, "sick").changes == day
    assert service.set_caregivers(center_id, WED, 2).changes == day
    settings = service.settings(center_id)
    assert service.update_settings(center_id, settings).changes == Changes.of(Area.SETTINGS)
    again = service.check_in(center_id, expected[0].id)  # a second scan writes nothing
    assert again.duplicate and not again.changes
