"""Issue 11 in the database service: one copy per *file*, reading commands never create or
upgrade, backups checked and rotated and listed, leftovers cleaned, private modes, one-line
messages for a damaged file."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
from pathlib import Path

import pytest
from filelock import FileLock

from asc_desk.db import backup as backups
from asc_desk.db.engine import make_engine
from asc_desk.db.location import parse_location
from asc_desk.db.lock import DatabaseFileLock
from asc_desk.db.migrate import upgrade_to_head
from asc_desk.domain.center import CenterSettings
from asc_desk.domain.errors import DatabaseError, DatabaseLockedError, NotADatabaseError
from asc_desk.services import database_service as dbs
from asc_desk.services.center_service import CenterService

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes and links")


def _make(path: Path) -> Path:
    db, _ = dbs.open_database(str(path))
    try:
        CenterService(db, "test").set_up_center(CenterSettings("星光儿童之家", "华彩玩具"))
    finally:
        db.dispose()
    return path


def _old(path: Path) -> Path:
    engine = make_engine(parse_location(str(path)))
    upgrade_to_head(engine, target="0001")
    engine.dispose()
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page * 2, len(data), page):  # every page's header after the second
        data[offset:offset + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))


# -- one copy per file -------------------------------------------------------------------
@posix_only
def test_the_lock_follows_a_symlink_to_the_file(tmp_path: Path) -> None:
    real = _make(tmp_path / "real.sqlite3")
    link = tmp_path / "link.sqlite3"
    link.symlink_to(real)
    with DatabaseFileLock(real), pytest.raises(DatabaseLockedError):
        DatabaseFileLock(link).acquire()
    with DatabaseFileLock(link), pytest.raises(DatabaseLockedError):
        DatabaseFileLock(real).acquire()


@posix_only
def test_a_hard_linked_database_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    real = _make(tmp_path / "real.sqlite3")
    other = tmp_path / "other-name.sqlite3"
    os.link(real, other)
    before = _sha(real)
    for name in (real, other):
        with pytest.raises(DatabaseError, match="hard links"):
            DatabaseFileLock(name).acquire()
        with pytest.raises(DatabaseError, match="hard links"):
            dbs.open_database(str(name))
    assert _sha(real) == before
    assert not (tmp_path / "other-name.sqlite3-wal").exists()


# -- reading commands never create or upgrade ---------------------------------------------
@pytest.mark.parametrize("content", [None, b""], ids=["missing", "zero-byte"])
def test_no_database_is_created_where_creating_is_not_asked(tmp_path: Path, content) -> None:
    path = tmp_path / "folder" / "asc.sqlite3"
    if content is not None:
        path.parent.mkdir()
        path.write_bytes(content)
    for upgrade in (False, True):
        with pytest.raises(DatabaseError, match="db upgrade") as caught:
            dbs.open_database(str(path), create=False, upgrade=upgrade)
        assert "\n" not in str(caught.value)
    if content is None:
        assert not path.parent.exists()
    else:
        assert path.read_bytes() == content
        assert sorted(p.name for p in path.parent.iterdir()) == ["asc.sqlite3"]


def test_a_reading_open_of_an_old_database_says_to_upgrade_and_changes_nothing(
        tmp_path: Path) -> None:
    path = _old(tmp_path / "asc.sqlite3")
    before = _sha(path)
    with pytest.raises(DatabaseError, match="asc-desk db upgrade"):
        dbs.open_database(str(path), create=False, upgrade=False)
    assert _sha(path) == before
    assert not backups.backups_dir(path).exists()


def test_an_upgrade_takes_the_lock_and_refuses_beside_an_open_window(tmp_path: Path) -> None:
    path = _old(tmp_path / "asc.sqlite3")
    before = _sha(path)
    other_copy = FileLock(str(path) + ".lock", timeout=0)  # as another process holds it
    with other_copy, pytest.raises(DatabaseLockedError):
        dbs.open_database(str(path))
    assert _sha(path) == before
    db, report = dbs.open_database(str(path))  # free again: upgrades, with a backup
    db.dispose()
    assert report.upgraded_from == "0001" and report.backup is not None


# -- backups ------------------------------------------------------------------------------
def test_a_damaged_database_is_not_backed_up(tmp_path: Path) -> None:
    path = _make(tmp_path / "asc.sqlite3")
    _damage(path)
    with pytest.raises(NotADatabaseError) as caught:
        dbs.backup_database(str(path))
    assert "\n" not in str(caught.value)
    assert backups.list_backups(path) == []


def test_a_zero_byte_database_is_not_backed_up(tmp_path: Path) -> None:
    path = tmp_path / "asc.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(DatabaseError, match="nothing to back up"):
        dbs.backup_database(str(path), tmp_path / "copy.sqlite3")
    assert not (tmp_path / "copy.sqlite3").exists()
    assert path.read_bytes() == b""


def test_a_copy_that_does_not_check_out_is_not_kept(tmp_path: Path, monkeypatch) -> None:
    path = _make(tmp_path / "asc.sqlite3")
    real_copy = backups._copy

    def damaging_copy(src, dest):
        real_copy(src, dest)
        _damage(dest)

    monkeypatch.setattr(backups, "_copy", damaging_copy)
    with pytest.raises(DatabaseError, match="did not check out"):
        dbs.backup_database(str(path))
    assert list(backups.backups_dir(path).iterdir()) == []


def test_backups_are_listed_good_ones_first_newest_first(tmp_path: Path) -> None:
    path = _make(tmp_path / "asc.sqlite3")
    day = dt.datetime(2026, 5, 1, 9)
    older = backups.automatic_backup(path, "daily", now=day)
    bad = backups.automatic_backup(path, "daily", now=day + dt.timedelta(days=2))
    _damage(bad)
    newer = backups.automatic_backup(path, "manual", now=day + dt.timedelta(days=1))
    entries = dbs.list_backup_entries(str(path))
    assert [e.path for e in entries] == [newer, older, bad]
    assert [e.ok for e in entries] == [True, True, False]
    assert entries[0].kind == "manual" and entries[0].children == 0 and entries[0].events == 0
    assert entries[0].size == newer.stat().st_size
    assert entries[2].problem and "\n" not in entries[2].problem
    assert backups.newest_backup(path) == newer  # the GUI's offer: never the damaged one


def test_rotation_over_400_days_keeps_7_daily_4_weekly_12_monthly(tmp_path: Path) -> None:
    db_path = tmp_path / "asc.sqlite3"
    folder = backups.backups_dir(db_path)
    folder.mkdir()
    start = dt.datetime(2026, 1, 1, 8, 30)
    manual = []
    for day in range(400):
        now = start + dt.timedelta(days=day)
        for reason in ("daily",) + (("before-upgrade",) if day % 50 == 0 else ()):
            (folder / backups.backup_name(db_path, reason, now)).touch()
            now += dt.timedelta(minutes=1)
        if day % 30 == 0:
            name = backups.backup_name(db_path, "manual", now + dt.timedelta(minutes=5))
            manual.append(folder / name)
            manual[-1].touch()
        backups.rotate(db_path, now)
    kept = [backups.made_at(db_path, p) for p in backups.list_backups(db_path, backups.AUTOMATIC)]
    last = start + dt.timedelta(days=399)
    days = {d.date() for d in kept}
    assert {(last - dt.timedelta(days=i)).date() for i in range(7)} <= days
    weeks = {d.isocalendar()[:2] for d in kept}
    assert len(weeks) >= 4
    months = {(d.year, d.month) for d in kept}
    assert len(months) == 12
    assert len(kept) <= 7 + 4 + 12
    assert all(p.exists() for p in manual)  # manual backups are never deleted


def test_leftovers_of_killed_work_are_removed_at_the_next_start(tmp_path: Path, caplog) -> None:
    path = _make(tmp_path / "asc.sqlite3")
    folder = backups.backups_dir(path)
    folder.mkdir(exist_ok=True)
    partial = folder / (backups.backup_name(path, "before-upgrade") + ".partial")
    partial.write_bytes(b"x" * 100)
    restoring = path.with_name(path.name + ".restoring")
    restoring.write_bytes(b"y")
    other = folder / "someone-else.sqlite3.partial"
    other.write_bytes(b"z")
    dbs.open_database(str(path))[0].dispose()  # no lock held: a reading open leaves them
    assert partial.exists()
    with caplog.at_level("INFO"), DatabaseFileLock(path):
        dbs.open_database(str(path))[0].dispose()
    assert not partial.exists() and not restoring.exists()
    assert other.exists()  # another database's file is not ours to remove
    assert sum("left behind" in r.getMessage() for r in caplog.records) == 2


# -- integrity checks: after an unclean exit, not on every start ---------------------------
def test_quick_check_runs_after_an_unclean_exit_only(tmp_path: Path, monkeypatch) -> None:
    path = _make(tmp_path / "asc.sqlite3")
    calls = []
    real = dbs.inspect_sqlite_file

    def spy(p, *, quick_check=True):
        calls.append(quick_check)
        return real(p, quick_check=quick_check)

    monkeypatch.setattr(dbs, "inspect_sqlite_file", spy)
    with DatabaseFileLock(path):
        dbs.open_database(str(path))[0].dispose()
    assert calls == [False]
    # A copy killed while it held the lock leaves its marker behind.
    path.with_name(path.name + ".open").touch()
    calls.clear()
    with DatabaseFileLock(path) as lock:
        assert lock.unclean_exit
        dbs.open_database(str(path))[0].dispose()
    assert calls == [True]


def test_damage_found_after_an_unclean_exit_is_one_line(tmp_path: Path) -> None:
    path = _make(tmp_path / "asc.sqlite3")
    _damage(path)
    path.with_name(path.name + ".open").touch()
    with DatabaseFileLock(path), pytest.raises(NotADatabaseError) as caught:
        dbs.open_database(str(path))
    assert "\n" not in str(caught.value) and "damaged" in str(caught.value)


# -- private files ------------------------------------------------------------------------
@posix_only
def test_database_wal_backups_are_private(tmp_path: Path) -> None:
    path = tmp_path / "new" / "asc.sqlite3"
    db, _ = dbs.open_database(str(path))
    CenterService(db, "t").set_up_center(CenterSettings("星光儿童之家", "华彩玩具"))
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    try:
        for file in (path, wal, shm):
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        copy = dbs.backup_database(str(path))
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    finally:
        db.dispose()


@posix_only
def test_modes_of_existing_files_are_fixed_at_start(tmp_path: Path, caplog) -> None:
    path = _make(tmp_path / "asc.sqlite3")
    copy = dbs.backup_database(str(path))
    for file in (path, copy):
        os.chmod(file, 0o644)
    os.chmod(copy.parent, 0o755)
    with caplog.at_level("INFO"), DatabaseFileLock(path):
        dbs.open_database(str(path))[0].dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    assert any("owner only" in r.getMessage() for r in caplog.records)
