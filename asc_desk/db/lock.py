"""One copy of the app per database file: an OS lock that a crash releases at once.

The lock is keyed on the file itself, not on the name it was given:
- the lock file sits beside the *resolved* real path, so a symlink to the database finds
  the same lock as its target;
- a database file with a second name (a hard link) is refused: SQLite names the -wal file
  after the name it opened, so two names mean two write-ahead logs and commits that one name
  cannot see (the one confirmed record lost in issue 11's trial).

While the lock is held a marker file `<db>.open` exists; finding it when taking a free lock
means the last copy did not exit cleanly (killed, power cut): `unclean_exit` is then True
and the opener runs an integrity check (`services/database_service.py`).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from filelock import FileLock, Timeout

from asc_desk.domain.errors import N_, DatabaseError, DatabaseLockedError
from asc_desk.paths import FILE_MODE, create_private_file

_held: dict[str, DatabaseFileLock] = {}


def real_path(db_path: Path) -> Path:
    """The file a path names, symlinks resolved (the file need not exist yet)."""
    return Path(os.path.realpath(db_path))


def check_single_name(db_path: Path) -> None:
    """Refuse a database file that has another name (a hard link)."""
    try:
        found = os.stat(db_path)
    except OSError:
        return
    links = found.st_nlink
    if stat.S_ISREG(found.st_mode) and links > 1:
        raise DatabaseError(
            N_("{name} has {count} names on this disk (hard links). SQLite cannot keep such a "
               "file safe: copy it to a file of its own and open the copy."),
            name=db_path.name, count=links,
        )


def held_lock(db_path: Path) -> DatabaseFileLock | None:
    """The lock this process holds on the file, if any."""
    return _held.get(str(real_path(db_path)))


class DatabaseFileLock:
    """Held while a window (or a command that writes) has the database open."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = real_path(db_path)
        self.path = self.db_path.with_name(self.db_path.name + ".lock")
        self.marker = self.db_path.with_name(self.db_path.name + ".open")
        self.unclean_exit = False
        # The OS releases flock/msvcrt locks when the process dies, so a crash never
        # leaves a stale lock behind (unlike a plain "lock file exists" check).
        self._lock = FileLock(str(self.path), timeout=0, mode=FILE_MODE)

    def acquire(self) -> None:
        check_single_name(self.db_path)
        try:
            self._lock.acquire()
        except Timeout:
            raise DatabaseLockedError(
                N_("ASC Desk is already open on {name} (in another window or another "
                   "program). Close it there first."),
                name=self.db_path.name,
            ) from None
        try:
            # A marker left behind: the last holder died without releasing.
            self.unclean_exit = not create_private_file(self.marker) and self.db_path.exists()
        except OSError:
            self.unclean_exit = False
        _held[str(self.db_path)] = self

    def release(self) -> None:
        if self._lock.is_locked:
            _held.pop(str(self.db_path), None)
            self.marker.unlink(missing_ok=True)
            self._lock.release()

    def __enter__(self) -> DatabaseFileLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
