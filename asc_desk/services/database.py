"""The open database handed to every service: engine, units of work, where it is."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from asc_desk.db.db_errors import environment_error
from asc_desk.db.engine import make_session_factory, read_only_engine
from asc_desk.db.location import DatabaseLocation

log = logging.getLogger(__name__)


class Database:
    def __init__(self, location: DatabaseLocation, engine: Engine) -> None:
        self.location = location
        self.engine = engine
        self._sessions = make_session_factory(engine)
        self._readers = make_session_factory(read_only_engine(engine))

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One user action that may write: commits when the block ends, rolls everything
        back on error. On SQLite it starts with BEGIN IMMEDIATE, so it waits (up to the
        busy timeout) for another writer instead of failing half-way.

        A locked or full database, a read-only file or a lost server raise a DatabaseError
        subclass with a plain message (see `db/db_errors.py`)."""
        with self._translated(), self._sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """Work that only reads: a deferred transaction that never blocks other readers.
        Writing inside it is a bug (on SQLite it may fail with "database is locked")."""
        with self._translated(), self._readers.begin() as session:
            yield session

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except Exception as exc:
            user_error = environment_error(exc)
            if user_error is None:
                raise
            # The kind only: the driver's text may quote values of the failed statement.
            log.warning("database unavailable: %s (%s)", type(user_error).__name__,
                        type(getattr(exc, "orig", exc)).__name__)
            raise user_error from None

    def dispose(self) -> None:
        self.engine.dispose()
