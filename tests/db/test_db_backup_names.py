"""Only this database's own, restorable backups are offered or pruned."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from asc_desk.db import backup as backups


def _db(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
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
    monkeypatch.setattr(backups, "KEEP_AUTOMATIC", 2)
    school = _db(tmp_path / "asc-desk.sqlite3")
    old = _db(tmp_path / "asc-desk-old.sqlite3")
    theirs = [backups.automatic_backup(old, "daily") for _ in range(2)]
    mine = [backups.automatic_backup(school, "daily") for _ in range(4)]
    assert all(p.exists() for p in theirs)
    assert [p.exists() for p in mine] == [False, False, True, True]
