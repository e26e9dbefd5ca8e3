"""Backing up and restoring through the database service: round trip, live WAL, bad
backups refused with the current database untouched, and restore over a damaged file."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from asc_desk.db import backup as backups
from asc_desk.db.migrate import head_revision
from asc_desk.domain.center import CenterSettings
from asc_desk.domain.errors import BackupError, DatabaseError
from asc_desk.domain.program import MONDAY_TO_FRIDAY, ProgramKind, ProgramSpec
from asc_desk.services import database_service as dbs
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database import Database

Snapshot = Callable[[Path], dict[str, str]]


def _program(name: str) -> ProgramSpec:
    return ProgramSpec(name, ProgramKind.TERM, dt.date(2026, 9, 1), dt.date(2027, 1, 22),
                       MONDAY_TO_FRIDAY, dt.time(16, 30), dt.time(20, 30))


def _set_up(path: Path, center: str = "星光儿童之家") -> int:
    db, _report = dbs.open_database(str(path))
    try:
        return CenterService(db, "test").set_up_center(CenterSettings(center, "华彩玩具")).value.id
    finally:
        db.dispose()


def _contents(path: Path) -> tuple[str | None, list[str]]:
    """The center's name and the program names, read through the services."""
    db, _report = dbs.open_database(str(path))
    try:
        center = CenterService(db, "test").get_center()
        if center is None:
            return None, []
        return center.name, [p.name for p in ProgramService(db, "test").list_programs(center.id)]
    finally:
        db.dispose()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_and_restore_round_trip(db_path: Path, tmp_path: Path) -> None:
    center_id = _set_up(db_path)
    backup = dbs.backup_database(str(db_path), tmp_path / "saved" / "monday.sqlite3")
    db, _report = dbs.open_database(str(db_path))
    try:
        ProgramService(db, "test").add_program(center_id, _program("after the backup"))
    finally:
        db.dispose()
    assert _contents(db_path) == ("星光儿童之家", ["after the backup"])

    report = dbs.restore_database(str(db_path), backup)

    assert report.restored_from == backup
    assert report.revision == head_revision()
    assert _contents(db_path) == ("星光儿童之家", [])
    # The database as it was before the restore is kept, later work included.
    assert report.safety_backup is not None and report.safety_backup.is_file()
    assert report.safety_backup.parent == backups.backups_dir(db_path)
    assert "before-restore" in report.safety_backup.name
    assert _contents(report.safety_backup) == ("星光儿童之家", ["after the backup"])
    assert backup.is_file()


def test_backup_without_destination_goes_to_backups_folder(db_path: Path) -> None:
    _set_up(db_path)
    made = dbs.backup_database(str(db_path))
    assert made.parent == backups.backups_dir(db_path)
    assert "manual" in made.name
    assert backups.list_backups(db_path) == [made]
    assert backups.validate_backup(made).revision == head_revision()


def test_the_daily_backup_says_it_starts_only_when_it_makes_a_copy(db_path: Path) -> None:
    _set_up(db_path)
    started: list[bool] = []
    made = dbs.daily_backup(str(db_path), starting=lambda: started.append(True))
    assert made is not None and "daily" in made.name and started == [True]
    assert dbs.daily_backup(str(db_path), starting=lambda: started.append(True)) is None
    assert started == [True]  # made already today: nothing to say
    assert backups.list_backups(db_path) == [made]


def test_backup_of_open_database_keeps_commits_in_wal(sqlite_db: Database, db_path: Path,
                                                      tmp_path: Path) -> None:
    # The engine keeps its connection open: the commit below stays in the -wal file.
    CenterService(sqlite_db, "test").set_up_center(CenterSettings("彩虹桥托管中心", "宏达玩具"))
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.is_file() and wal.stat().st_size > 0

    backup = dbs.backup_database(str(db_path), tmp_path / "live.sqlite3")

    assert not backup.with_name(backup.name + "-wal").exists()
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT name FROM center").fetchall() == [("彩虹桥托管中心",)]
    finally:
        conn.close()


def _random_file(path: Path) -> None:
    path.write_bytes(random.Random(3).randbytes(6000))


def _zero_bytes(path: Path) -> None:
    path.touch()


def _empty_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")  # writes the header page, no tables
    conn.close()
    assert path.read_bytes().startswith(b"SQLite format 3\x00")


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE center (id INTEGER PRIMARY KEY, label TEXT)")
    conn.execute("INSERT INTO center (label) VALUES ('not ours')")
    conn.commit()
    conn.close()


def _newer_backup(path: Path) -> None:
    _set_up(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("write, expected", [
    (_random_file, BackupError),
    (_zero_bytes, BackupError),
    (_empty_sqlite, BackupError),
    (_foreign_sqlite, BackupError),
    (_newer_backup, DatabaseError),
    (None, BackupError),  # no such file
], ids=["random-bytes", "zero-bytes", "empty-sqlite", "foreign-sqlite", "newer", "missing"])
def test_restore_of_an_invalid_backup_leaves_everything_untouched(
    tmp_path: Path, snapshot: Snapshot, write, expected
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db_path = data / "asc.sqlite3"
    _set_up(db_path)
    candidate = data / "candidate.sqlite3"
    if write is not None:
        write(candidate)
    before = snapshot(data)

    with pytest.raises(expected) as caught:
        dbs.restore_database(str(db_path), candidate)

    assert snapshot(data) == before  # current database, candidate: same bytes; no backups/
    assert "\n" not in str(caught.value)
    assert _contents(db_path) == ("星光儿童之家", [])


def test_restore_of_the_database_onto_itself_is_refused(db_path: Path,
                                                        snapshot: Snapshot) -> None:
    _set_up(db_path)
    before = snapshot(db_path.parent)
    with pytest.raises(BackupError, match="database itself"):
        dbs.restore_database(str(db_path), db_path)
    assert snapshot(db_path.parent) == before


def _damage_pages(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:100] + random.Random(5).randbytes(len(data) - 100))


def _damage_after_first_page(path: Path) -> None:
    data = path.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    path.write_bytes(data[:page_size] + random.Random(5).randbytes(len(data) - page_size))


def _damage_all(path: Path) -> None:
    path.write_bytes(random.Random(5).randbytes(path.stat().st_size))


@pytest.mark.parametrize("damage", [_damage_pages, _damage_after_first_page, _damage_all],
                         ids=["pages", "after-first-page", "whole-file"])
def test_restore_over_a_damaged_database_keeps_the_damaged_bytes(
    db_path: Path, tmp_path: Path, damage
) -> None:
    _set_up(db_path, center="小太阳课后服务中心")
    backup = dbs.backup_database(str(db_path), tmp_path / "good.sqlite3")
    damage(db_path)
    damaged_sha = _sha(db_path)
    with pytest.raises(DatabaseError):
        dbs.check_database(str(db_path))

    report = dbs.restore_database(str(db_path), backup)

    assert _contents(db_path) == ("小太阳课后服务中心", [])
    assert dbs.check_database(str(db_path)).ok
    assert report.safety_backup is not None
    assert report.safety_backup.parent == backups.backups_dir(db_path)
    assert _sha(report.safety_backup) == damaged_sha


def test_restore_into_a_missing_database(tmp_path: Path) -> None:
    source = tmp_path / "source.sqlite3"
    _set_up(source, center="彩虹桥托管中心")
    backup = dbs.backup_database(str(source), tmp_path / "b.sqlite3")
    target = tmp_path / "new" / "asc.sqlite3"

    report = dbs.restore_database(str(target), backup)

    assert report.safety_backup is None
    assert _contents(target) == ("彩虹桥托管中心", [])


def test_a_spreadsheet_given_as_backup_is_refused_in_one_translatable_sentence(
        tmp_path: Path) -> None:
    """Trial finding 14: the reason was the English text of another error, put into the
    template as a value, so it stayed English inside the Chinese sentence."""
    db_path = tmp_path / "asc.sqlite3"
    _set_up(db_path)
    sheet = tmp_path / "花名册 2026.xlsx"
    sheet.write_bytes(b"PK\x03\x04" + bytes(300))
    with pytest.raises(BackupError) as caught:
        dbs.restore_database(str(db_path), sheet)
    assert caught.value.template == ("Not a valid ASC Desk backup: {path} is not an ASC Desk "
                                     "database (not an SQLite file).")
    assert caught.value.params == {"path": str(sheet)}


def test_backup_to_a_folder_goes_into_it(db_path: Path, tmp_path: Path) -> None:
    _set_up(db_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    made = dbs.backup_database(str(db_path), usb)
    assert made.parent == usb and backups.kind_of(db_path, made) == "manual"
