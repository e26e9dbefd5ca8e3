"""A revision that fails half-way changes nothing, on SQLite and on PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from asc_desk.db.migrate import current_revision, upgrade_to_head

AddRevision = Callable[[str, str, str], Path]
CENTER = text(
    "INSERT INTO center (name, factory_name, time_zone, language, created_at, updated_at) "
    "VALUES ('星光', 'F', 'Asia/Shanghai', 'zh_CN', '2026-01-01 00:00:00', "
    "'2026-01-01 00:00:00')"
)


def _state(engine: Engine) -> tuple:
    with engine.connect() as conn:
        inspector = inspect(conn)
        schema = {t: sorted(c["name"] for c in inspector.get_columns(t))
                  for t in inspector.get_table_names()}
        rows = conn.exec_driver_sql("SELECT id, name FROM center ORDER BY id").fetchall()
        return schema, current_revision(conn), rows


def test_failed_revision_leaves_schema_data_and_revision(
    any_engine: Engine, migrations_copy: Path, add_revision: AddRevision
) -> None:
    head = upgrade_to_head(any_engine, script_location=migrations_copy).after
    with any_engine.begin() as conn:
        conn.execute(CENTER)
    before = _state(any_engine)
    bad = add_revision("t_fails_any", head, """
op.create_table("half_made", sa.Column("id", sa.Integer, primary_key=True))
op.execute("UPDATE center SET name = 'changed'")
op.add_column("program", sa.Column("note", sa.String(50), nullable=True))
raise RuntimeError("failed half-way")
""")
    with pytest.raises(RuntimeError, match="failed half-way"):
        upgrade_to_head(any_engine, script_location=migrations_copy)
    assert _state(any_engine) == before

    bad.unlink()
    add_revision("t_fixed_any", head, """
op.create_table("half_made", sa.Column("id", sa.Integer, primary_key=True))
""")
    assert upgrade_to_head(any_engine, script_location=migrations_copy).after == "t_fixed_any"
    assert "half_made" in _state(any_engine)[0]
