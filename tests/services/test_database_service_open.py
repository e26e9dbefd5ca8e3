"""Opening and checking a database: new files, upgrades with a backup first, and bad inputs
refused with every file left byte for byte as it was."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from asc_desk.db import backup as backups
from asc_desk.db.engine import make_engine
from asc_desk.db.location import parse_location
from asc_desk.db.migrate import head_revision, upgrade_to_head
from asc_desk.domain.center import CenterSettings
from asc_desk.domain.errors import (
    DatabaseError,
    NewerSchemaError,
    NotADatabaseError,
)
from asc_desk.services import database_service as dbs
from asc_desk.services.center_service import CenterService

Snapshot = Callable[[Path], dict[str, str]]
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06"


def _noise(n: int, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(n)


def _make_asc_database(path: Path, center: str = "星光儿童之家") -> None:
    db, _report = dbs.open_database(str(path))
    try:
        CenterService(db, "test").set_up_center(CenterSettings(center, "华彩玩具")).value
    finally:
        db.dispose()


# Each writes one kind of bad file at `path`; `scratch` is a folder outside the snapshot.
def _random_bytes(path: Path, scratch: Path) -> None:
    path.write_bytes(_noise(8192))


def _png(path: Path, scratch: Path) -> None:
    path.write_bytes(PNG_HEADER + _noise(4000))


def _corrupt_sqlite(path: Path, scratch: Path) -> None:
    good = scratch / "good.sqlite3"
    _make_asc_database(good)
    data = good.read_bytes()
    path.write_bytes(data[:100] + _noise(len(data) - 100))  # valid header, garbage pages


def _corrupt_after_first_page(path: Path, scratch: Path) -> None:
    good = scratch / "good.sqlite3"
    _make_asc_database(good)
    data = good.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    path.write_bytes(data[:page_size] + _noise(len(data) - page_size))  # schema page intact


def _foreign_sqlite(path: Path, scratch: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoice (total) VALUES (12.5)")
    conn.commit()
    conn.close()


def _newer_revision(path: Path, scratch: Path) -> None:
    _make_asc_database(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    conn.commit()
    conn.close()


BAD_FILES = {
    "random-bytes": (_random_bytes, NotADatabaseError),
    "png": (_png, NotADatabaseError),
    "corrupt-sqlite": (_corrupt_sqlite, NotADatabaseError),
    "corrupt-after-first-page": (_corrupt_after_first_page, NotADatabaseError),
    "foreign-sqlite": (_foreign_sqlite, NotADatabaseError),
    "newer-revision": (_newer_revision, NewerSchemaError),
}

OPERATIONS = {
    "open": lambda path, out: dbs.open_database(str(path)),
    "upgrade": lambda path, out: dbs.upgrade_database(str(path)),
    "check": lambda path, out: dbs.check_database(str(path)),
    "backup": lambda path, out: dbs.backup_database(str(path), out),
}


def test_open_creates_a_new_database_and_its_folders(tmp_path: Path) -> None:
    path = tmp_path / "new" / "nested" / "asc.sqlite3"

    db, report = dbs.open_database(str(path))
    db.dispose()

    assert path.is_file()
    assert report.created
    assert report.revision == head_revision()
    assert report.upgraded_from is None and report.backup is None
    assert report.is_sqlite and report.location == str(path)

    db, again = dbs.open_database(str(path))
    db.dispose()
    assert not again.created
    assert again.upgraded_from is None and again.backup is None
    assert not backups.backups_dir(path).exists()


def test_open_an_empty_file_sets_it_up(tmp_path: Path) -> None:
    path = tmp_path / "asc.sqlite3"
    path.touch()
    db, report = dbs.open_database(str(path))
    db.dispose()
    assert report.created and report.revision == head_revision()


def test_open_upgrades_an_old_database_after_backing_it_up(tmp_path: Path) -> None:
    path = tmp_path / "asc.sqlite3"
    engine = make_engine(parse_location(str(path)))
    upgrade_to_head(engine, target="0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO center (name, factory_name, time_zone, language, created_at, "
            "updated_at) VALUES ('彩虹桥', '宏达玩具', 'Asia/Shanghai', 'zh_CN', "
            "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')"
        )
    engine.dispose()

    db, report = dbs.open_database(str(path))
    try:
        center = CenterService(db, "test").get_center()
    finally:
        db.dispose()

    assert report.upgraded_from == "0001"
    assert report.revision == head_revision()
    assert not report.created
    assert center is not None and center.name == "彩虹桥"
    assert report.backup is not None and report.backup.parent == backups.backups_dir(path)
    assert "before-upgrade" in report.backup.name
    kept = backups.validate_backup(report.backup)
    assert kept.revision == "0001"


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("kind", BAD_FILES)
def test_bad_file_is_refused_and_left_untouched(
    tmp_path: Path, snapshot: Snapshot, kind: str, operation: str
) -> None:
    write, expected = BAD_FILES[kind]
    data = tmp_path / "data"
    scratch = tmp_path / "scratch"
    data.mkdir()
    scratch.mkdir()
    path = data / "asc.sqlite3"
    write(path, scratch)
    before = snapshot(data)
    assert list(before) == ["asc.sqlite3"]

    with pytest.raises(expected) as caught:
        OPERATIONS[operation](path, data / "out.sqlite3")

    assert snapshot(data) == before  # same bytes, no -wal/-shm, no backup, no out file
    message = str(caught.value)
    assert message and "\n" not in message


def test_newer_revision_message_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "asc.sqlite3"
    _newer_revision(path, tmp_path)
    with pytest.raises(NewerSchemaError, match="newer version") as caught:
        dbs.open_database(str(path))
    assert "ffff9999" in str(caught.value)


def test_folder_that_is_a_file_is_refused_without_leftovers(
    tmp_path: Path, snapshot: Snapshot
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a plain file where the folder should be")
    before = snapshot(tmp_path)

    for path in (blocker / "asc.sqlite3", blocker / "deeper" / "asc.sqlite3"):
        with pytest.raises(DatabaseError, match="is a file, not a folder"):
            dbs.open_database(str(path))

    assert snapshot(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


@pytest.mark.skipif(sys.platform != "linux", reason="/proc exists on Linux only")
def test_folder_that_takes_no_files_is_refused_without_leftovers() -> None:
    path = Path("/proc/asc-test.sqlite3")
    with pytest.raises(DatabaseError, match="Cannot write to the folder"):
        dbs.open_database(str(path))
    for leftover in (path, Path("/proc/asc-test.sqlite3-wal"), Path("/proc/backups")):
        assert not leftover.exists()


def test_check_reports_a_sound_database_without_changing_it(
    db_path: Path, snapshot: Snapshot
) -> None:
    _make_asc_database(db_path)
    before = snapshot(db_path.parent)

    report = dbs.check_database(str(db_path))

    assert report.ok and report.up_to_date
    assert (report.revision, report.head, report.integrity) == (head_revision(),) * 2 + ("ok",)
    assert snapshot(db_path.parent) == before


def test_check_of_a_missing_file_does_not_create_it(tmp_path: Path) -> None:
    path = tmp_path / "missing.sqlite3"
    with pytest.raises(DatabaseError, match="does not exist"):
        dbs.check_database(str(path))
    assert list(tmp_path.iterdir()) == []


def test_a_folder_given_as_database_is_refused(tmp_path: Path, snapshot: Snapshot) -> None:
    folder = tmp_path / "asc.sqlite3"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep")
    before = snapshot(tmp_path)
    for operation in OPERATIONS.values():
        with pytest.raises(NotADatabaseError, match="folder"):
            operation(folder, tmp_path / "out.sqlite3")
    assert snapshot(tmp_path) == before


KILLED_WRITER = (
    "import os, sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1])\n"
    "c.execute('PRAGMA wal_autocheckpoint=0')\n"
    "c.execute(\"UPDATE center SET name = 'committed before the crash'\")\n"
    "c.commit()\n"
    "os._exit(0)\n"  # dies without closing: the commit is only in the -wal file
)


def test_commits_left_in_the_wal_by_a_crash_are_kept(db_path: Path) -> None:
    _make_asc_database(db_path)
    subprocess.run([sys.executable, "-c", KILLED_WRITER, str(db_path)], check=True, timeout=30)
    assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0

    assert dbs.check_database(str(db_path)).ok
    db, report = dbs.open_database(str(db_path))
    try:
        center = CenterService(db, "test").get_center()
    finally:
        db.dispose()

    assert report.backup is None and not report.created
    assert center is not None and center.name == "committed before the crash"
