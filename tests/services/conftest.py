"""Fixtures for the services: a real, freshly opened SQLite database per test."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from asc_desk.services.database import Database
from asc_desk.services.database_service import open_database
from asc_desk.services.demo.demo_service import fill_demo
from tests.conftest import PG_ENV, _fresh_pg_database, place_head_copy


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


@pytest.fixture(scope="session")
def _demo_templates():
    """Demo databases filled once per test process, by kind and `fill_demo` arguments."""
    made: dict[tuple, tuple[str, Callable[[], None] | None]] = {}
    yield made
    for _template, drop in made.values():
        if drop is not None:
            drop()


@pytest.fixture
def demo_db(request, head_database_url: str, _demo_templates, tmp_path_factory):
    """`demo_db(**fill_demo arguments)`: like `db` after `fill_demo(db, ...)`, on the same
    kind of database, but copied from one filled once per test process (filling takes
    seconds; a copy is a file copy, or CREATE DATABASE ... TEMPLATE on PostgreSQL)."""
    opened: list[Database] = []
    on_pg = "://" in head_database_url

    def make(**demo_args) -> Database:
        key = (on_pg, tuple(sorted(demo_args.items())))
        if key not in _demo_templates:
            drop = None
            if on_pg:
                template, drop = _fresh_pg_database(
                    os.environ[PG_ENV], request.getfixturevalue("_head_pg_template"))
            else:
                template = str(tmp_path_factory.mktemp("demo-template") / "demo.sqlite3")
                place_head_copy(request, template)
            filled, _report = open_database(template)
            try:
                fill_demo(filled, **demo_args)
            finally:
                filled.dispose()
            _demo_templates[key] = (template, drop)
        template, _drop = _demo_templates[key]
        url = head_database_url
        if on_pg:
            url, drop_copy = _fresh_pg_database(os.environ[PG_ENV],
                                                make_url(template).database)
            request.addfinalizer(drop_copy)
        else:
            shutil.copyfile(template, url)
        database, _report = open_database(url)
        opened.append(database)
        return database

    yield make
    for database in opened:
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
