"""Only this database's own, restorable backups are offered or pruned."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from asc_desk.db import backup as backups
from asc_desk.db.revisions import HEAD


def _db(path: Path) -> Path:
    # What a backup must hold to be offered: ASC Desk's tables at a known revision.
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE center (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.execute("INSERT INTO alembic_version VALUES (?)", (HEAD,))
    conn.commit()
    conn.close()
    return path


def test_another_databases_backups_are_not_offered(tmp_path: Path) -> None:
    school = _db(tmp_path / "asc-desk.sqlite3")
    old = _db(tmp_path / "asc-desk-old.sqlite3")
    backups.automatic_backup(old, "manual")
    assert backups.newest_backup(school) is None
    mine = backups.automatic_backup(school, "manual")
    backups.automatic_backup(old, "manual")
    assert backups.newest_backup(school) == mine
    assert backups.list_backups(school) == [mine]


def test_a_damaged_file_set_aside_is_never_offered(tmp_path: Path) -> None:
    school = _db(tmp_path / "asc-desk.sqlite3")
    good = backups.automatic_backup(school, "manual")
    aside = backups.set_aside_damaged(school)
    assert aside.exists()
    assert backups.newest_backup(school) == good
    assert backups.list_backups(school, ("damaged",)) == [aside]


def test_pruning_keeps_the_other_databases_backups(tmp_path: Path, monkeypatch) -> None:
    for name, keep in (("KEEP_DAILY", 2), ("KEEP_WEEKLY", 0), ("KEEP_MONTHLY", 0)):
        monkeypatch.setattr(backups, name, keep)
    school = _db(tmp_path / "asc-desk.sqlite3")
    old = _db(tmp_path / "asc-desk-old.sqlite3")
    day = dt.datetime(2026, 3, 2, 9)
    theirs = [backups.automatic_backup(old, "daily", now=day + dt.timedelta(days=i))
              for i in range(2)]
    mine = [backups.automatic_backup(school, "daily", now=day + dt.timedelta(days=i))
            for i in range(4)]
    assert all(p.exists() for p in theirs)
    assert [p.exists() for p in mine] == [False, False, True, True]
