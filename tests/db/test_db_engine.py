"""Every connection the app makes to SQLite gets the pragmas the design asks for."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from asc_desk.db.engine import BUSY_TIMEOUT_MS, read_only_engine
from asc_desk.services.database_service import open_database

CENTER_SQL = text(
    "INSERT INTO center (id, name, factory_name, time_zone, language, created_at, updated_at) "
    "VALUES (:id, 'C', 'F', 'Asia/Shanghai', 'zh_CN', '2026-01-01 00:00:00', "
    "'2026-01-01 00:00:00')"
)
PROGRAM_SQL = text(
    "INSERT INTO program (center_id, name, kind, first_day, last_day, weekdays, opens_at, "
    "closes_at, created_at, updated_at) VALUES (:center_id, :name, 'term', '2026-09-01', "
    "'2027-01-22', 31, '16:30:00.000000', '20:30:00.000000', '2026-01-01 00:00:00', "
    "'2026-01-01 00:00:00')"
)


def _pragmas(conn) -> dict[str, object]:
    names = ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
    return {n: conn.exec_driver_sql(f"PRAGMA {n}").scalar() for n in names}


@pytest.mark.parametrize("opening", ["new-file", "existing-file"])
def test_open_database_sets_pragmas_on_every_connection(db_path: Path, opening: str) -> None:
    if opening == "existing-file":
        db, _report = open_database(str(db_path))
        db.dispose()
    db, report = open_database(str(db_path))
    assert report.created == (opening == "new-file")
    try:
        # Two connections at once: the pool cannot hand back the same one twice. They
        # only read: two write transactions (BEGIN IMMEDIATE) in one thread would wait.
        readers = read_only_engine(db.engine)
        with readers.connect() as first, readers.connect() as second:
            for conn in (first, second):
                pragmas = _pragmas(conn)
                assert pragmas["foreign_keys"] == 1
                assert pragmas["journal_mode"] == "wal"
                assert pragmas["synchronous"] == 2  # FULL
                assert pragmas["busy_timeout"] == BUSY_TIMEOUT_MS
                assert BUSY_TIMEOUT_MS > 0
    finally:
        db.dispose()


def test_foreign_keys_are_enforced_and_cascade(db_path: Path) -> None:
    db, _report = open_database(str(db_path))
    try:
        with pytest.raises(IntegrityError), db.engine.begin() as conn:
            conn.execute(PROGRAM_SQL, {"center_id": 42, "name": "orphan"})
        with db.engine.begin() as conn:
            conn.execute(CENTER_SQL, {"id": 1})
            conn.execute(PROGRAM_SQL, {"center_id": 1, "name": "P"})
        with db.engine.begin() as conn:
            conn.execute(text("DELETE FROM center WHERE id = 1"))
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM program")).scalar() == 0
    finally:
        db.dispose()
