"""What the check-out shows to verify a face: relation and ID note of each person allowed,
and the child's photo."""

from __future__ import annotations

import dataclasses

import pytest

from asc_desk.domain.errors import UserError
from asc_desk.domain.roster import PickupDraft
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.center_service import CenterService
from asc_desk.services.demo.demo_service import fill_demo
from asc_desk.services.roster.roster_service import RosterService

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


def test_people_with_relation_and_note_and_the_photo(db):
    fill_demo(db, children=6)
    center = CenterService(db, "t").get_center()
    roster = RosterService(db, "t")
    row = roster.list_roster(center.id)[0]
    record = roster.get_child(row.id)
    draft = dataclasses.replace(record.draft, pickups=(
        PickupDraft("王秀英", relation="外婆", note="身份证后四位 1234"),))
    roster.save_child(center.id, draft, row.id, photo=PNG)
    service = AttendanceService(db, "t")
    details = service.pickup_details(row.id)
    grandmother = details.people[-1]
    assert (grandmother.name, grandmother.relation, grandmother.note, grandmother.guardian) == (
        "王秀英", "外婆", "身份证后四位 1234", False)
    allowed = [g for g in record.draft.guardians if g.may_pick_up]
    assert [p.name for p in details.people[:-1]] == [g.name for g in allowed]
    assert details.photo == PNG and service.photo(row.id) == PNG


def test_an_unknown_child_is_refused(db):
    fill_demo(db, children=2)
    with pytest.raises(UserError, match="no longer on the roster"):
        AttendanceService(db, "t").pickup_details(999_999)
