"""Revoking a pickup card: the old code kept as revoked, a new code, an audit row; the desk
(finding a child by card) refuses the old code and says why; a reprint keeps the code."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from asc_desk.db.models import AuditEntry, Child, RevokedCard
from asc_desk.domain.changes import Area
from asc_desk.domain.errors import UserError, ValidationError
from asc_desk.services.attendance.revoked_cards import RevokedCardError, check_not_revoked
from asc_desk.services.center_service import CenterService
from asc_desk.services.demo.demo_service import fill_demo
from asc_desk.services.roster.card_revocation import revoke_card
from asc_desk.services.roster.roster_service import RosterService


@pytest.fixture
def roster(db):
    fill_demo(db, children=4)
    center = CenterService(db, "t").get_center()
    service = RosterService(db, "t")
    return center.id, service, service.list_roster(center.id)[0]


def test_revoking_records_the_old_code_and_gives_a_new_one(db, roster):
    center_id, service, child = roster
    done = revoke_card(db, "coordinator:wang", child.id, "  丢失 在  校门口 ")
    assert done.old_code == child.card_code and done.new_code != child.card_code
    assert done.reason == "丢失 在 校门口" and done.changes.areas == Area.ROSTER
    with db.read() as s:
        row = s.scalars(select(RevokedCard)).one()
        assert (row.child_id, row.card_code, row.revoked_by, row.reason) == (
            child.id, child.card_code, "coordinator:wang", "丢失 在 校门口")
        assert s.get(Child, child.id).card_code == done.new_code
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "revoke_card")).one()
        assert audit.entity_id == str(child.id)
        assert audit.before["card_code"] == child.card_code
        assert audit.after == {"card_code": done.new_code, "reason": "丢失 在 校门口"}
    assert service.find_child(center_id, done.new_code).id == child.id


def test_the_old_code_is_refused_with_when_why_and_whose_new_card(db, roster):
    center_id, service, child = roster
    done = revoke_card(db, "t", child.id, "丢失")
    with pytest.raises(RevokedCardError) as refused:
        service.find_child(center_id, child.card_code.lower())
    day = done.revoked_at.astimezone(__import__("zoneinfo").ZoneInfo("Asia/Shanghai")).date()
    assert str(refused.value) == (f"This card was revoked on {day.isoformat()} (丢失); use "
                                  f"{child.name}'s new card.")
    assert isinstance(refused.value, UserError)
    with pytest.raises(RevokedCardError):
        check_not_revoked(db, center_id, f" {child.card_code} ")
    check_not_revoked(db, center_id, done.new_code)  # the new card works
    check_not_revoked(db, center_id, "NOSUCHCODE")  # unknown: the desk's own message
    with pytest.raises(RevokedCardError, match="丢失"):  # what the Today page asks
        service.check_card_not_revoked(center_id, child.card_code)
    service.check_card_not_revoked(center_id, done.new_code)
    service.check_card_not_revoked(center_id, "NOSUCHCODE")


def test_a_second_revocation_keeps_both_old_codes_refused(db, roster):
    center_id, service, child = roster
    first = revoke_card(db, "t", child.id, "丢失")
    second = revoke_card(db, "t", child.id, "被盗")
    assert len({child.card_code, first.new_code, second.new_code}) == 3
    for old, reason in ((child.card_code, "丢失"), (first.new_code, "被盗")):
        with pytest.raises(RevokedCardError, match=reason):
            service.find_child(center_id, old)


@pytest.mark.parametrize("reason", ["", "   ", "x" * 201])
def test_a_missing_or_long_reason_changes_nothing(db, roster, reason):
    _center_id, _service, child = roster
    with pytest.raises(ValidationError):
        revoke_card(db, "t", child.id, reason)
    with db.read() as s:
        assert s.scalars(select(RevokedCard)).all() == []
        assert s.get(Child, child.id).card_code == child.card_code


def test_an_unknown_child_is_refused(db, roster):
    with pytest.raises(UserError, match="no longer on the roster"):
        revoke_card(db, "t", 999_999, "丢失")
