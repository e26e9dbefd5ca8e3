"""Database failures the environment caused, turned into errors fit to show the user.

Used in one place, the unit of work (`services/database.py`): every service gets the same
plain message for a locked or full database or a lost server, never "something went wrong".
The messages carry no value from the failed statement (they may be children's details).
"""

from __future__ import annotations

from sqlalchemy import UniqueConstraint
from sqlalchemy.exc import DBAPIError, IntegrityError

from asc_desk.domain.errors import (
    N_,
    ConnectionLostError,
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseError,
    DiskFullError,
    ReadOnlyDatabaseError,
)

BUSY = N_("The database is busy: another program kept it locked too long. Nothing was "
          "changed; try again in a moment.")
FULL = N_("The disk holding the database is full. Nothing was changed; free some space, "
          "then try again.")
READ_ONLY = N_("The database cannot be written (the file or its folder is read-only). Nothing "
               "was changed; check its permissions.")
LOST = N_("The connection to the database server was lost. The last action may not have been "
          "saved; check the network and the server, then try again.")
DAMAGED = N_("The database file is damaged. Run `asc-desk db check`, then restore a backup.")

# PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01-03 (server shut down or
# not accepting connections), 53100 disk full.
_PG_LOST = ("57P01", "57P02", "57P03")
_PG_FULL = ("53100",)


def environment_error(exc: BaseException) -> DatabaseError | None:
    """The user error for a failure of the environment, or None for anything else (a bug)."""
    if not isinstance(exc, DBAPIError):
        return None
    orig = exc.orig
    text = str(orig).lower()
    sqlstate = getattr(orig, "sqlstate", None)
    if getattr(orig, "sqlite_errorname", None) is not None or type(orig).__module__ == "sqlite3":
        if "database is locked" in text or "database table is locked" in text:
            return DatabaseBusyError(BUSY)
        if "database or disk is full" in text:
            return DiskFullError(FULL)
        if "readonly database" in text or "read-only" in text:
            return ReadOnlyDatabaseError(READ_ONLY)
        if "malformed" in text or "file is not a database" in text:
            return DatabaseDamagedError(DAMAGED)
        return None
    if sqlstate in _PG_FULL:
        return DiskFullError(FULL)
    if sqlstate == "25006":  # read_only_sql_transaction: a standby, or a read-only server
        return ReadOnlyDatabaseError(READ_ONLY)
    if exc.connection_invalidated or (sqlstate or "").startswith("08") or sqlstate in _PG_LOST:
        return ConnectionLostError(LOST)
    if sqlstate is None and type(orig).__name__ == "OperationalError":
        # psycopg's own client-side failures (the socket closed, the server went away)
        # carry no SQLSTATE.
        return ConnectionLostError(LOST)
    return None



def violated_unique(exc: BaseException) -> str | None:
    """The name of the unique constraint a failed write broke, or None (another failure).

    PostgreSQL names it (diag.constraint_name); SQLite names the columns only ("UNIQUE
    constraint failed: child.center_id, child.external_id"), matched against the models'
    named constraints."""
    if not isinstance(exc, IntegrityError):
        return None
    orig = exc.orig
    diag = getattr(orig, "diag", None)
    if diag is not None and getattr(orig, "sqlstate", None) == "23505":
        return diag.constraint_name
    text = str(orig)
    prefix = "UNIQUE constraint failed: "
    if not text.startswith(prefix):
        return None
    columns = [c.strip() for c in text[len(prefix):].split(",")]
    from asc_desk.db.models import Base  # the models only when a write has failed

    for table in Base.metadata.tables.values():
        for constraint in table.constraints:
            if isinstance(constraint, UniqueConstraint) and columns == [
                    f"{table.name}.{c.name}" for c in constraint.columns]:
                return str(constraint.name)
    return None
