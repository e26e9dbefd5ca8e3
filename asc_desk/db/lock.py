"""One copy of the app per database file: an OS lock that a crash releases at once."""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from asc_desk.domain.errors import N_, DatabaseLockedError


class DatabaseFileLock:
    """Held while a window (or a command that writes) has the database open."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        # The OS releases flock/msvcrt locks when the process dies, so a crash never
        # leaves a stale lock behind (unlike a plain "lock file exists" check).
        self._lock = FileLock(str(self.path), timeout=0)

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout:
            raise DatabaseLockedError(
                N_("ASC Desk is already open on {name} (in another window or another "
                   "program). Close it there first."),
                name=self.path.with_suffix("").name,
            ) from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()

    def __enter__(self) -> DatabaseFileLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
