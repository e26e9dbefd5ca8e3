"""Engine and session factory, with the SQLite pragmas set on every connection.

Write transactions on SQLite start with BEGIN IMMEDIATE: a deferred transaction that reads
first and then writes cannot wait for another writer (in WAL mode it gets "database is
locked" at once, whatever the busy timeout). Read-only work asks for a deferred BEGIN with
`read_only_engine(engine)`; everything else takes the write lock up front and so waits.
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from asc_desk.db.location import DatabaseLocation

BUSY_TIMEOUT_MS = 5000
READ_ONLY_OPTION = "asc_desk_read_only"


def make_engine(location: DatabaseLocation, *, echo: bool = False) -> Engine:
    # hide_parameters: SQLAlchemy otherwise puts the bound values (children's names,
    # medical notes) into the text of every database error, and so into the log.
    if location.is_sqlite:
        engine = create_engine(location.url, echo=echo, hide_parameters=True)
        _set_up_sqlite(engine)
        return engine
    return create_engine(
        location.url,
        echo=echo,
        hide_parameters=True,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 5, "application_name": "asc-desk"},
    )


def read_only_engine(engine: Engine) -> Engine:
    """The same engine (pool, events) whose transactions only read: a deferred BEGIN."""
    return engine.execution_options(**{READ_ONLY_OPTION: True})


def _set_up_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record) -> None:
        # The sqlite3 module would otherwise run DDL outside any transaction and begin
        # one only before DML; SQLAlchemy's documented recipe is to take BEGIN over.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection) -> None:
        if connection.get_execution_options().get(READ_ONLY_OPTION):
            connection.exec_driver_sql("BEGIN")
        else:
            # Takes the write lock now, waiting up to the busy timeout for another writer.
            connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
