"""Online backups of the SQLite file (sqlite3 backup API) and restoring one."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from asc_desk.db.revisions import check_revision_known
from asc_desk.db.sqlite_file import inspect_sqlite_file, read_only_connect
from asc_desk.domain.errors import N_, BackupError, NotADatabaseError

KEEP_AUTOMATIC = 30
SUFFIX = ".sqlite3"
REQUIRED_TABLES = {"alembic_version", "center"}


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_name(db_path: Path, reason: str, now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now()
    return f"{db_path.stem}-{now:%Y%m%d-%H%M%S-%f}-{reason}{SUFFIX}"


def backup_file(db_path: Path, dest: Path) -> Path:
    """Copy a live database, WAL included, into `dest` (a self-contained file)."""
    if dest.exists():
        raise BackupError(N_("{path} already exists; choose another file name."), path=str(dest))
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(N_("Cannot create the folder {folder}: {reason}."),
                          folder=str(dest.parent), reason=exc.strerror) from None
    partial = dest.with_name(dest.name + ".partial")
    try:
        _copy(db_path, partial)
        os.replace(partial, dest)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(N_("Backup to {path} failed: {reason}."), path=str(dest),
                          reason=exc.strerror or str(exc)) from None
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(N_("Backup to {path} failed: {reason}."), path=str(dest),
                          reason=str(exc)) from None
    return dest


def automatic_backup(db_path: Path, reason: str) -> Path:
    """A backup into the backups folder beside the database, keeping the newest ones."""
    folder = backups_dir(db_path)
    dest = backup_file(db_path, folder / backup_name(db_path, reason))
    for old in list_backups(db_path, AUTOMATIC)[KEEP_AUTOMATIC:]:
        old.unlink(missing_ok=True)
    return dest


AUTOMATIC = ("before-upgrade", "before-restore", "daily")
RESTORABLE = (*AUTOMATIC, "manual")


def _named(db_path: Path, reasons: tuple[str, ...]) -> re.Pattern[str]:
    # Exactly this database's backups: "school-old-..." is not a backup of "school".
    return re.compile(rf"^{re.escape(db_path.stem)}-\d{{8}}-\d{{6}}-\d{{6}}-"
                      rf"({'|'.join(map(re.escape, reasons))}){re.escape(SUFFIX)}$")


def newest_backup(db_path: Path) -> Path | None:
    """The newest backup that can be restored (never a damaged file set aside)."""
    found = list_backups(db_path)
    return found[0] if found else None


def list_backups(db_path: Path, reasons: tuple[str, ...] = RESTORABLE) -> list[Path]:
    """This database's backups, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    pattern = _named(db_path, reasons)
    found = [p for p in folder.iterdir() if pattern.match(p.name) and p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    revision: str


def validate_backup(path: Path) -> BackupInfo:
    """Raise BackupError unless `path` is an ASC Desk database this version can open."""
    if path.is_dir():
        raise BackupError(N_("{path} is a folder, not a backup file."), path=str(path))
    if not path.is_file():
        raise BackupError(N_("{path} does not exist."), path=str(path))
    try:
        info = inspect_sqlite_file(path)
    except NotADatabaseError as exc:
        raise BackupError(N_("Not a valid ASC Desk backup: {reason}"), reason=str(exc)) from None
    if info.integrity != "ok":
        raise BackupError(N_("Not a valid ASC Desk backup: {path} is damaged ({detail})."),
                          path=str(path), detail=info.integrity)
    if not info.tables >= REQUIRED_TABLES or info.revision is None:
        raise BackupError(N_("Not a valid ASC Desk backup: {path} holds no ASC Desk data."),
                          path=str(path))
    check_revision_known(info.revision)
    return BackupInfo(path, info.revision)


def restore_file(backup: Path, db_path: Path) -> None:
    """Replace `db_path` with a validated backup; the caller holds the database lock."""
    partial = db_path.with_name(db_path.name + ".restoring")
    try:
        _copy(backup, partial)
        for stale in (db_path.with_name(db_path.name + "-wal"),
                      db_path.with_name(db_path.name + "-shm")):
            stale.unlink(missing_ok=True)
        os.replace(partial, db_path)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(N_("Restore failed, the database was not changed: {reason}."),
                          reason=str(exc)) from None


def set_aside_damaged(db_path: Path) -> Path:
    """Move a damaged database (and its -wal) into the backups folder, bytes untouched."""
    folder = backups_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / backup_name(db_path, "damaged")
    shutil.copy2(db_path, dest)
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        shutil.copy2(wal, dest.with_name(dest.name + "-wal"))
    return dest


def _copy(src: Path, dest: Path) -> None:
    source = read_only_connect(src)
    target = sqlite3.connect(dest)
    try:
        source.backup(target)
        # The copy stands alone: no -wal file is needed to read it.
        target.execute("PRAGMA journal_mode=DELETE")
        target.commit()
    finally:
        target.close()
        source.close()
