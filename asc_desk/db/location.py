"""Where the database is: an SQLite file path or a SQLAlchemy URL, shown without passwords."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from asc_desk.domain.errors import N_, DatabaseError

NETWORK_FS_TYPES = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "9p",
                    "afs", "ncpfs", "glusterfs", "ceph", "davfs", "fuse.davfs2"}


@dataclass(frozen=True)
class DatabaseLocation:
    url: URL
    path: Path | None  # the file, for SQLite

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def display(self) -> str:
        """For logs, the status bar and messages: never carries a password."""
        if self.path is not None:
            return str(self.path)
        # The address as a user typed it: no driver name, no password.
        return self.url.set(drivername=self.url.get_backend_name()).render_as_string(
            hide_password=True)


def parse_location(value: str) -> DatabaseLocation:
    """A --db value: `postgresql+psycopg://user@host/db`, `sqlite:///file`, or a plain path."""
    value = value.strip()
    if not value:
        raise DatabaseError(N_("No database given."))
    if "://" in value:
        if value.startswith("postgres://"):  # the short form many tools print
            value = "postgresql://" + value[len("postgres://"):]
        try:
            url = make_url(value)
        except (ArgumentError, ValueError):  # ValueError: e.g. a port that is not a number
            raise DatabaseError(N_("The database address is not a valid URL.")) from None
        backend = url.get_backend_name()
        if backend == "sqlite":
            if not url.database or url.database == ":memory:":
                raise DatabaseError(N_("An SQLite database must be a file."))
            return _file_location(Path(url.database))
        if backend != "postgresql":
            raise DatabaseError(
                N_("Unsupported database {kind}: use an SQLite file or a PostgreSQL URL."),
                kind=backend,
            )
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        elif url.drivername != "postgresql+psycopg":
            # Only psycopg 3 is installed: another driver would fail with an import error.
            raise DatabaseError(
                N_("ASC Desk talks to PostgreSQL through psycopg 3: write the address as "
                   "postgresql://user@host/database (not {driver}://)."),
                driver=url.drivername,
            )
        return DatabaseLocation(url=url, path=None)
    return _file_location(Path(value))


def _file_location(path: Path) -> DatabaseLocation:
    path = path.expanduser().absolute()
    return DatabaseLocation(url=URL.create("sqlite+pysqlite", database=str(path)), path=path)


def is_network_path(path: Path) -> bool:
    """True when the folder seems to be on a network drive, where SQLite's WAL is unsafe."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        return _windows_drive_is_remote(path)
    return _mount_fs_type(path) in NETWORK_FS_TYPES


if sys.platform == "win32":  # typeshed, and so mypy, has ctypes.windll on Windows only

    def _windows_drive_is_remote(path: Path) -> bool:  # pragma: no cover - Windows only
        import ctypes

        drive = path.drive + "\\"
        DRIVE_REMOTE = 4
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == DRIVE_REMOTE


def _mount_fs_type(path: Path) -> str:
    """File-system type of the mount holding `path`, from /proc/mounts (Linux); '' if unknown."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    probe = path
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    real = os.path.realpath(probe)
    best, fs_type = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = real == mount_point or real.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, fs_type = mount_point, parts[2]
    return fs_type
