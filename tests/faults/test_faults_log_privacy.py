"""No personal data in the log, whatever fails: each error kind is provoked with marker
values in names, notes and phones, logged the way the CLI and the window log it, and the
log file is searched for the markers (0 hits)."""

from __future__ import annotations

import logging
import sqlite3
import sys

import pytest
from sqlalchemy import event, insert
from sqlalchemy.exc import IntegrityError

from asc_desk.db import engine as engine_module
from asc_desk.db.models import AuditEntry, Child
from asc_desk.domain.errors import DatabaseBusyError, DiskFullError
from asc_desk.logging_setup import set_up_logging
from asc_desk.services.database_service import open_database

NAME = "标记儿童QZXJ"
NOTE = "MARKER-哮喘-NOTE"
PHONE = "13912345678"
MARKERS = (NAME, NOTE, PHONE)
cli_log = logging.getLogger("asc_desk.cli")


@pytest.fixture
def log_path():
    # The root conftest removes the handler after the test (and any an earlier test left).
    path = set_up_logging()
    assert path is not None
    return path


def _logged_as_a_bug(exc: BaseException) -> None:
    """What cli.main does with an unexpected error, and what the window's crash handler
    does (without its dialog)."""
    try:
        raise exc
    except BaseException:
        cli_log.exception("unexpected error in command %s", "test")
        info = sys.exc_info()
    from asc_desk.ui.crash_dialog import CrashHandler

    CrashHandler(None, show_dialog=False)(*info)


def _child_row(center_id: int) -> dict:
    return {"center_id": center_id, "name": NAME, "medical_notes": NOTE, "allergies": PHONE,
            "card_code": PHONE}


def test_no_marker_reaches_the_log_whatever_fails(tmp_path, log_path, monkeypatch):
    path = tmp_path / "private.sqlite3"
    db, _ = open_database(str(path))

    # 1. An integrity error (no such center), its statement carrying the markers.
    with pytest.raises(IntegrityError) as integrity, db.unit_of_work() as s:
        s.execute(insert(Child), [_child_row(999)])
    _logged_as_a_bug(integrity.value)

    # 2. A busy database while writing a note.
    db.dispose()
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 30)
    db, _ = open_database(str(path))
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusyError) as busy, db.unit_of_work() as s:
            s.add(AuditEntry(actor=NAME, entity="child", entity_id="1", action="note",
                             after={"note": NOTE, "phone": PHONE}))
    finally:
        other.rollback()
        other.close()
    _logged_as_a_bug(busy.value)

    # 3. A full disk (SQLite's page limit stands in for it) while importing children.
    db.dispose()

    @event.listens_for(db.engine, "connect")
    def _tiny(dbapi_connection, _record):
        count = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={count}")

    with pytest.raises(DiskFullError) as full, db.unit_of_work() as s:
        s.execute(insert(AuditEntry), [
            {"actor": NAME, "entity": "child", "entity_id": str(i), "action": "import",
             "after": {"note": NOTE * 20, "phone": PHONE}} for i in range(200)])
    _logged_as_a_bug(full.value)
    db.dispose()

    # 4. A bad value quoted by a plain Python error.
    try:
        int(f"{NAME}{PHONE}")
    except ValueError as exc:
        _logged_as_a_bug(exc)
    # 5. A message that quotes SQLAlchemy's full error text (parameters included).
    logging.getLogger("asc_desk.test").error(
        "raw: %s", f"(sqlite3.IntegrityError) x\n[SQL: INSERT]\n[parameters: ('{NAME}', "
                   f"'{NOTE}')]\n(Background on this error at: https://sqlalche.me)")

    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_path.read_text(encoding="utf-8")
    hits = [m for m in MARKERS if m in text]
    assert hits == []
    for kind in ("IntegrityError", "DatabaseBusyError", "DiskFullError", "ValueError",
                 "Traceback"):
        assert kind in text  # the log still says what failed and where
