"""What the user or the environment gets wrong ends in exit 1 and one line on stderr, with
the files left as they were."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Sha = Callable[[Path], str]


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("action", ["upgrade", "check", "backup"])
def test_not_an_sqlite_file(cli, tmp_path: Path, one_line_error, sha256: Sha,
                            action: str) -> None:
    path = tmp_path / "photo.sqlite3"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(3000))
    before = sha256(path)

    result = cli.run("db", action, "--db", str(path))

    one_line_error(result, contains="not an SQLite file")
    assert sha256(path) == before
    assert not {"photo.sqlite3-wal", "photo.sqlite3-shm", "backups"} & set(_files(tmp_path))


@pytest.mark.parametrize("action", ["upgrade", "check"])
def test_newer_revision(cli, tmp_path: Path, make_database, one_line_error, sha256: Sha,
                        action: str) -> None:
    path = make_database(tmp_path / "center.sqlite3")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    conn.commit()
    conn.close()
    before = sha256(path)

    result = cli.run("--db", str(path), "db", action)

    one_line_error(result, contains="newer version of ASC Desk")
    assert sha256(path) == before
    assert "backups" not in _files(tmp_path)


def test_restore_of_a_bad_file(cli, tmp_path: Path, make_database, one_line_error,
                               sha256: Sha) -> None:
    path = make_database(tmp_path / "center.sqlite3")
    bad = tmp_path / "not-a-backup.sqlite3"
    bad.write_bytes(random.Random(2).randbytes(5000))
    before = {p: sha256(p) for p in (path, bad)}

    result = cli.run("db", "restore", str(bad), "--db", str(path))

    one_line_error(result, contains="Not a valid ASC Desk backup")
    assert {p: sha256(p) for p in (path, bad)} == before
    assert "backups" not in _files(tmp_path)


def test_database_folder_that_is_a_file(cli, tmp_path: Path, one_line_error) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")

    result = cli.run("db", "upgrade", "--db", str(blocker / "center.sqlite3"))

    one_line_error(result, contains="is a file, not a folder")
    assert _files(tmp_path) == ["blocker", "home", "work"]


HOLD = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from asc_desk.db.lock import DatabaseFileLock\n"
    "lock = DatabaseFileLock(Path(sys.argv[1]))\n"
    "lock.acquire()\n"
    "print('locked', flush=True)\n"
    "time.sleep(120)\n"
)


def test_database_open_elsewhere(cli, tmp_path: Path, make_database, one_line_error,
                                 sha256: Sha) -> None:
    path = make_database(tmp_path / "center.sqlite3")
    before = sha256(path)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path)],
                              stdout=subprocess.PIPE, text=True, env=cli.env)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        results = [cli.run("db", "upgrade", "--db", str(path)),
                   cli.run("db", "restore", str(path), "--db", str(path))]
    finally:
        holder.kill()
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()

    for result in results:
        one_line_error(result, contains="already open")
    assert sha256(path) == before
