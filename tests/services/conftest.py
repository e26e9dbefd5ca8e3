"""Fixtures for the services: a real, freshly opened SQLite database per test."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from asc_desk.services.database import Database
from asc_desk.services.database_service import open_database
from tests.conftest import place_head_copy


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "asc.sqlite3"


@pytest.fixture
def db(head_database_url: str) -> Iterator[Database]:
    """A freshly opened database, on SQLite and (when configured) on PostgreSQL (a copy of
    one at head: tests of the upgrade itself open `database_url`)."""
    database, _report = open_database(head_database_url)
    yield database
    database.dispose()


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` (names and sha256 of the bytes)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def snapshot() -> Callable[[Path], dict[str, str]]:
    return _snapshot


@pytest.fixture
def sqlite_db(request, db_path: Path) -> Iterator[Database]:
    """For what only an SQLite file has (WAL, backups of the file)."""
    place_head_copy(request, str(db_path))
    database, _report = open_database(str(db_path))
    yield database
    database.dispose()
