"""Opening, checking, upgrading, backing up and restoring the database."""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.exc import SQLAlchemyError

from asc_desk.db import backup as backups
from asc_desk.db.connect_errors import check_server_version, explain_connect_error
from asc_desk.db.engine import make_engine
from asc_desk.db.location import DatabaseLocation, is_network_path, parse_location
from asc_desk.db.lock import DatabaseFileLock, check_single_name, held_lock, real_path
from asc_desk.db.revisions import HEAD, check_revision_known
from asc_desk.db.sqlite_file import (
    NOT_CHECKED,
    SqliteFileInfo,
    damage_summary,
    inspect_sqlite_file,
)
from asc_desk.domain.center import DEFAULT_TIME_ZONE
from asc_desk.domain.errors import (
    N_,
    BackupError,
    DatabaseError,
    DatabaseLockedError,
    NotADatabaseError,
)
from asc_desk.paths import create_private_file, make_private, private_folder
from asc_desk.services.database import Database

log = logging.getLogger(__name__)

NETWORK_WARNING = N_(
    "The database is on a network drive. SQLite is not safe there: keep the file on this PC, "
    "or let several PCs share a PostgreSQL server."
)
NOT_OURS = N_("{path} is an SQLite file, but not an ASC Desk database.")
NO_DATABASE = N_("There is no ASC Desk database at {path} yet: create it with `asc-desk db "
                 "upgrade`, `asc-desk demo` or by opening the window.")
NEEDS_UPGRADE = N_("The database {path} was made by an older version: run `asc-desk db "
                   "upgrade` first (it backs it up, then upgrades it).")
DAMAGED = N_("{path} is damaged ({detail}); details are in the log. Restore a backup "
             "(`asc-desk db backups` lists them).")


@dataclass(frozen=True)
class OpenReport:
    location: str
    is_sqlite: bool
    revision: str
    upgraded_from: str | None = None  # set when this start upgraded the schema
    created: bool = False
    backup: Path | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckReport:
    location: str
    is_sqlite: bool
    revision: str | None
    head: str
    integrity: str
    warnings: tuple[str, ...] = field(default=())

    @property
    def up_to_date(self) -> bool:
        return self.revision == self.head

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.revision is not None


def resolve(value: str | DatabaseLocation) -> DatabaseLocation:
    return value if isinstance(value, DatabaseLocation) else parse_location(value)


def lock_for(location: DatabaseLocation) -> AbstractContextManager:
    """The one-copy lock for an SQLite file; a server handles its own concurrency."""
    if location.is_sqlite:
        assert location.path is not None
        _check_folder_writable(location.path.parent)
        return DatabaseFileLock(location.path)
    return nullcontext()


def require_database(value: str | DatabaseLocation) -> None:
    """For commands, before taking any lock: refuse a missing or zero-byte SQLite file
    without creating anything (not even the folder or the lock file)."""
    location = resolve(value)
    if location.is_sqlite:
        assert location.path is not None
        path = real_path(location.path)
        if not path.is_file() or path.stat().st_size == 0:
            raise DatabaseError(NO_DATABASE, path=str(location.path))


def open_database(
    value: str | DatabaseLocation, *, daily_backup: bool = False, create: bool = True,
    upgrade: bool = True,
) -> tuple[Database, OpenReport]:
    """Open for use: refuse bad files untouched, back up, then upgrade to head.

    `create=False` (commands that use a database) refuses a missing, zero-byte or empty
    one, leaving it as it was: only `db upgrade`, `demo` and the window create a database.
    `upgrade=False` (commands that only read) refuses a database at an older schema with a
    line saying to run `asc-desk db upgrade`. An upgrade of an SQLite file always runs
    under the one-copy lock (taken here when this process does not hold it already)."""
    location = resolve(value)
    if location.is_sqlite:
        return _open_sqlite(location, daily_backup=daily_backup, create=create,
                            upgrade=upgrade)
    return _open_server(location, create=create, upgrade=upgrade)


def _open_sqlite(location: DatabaseLocation, *, daily_backup: bool, create: bool,
                 upgrade: bool) -> tuple[Database, OpenReport]:
    assert location.path is not None
    path = real_path(location.path)
    if not create:
        require_database(location)  # before anything else: not even the folder is made
    check_single_name(path)
    lock = held_lock(path)
    if lock is not None:
        _start_up_chores(path)
    # The full page scan only when there is reason to doubt the file: the last copy did
    # not exit cleanly. Otherwise the header, schema and revision are read (cheap).
    thorough = lock is not None and lock.unclean_exit
    info = _inspect_for_use(path, quick_check=thorough)
    if lock is not None and thorough:
        lock.unclean_exit = False
        log.info("checked %s after an unclean exit: ok", location.display)
    if info.empty and not create:
        raise DatabaseError(NO_DATABASE, path=str(location.path))
    if not info.empty and info.revision != HEAD and not upgrade:
        raise DatabaseError(NEEDS_UPGRADE, path=str(location.path))
    if not info.empty and info.revision != HEAD and lock is None:
        # Never upgrade beside another copy: take the lock for the backup and the upgrade.
        # (Creating the schema in an empty file needs no lock: the upgrade's transaction
        # starts with BEGIN IMMEDIATE, so a second creator waits, then finds it at head.)
        with DatabaseFileLock(path):
            return _open_sqlite(location, daily_backup=daily_backup, create=create,
                                upgrade=upgrade)
    if not info.exists:
        private_folder(path.parent)
        create_private_file(path)
    warnings = [NETWORK_WARNING] if is_network_path(path) else []
    backup_path = None
    if not info.empty and info.revision != HEAD:
        backup_path = backups.automatic_backup(path, "before-upgrade")
    elif daily_backup and not info.empty and _needs_daily_backup(path):
        backup_path = backups.automatic_backup(path, "daily")
    if backup_path is not None:
        log.info("backed up %s to %s", location.display, backup_path.name)
    engine = make_engine(location)
    if info.revision == HEAD:
        # Already current: no need to load Alembic, which costs a third of a second.
        return Database(location, engine), OpenReport(
            location=location.display, is_sqlite=True, revision=HEAD, backup=backup_path,
            warnings=tuple(warnings),
        )
    from asc_desk.db.migrate import upgrade_to_head

    try:
        result = upgrade_to_head(engine)
    except DatabaseError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        log.exception("upgrade of %s failed", location.display)
        raise DatabaseError(
            N_("Upgrading the database failed and it was left as it was ({reason})."),
            reason=type(exc).__name__,
        ) from exc
    if result.changed:
        log.info("upgraded %s from schema %s to %s", location.display, result.before,
                 result.after)
        if not info.empty:
            _check_after_upgrade(path, engine)
    report = OpenReport(
        location=location.display, is_sqlite=True, revision=result.after,
        upgraded_from=result.before if result.changed and not info.empty else None,
        created=info.empty, backup=backup_path, warnings=tuple(warnings),
    )
    log.info("opened %s at schema %s", location.display, result.after)
    return Database(location, engine), report


def _start_up_chores(path: Path) -> None:
    """Under the one-copy lock, at start: leftovers of killed work go, modes get private."""
    backups.remove_leftovers(path)
    folder = backups.backups_dir(path)
    candidates = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    if folder.is_dir():
        candidates += [folder, *folder.iterdir()]
    for fixed in make_private(*candidates):
        log.info("made %s readable by its owner only", fixed.name)


def _check_after_upgrade(path: Path, engine) -> None:
    """An upgrade rewrote tables: scan the pages once (not on every start)."""
    engine.dispose()  # nothing of ours still open on the file
    info = inspect_sqlite_file(path, quick_check=True)
    if info.integrity != "ok":
        log.error("after the upgrade, %s does not check out: %s", path.name, info.integrity)
        raise NotADatabaseError(DAMAGED, path=str(path), detail=damage_summary(info.integrity))


def _open_server(location: DatabaseLocation, *, create: bool = True,
                 upgrade: bool = True) -> tuple[Database, OpenReport]:
    from asc_desk.db.migrate import current_revision, upgrade_to_head

    engine = make_engine(location)
    try:
        try:
            with engine.connect() as conn:
                check_server_version(location, conn.dialect.server_version_info)
                before = current_revision(conn)
        except SQLAlchemyError as exc:
            raise explain_connect_error(location, exc) from None
        check_revision_known(before)
        if before == HEAD:
            return Database(location, engine), OpenReport(location.display, False, HEAD)
        if before is None and not create:
            raise DatabaseError(NO_DATABASE, path=location.display)
        if before is not None and not upgrade:
            raise DatabaseError(NEEDS_UPGRADE, path=location.display)
        try:
            result = upgrade_to_head(engine)
        except SQLAlchemyError as exc:
            log.exception("upgrade of %s failed", location.display)
            raise DatabaseError(
                N_("Upgrading the database failed and it was left as it was ({reason})."),
                reason=type(exc).__name__,
            ) from exc
    except BaseException:
        engine.dispose()
        raise
    report = OpenReport(
        location=location.display, is_sqlite=False, revision=result.after,
        upgraded_from=result.before if result.changed and result.before else None,
        created=result.before is None,
    )
    return Database(location, engine), report


def _inspect_for_use(path: Path, *, quick_check: bool = True) -> SqliteFileInfo:
    if not path.exists():
        _check_folder_writable(path.parent)
    info = inspect_sqlite_file(path, quick_check=quick_check)
    if info.integrity not in ("ok", NOT_CHECKED):
        log.error("%s is damaged: %s", path.name, info.integrity)
        raise NotADatabaseError(DAMAGED, path=str(path), detail=damage_summary(info.integrity))
    if not info.empty and info.revision is None:
        raise NotADatabaseError(NOT_OURS, path=str(path))
    check_revision_known(info.revision)
    if info.exists and not os.access(path, os.W_OK):
        raise DatabaseError(N_("{path} is read-only; ASC Desk needs to write to it."),
                            path=str(path))
    return info


def _check_folder_writable(folder: Path) -> None:
    """Make the folder if needed and prove it takes a file, leaving nothing behind."""
    blocker = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if blocker is not None and not blocker.is_dir():
        raise DatabaseError(N_("{path} is a file, not a folder."), path=str(blocker))
    try:
        private_folder(folder)
        with tempfile.TemporaryFile(dir=folder, prefix=".asc-desk-probe-"):
            pass
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise DatabaseError(N_("Cannot write to the folder {folder}: {reason}."),
                            folder=str(folder), reason=reason) from None


def daily_backup(value: str | DatabaseLocation,
                 starting: Callable[[], object] | None = None) -> Path | None:
    """The day's first backup of an SQLite file (None: made already today, a server, or an
    empty file). The window runs it on a worker once it is shown, so start-up never waits
    for a copy of a large file; `starting` is called only when a copy is about to be made
    (the window says "backing up" then, not at every start)."""
    location = resolve(value)
    if not location.is_sqlite or location.path is None:
        return None
    path = real_path(location.path)
    if not path.exists() or path.stat().st_size == 0 or not _needs_daily_backup(path):
        return None
    if starting is not None:
        starting()
    made = backups.automatic_backup(path, "daily")
    log.info("backed up %s to %s", location.display, made.name)
    return made


def _needs_daily_backup(path: Path) -> bool:
    found = backups.list_backups(path)  # by the date in the name: no need to read them
    if not found:
        return True
    made = backups.made_at(path, found[0])
    return made is None or made.date() < dt.date.today()


def check_database(value: str | DatabaseLocation) -> CheckReport:
    """Read-only: the file (or server) is reachable, intact and at a known schema."""
    location = resolve(value)
    head = HEAD
    if location.is_sqlite:
        assert location.path is not None
        if not location.path.exists():
            raise DatabaseError(N_("{path} does not exist."), path=str(location.path))
        info = inspect_sqlite_file(location.path)
        if not info.empty and info.revision is None:
            raise NotADatabaseError(NOT_OURS, path=str(location.path))
        check_revision_known(info.revision)
        warnings = (NETWORK_WARNING,) if is_network_path(location.path) else ()
        return CheckReport(location.display, True, info.revision, head, info.integrity, warnings)
    from asc_desk.db.migrate import current_revision

    engine = make_engine(location)
    try:
        with engine.connect() as conn:
            check_server_version(location, conn.dialect.server_version_info)
            revision = current_revision(conn)  # a query: it proves the server answers
    except SQLAlchemyError as exc:
        raise explain_connect_error(location, exc) from None
    finally:
        engine.dispose()
    check_revision_known(revision)
    return CheckReport(location.display, False, revision, head, "ok")


def backup_database(value: str | DatabaseLocation, to: Path | None = None) -> Path:
    location = resolve(value)
    if not location.is_sqlite:
        raise BackupError(
            N_("This database is on a PostgreSQL server: backups are the server's job "
               "(pg_dump or the server's own backup), not ASC Desk's.")
        )
    assert location.path is not None
    report = check_database(location)
    path = real_path(location.path)
    if report.revision is None or path.stat().st_size == 0:
        raise BackupError(N_("{path} holds no ASC Desk data: there is nothing to back up."),
                          path=str(location.path))
    if report.integrity != "ok":
        log.error("refused to back up %s: %s", location.display, report.integrity)
        raise NotADatabaseError(N_("{path} is damaged ({detail}), so it was not backed up; "
                                   "details are in the log. Restore a good backup instead."),
                          path=str(location.path), detail=damage_summary(report.integrity))
    with _lock_if_free(path):
        if to is not None:
            to = to.expanduser().absolute()
            if to.is_dir():  # a folder (a USB drive): the backup goes in, under its usual name
                to = to / backups.backup_name(path, "manual")
            return backups.backup_file(path, to)
        return backups.backup_file(path, backups.backups_dir(path)
                                   / backups.backup_name(path, "manual"))


@contextmanager
def _lock_if_free(path: Path) -> Iterator[None]:
    """Hold the one-copy lock while backing up when nobody holds it, so that a window
    starting meanwhile does not take the half-written copy for a leftover. A window that
    holds it (this process or another) cleaned up when it started."""
    if held_lock(path) is not None:
        yield
        return
    lock = DatabaseFileLock(path)
    try:
        lock.acquire()
    except DatabaseLockedError:
        yield
        return
    try:
        yield
    finally:
        lock.release()


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Path
    safety_backup: Path | None
    revision: str


def restore_database(value: str | DatabaseLocation, backup_file: Path) -> RestoreReport:
    """Replace the database with a backup; the caller holds the database lock."""
    location = resolve(value)
    if not location.is_sqlite:
        raise BackupError(
            N_("Restoring a PostgreSQL server is done with the server's own tools.")
        )
    assert location.path is not None
    backup_file = backup_file.expanduser().absolute()
    info = backups.validate_backup(backup_file)
    if backup_file == location.path:
        raise BackupError(N_("That file is the database itself."))
    safety = None
    if location.path.exists() and location.path.stat().st_size > 0:
        if not _is_intact(location.path):
            # The backup API would copy damaged pages under a rewritten header (or fail):
            # keep the damaged file's exact bytes instead.
            safety = backups.set_aside_damaged(location.path)
        else:
            try:
                safety = backups.automatic_backup(location.path, "before-restore")
            except BackupError:
                safety = backups.set_aside_damaged(location.path)
    else:
        _check_folder_writable(location.path.parent)
    backups.restore_file(backup_file, location.path)
    log.info("restored %s from a backup at schema %s", location.display, info.revision)
    return RestoreReport(backup_file, safety, info.revision)


def _is_intact(path: Path) -> bool:
    try:
        return inspect_sqlite_file(path).integrity == "ok"
    except NotADatabaseError:
        return False


def upgrade_database(value: str | DatabaseLocation) -> OpenReport:
    db, report = open_database(value)
    db.dispose()
    return report


@dataclass(frozen=True)
class BackupEntry:
    """One backup as the recovery list and Settings show it."""

    path: Path
    made: dt.datetime  # aware, in the center's time zone (the file name holds the PC's)
    kind: str  # manual, daily, before-upgrade, before-restore, damaged
    size: int  # bytes
    ok: bool  # checks out: intact, ASC Desk data, a schema this version can open
    problem: str = ""  # one line, when not ok
    revision: str | None = None
    children: int | None = None
    events: int | None = None


def backups_folder(value: str | DatabaseLocation) -> Path | None:
    """Where the backups of an SQLite file go; None for a server (backed up on the server)."""
    location = resolve(value)
    return backups.backups_dir(location.path) if location.path is not None else None


def list_backup_entries(value: str | DatabaseLocation,
                        zone: ZoneInfo | None = None) -> list[BackupEntry]:
    """Every backup of the database with its date, size and whether it checks out: the
    good ones first, newest first, then the others, newest first. Reads each file (a
    quick_check): meant for a recovery list or a restore dialog, not for every start.

    Times are given in `zone`, by default the center's time zone as the database says
    (what the coordinator reads on the wall clock, whatever zone the PC is set to)."""
    location = resolve(value)
    if not location.is_sqlite:
        return []
    assert location.path is not None
    path = real_path(location.path)
    zone = zone or _center_zone(path)
    entries = []
    for backup in backups.list_backups(path, backups.LISTED):
        named = backups.made_at(path, backup)
        kind = backups.kind_of(path, backup)
        assert named is not None and kind is not None
        made = named.astimezone(zone)  # the name holds the PC's local time, naive
        try:
            size = backup.stat().st_size
        except OSError:
            continue
        try:
            info = backups.validate_backup(backup)
        except DatabaseError as exc:
            entries.append(BackupEntry(backup, made, kind, size, False, exc.message))
            continue
        children, events = _counts(backup)
        entries.append(BackupEntry(backup, made, kind, size, kind != "damaged", "",
                                   info.revision, children, events))
    return sorted(entries, key=lambda e: (not e.ok, -e.made.timestamp()))


def _center_zone(path: Path) -> ZoneInfo:
    """The center's time zone as the database file holds it; the default when the file
    is missing, damaged or has no center yet."""
    from asc_desk.db.sqlite_file import center_time_zone

    name = center_time_zone(path)
    try:
        return ZoneInfo(name or DEFAULT_TIME_ZONE)
    except (ValueError, KeyError):  # a zone this PC does not know
        return ZoneInfo(DEFAULT_TIME_ZONE)


def _counts(backup: Path) -> tuple[int | None, int | None]:
    from asc_desk.db.sqlite_file import read_only_connect

    try:
        conn = read_only_connect(backup)
    except Exception:
        return None, None
    try:
        counts = []
        for table in ("child", "attendance_event"):
            try:
                counts.append(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            except Exception:
                counts.append(None)
        return counts[0], counts[1]
    finally:
        conn.close()
