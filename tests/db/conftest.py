"""Fixtures for the storage layer: a real SQLite file per test, and a private copy of the
migrations folder that a test may add revisions to."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from asc_desk.db.engine import make_engine
from asc_desk.db.location import parse_location
from asc_desk.db.migrate import default_script_location


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "asc.sqlite3"


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    """An engine as the app builds it (pragmas on every connection), schema not yet made."""
    eng = make_engine(parse_location(str(db_path)))
    yield eng
    eng.dispose()


@pytest.fixture
def migrations_copy(tmp_path: Path) -> Path:
    """The package's migrations copied to tmp_path, to add test-only revisions to."""
    dest = tmp_path / "migrations"
    shutil.copytree(
        default_script_location(), dest, ignore=shutil.ignore_patterns("__pycache__")
    )
    return dest


@pytest.fixture
def add_revision(migrations_copy: Path) -> Callable[[str, str, str], Path]:
    """Write a revision file `revision` after `down` whose upgrade() body is `body`."""

    def add(revision: str, down: str, body: str) -> Path:
        path = migrations_copy / "versions" / f"{revision}_test_only.py"
        indented = "\n".join("    " + line for line in body.strip().splitlines())
        path.write_text(
            "import sqlalchemy as sa\n"
            "from alembic import op\n\n"
            f"revision = {revision!r}\n"
            f"down_revision = {down!r}\n"
            "branch_labels = None\n"
            "depends_on = None\n\n\n"
            "def upgrade() -> None:\n"
            f"{indented}\n\n\n"
            "def downgrade() -> None:\n"
            "    pass\n",
            encoding="utf-8",
        )
        return path

    return add


@pytest.fixture
def any_engine(database_url: str) -> Iterator[Engine]:
    """An app-built engine on an empty database: SQLite, and PostgreSQL when configured."""
    eng = make_engine(parse_location(database_url))
    yield eng
    eng.dispose()
