"""`asc-desk --version`, `db upgrade|check|backup|restore` and `demo --no-gui`, run as the
user runs them: a separate process with its own (temporary) per-user folders."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from asc_desk import __version__
from asc_desk.db.migrate import head_revision
from asc_desk.domain.center import DEFAULT_TIME_ZONE
from asc_desk.domain.program import MONDAY_TO_FRIDAY, ProgramKind, ProgramSpec
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database_service import open_database


def _contents(path: Path) -> tuple[str | None, list[str]]:
    db, _report = open_database(str(path))
    try:
        center = CenterService(db, "test").get_center()
        if center is None:
            return None, []
        return center.name, [p.name for p in ProgramService(db, "test").list_programs(center.id)]
    finally:
        db.dispose()


def test_version(cli) -> None:
    result = cli.run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"asc-desk {__version__}"


def test_db_upgrade_creates_then_finds_it_up_to_date(cli, tmp_path: Path) -> None:
    path = tmp_path / "center.sqlite3"

    created = cli.run("db", "upgrade", "--db", str(path))
    again = cli.run("--db", str(path), "db", "upgrade")  # --db before the sub-command

    assert created.returncode == 0, created.stderr
    assert f"Created {path} at schema {head_revision()}" in created.stdout
    assert again.returncode == 0, again.stderr
    assert "up to date" in again.stdout
    assert _contents(path) == (None, [])
    if sys.platform == "linux":  # the log went to the temporary home, not the real one
        assert (cli.home / "state" / "asc-desk" / "log" / "asc-desk.log").is_file()


def test_db_check_text_and_json_change_nothing(cli, tmp_path: Path, make_database,
                                               sha256: Callable[[Path], str]) -> None:
    path = make_database(tmp_path / "center.sqlite3")
    before = sha256(path)

    text = cli.run("db", "check", "--db", str(path))
    as_json = cli.run("--db", str(path), "db", "check", "--json")

    assert text.returncode == 0, text.stderr
    assert "Integrity: ok" in text.stdout
    assert f"Schema:    {head_revision()}" in text.stdout
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout) == {
        "database": str(path), "sqlite": True, "revision": head_revision(),
        "head": head_revision(), "integrity": "ok", "warnings": [],
    }
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("center")) == [
        "center.sqlite3"]


def test_db_backup_then_restore(cli, tmp_path: Path, make_database) -> None:
    path = make_database(tmp_path / "center.sqlite3")
    saved = tmp_path / "usb" / "monday.sqlite3"

    backup = cli.run("db", "backup", "--db", str(path), "--to", str(saved))

    assert backup.returncode == 0, backup.stderr
    assert saved.is_file()
    db, _report = open_database(str(path))
    try:
        center = CenterService(db, "test").get_center()
        assert center is not None
        ProgramService(db, "test").add_program(center.id, ProgramSpec(
            "after the backup", ProgramKind.TERM, dt.date(2026, 9, 1), dt.date(2027, 1, 22),
            MONDAY_TO_FRIDAY, dt.time(16, 30), dt.time(20, 30)))
    finally:
        db.dispose()

    restore = cli.run("db", "restore", str(saved), "--db", str(path))

    assert restore.returncode == 0, restore.stderr
    assert f"Restored {path} from {saved}" in restore.stdout
    assert "kept in" in restore.stdout
    assert _contents(path) == ("星光儿童之家", [])
    kept = list((tmp_path / "backups").glob("center-*-before-restore.sqlite3"))
    assert len(kept) == 1
    assert _contents(kept[0]) == ("星光儿童之家", ["after the backup"])


def test_demo_without_window_fills_a_new_database_once(cli, tmp_path: Path,
                                                       one_line_error) -> None:
    path = tmp_path / "demo.sqlite3"

    first = cli.run("demo", "--no-gui", "--db", str(path))
    second = cli.run("--db", str(path), "demo", "--no-gui")

    assert first.returncode == 0, first.stderr
    assert "Demo data written" in first.stdout
    center, programs = _contents(path)
    assert center is not None and len(programs) == 3
    one_line_error(second, contains="already has data")
    assert _contents(path) == (center, programs)
    # Made around the real day of the center: history up to yesterday, today still empty.
    today = dt.datetime.now(ZoneInfo(DEFAULT_TIME_ZONE)).date()
    with closing(sqlite3.connect(path)) as con:
        (last,) = con.execute("SELECT max(local_date) FROM attendance_event").fetchone()
    assert today - dt.timedelta(days=7) <= dt.date.fromisoformat(last) < today


@pytest.mark.parametrize(("value", "says"), [
    ("2027-02-30", "does not exist in the calendar"), ("tomorrow", "is not a date"),
    ("1999-12-31", "from 2000 to 2100")])
def test_demo_refuses_a_bad_today_and_writes_nothing(cli, tmp_path, one_line_error,
                                                     value, says) -> None:
    path = tmp_path / "demo.sqlite3"
    result = cli.run("demo", "--no-gui", "--today", value, "--db", str(path))
    one_line_error(result, contains=says)
    assert not path.exists()


def test_demo_made_as_of_another_day(cli, tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    done = cli.run("demo", "--no-gui", "--children", "10", "--today", "2027-03-10", "--db",
                   str(path))
    assert done.returncode == 0, done.stderr
    assert "2027春季学期课后班" in _contents(path)[1]
    with closing(sqlite3.connect(path)) as con:
        (last,) = con.execute("SELECT max(local_date) FROM attendance_event").fetchone()
    assert last == "2027-03-09"


def test_without_db_the_per_user_folder_or_env_is_used(cli, tmp_path: Path) -> None:
    default = cli.run("db", "upgrade")
    chosen = tmp_path / "from-env.sqlite3"
    from_env = cli.run("db", "upgrade", env={"ASC_DESK_DB": str(chosen)})

    assert default.returncode == 0, default.stderr
    if sys.platform == "linux":
        assert (cli.home / "data" / "asc-desk" / "asc-desk.sqlite3").is_file()
    assert str(cli.home) in default.stdout
    assert from_env.returncode == 0, from_env.stderr
    assert chosen.is_file()


@pytest.mark.parametrize("args", [
    ["frobnicate"],
    ["db"],
    ["db", "frobnicate"],
    ["db", "check", "--no-such-option"],
], ids=["unknown-command", "db-without-action", "unknown-db-action", "unknown-option"])
def test_bad_usage_exits_2(cli, args: list[str]) -> None:
    result = cli.run(*args)
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_never_writes_into_the_database_named_by_asc_desk_db(cli, tmp_path) -> None:
    real = tmp_path / "real.sqlite3"
    result = cli.run("demo", "--no-gui", env={"ASC_DESK_DB": str(real)})
    assert result.returncode == 0, result.stderr
    assert not real.exists()
    assert "demo.sqlite3" in result.stdout


def test_empty_db_value_is_an_error_not_the_default(cli, one_line_error) -> None:
    one_line_error(cli.run("db", "check", "--db", ""), contains="No database given")


def test_screenshot_of_a_missing_database_creates_nothing(cli, tmp_path, one_line_error) -> None:
    missing = tmp_path / "none.sqlite3"
    result = cli.run("screenshot", "--page", "today", "-o", str(tmp_path / "x.png"),
                     "--db", str(missing))
    one_line_error(result, contains="does not exist")
    assert not missing.exists() and not (tmp_path / "x.png").exists()


def test_restore_of_a_folder_says_it_is_a_folder(cli, tmp_path, make_database,
                                                 one_line_error) -> None:
    db = make_database(tmp_path / "c.sqlite3")
    one_line_error(cli.run("db", "restore", str(tmp_path), "--db", str(db)),
                   contains="is a folder")


def test_window_without_a_screen_says_so_in_one_line(cli, tmp_path, make_database,
                                                     one_line_error) -> None:
    db = make_database(tmp_path / "c.sqlite3")
    env = {k: v for k, v in cli.env.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "asc_desk", "--db", str(db)], env=env,
                            capture_output=True, text=True, timeout=60, cwd=cli.cwd)
    if sys.platform.startswith("linux"):
        one_line_error(result, contains="No screen found")


# -- issue 11, in-process (asc_desk.cli.main) ----------------------------------------------
def _main(capsys, *args: str) -> tuple[int, str, str]:
    from asc_desk.cli import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _break_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page * 2, len(data), page):
        data[offset:offset + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))


def test_backup_of_a_damaged_or_empty_database_exits_1_in_one_line(
        capsys, tmp_path: Path, make_database) -> None:
    damaged = make_database(tmp_path / "damaged.sqlite3")
    _break_pages(damaged)
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    for path in (damaged, empty):
        code, out, err = _main(capsys, "db", "backup", "--db", str(path))
        assert code == 1 and out == ""
        assert len(err.strip().splitlines()) == 1 and err.startswith("asc-desk: ")
        assert "went wrong" not in err
    assert empty.read_bytes() == b""


def test_db_check_of_a_damaged_file_is_one_line(capsys, tmp_path: Path, make_database) -> None:
    path = make_database(tmp_path / "damaged.sqlite3")
    _break_pages(path)
    code, _out, err = _main(capsys, "db", "check", "--db", str(path))
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "damaged" in err


def test_db_backups_lists_them_as_json(capsys, tmp_path: Path, make_database) -> None:
    path = make_database(tmp_path / "center.sqlite3")
    assert _main(capsys, "db", "backup", "--db", str(path))[0] == 0
    code, out, _err = _main(capsys, "db", "backups", "--db", str(path), "--json")
    assert code == 0
    (entry,) = json.loads(out)
    assert entry["ok"] is True and entry["kind"] == "manual" and entry["size"] > 0
    assert entry["children"] == 0 and entry["events"] == 0
    code, out, _err = _main(capsys, "db", "backups", "--db", str(path))
    assert code == 0 and "manual" in out and " ok" in out


@pytest.mark.parametrize("content", [None, b""], ids=["missing", "zero-byte"])
def test_reading_commands_refuse_a_missing_or_empty_file_and_leave_it(
        capsys, tmp_path: Path, content) -> None:
    path = tmp_path / "asc.sqlite3"
    if content is not None:
        path.write_bytes(content)
    for args in (("roster", "list"), ("attendance", "check-in", "CARD1")):
        code, _out, err = _main(capsys, *args, "--db", str(path))
        assert code == 1 and "db upgrade" in err and len(err.strip().splitlines()) == 1
    assert (path.read_bytes() == content) if content is not None else not path.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == (["asc.sqlite3"] if content is not None
                                                          else [])


def test_db_backups_shows_times_in_the_centers_zone(capsys, tmp_path: Path, make_database,
                                                    monkeypatch) -> None:
    """The PC runs on UTC, the center is in Shanghai: a backup made at 10:05 on the PC's
    clock is listed at 18:05, with its date, as the coordinator's wall clock says."""
    import time

    from asc_desk.db import backup as backups

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        path = make_database(tmp_path / "center.sqlite3")
        backups.automatic_backup(path, "daily", now=dt.datetime(2026, 11, 30, 10, 5, 7))
        code, out, _err = _main(capsys, "db", "backups", "--db", str(path))
        assert code == 0 and out.splitlines()[1].startswith("2026-11-30 18:05  daily"), out
        code, out, _err = _main(capsys, "db", "backups", "--db", str(path), "--json")
        assert json.loads(out)[0]["made"] == "2026-11-30T18:05:07+08:00"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_backup_to_a_folder_puts_the_backup_in_it_under_its_usual_name(
        cli, tmp_path: Path, make_database) -> None:
    """Trial finding 15: a USB drive is a folder; it was refused as "already exists"."""
    path = make_database(tmp_path / "center.sqlite3")
    usb = tmp_path / "U 盘"
    usb.mkdir()
    result = cli.run("db", "backup", "--db", str(path), "--to", str(usb))
    assert result.returncode == 0, result.stderr
    [made] = list(usb.iterdir())
    assert made.name.startswith("center-") and made.name.endswith("-manual.sqlite3")
    assert _contents(made) == ("星光儿童之家", [])


@pytest.fixture
def read_only_folder(tmp_path: Path):
    """A read-only file system (a write-protected USB drive): a tmpfs mounted ro, where the
    machine allows it (root on Linux); skipped with the reason elsewhere."""
    folder = tmp_path / "ro"
    folder.mkdir()
    try:
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs",
                                  str(folder)], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"cannot mount a read-only tmpfs here: {exc}")
    if mounted.returncode != 0:
        pytest.skip("cannot mount a read-only tmpfs here: "
                    f"{(mounted.stderr or mounted.stdout).strip() or mounted.returncode}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False, timeout=30)


def test_backup_to_a_read_only_place_says_so_in_one_line(
        cli, tmp_path: Path, make_database, read_only_folder, one_line_error) -> None:
    """Trial finding 15: the cleanup of the partial file raised EROFS ("出了点问题")."""
    path = make_database(tmp_path / "center.sqlite3")
    for target in (read_only_folder / "b.sqlite3", read_only_folder):
        result = cli.run("db", "backup", "--db", str(path), "--to", str(target))
        one_line_error(result, contains="read-only")
        assert "Read-only file system" not in result.stderr

