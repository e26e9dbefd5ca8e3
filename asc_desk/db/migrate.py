"""Runs the Alembic revisions shipped inside the package, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from asc_desk.db.revisions import check_revision_known
from asc_desk.domain.errors import N_, DatabaseError

UPGRADE_LOCK_KEY = 0x41534344  # "ASCD": the one upgrade at a time on a server


def default_script_location() -> Path:
    return Path(str(files("asc_desk.migrations")))


def make_config(
    script_location: Path | None = None, connection: Connection | None = None
) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or default_script_location()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory(script_location: Path | None = None) -> ScriptDirectory:
    return ScriptDirectory.from_config(make_config(script_location))


def head_revision(script_location: Path | None = None) -> str:
    head = script_directory(script_location).get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def known_revisions(script_location: Path | None = None) -> set[str]:
    return {s.revision for s in script_directory(script_location).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str

    @property
    def changed(self) -> bool:
        return self.before != self.after


def upgrade_to_head(
    engine: Engine, *, target: str = "head", script_location: Path | None = None
) -> UpgradeResult:
    """Upgrade in one transaction: a failure leaves schema, data and revision as they were."""
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # Batch migrations recreate tables; with foreign keys on, that would delete
            # every ON DELETE CASCADE child. The pragma only works outside a transaction.
            _dbapi_execute(conn, "PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    # Two PCs starting a new version at once: the second waits here, then
                    # finds the schema at head and has nothing to do. (SQLite upgrades run
                    # under the one-copy lock and BEGIN IMMEDIATE.)
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({UPGRADE_LOCK_KEY})")
                before = current_revision(conn)
                check_revision_known(before, script_location)
                cfg = make_config(script_location, conn)
                command.upgrade(cfg, target)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseError(
                            N_("The upgrade would break {count} links between records; "
                               "nothing was changed."),
                            count=len(broken),
                        )
                after = current_revision(conn)
        finally:
            if sqlite:
                _dbapi_execute(conn, "PRAGMA foreign_keys=ON")
    assert after is not None
    return UpgradeResult(before, after)


def _dbapi_execute(conn: Connection, sql: str) -> None:
    """Run on the raw DBAPI connection, outside SQLAlchemy's transaction handling."""
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None  # None only once the pool has detached it; conn is in use here
    dbapi.execute(sql)
