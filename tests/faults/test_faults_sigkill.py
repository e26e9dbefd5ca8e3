"""SIGKILL trials (fixed seed, 5 each, time-bounded): a check-in burst, a roster import and
an upgrade, each killed at a random moment while it holds the one-copy lock as the window
does. Afterwards: every confirmed event present, the import all-or-nothing, the upgrade
either done or not begun, integrity ok, and after the next start no leftovers."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from asc_desk.db import backup as backups
from asc_desk.db.engine import make_engine
from asc_desk.db.location import parse_location
from asc_desk.db.lock import DatabaseFileLock
from asc_desk.db.migrate import upgrade_to_head
from asc_desk.db.revisions import HEAD
from asc_desk.services.database_service import open_database
from asc_desk.services.demo.demo_service import fill_demo

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"),
                                reason="needs fork and SIGKILL")

SEED = 11
TRIALS = 5
TIME_BOUND_S = 20  # per trial

def _burst(path: str, say) -> None:
    import datetime as dt
    from zoneinfo import ZoneInfo

    from asc_desk.services.attendance.attendance_service import AttendanceService

    db, _ = open_database(path)
    now = dt.datetime(2026, 11, 25, 16, 40, tzinfo=ZoneInfo("Asia/Shanghai"))
    desk = AttendanceService(db, "burst", now=lambda: now)
    for item in desk.day(1, now.date()).children:
        result = desk.check_in(1, item.child.id)
        say(str(result.event_id))  # said only after the commit returned


def _import(path: str, csv: str, say) -> None:
    import datetime as dt

    from asc_desk.services.roster.roster_import import RosterImport

    db, _ = open_database(path)
    importer = RosterImport(db, "import", today=lambda: dt.date(2026, 11, 25))
    plan = importer.preview(1, Path(csv).read_bytes(), "roster.csv")
    say("applying")
    importer.apply(1, plan)
    say("done")


def _upgrade(path: str, say) -> None:
    say("upgrading")
    open_database(path)
    say("done")


class Trial:
    """A forked copy of this process (everything already imported, so a trial costs
    milliseconds, not a new interpreter) that holds the one-copy lock as a window does and
    runs `work`, telling the test what it confirmed through a pipe; then SIGKILL."""

    def __init__(self, work, *args: str) -> None:
        read_end, write_end = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the child: never returns into pytest
            code = 0
            try:
                os.close(read_end)
                out = os.fdopen(write_end, "w", buffering=1)
                DatabaseFileLock(Path(args[0])).acquire()
                work(*args, lambda line: (out.write(line + "\n"), out.flush()))
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        os.close(write_end)
        self.lines = os.fdopen(read_end)

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)
        _pid, status = os.waitpid(self.pid, 0)
        assert os.WIFSIGNALED(status) or os.WEXITSTATUS(status) == 0
        self.lines.close()


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def _next_start(path: Path) -> None:
    """What the window does when it starts again: the lock, then the open."""
    with DatabaseFileLock(path) as lock:
        assert lock.unclean_exit  # the killed copy's marker was found
        db, _ = open_database(str(path))
        db.dispose()
    assert backups.leftovers(path) == []
    assert not path.with_name(path.name + ".open").exists()


def _scalar(path: Path, sql: str):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_sigkill_during_check_in_bursts_loses_no_confirmed_event(tmp_path: Path,
                                                                   monkeypatch) -> None:
    from asc_desk.services.demo import demo_service

    # The roster and programs of the demo, without its months of past attendance (seconds).
    monkeypatch.setattr(demo_service, "fill_attendance", lambda *args, **kwargs: None)
    rng = random.Random(SEED)
    template = tmp_path / "template.sqlite3"
    db, _ = open_database(str(template))
    fill_demo(db, children=40)
    db.dispose()
    confirmed_total = 0
    for trial in range(TRIALS):
        path = tmp_path / f"burst-{trial}.sqlite3"
        path.write_bytes(template.read_bytes())
        kill_after = rng.randint(1, 8)
        started = time.monotonic()
        trial_run = Trial(_burst, str(path))
        confirmed = []
        for line in trial_run.lines:
            confirmed.append(int(line))
            if len(confirmed) == kill_after:
                break
        trial_run.kill()
        assert time.monotonic() - started < TIME_BOUND_S
        assert _integrity(path) == "ok"
        stored = {r[0] for r in sqlite3.connect(path).execute(
            "SELECT id FROM attendance_event WHERE recorded_by = 'burst'")}
        assert set(confirmed) <= stored, trial  # events lost: 0
        confirmed_total += len(confirmed)
        _next_start(path)
    assert confirmed_total >= TRIALS


def _roster_csv(rows: int) -> bytes:
    header = "编号,姓名,性别,出生日期,家长姓名,家长电话,工号,部门\n"
    lines = [f"{9000 + i},孩子{i:05d},男,2018-03-04,家长{i:05d},138{i:08d},E{i},注塑车间"
             for i in range(rows)]
    return (header + "\n".join(lines) + "\n").encode("utf-8")


def test_sigkill_during_a_roster_import_is_all_or_nothing(tmp_path: Path) -> None:
    rng = random.Random(SEED + 1)
    rows = 1500
    template = tmp_path / "template.sqlite3"
    db, _ = open_database(str(template))
    fill_demo(db, children=0)
    db.dispose()
    csv = tmp_path / "roster.csv"
    csv.write_bytes(_roster_csv(rows))
    outcomes = []
    for trial in range(TRIALS):
        path = tmp_path / f"import-{trial}.sqlite3"
        path.write_bytes(template.read_bytes())
        trial_run = Trial(_import, str(path), str(csv))
        assert trial_run.lines.readline().strip() == "applying"
        time.sleep(rng.uniform(0.0, 0.3))
        trial_run.kill()
        assert _integrity(path) == "ok"
        count = _scalar(path, "SELECT count(*) FROM child")
        assert count in (0, rows), trial
        outcomes.append(count)
        _next_start(path)
    assert outcomes  # both outcomes may occur; none in between


def test_sigkill_during_an_upgrade_leaves_old_or_new_and_no_leftovers(tmp_path: Path) -> None:
    rng = random.Random(SEED + 2)
    template = tmp_path / "template.sqlite3"
    engine = make_engine(parse_location(str(template)))
    upgrade_to_head(engine, target="0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO center (name, factory_name, time_zone, language, created_at, "
            "updated_at) VALUES ('彩虹桥', '宏达玩具', 'Asia/Shanghai', 'zh_CN', "
            "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')")
    engine.dispose()
    for trial in range(TRIALS):
        path = tmp_path / f"upgrade-{trial}.sqlite3"
        path.write_bytes(template.read_bytes())
        trial_run = Trial(_upgrade, str(path))
        assert trial_run.lines.readline().strip() == "upgrading"
        time.sleep(rng.uniform(0.0, 0.5))
        trial_run.kill()
        assert _integrity(path) == "ok"
        assert _scalar(path, "SELECT version_num FROM alembic_version") in ("0001", HEAD)
        assert _scalar(path, "SELECT count(*) FROM center") == 1
        _next_start(path)  # upgrades now if the killed copy had not
        assert _scalar(path, "SELECT version_num FROM alembic_version") == HEAD
        assert _scalar(path, "SELECT name FROM center") == "彩虹桥"
