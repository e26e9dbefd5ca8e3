"""After rows are inserted with explicit ids, PostgreSQL's id sequences must catch up."""

from __future__ import annotations

from sqlalchemy import Connection, Table, func, select, text


def reset_id_sequences(conn: Connection, tables: list[Table]) -> None:
    """Move each table's id sequence past its largest id (no-op on SQLite, which has none)."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        largest = conn.execute(select(func.max(table.c.id))).scalar()
        conn.execute(
            text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :value, :called)"),
            {"table": table.name, "value": largest or 1, "called": largest is not None},
        )
