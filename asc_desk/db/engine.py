"""Engine and session factory, with the SQLite pragmas set on every connection."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from asc_desk.db.location import DatabaseLocation

BUSY_TIMEOUT_MS = 5000


def make_engine(location: DatabaseLocation, *, echo: bool = False) -> Engine:
    if location.is_sqlite:
        engine = create_engine(location.url, echo=echo)
        _set_up_sqlite(engine)
        return engine
    return create_engine(
        location.url,
        echo=echo,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 5, "application_name": "asc-desk"},
    )


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
        connection.exec_driver_sql("BEGIN")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
