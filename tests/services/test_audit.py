"""The audit writer: one shape for every line, one line at a time or many in one insert."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from asc_desk.db.bulk import json_text
from asc_desk.db.models import AuditEntry
from asc_desk.services import audit
from asc_desk.services.database import Database


def test_record_refuses_a_before_and_an_after_with_different_keys(db: Database) -> None:
    with pytest.raises(ValueError, match="grace"), db.unit_of_work() as s:
        audit.record(s, actor="t", entity="desk", entity_id=1, action="update",
                     before={"grace": 5}, after={"grace_minutes": 10})
    with db.unit_of_work() as s:
        assert s.scalars(select(AuditEntry)).all() == []


def test_record_many_writes_what_record_writes(db: Database) -> None:
    before, after = {"on": dt.date(2026, 11, 25), "n": (1, 2)}, {"on": None, "n": []}
    with db.unit_of_work() as s:
        audit.record(s, actor="one", entity="child", entity_id=7, action="update",
                     before=before, after=after)
        audit.record_many(s, actor=lambda: "many", entity="child", entries=[
            audit.Entry(7, "update", before, after), audit.Entry(8, "import", after=after)])
    with db.unit_of_work() as s:
        rows = s.execute(select(AuditEntry.actor, AuditEntry.entity_id, AuditEntry.action,
                                AuditEntry.before, AuditEntry.after)
                         .order_by(AuditEntry.id)).all()
    assert rows[0][1:] == rows[1][1:]
    assert rows[0].before == {"on": "2026-11-25", "n": [1, 2]}
    assert [r.actor for r in rows] == ["one", "many", "many"]
    assert rows[2][1:] == ("8", "import", None, {"on": None, "n": []})


def test_record_many_refuses_a_mismatched_entry(db: Database) -> None:
    with pytest.raises(ValueError), db.unit_of_work() as s:
        audit.record_many(s, actor="t", entity="child", entries=[
            audit.Entry(1, "update", {"a": 1}, {"b": 1})])


def test_a_bulk_line_is_stored_as_the_same_text_as_one_line(db: Database) -> None:
    # db.bulk encodes JSON with one encoder for all rows: the text must be json.dumps' own.
    view = {"name": "迪丽努尔·艾山", "guardians": [["李芳", "母亲", "13812345678", True, ""]],
            "n": 1.5, "none": None, "quote": 'a"b\\c\n', "emoji": "𪚥"}
    with db.unit_of_work() as s:
        audit.record(s, actor="one", entity="child", entity_id=1, action="import", after=view)
        audit.record_many(s, actor="many", entity="child", plain=True,
                          entries=[audit.Entry(1, "import", after=view)])
    with db.unit_of_work() as s:
        stored = s.connection().exec_driver_sql(
            "SELECT after FROM audit_log ORDER BY id").scalars().all()
    assert len(stored) == 2 and stored[0] == stored[1]


def test_audit_lines_from_json_text_are_stored_as_record_stores_them(db: Database) -> None:
    # An import writes its lines from JSON text it made itself (roster_bulk): the stored
    # text must be the one record() stores for the same view, on SQLite and PostgreSQL.
    view = {"name": "迪丽努尔·艾山", "guardians": [["李芳", "母亲", True, None, 7]],
            "quote": 'a"b\\c\n', "emoji": "𪚥", "line": "\u2028"}
    with db.unit_of_work() as s:
        audit.record(s, actor="one", entity="child", entity_id=3, action="import", after=view)
        audit.record_texts(s, actor="many", entity="child", action="import", entity_ids=[3],
                           afters=[json_text(view)])
    with db.unit_of_work() as s:
        stored = s.connection().exec_driver_sql(
            "SELECT entity_id, action, before, after FROM audit_log ORDER BY id").all()
        actors = s.scalars(select(AuditEntry.actor).order_by(AuditEntry.id)).all()
    assert len(stored) == 2 and stored[0] == stored[1]
    assert actors == ["one", "many"]
