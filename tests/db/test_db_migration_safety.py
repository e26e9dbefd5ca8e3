"""The two SQLite migration pitfalls of PITFALLS.md, reproduced with test-only revisions
added to a copy of the shipped migrations folder:

- a revision that fails half-way must leave schema, data and revision as they were;
- a batch migration that recreates a parent table must not cascade-delete its children.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from asc_desk.db.migrate import current_revision, head_revision, upgrade_to_head
from asc_desk.domain.errors import DatabaseError

CENTER_SQL = text(
    "INSERT INTO center (id, name, factory_name, time_zone, language, created_at, updated_at) "
    "VALUES (:id, :name, 'F', 'Asia/Shanghai', 'zh_CN', '2026-01-01 00:00:00.000000', "
    "'2026-01-01 00:00:00.000000')"
)
PROGRAM_SQL = text(
    "INSERT INTO program (center_id, name, kind, first_day, last_day, weekdays, opens_at, "
    "closes_at, created_at, updated_at) VALUES (:center_id, :name, 'term', '2026-09-01', "
    "'2027-01-22', 31, '16:30:00.000000', '20:30:00.000000', '2026-01-01 00:00:00.000000', "
    "'2026-01-01 00:00:00.000000')"
)

AddRevision = Callable[[str, str, str], Path]


def _seed(engine: Engine, migrations: Path) -> str:
    """Upgrade to the shipped head and add two centers with programs; returns the head."""
    head = upgrade_to_head(engine, script_location=migrations).after
    with engine.begin() as conn:
        conn.execute(CENTER_SQL, {"id": 1, "name": "星光"})
        conn.execute(CENTER_SQL, {"id": 2, "name": "彩虹桥"})
        for center_id, name in ((1, "暑期班"), (1, "秋季班"), (2, "寒假班")):
            conn.execute(PROGRAM_SQL, {"center_id": center_id, "name": name})
    return head


def _state(engine: Engine) -> tuple:
    """Schema, recorded revision and every row: what a failed upgrade must not change."""
    with engine.connect() as conn:
        schema = conn.exec_driver_sql(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        revision = current_revision(conn)
        data = {
            table: conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in ("center", "program", "audit_log")
        }
    return schema, revision, data


def _foreign_keys_on(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_shipped_head_is_the_copy_head(migrations_copy: Path) -> None:
    assert head_revision(migrations_copy) == head_revision()


def test_failed_migration_leaves_everything_as_it_was(
    engine: Engine, migrations_copy: Path, add_revision: AddRevision
) -> None:
    head = _seed(engine, migrations_copy)
    before = _state(engine)
    bad = add_revision("t_fails", head, """
op.create_table("half_made", sa.Column("id", sa.Integer, primary_key=True))
op.execute("INSERT INTO half_made (id) VALUES (1)")
op.execute("UPDATE center SET name = 'changed'")
op.add_column("program", sa.Column("note", sa.String(50), nullable=True))
raise RuntimeError("failed half-way")
""")

    with pytest.raises(RuntimeError, match="failed half-way"):
        upgrade_to_head(engine, script_location=migrations_copy)

    after = _state(engine)
    assert after == before
    assert after[1] == head
    assert not any(row[1] == "half_made" for row in after[0])
    assert _foreign_keys_on(engine)

    # The next run retries cleanly: without the bad revision nothing is left to do...
    bad.unlink()
    again = upgrade_to_head(engine, script_location=migrations_copy)
    assert (again.before, again.after) == (head, head)
    # ...and a fixed revision creating the same table does not find it "already exists".
    add_revision("t_fixed", head, """
op.create_table("half_made", sa.Column("id", sa.Integer, primary_key=True))
op.add_column("program", sa.Column("note", sa.String(50), nullable=True))
""")
    fixed = upgrade_to_head(engine, script_location=migrations_copy)
    assert (fixed.before, fixed.after) == (head, "t_fixed")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM half_made").scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM program").scalar() == 3
        assert conn.exec_driver_sql("SELECT name FROM center WHERE id = 1").scalar() == "星光"


def test_batch_migration_recreating_parent_keeps_cascade_children(
    engine: Engine, migrations_copy: Path, add_revision: AddRevision
) -> None:
    head = _seed(engine, migrations_copy)
    with engine.connect() as conn:
        programs_before = conn.exec_driver_sql(
            "SELECT id, center_id, name FROM program ORDER BY id"
        ).fetchall()
    assert len(programs_before) == 3
    add_revision("t_batch", head, """
with op.batch_alter_table("center", recreate="always") as batch:
    batch.add_column(sa.Column("note", sa.String(50), nullable=True))
""")

    result = upgrade_to_head(engine, script_location=migrations_copy)

    assert result.after == "t_batch"
    with engine.connect() as conn:
        assert "note" in conn.exec_driver_sql("SELECT sql FROM sqlite_master "
                                              "WHERE name = 'center'").scalar()
        assert conn.exec_driver_sql(
            "SELECT id, center_id, name FROM program ORDER BY id"
        ).fetchall() == programs_before
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    assert _foreign_keys_on(engine)
    # The link survived the table swap: deleting a center still cascades.
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM center WHERE id = 1"))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM program").fetchall() == [("寒假班",)]


def test_migration_breaking_links_is_refused_and_rolled_back(
    engine: Engine, migrations_copy: Path, add_revision: AddRevision
) -> None:
    head = _seed(engine, migrations_copy)
    before = _state(engine)
    # Foreign keys are off during the upgrade, so only foreign_key_check can catch this.
    add_revision("t_orphan", head, "op.execute('UPDATE program SET center_id = 99')")

    with pytest.raises(DatabaseError, match="links between records"):
        upgrade_to_head(engine, script_location=migrations_copy)

    assert _state(engine) == before
    assert _foreign_keys_on(engine)
