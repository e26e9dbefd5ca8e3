"""Looks at an SQLite file without changing a byte of it: header, integrity, schema revision."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from asc_desk.domain.errors import N_, NotADatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"
NOT_CHECKED = "not checked"


def damage_summary(integrity: str) -> str:
    """quick_check's report (many lines, one per problem) as one short line for a message;
    the full report goes to the log (it names pages, never data)."""
    lines = [line.strip(" *") for line in integrity.replace("; ", "\n").splitlines()]
    lines = [line for line in lines if line and not line.startswith("in database")]
    first = lines[0] if lines else integrity.strip()
    first = first[:120]
    return first if len(lines) <= 1 else f"{first}, and {len(lines) - 1} more problem(s)"


@dataclass(frozen=True)
class SqliteFileInfo:
    path: Path
    exists: bool
    empty: bool  # no file, a 0-byte file, or an SQLite file with no tables
    revision: str | None  # alembic_version, None when there is none
    tables: frozenset[str]
    integrity: str  # "ok", what quick_check reported, or NOT_CHECKED


def read_only_connect(path: Path) -> sqlite3.Connection:
    """Open for reading only, leaving no -wal/-shm files behind that were not there before."""
    wal = path.with_name(path.name + "-wal")
    # Without a -wal file nobody has the database open and the main file holds every
    # commit; `immutable` then reads it without creating -wal/-shm beside it.
    flag = "mode=ro" if wal.exists() else "immutable=1"
    return sqlite3.connect(f"file:{quote(str(path))}?{flag}", uri=True, timeout=5)


def center_time_zone(path: Path) -> str | None:
    """The center's time zone name stored in the file, or None (no file, no center, not
    readable): what a list of backups needs without opening the database."""
    try:
        conn = read_only_connect(path)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT time_zone FROM center ORDER BY id LIMIT 1").fetchone()
        return str(row[0]) if row and row[0] else None
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def inspect_sqlite_file(path: Path, *, quick_check: bool = True) -> SqliteFileInfo:
    """Raises NotADatabaseError for a file that is not SQLite or cannot be read as such.

    `quick_check=False` skips the scan of every page (seconds on a big file): the header,
    the schema and the revision are still read, which finds most damage at once."""
    if not path.exists():
        return SqliteFileInfo(path, False, True, None, frozenset(), "ok")
    if path.is_dir():
        raise NotADatabaseError(N_("{path} is a folder, not a database file."), path=str(path))
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise NotADatabaseError(N_("{path} cannot be read: {reason}."), path=str(path),
                                reason=exc.strerror) from None
    if header == b"":
        return SqliteFileInfo(path, True, True, None, frozenset(), "ok")
    if header != SQLITE_HEADER:
        raise NotADatabaseError(N_("{path} is not an ASC Desk database (not an SQLite file)."),
                                path=str(path))
    try:
        conn = read_only_connect(path)
        try:
            tables = frozenset(
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            )
            integrity = ("; ".join(r[0] for r in conn.execute("PRAGMA quick_check").fetchall())
                         if quick_check else NOT_CHECKED)
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            if not quick_check and "center" in tables:
                conn.execute("SELECT count(*) FROM center").fetchone()  # a cheap probe
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        reason = (str(exc).splitlines() or [""])[0]
        raise NotADatabaseError(N_("{path} is damaged and cannot be read ({reason})."),
                                path=str(path), reason=reason) from None
    return SqliteFileInfo(path, True, not tables, revision, tables, integrity)
