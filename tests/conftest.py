"""Shared test set-up: offscreen Qt, per-user folders inside the test's own tmp dir."""

from __future__ import annotations

import os

# Must be set before Qt is imported anywhere: tests need no real screen, and the
# offscreen one is given the size of a factory office PC's (1366x768).
_SCREEN = os.path.join(os.path.dirname(__file__), "offscreen-1366x768.json")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
os.environ.pop("ASC_DESK_DB", None)

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    """platformdirs reads these at call time: logs, settings and data stay in tmp."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("ASC_DESK_DB", raising=False)
    yield


# -- both databases ----------------------------------------------------------------------
PG_ENV = "ASC_DESK_TEST_PG"


def _fresh_pg_database(admin_url: str):
    """Create an empty database on the test server; returns (url, drop)."""
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    admin = make_url(admin_url)
    if admin.drivername == "postgresql":
        admin = admin.set(drivername="postgresql+psycopg")
    name = f"asc_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        engine.dispose()

    return admin.set(database=name).render_as_string(hide_password=False), drop


@pytest.fixture
def postgres_url():
    """A fresh, empty PostgreSQL database on the server ASC_DESK_TEST_PG names (its admin
    URL); the test is skipped when it is not set."""
    admin_url = os.environ.get(PG_ENV)
    if not admin_url:
        pytest.skip(f"{PG_ENV} is not set: PostgreSQL not tested here")
    url, drop = _fresh_pg_database(admin_url)
    try:
        yield url
    finally:
        drop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, tmp_path):
    """An empty database: an SQLite file, and a fresh PostgreSQL database when configured."""
    if request.param == "sqlite":
        return str(tmp_path / "asc.sqlite3")
    return request.getfixturevalue("postgres_url")
