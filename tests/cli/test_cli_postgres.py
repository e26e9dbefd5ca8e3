"""The command line on a real PostgreSQL server (ASC_DESK_TEST_PG); bad addresses fail in
one line that never shows the password."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import make_url

from asc_desk.db.revisions import HEAD

STORY = "2026-11-25"  # the demo's fixed "today": the data these tests read

pytestmark = pytest.mark.postgres
SECRET = "pw-never-shown-7f3a"


@pytest.fixture
def pg_url(postgres_url: str) -> str:
    return postgres_url


def _with(url: str, **parts) -> str:
    return make_url(url).set(**parts).render_as_string(hide_password=False)


def _log_text(cli) -> str:
    logs = list((cli.home / "state").rglob("*.log"))
    return "".join(p.read_text(encoding="utf-8") for p in logs)


def test_upgrade_check_demo_on_a_server(cli, pg_url):
    up = cli.run("db", "upgrade", "--db", pg_url)
    assert up.returncode == 0, up.stderr
    assert "Created" in up.stdout
    password = make_url(pg_url).password
    if password:
        assert password not in up.stdout + up.stderr
    check = cli.run("db", "check", "--db", pg_url, "--json")
    assert check.returncode == 0 and '"sqlite": false' in check.stdout
    demo = cli.run("demo", "--no-gui", "--today", STORY, "--db", pg_url)
    assert demo.returncode == 0, demo.stderr
    again = cli.run("db", "upgrade", "--db", pg_url).stdout.strip()
    assert again.endswith(f"(schema {HEAD}).")


def test_backup_and_restore_say_the_server_does_it(cli, pg_url, one_line_error):
    cli.run("db", "upgrade", "--db", pg_url)
    one_line_error(cli.run("db", "backup", "--db", pg_url), contains="pg_dump")
    one_line_error(cli.run("db", "restore", "x.sqlite3", "--db", pg_url),
                   contains="server's own tools")


def test_wrong_password(cli, pg_url, one_line_error):
    bad = _with(pg_url, password=SECRET)
    result = cli.run("db", "check", "--db", bad)
    if result.returncode == 0:
        pytest.skip("the test server does not check passwords (trust auth)")
    one_line_error(result, contains="user name or password")
    assert SECRET not in result.stderr and SECRET not in _log_text(cli)


@pytest.mark.parametrize("command", [("db", "check"), ("db", "upgrade"), ("demo", "--no-gui")])
def test_database_that_does_not_exist(cli, pg_url, one_line_error, command):
    missing = _with(pg_url, database="asc_no_such_db")
    result = cli.run(*command, "--db", missing)
    one_line_error(result, contains="does not exist")
    admin = create_engine(_with(pg_url, database="postgres"))
    try:
        with admin.connect() as conn:
            names = conn.exec_driver_sql("SELECT datname FROM pg_database").scalars().all()
    finally:
        admin.dispose()
    assert "asc_no_such_db" not in names


def test_unreachable_server(cli, pg_url, one_line_error):
    result = cli.run("db", "upgrade", "--db", _with(pg_url, host="127.0.0.1", port=1,
                                                     password=SECRET))
    one_line_error(result, contains="Cannot reach")
    assert SECRET not in result.stderr and SECRET not in _log_text(cli)


def test_failed_commands_write_nothing(cli, pg_url):
    cli.run("db", "check", "--db", _with(pg_url, password=SECRET))
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert inspect(conn).get_table_names() == []
    finally:
        engine.dispose()


def test_window_opens_on_a_server(cli, pg_url, tmp_path):
    assert cli.run("demo", "--no-gui", "--today", STORY, "--db", pg_url).returncode == 0
    opened = cli.run("--db", pg_url, "--exit-when-idle", timeout=120)
    assert opened.returncode == 0, opened.stderr
    shot = tmp_path / "settings.png"
    made = cli.run("screenshot", "--page", "settings", "-o", str(shot), "--db", pg_url,
                   "--language", "en", timeout=120)
    assert made.returncode == 0, made.stderr
    assert shot.stat().st_size > 10_000
