"""Write units of work wait for another writer (BEGIN IMMEDIATE); a busy, full or read-only
database becomes a DatabaseError with a plain message, in one place (the unit of work)."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from asc_desk.db import engine as engine_module
from asc_desk.db.db_errors import environment_error
from asc_desk.db.models import AuditEntry
from asc_desk.domain.errors import (
    ConnectionLostError,
    DatabaseBusyError,
    DatabaseDamagedError,
    DiskFullError,
    ReadOnlyDatabaseError,
)
from asc_desk.services.database_service import open_database


def _hold_write_lock(path):
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    return other


def _count(s) -> int:
    return s.scalar(select(func.count()).select_from(AuditEntry))


def test_a_write_that_reads_first_waits_for_another_writer(tmp_path):
    path = tmp_path / "a.sqlite3"
    db, _ = open_database(str(path))
    other = _hold_write_lock(path)
    released = threading.Timer(0.2, other.rollback)
    released.start()
    try:
        with db.unit_of_work() as s:  # reads, then writes: must wait, not fail at once
            _count(s)
            s.add(AuditEntry(actor="t", entity="e", entity_id="1", action="a"))
        with db.read() as s:
            assert _count(s) == 1
    finally:
        released.join()
        other.close()
        db.dispose()


def test_a_read_does_not_wait_for_a_writer(tmp_path):
    path = tmp_path / "a.sqlite3"
    db, _ = open_database(str(path))
    other = _hold_write_lock(path)
    try:
        with db.read() as s:
            assert _count(s) == 0
    finally:
        other.rollback()
        other.close()
        db.dispose()


def test_a_writer_holding_the_lock_too_long_is_a_plain_busy_error(tmp_path, monkeypatch):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    path = tmp_path / "a.sqlite3"
    db, _ = open_database(str(path))
    other = _hold_write_lock(path)
    try:
        with pytest.raises(DatabaseBusyError) as raised, db.unit_of_work() as s:
            s.add(AuditEntry(actor="t", entity="e", entity_id="1", action="a"))
        assert "try again" in str(raised.value)
    finally:
        other.rollback()
        other.close()
    with db.read() as s:
        assert _count(s) == 0
    db.dispose()


def test_a_read_only_file_is_a_plain_error(tmp_path):
    path = tmp_path / "a.sqlite3"
    db, _ = open_database(str(path))
    db.dispose()
    uri = f"file:{path}?mode=ro"

    conn = sqlite3.connect(uri, uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as raised:
            conn.execute("INSERT INTO audit_log (at, actor, entity, entity_id, action) "
                         "VALUES ('2026-01-01', 'a', 'b', 'c', 'd')")
    finally:
        conn.close()
    wrapped = OperationalError("INSERT ...", {}, raised.value)
    assert isinstance(environment_error(wrapped), ReadOnlyDatabaseError)


@pytest.mark.parametrize(("message", "kind"), [
    ("database is locked", DatabaseBusyError),
    ("database or disk is full", DiskFullError),
    ("attempt to write a readonly database", ReadOnlyDatabaseError),
    ("database disk image is malformed", DatabaseDamagedError),
])
def test_sqlite_failures_map_to_user_errors(message, kind):
    exc = OperationalError("UPDATE child SET name=?", ("MARKER",),
                           sqlite3.OperationalError(message))
    error = environment_error(exc)
    assert isinstance(error, kind)
    assert "MARKER" not in str(error) and "\n" not in str(error)


def test_a_lost_server_connection_maps_to_a_user_error():
    psycopg = pytest.importorskip("psycopg")
    orig = psycopg.OperationalError("server closed the connection unexpectedly")
    exc = OperationalError("SELECT 1", {}, orig, connection_invalidated=True)
    assert isinstance(environment_error(exc), ConnectionLostError)


def test_a_bug_is_not_dressed_as_a_user_error():
    exc = OperationalError("SELECT nope", {}, sqlite3.OperationalError("no such column: nope"))
    assert environment_error(exc) is None
