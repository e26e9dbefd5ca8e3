"""A new card code is never one a child, a caregiver or a revoked card already has: the desk's
one scan field tells them apart by the code alone (a child's new card that scanned as a
caregiver's badge would clock the caregiver in, not check the child in)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from asc_desk.db.models import Caregiver, Child
from asc_desk.domain.roster import ChildDraft
from asc_desk.domain.staff import CaregiverDraft, Role
from asc_desk.services.center_service import CenterService
from asc_desk.services.demo.demo_service import fill_demo
from asc_desk.services.roster import roster_service
from asc_desk.services.roster.card_revocation import revoke_card
from asc_desk.services.roster.roster_import import RosterImport
from asc_desk.services.roster.roster_service import (
    RosterService,
    card_code_taken,
    taken_card_codes,
)
from asc_desk.services.shifts.staff_service import StaffService

FRESH = ("FRESHAAA", "FRESHBBB", "FRESHCCC")


@pytest.fixture
def taken(db):
    """A center with children and caregivers, one revoked card; the codes each kind holds."""
    fill_demo(db, children=3, today=dt.date(2026, 11, 25))
    center = CenterService(db, "t").get_center()
    child = RosterService(db, "t").list_roster(center.id)[0]
    revoked = revoke_card(db, "t", child.id, "丢失").old_code
    with db.read() as s:
        badge = s.scalars(select(Caregiver.card_code)).first()
        kid = s.scalars(select(Child.card_code)).first()
    return center.id, {"caregiver": badge, "revoked": revoked, "child": kid}


def _codes_in_turn(monkeypatch, codes):
    """The random maker returns these codes in turn (the collision a random code makes once
    in millions of scans, made certain)."""
    stream = iter(codes)
    monkeypatch.setattr(roster_service, "new_card_code", lambda: next(stream))


def test_every_kind_of_code_counts_as_taken(db, taken):
    _center_id, codes = taken
    with db.read() as s:
        for code in codes.values():
            assert card_code_taken(s, code)
        assert not card_code_taken(s, "NOSUCHCD")
        assert set(codes.values()) <= taken_card_codes(s)


@pytest.mark.parametrize("kind", ["caregiver", "revoked", "child"])
def test_a_new_childs_card_skips_a_caregivers_badge_and_revoked_codes(db, taken, monkeypatch,
                                                                       kind):
    center_id, codes = taken
    _codes_in_turn(monkeypatch, [codes[kind], FRESH[0]])
    saved = RosterService(db, "t").save_child(center_id, ChildDraft("新来的", "N-1"))
    assert saved.record.card_code == FRESH[0]


def test_a_revocations_new_code_skips_a_caregivers_badge(db, taken, monkeypatch):
    center_id, codes = taken
    child = RosterService(db, "t").list_roster(center_id)[-1]
    _codes_in_turn(monkeypatch, [codes["caregiver"], codes["revoked"], FRESH[1]])
    assert revoke_card(db, "t", child.id, "被盗").new_code == FRESH[1]


def test_a_new_caregivers_badge_skips_childrens_and_revoked_codes(db, taken, monkeypatch):
    center_id, codes = taken
    _codes_in_turn(monkeypatch, [codes["child"], codes["revoked"], FRESH[2]])
    added = StaffService(db, "t").add_caregiver(
        center_id, CaregiverDraft("新老师", Role.TEACHER, employee_id="S999"))
    assert added.value.card_code == FRESH[2]


def test_an_imports_cards_avoid_every_taken_code(db, taken):
    center_id, codes = taken
    RosterImport(db, "t").add_many(center_id, [ChildDraft(f"导入{i}", f"I-{i}")
                                               for i in range(30)])
    with db.read() as s:
        cards = s.scalars(select(Child.card_code).where(Child.external_id.like("I-%"))).all()
    assert len(set(cards)) == 30 and not set(cards) & {codes["caregiver"], codes["revoked"]}
