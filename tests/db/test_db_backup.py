"""Backups go through SQLite's backup API (WAL commits included); a restore removes the
-wal/-shm files that belonged to the replaced database."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine

from asc_desk.db import backup as backups
from asc_desk.db.migrate import head_revision, upgrade_to_head
from asc_desk.domain.errors import BackupError

CENTER_SQL = (
    "INSERT INTO center (name, factory_name, time_zone, language, created_at, updated_at) "
    "VALUES (?, 'F', 'Asia/Shanghai', 'zh_CN', '2026-01-01 00:00:00.000000', "
    "'2026-01-01 00:00:00.000000')"
)


def _center_names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM center ORDER BY id")]
    finally:
        conn.close()


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _shm(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def test_backup_of_live_wal_database_keeps_commits_still_in_wal(
    engine: Engine, db_path: Path, tmp_path: Path
) -> None:
    upgrade_to_head(engine)
    engine.dispose()
    writer = sqlite3.connect(db_path)
    try:
        writer.execute("PRAGMA journal_mode=WAL")
        writer.execute("PRAGMA wal_autocheckpoint=0")  # keep the commit in the -wal file
        writer.execute(CENTER_SQL, ("in the wal only",))
        writer.commit()
        assert _wal(db_path).stat().st_size > 0
        # What a plain file copy would get: the main file alone lacks the commit.
        plain = tmp_path / "plain" / db_path.name
        plain.parent.mkdir()
        shutil.copyfile(db_path, plain)
        assert _center_names(plain) == []

        dest = backups.backup_file(db_path, tmp_path / "out" / "backup.sqlite3")
    finally:
        writer.close()

    assert dest.is_file()
    assert not _wal(dest).exists()
    assert _center_names(dest) == ["in the wal only"]
    conn = sqlite3.connect(dest)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    assert not dest.with_name(dest.name + ".partial").exists()


def test_backup_refuses_to_overwrite(engine: Engine, db_path: Path, tmp_path: Path) -> None:
    upgrade_to_head(engine)
    taken = tmp_path / "taken.sqlite3"
    taken.write_bytes(b"keep me")
    with pytest.raises(BackupError, match="already exists"):
        backups.backup_file(db_path, taken)
    assert taken.read_bytes() == b"keep me"


def test_restore_removes_stale_wal_of_the_replaced_database(
    engine: Engine, db_path: Path, tmp_path: Path
) -> None:
    upgrade_to_head(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql(CENTER_SQL, ("from the backup",))
    backup = backups.backup_file(db_path, tmp_path / "b" / "backup.sqlite3")
    engine.dispose()
    # A process that dies with a commit still in the -wal file (no checkpoint at exit).
    crash = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        "c.execute('PRAGMA wal_autocheckpoint=0')\n"
        f"c.execute({CENTER_SQL!r}, ('after the backup',))\n"
        "c.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(db_path)], check=True, timeout=30)
    assert _wal(db_path).stat().st_size > 0

    info = backups.validate_backup(backup)
    backups.restore_file(backup, db_path)

    assert info.revision == head_revision()
    assert not _wal(db_path).exists()
    assert not _shm(db_path).exists()
    assert _center_names(db_path) == ["from the backup"]


def test_automatic_backups_are_pruned_but_manual_ones_kept(
    engine: Engine, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    upgrade_to_head(engine)
    monkeypatch.setattr(backups, "KEEP_DAILY", 2)
    monkeypatch.setattr(backups, "KEEP_WEEKLY", 0)
    monkeypatch.setattr(backups, "KEEP_MONTHLY", 0)
    day = dt.datetime(2026, 3, 2, 9)
    manual = backups.automatic_backup(db_path, "manual", now=day)
    made = [backups.automatic_backup(db_path, "before-upgrade", now=day + dt.timedelta(days=i))
            for i in range(3)]

    kept = backups.list_backups(db_path)

    assert manual in kept
    assert made[0] not in kept
    assert made[1] in kept and made[2] in kept
    assert backups.newest_backup(db_path) == made[2]


def test_a_restore_that_fails_before_the_replace_keeps_the_commits_in_the_wal(
    engine: Engine, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """"Restore failed, the database was not changed" must be true: a commit a killed
    window left in the -wal is folded in before the -wal is removed (a kill between the
    two would otherwise lose it)."""
    upgrade_to_head(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql(CENTER_SQL, ("from the backup",))
    backup = backups.backup_file(db_path, tmp_path / "b" / "backup.sqlite3")
    engine.dispose()
    crash = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        "c.execute('PRAGMA wal_autocheckpoint=0')\n"
        f"c.execute({CENTER_SQL!r}, ('after the backup',))\n"
        "c.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(db_path)], check=True, timeout=30)
    assert _wal(db_path).stat().st_size > 0

    def no_room(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups.os, "replace", no_room)
    with pytest.raises(BackupError, match="not changed"):
        backups.restore_file(backup, db_path)
    monkeypatch.undo()
    assert _center_names(db_path) == ["from the backup", "after the backup"]
    assert not db_path.with_name(db_path.name + backups.RESTORING).exists()
