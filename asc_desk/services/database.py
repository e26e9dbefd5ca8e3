"""The open database handed to every service: engine, units of work, where it is."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from asc_desk.db.engine import make_session_factory
from asc_desk.db.location import DatabaseLocation


class Database:
    def __init__(self, location: DatabaseLocation, engine: Engine) -> None:
        self.location = location
        self.engine = engine
        self._sessions = make_session_factory(engine)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One user action: commits when the block ends, rolls everything back on error."""
        with self._sessions.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
