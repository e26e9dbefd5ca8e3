"""One copy of the app per database file, and a crashed copy never leaves the file locked."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from asc_desk.db.lock import DatabaseFileLock
from asc_desk.domain.errors import DatabaseError, DatabaseLockedError

HOLD = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from asc_desk.db.lock import DatabaseFileLock\n"
    "lock = DatabaseFileLock(Path(sys.argv[1]))\n"
    "lock.acquire()\n"
    "print('locked', flush=True)\n"
    "time.sleep(120)\n"
)


def test_lock_held_by_another_process_then_freed_by_its_death(db_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"

        with pytest.raises(DatabaseLockedError) as caught:
            DatabaseFileLock(db_path).acquire()
        message = str(caught.value)
        assert db_path.name in message
        assert "already open" in message
        assert isinstance(caught.value, DatabaseError)  # shown to the user, not a crash
    finally:
        holder.kill()  # SIGKILL: no clean-up code runs in the holder
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()

    lock = DatabaseFileLock(db_path)
    started = time.monotonic()
    lock.acquire()  # timeout 0: raises at once if the dead process still held it
    try:
        assert time.monotonic() - started < 1.0
    finally:
        lock.release()


def test_lock_is_exclusive_within_one_process_and_reusable(db_path: Path) -> None:
    with DatabaseFileLock(db_path), pytest.raises(DatabaseLockedError):
        DatabaseFileLock(db_path).acquire()
    with DatabaseFileLock(db_path) as again:
        assert again.path == db_path.with_name(db_path.name + ".lock")
