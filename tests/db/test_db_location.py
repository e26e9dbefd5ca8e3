"""--db values: plain paths and SQLite URLs become files, PostgreSQL URLs keep their
password out of every message."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from asc_desk.db.connect_errors import check_server_version, explain_connect_error
from asc_desk.db.location import is_network_path, parse_location
from asc_desk.domain.errors import DatabaseError

SECRET = "s3cret-pw"


def test_plain_path_and_sqlite_url_are_the_same_file(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    plain = parse_location("  center.sqlite3 ")
    url = parse_location(f"sqlite:///{tmp_path / 'center.sqlite3'}")
    assert plain.is_sqlite and url.is_sqlite
    assert plain.path == url.path == tmp_path / "center.sqlite3"
    assert plain.display == str(tmp_path / "center.sqlite3")


@pytest.mark.parametrize("value, message", [
    ("", "No database"),
    ("   ", "No database"),
    ("sqlite://", "must be a file"),
    ("sqlite:///:memory:", "must be a file"),
    ("mysql://user@host/db", "Unsupported database"),
    ("postgresql://user@host:notaport/db", "not a valid URL"),
])
def test_unusable_values_are_refused(value: str, message: str) -> None:
    with pytest.raises(DatabaseError, match=message):
        parse_location(value)


def test_postgres_url_hides_the_password() -> None:
    location = parse_location(f"postgresql://asc:{SECRET}@db.factory.lan:5432/asc")
    assert not location.is_sqlite and location.path is None
    assert location.url.drivername == "postgresql+psycopg"
    assert SECRET not in location.display
    assert location.display == "postgresql://asc:***@db.factory.lan:5432/asc"


def test_the_short_postgres_scheme_is_accepted() -> None:
    location = parse_location("postgres://asc@db.factory.lan/asc")
    assert location.url.drivername == "postgresql+psycopg"
    assert location.display == "postgresql://asc@db.factory.lan/asc"


def test_connect_errors_never_echo_the_password() -> None:
    location = parse_location(f"postgresql://asc:{SECRET}@db.factory.lan/asc")
    raw = OperationalError(
        "connect", {}, Exception(f'password authentication failed for user "asc" ({SECRET})')
    )
    refused = explain_connect_error(location, raw)
    other = explain_connect_error(
        location, OperationalError("connect", {}, Exception(f"weird failure {SECRET}\nmore"))
    )
    assert "refused the user name or password" in str(refused)
    for error in (refused, other):
        assert SECRET not in str(error)
        assert "\n" not in str(error)


def test_old_postgres_is_refused() -> None:
    location = parse_location("postgresql://asc@db.factory.lan/asc")
    with pytest.raises(DatabaseError, match="PostgreSQL 12.4"):
        check_server_version(location, (12, 4))
    check_server_version(location, (16, 2))


def test_unc_paths_count_as_network(tmp_path: Path) -> None:
    assert is_network_path(Path("//fileserver/share/asc.sqlite3"))
    assert not is_network_path(tmp_path / "asc.sqlite3")


def test_another_postgresql_driver_gets_a_clear_message() -> None:
    import pytest

    from asc_desk.db.location import parse_location
    from asc_desk.domain.errors import DatabaseError

    with pytest.raises(DatabaseError, match="psycopg 3") as caught:
        parse_location("postgresql+psycopg2://ann:secret@db.example/asc")
    assert "secret" not in str(caught.value) and "\n" not in str(caught.value)
    assert parse_location("postgresql+psycopg://ann@db.example/asc").url.drivername == \
        "postgresql+psycopg"
