"""Explicit ids in bulk, then ordinary inserts: no clash on either database."""

from __future__ import annotations

from sqlalchemy import Engine, insert, select

from asc_desk.db.migrate import upgrade_to_head
from asc_desk.db.models import AuditEntry
from asc_desk.db.sequences import reset_id_sequences
from asc_desk.db.utc_datetime import utc_now


def test_ids_continue_after_a_bulk_insert_with_explicit_ids(any_engine: Engine) -> None:
    upgrade_to_head(any_engine)
    table = AuditEntry.__table__
    rows = [dict(id=i, at=utc_now(), actor="t", entity="x", entity_id=str(i), action="create")
            for i in range(1, 51)]
    with any_engine.begin() as conn:
        conn.execute(insert(table), rows)
        reset_id_sequences(conn, [table])
    with any_engine.begin() as conn:
        conn.execute(insert(table).values(at=utc_now(), actor="t", entity="x", entity_id="new",
                                          action="create"))
        new_id = conn.execute(select(table.c.id).where(table.c.entity_id == "new")).scalar()
    assert new_id == 51


def test_reset_on_an_empty_table_keeps_ids_starting_at_one(any_engine: Engine) -> None:
    upgrade_to_head(any_engine)
    table = AuditEntry.__table__
    with any_engine.begin() as conn:
        reset_id_sequences(conn, [table])
        conn.execute(insert(table).values(at=utc_now(), actor="t", entity="x", entity_id="a",
                                          action="create"))
        assert conn.execute(select(table.c.id)).scalar() == 1
