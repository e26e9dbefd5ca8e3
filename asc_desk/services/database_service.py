"""Opening, checking, upgrading, backing up and restoring the database."""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from asc_desk.db import backup as backups
from asc_desk.db.connect_errors import check_server_version, explain_connect_error
from asc_desk.db.engine import make_engine
from asc_desk.db.location import DatabaseLocation, is_network_path, parse_location
from asc_desk.db.lock import DatabaseFileLock
from asc_desk.db.revisions import HEAD, check_revision_known
from asc_desk.db.sqlite_file import SqliteFileInfo, inspect_sqlite_file
from asc_desk.domain.errors import N_, BackupError, DatabaseError, NotADatabaseError
from asc_desk.services.database import Database

log = logging.getLogger(__name__)

NETWORK_WARNING = N_(
    "The database is on a network drive. SQLite is not safe there: keep the file on this PC, "
    "or let several PCs share a PostgreSQL server."
)
NOT_OURS = N_("{path} is an SQLite file, but not an ASC Desk database.")


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


def open_database(
    value: str | DatabaseLocation, *, daily_backup: bool = False
) -> tuple[Database, OpenReport]:
    """Open for use: refuse bad files untouched, back up, then upgrade to head."""
    location = resolve(value)
    if location.is_sqlite:
        return _open_sqlite(location, daily_backup=daily_backup)
    return _open_server(location)


def _open_sqlite(location: DatabaseLocation, *, daily_backup: bool) -> tuple[Database, OpenReport]:
    path = location.path
    assert path is not None
    info = _inspect_for_use(path)
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
    report = OpenReport(
        location=location.display, is_sqlite=True, revision=result.after,
        upgraded_from=result.before if result.changed and not info.empty else None,
        created=info.empty, backup=backup_path, warnings=tuple(warnings),
    )
    log.info("opened %s at schema %s", location.display, result.after)
    return Database(location, engine), report


def _open_server(location: DatabaseLocation) -> tuple[Database, OpenReport]:
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


def _inspect_for_use(path: Path) -> SqliteFileInfo:
    if not path.exists():
        _check_folder_writable(path.parent)
    info = inspect_sqlite_file(path)
    if info.integrity != "ok":
        raise NotADatabaseError(N_("{path} is damaged ({detail})."), path=str(path),
                                detail=info.integrity)
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
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder, prefix=".asc-desk-probe-"):
            pass
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise DatabaseError(N_("Cannot write to the folder {folder}: {reason}."),
                            folder=str(folder), reason=reason) from None


def _needs_daily_backup(path: Path) -> bool:
    newest = backups.newest_backup(path)
    if newest is None:
        return True
    made = dt.date.fromtimestamp(newest.stat().st_mtime)
    return made < dt.date.today()


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
            conn.execute(text("SELECT 1"))
            revision = current_revision(conn)
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
    check_database(location)
    if to is not None:
        return backups.backup_file(location.path, to.expanduser().absolute())
    return backups.automatic_backup(location.path, "manual")


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
