"""Bulk writes of new children: column by column, the audit text made straight from the drafts."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from asc_desk.db.bulk import insert_columns, insert_columns_ids, json_text
from asc_desk.db.models import AuditEntry, Guardian, table_of
from asc_desk.domain.roster import (
    ChildDraft,
    EnrollmentDraft,
    Gender,
    GuardianDraft,
    PickupDraft,
    ShiftPattern,
)
from asc_desk.services.center_service import CenterService
from asc_desk.services.demo.demo_service import fill_demo
from asc_desk.services.roster.roster_bulk import audit_texts
from asc_desk.services.roster.roster_service import audit_view

D = dt.date
FULL = ChildDraft(
    "迪丽努尔·艾山", "A-1", Gender.FEMALE, D(2018, 3, 4), 'No. "1" \\ School', "二年级",
    "花生", "哮喘\n随身带药",
    (GuardianDraft("李芳", "母亲", "13812345678", "E1", "注塑车间", "二号车间", False,
                   ShiftPattern.CUSTOM, dt.time(8), dt.time(20)), GuardianDraft("𪚥", "外婆")),
    (PickupDraft("王秀英", "外婆", "13900001111", "1234"), PickupDraft("赵\t六")),
    (EnrollmentDraft(7, D(2026, 9, 1), D(2027, 1, 20), 0b10101, D(2026, 8, 20), "P\u2028-1",
                     D(2027, 8, 31), "中国人保"), EnrollmentDraft(8, D(2027, 2, 1))))


DRAFTS = [
    FULL, ChildDraft("张三"), ChildDraft("Anna Li", gender=Gender.MALE, allergies="x"),
    ChildDraft("张三", guardians=(FULL.guardians[1],), enrollments=FULL.enrollments[1:]),
    ChildDraft("李四", "B-2", Gender.MALE, D(2019, 1, 1), guardians=FULL.guardians[:1],
               pickups=FULL.pickups[:1], enrollments=FULL.enrollments[:1]),
]
ODD = [  # types a validated draft does not have: the same text all the same
    ChildDraft("张三", guardians=(GuardianDraft("李", may_pick_up=1),),  # type: ignore[arg-type]
               enrollments=(EnrollmentDraft(True, D(2026, 9, 1), weekdays=31.0),)),  # type: ignore[arg-type]
    ChildDraft("张三", school=None),  # type: ignore[arg-type]
]


@pytest.mark.parametrize("drafts", [DRAFTS, DRAFTS[::-1] * 3, DRAFTS[1:2], ODD, DRAFTS + ODD,
                                    []])
def test_the_audit_text_of_a_new_child_is_json_dumps_of_its_view(drafts):
    assert audit_texts(drafts) == [json.dumps(audit_view(d)) for d in drafts] == [
        json_text(audit_view(d)) for d in drafts]


def test_columns_with_shared_values_and_ids_in_the_rows_order(db):
    fill_demo(db, children=0)
    center_id = CenterService(db, "t").get_center().id
    now = dt.datetime(2026, 11, 25, 8, 30, 1, 123456, tzinfo=dt.UTC)
    names = [f"王{i}" for i in range(5)]
    with db.unit_of_work() as s:
        conn = s.connection()
        ids = insert_columns_ids(conn, table_of(Guardian), {
            "name": names, "phone": [str(i) for i in range(5)],
            "shift_start": [dt.time(8, i) for i in range(5)]},
            {"center_id": center_id, "employee_id": "", "department": "", "workshop": "",
             "shift_pattern": "custom", "shift_end": None, "created_at": now,
             "updated_at": now})
        assert insert_columns_ids(conn, table_of(Guardian), {"name": []}) == []
        view = {"name": "张三", "q": 'a"b', "n": [1, None, True]}
        # at left out: its default is SQLAlchemy's to compute, the JSON text read back
        insert_columns(conn, table_of(AuditEntry), {"entity_id": ["1", "2"],
                                                     "after": [json_text(view), None]},
                       {"actor": "t", "entity": "x", "action": "y", "before": None},
                       json_text=("after",))
    with db.unit_of_work() as s:
        stored = s.execute(select(Guardian.id, Guardian.name, Guardian.shift_start,
                                  Guardian.created_at).where(Guardian.id.in_(ids))).all()
        afters = s.scalars(select(AuditEntry.after).where(AuditEntry.entity == "x")
                           .order_by(AuditEntry.entity_id)).all()
    assert sorted((r.id, r.name, r.shift_start) for r in stored) == [
        (i, n, dt.time(8, k)) for k, (i, n) in enumerate(zip(ids, names, strict=True))]
    assert {r.created_at for r in stored} == {now}
    assert afters == [view, None]
