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
    # Each test starts as a new process would: without the app's log file handler, which
    # an earlier test on this worker may have left pointing into its own (old) home.
    _drop_app_log_handlers()
    yield
    _drop_app_log_handlers()


def _drop_app_log_handlers() -> None:
    import logging

    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_asc_desk", False)]:
        root.removeHandler(handler)
        handler.close()


# -- both databases ----------------------------------------------------------------------
PG_ENV = "ASC_DESK_TEST_PG"


def _fresh_pg_database(admin_url: str, template: str | None = None):
    """Create an empty database on the test server (a copy of `template` when given);
    returns (url, drop)."""
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    admin = make_url(admin_url)
    if admin.drivername == "postgresql":
        admin = admin.set(drivername="postgresql+psycopg")
    name = f"asc_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        copy_of = f' TEMPLATE "{template}"' if template else ""
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"{copy_of}')

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


# -- a migrated database without migrating each time ---------------------------------------
# Upgrading an empty database to head costs ~0.3 s (Alembic imports and runs every revision);
# a thousand tests start from one. The head schema is made once per test process and copied:
# a file copy on SQLite, CREATE DATABASE ... TEMPLATE on PostgreSQL. Tests of the upgrade
# itself keep `database_url` (empty) and call open_database on it.
@pytest.fixture(scope="session")
def _head_sqlite_file(tmp_path_factory):
    from asc_desk.services.database_service import open_database

    path = tmp_path_factory.mktemp("head-template") / "head.sqlite3"
    db, _report = open_database(str(path))
    db.dispose()
    return path


@pytest.fixture(scope="session")
def _head_pg_template():
    """The name of a database at head on the test server, usable as a template."""
    admin_url = os.environ.get(PG_ENV)
    if not admin_url:
        pytest.skip(f"{PG_ENV} is not set: PostgreSQL not tested here")
    from sqlalchemy.engine import make_url

    from asc_desk.services.database_service import open_database

    url, drop = _fresh_pg_database(admin_url)
    db, _report = open_database(url)
    db.dispose()
    yield make_url(url).database
    drop()


def place_head_copy(request, url: str) -> None:
    """Put a database at head where `url` (from `database_url`) points, by copying."""
    if "://" not in url:
        import shutil

        shutil.copyfile(request.getfixturevalue("_head_sqlite_file"), url)
        os.chmod(url, 0o600)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def head_database_url(request, tmp_path):
    """A database already at the head schema, with nothing in it: like `database_url`
    after `db upgrade`, without running the migrations again."""
    if request.param == "sqlite":
        path = str(tmp_path / "asc.sqlite3")
        place_head_copy(request, path)
        return path
    admin_url = os.environ.get(PG_ENV)
    if not admin_url:
        pytest.skip(f"{PG_ENV} is not set: PostgreSQL not tested here")
    url, drop = _fresh_pg_database(admin_url, request.getfixturevalue("_head_pg_template"))
    request.addfinalizer(drop)
    return url


@pytest.fixture
def head_sqlite_path(request, tmp_path):
    """An SQLite file at head, with nothing in it."""
    path = tmp_path / "asc.sqlite3"
    place_head_copy(request, str(path))
    return path
