"""Online backups of the SQLite file (sqlite3 backup API), checked, rotated, restored.

- A backup is written to `<name>.partial`, checked (`PRAGMA quick_check` and ASC Desk's
  tables) and only then renamed: a file under a backup's name always checks out.
- Automatic backups (before an upgrade or a restore, daily) are rotated: the newest of each
  of the last 7 days, 4 ISO weeks and 12 months that have one, plus every one of the current
  day, are kept. Manual backups are never deleted.
- Leftovers of killed work (`backups/*.partial`, `<db>.restoring`) are removed by the next
  start that holds the one-copy lock (`remove_leftovers`).
- Every file made here is readable by its owner only (0600, in a 0700 folder).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from asc_desk.db.revisions import check_revision_known
from asc_desk.db.sqlite_file import damage_summary, inspect_sqlite_file, read_only_connect
from asc_desk.domain.errors import N_, BackupError, DatabaseError, NotADatabaseError
from asc_desk.file_errors import cannot_write
from asc_desk.paths import FILE_MODE, create_private_file, make_private, private_folder

log = logging.getLogger(__name__)

SUFFIX = ".sqlite3"
REQUIRED_TABLES = {"alembic_version", "center"}
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
PARTIAL = ".partial"
RESTORING = ".restoring"


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_name(db_path: Path, reason: str, now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now()
    return f"{db_path.stem}-{now:%Y%m%d-%H%M%S-%f}-{reason}{SUFFIX}"


def backup_file(db_path: Path, dest: Path) -> Path:
    """Copy a live database, WAL included, into `dest` (a self-contained, checked file)."""
    if dest.exists():
        raise BackupError(N_("{path} already exists; choose another file name."), path=str(dest))
    try:
        private_folder(dest.parent)
    except OSError as exc:
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise cannot_write(dest, exc, BackupError) from None
        raise BackupError(N_("Cannot create the folder {folder}: {reason}."),
                          folder=str(dest.parent), reason=exc.strerror) from None
    partial = dest.with_name(dest.name + PARTIAL)
    try:
        _remove(partial)
        _copy(db_path, partial)
        problem = _copy_problem(partial)
        if problem is not None:
            _remove(partial)
            log.error("the copy of %s failed its check: %s", db_path.name, problem)
            raise BackupError(N_("The backup copy did not check out, so it was not kept; "
                                 "details are in the log."))
        os.replace(partial, dest)
    except OSError as exc:
        _remove(partial)
        raise cannot_write(dest, exc, BackupError) from None
    except sqlite3.Error as exc:
        _remove(partial)
        raise BackupError(N_("Backup to {path} failed: {reason}."), path=str(dest),
                          reason=str(exc).splitlines()[0] if str(exc) else "") from None
    return dest


def _remove(partial: Path) -> None:
    """Remove a partial copy if there is one. On a read-only disk even the removal of a file
    that is not there fails (EROFS): that must not hide why the backup failed (a copy that
    stays is refused by its check, or removed by the next start)."""
    with contextlib.suppress(OSError):
        partial.unlink(missing_ok=True)


def _copy_problem(path: Path) -> str | None:
    try:
        info = inspect_sqlite_file(path, quick_check=True)
    except NotADatabaseError as exc:
        return str(exc)
    return None if info.integrity == "ok" else info.integrity


def automatic_backup(db_path: Path, reason: str, now: dt.datetime | None = None) -> Path:
    """A backup into the backups folder beside the database, then rotation."""
    now = now or dt.datetime.now()
    folder = backups_dir(db_path)
    dest = backup_file(db_path, folder / backup_name(db_path, reason, now))
    rotate(db_path, now)
    return dest


AUTOMATIC = ("before-upgrade", "before-restore", "daily")
RESTORABLE = (*AUTOMATIC, "manual")
LISTED = (*RESTORABLE, "damaged")


def _named(db_path: Path, reasons: tuple[str, ...]) -> re.Pattern[str]:
    # Exactly this database's backups: "school-old-..." is not a backup of "school".
    return re.compile(rf"^{re.escape(db_path.stem)}-(\d{{8}}-\d{{6}}-\d{{6}})-"
                      rf"({'|'.join(map(re.escape, reasons))}){re.escape(SUFFIX)}$")


def made_at(db_path: Path, backup: Path) -> dt.datetime | None:
    """When a backup was made, from its name (local time); None for another file."""
    match = _named(db_path, LISTED).match(backup.name)
    return dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f") if match else None


def kind_of(db_path: Path, backup: Path) -> str | None:
    match = _named(db_path, LISTED).match(backup.name)
    return match.group(2) if match else None


def rotate(db_path: Path, now: dt.datetime) -> list[Path]:
    """Delete automatic backups beyond 7 daily, 4 weekly, 12 monthly; returns the deleted.

    The newest backup of a day (week, month) stands for it; the most recent 7 days (4 weeks,
    12 months) that have a backup are kept, and every backup made today, so a safety copy
    taken before a restore survives the daily backup that follows it."""
    found = list_backups(db_path, AUTOMATIC)  # newest first
    keep: set[Path] = set()
    for key, limit in ((lambda d: d.date(), KEEP_DAILY),
                       (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
                       (lambda d: (d.year, d.month), KEEP_MONTHLY)):
        seen: list[object] = []
        for path in found:
            when = made_at(db_path, path)
            if when is None:
                continue
            bucket = key(when)
            if bucket in seen:
                continue
            if len(seen) == limit:
                break
            seen.append(bucket)
            keep.add(path)
    deleted = []
    for path in found:
        when = made_at(db_path, path)
        if path in keep or (when is not None and when.date() >= now.date()):
            continue
        path.unlink(missing_ok=True)
        deleted.append(path)
    if deleted:
        log.info("rotation removed %d old automatic backup(s) of %s", len(deleted), db_path.name)
    return deleted


def newest_backup(db_path: Path) -> Path | None:
    """The newest backup that checks out (never a damaged file or a damaged copy)."""
    for path in list_backups(db_path):
        try:
            validate_backup(path)
        except DatabaseError:
            continue
        return path
    return None


def list_backups(db_path: Path, reasons: tuple[str, ...] = RESTORABLE) -> list[Path]:
    """This database's backups, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    pattern = _named(db_path, reasons)
    found = [(m.group(1), p) for p in folder.iterdir()
             if (m := pattern.match(p.name)) and p.is_file()]
    return [p for _, p in sorted(found, key=lambda found: found[0], reverse=True)]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    revision: str


_NOT_A_BACKUP = {
    N_("{path} is not an ASC Desk database (not an SQLite file)."):
        N_("Not a valid ASC Desk backup: {path} is not an ASC Desk database (not an SQLite "
           "file)."),
    N_("{path} is damaged and cannot be read ({reason})."):
        N_("Not a valid ASC Desk backup: {path} is damaged and cannot be read ({reason})."),
}


def validate_backup(path: Path) -> BackupInfo:
    """Raise BackupError unless `path` is an ASC Desk database this version can open."""
    if path.is_dir():
        raise BackupError(N_("{path} is a folder, not a backup file."), path=str(path))
    if not path.is_file():
        raise BackupError(N_("{path} does not exist."), path=str(path))
    try:
        info = inspect_sqlite_file(path, quick_check=True)
    except NotADatabaseError as exc:
        # One template of its own for each reason: the reason's English sentence put into
        # another template stayed English inside the Chinese one.
        raise BackupError(_NOT_A_BACKUP.get(exc.template, exc.template), **exc.params) from None
    if info.integrity != "ok":
        log.error("backup %s is damaged: %s", path.name, info.integrity)
        raise BackupError(N_("Not a valid ASC Desk backup: {path} is damaged ({detail}); "
                             "details are in the log."),
                          path=str(path), detail=damage_summary(info.integrity))
    if not info.tables >= REQUIRED_TABLES or info.revision is None:
        raise BackupError(N_("Not a valid ASC Desk backup: {path} holds no ASC Desk data."),
                          path=str(path))
    check_revision_known(info.revision)
    return BackupInfo(path, info.revision)


def restore_file(backup: Path, db_path: Path) -> None:
    """Replace `db_path` with a validated backup; the caller holds the database lock."""
    partial = db_path.with_name(db_path.name + RESTORING)
    try:
        partial.unlink(missing_ok=True)
        _copy(backup, partial)
        # Commits a killed window left in the -wal go into the main file first: removing
        # the -wal and being killed (or failing) before the replace must not lose them.
        _fold_wal(db_path)
        for stale in (db_path.with_name(db_path.name + "-wal"),
                      db_path.with_name(db_path.name + "-shm")):
            stale.unlink(missing_ok=True)
        os.replace(partial, db_path)
    except (OSError, sqlite3.Error) as exc:
        _remove(partial)
        raise BackupError(N_("Restore failed, the database was not changed: {reason}."),
                          reason=str(exc).splitlines()[0] if str(exc) else "") from None


def _fold_wal(db_path: Path) -> None:
    if not (db_path.exists() and db_path.with_name(db_path.name + "-wal").exists()):
        return
    try:
        conn = sqlite3.connect(db_path, timeout=5)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error as exc:  # a damaged file: the caller kept its bytes already
        log.warning("could not fold the -wal into %s before a restore: %s", db_path.name,
                    type(exc).__name__)


def set_aside_damaged(db_path: Path) -> Path:
    """Move a damaged database (and its -wal) into the backups folder, bytes untouched."""
    folder = private_folder(backups_dir(db_path))
    dest = folder / backup_name(db_path, "damaged")
    shutil.copy2(db_path, dest)
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        shutil.copy2(wal, dest.with_name(dest.name + "-wal"))
    make_private(dest, dest.with_name(dest.name + "-wal"))
    return dest


def leftovers(db_path: Path) -> list[Path]:
    """Files a killed backup, upgrade or restore left behind."""
    found = [db_path.with_name(db_path.name + RESTORING)]
    folder = backups_dir(db_path)
    if folder.is_dir():
        found += [p for p in folder.iterdir()
                  if p.name.startswith(db_path.stem + "-") and p.name.endswith(PARTIAL)]
    return [p for p in found if p.is_file()]


def remove_leftovers(db_path: Path) -> list[Path]:
    """Remove them (the caller holds the one-copy lock), with a log line each."""
    removed = []
    for path in leftovers(db_path):
        try:
            path.unlink()
        except OSError as exc:
            log.warning("could not remove the leftover %s: %s", path.name, exc.strerror)
            continue
        log.info("removed %s, left behind by an interrupted backup or restore", path.name)
        removed.append(path)
    return removed


def _copy(src: Path, dest: Path) -> None:
    if not create_private_file(dest):  # 0600 from the start, before a byte is written
        os.chmod(dest, FILE_MODE)
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
