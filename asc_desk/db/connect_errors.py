"""Turns a driver's connection failure into one clear line, never echoing a password."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, OperationalError

from asc_desk.db.location import DatabaseLocation
from asc_desk.domain.errors import N_, DatabaseError

MIN_POSTGRES = 13


def explain_connect_error(location: DatabaseLocation, exc: Exception) -> DatabaseError:
    where = location.display
    text = str(getattr(exc, "orig", exc) or exc).lower()
    password = location.url.password
    if location.is_sqlite:
        return DatabaseError(N_("Cannot open {where}: {reason}"), where=where,
                             reason=_strip(str(exc.__cause__ or exc), password))
    if "password authentication failed" in text or "no password supplied" in text:
        return DatabaseError(N_("The server refused the user name or password for {where}."),
                             where=where)
    if "does not exist" in text and "database" in text:
        return DatabaseError(N_("The database {name} does not exist on the server."),
                             name=str(location.url.database))
    if any(k in text for k in ("could not translate host", "name or service not known",
                               "connection refused", "timeout expired", "could not connect",
                               "no route to host", "network is unreachable")):
        return DatabaseError(N_("Cannot reach the database server for {where}."), where=where)
    if isinstance(exc, OperationalError | DBAPIError):
        first = _strip(str(getattr(exc, "orig", exc)).splitlines()[0], password)
        return DatabaseError(N_("Cannot connect to {where}: {reason}"), where=where, reason=first)
    return DatabaseError(N_("Cannot connect to {where}."), where=where)


def check_server_version(location: DatabaseLocation,
                         version: tuple[int | str, ...] | None) -> None:
    """`version`: the dialect's server_version_info (its parts may be words, as in a beta)."""
    if version and isinstance(version[0], int) and version[0] < MIN_POSTGRES:
        shown = ".".join(str(v) for v in version[:2])
        raise DatabaseError(
            N_("The server at {where} runs PostgreSQL {version}; ASC Desk needs {minimum} "
               "or newer."),
            where=location.display, version=shown, minimum=MIN_POSTGRES,
        )


def _strip(text: str, password: str | None) -> str:
    return text.replace(password, "***") if password else text
