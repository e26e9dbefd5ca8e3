"""SIGKILL trials (fixed seed, 20 each, time-bounded): a check-in burst, a 10,000-row roster
import, an upgrade and a restore, each killed at a random moment inside the work while it
holds the one-copy lock as the window (or `asc-desk db restore`) does. Afterwards: every
confirmed event present, the import all-or-nothing, the upgrade either done or not begun,
the live database either the old one (its last commits included) or the restored one,
integrity ok, and after the next start no leftovers (`*.restoring`, `backups/*.partial`).

The work is measured once, uncut, and each trial kills at a random moment within that
duration; the roster file is made once per session and checked once (the forked trials
inherit the plan), so the file keeps to about a minute on two quiet cores."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest
from fault_figures import count

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
TRIALS = 20
TIME_BOUND_S = 20  # per trial
IMPORT_ROWS = 10_000
TODAY = dt.date(2026, 11, 25)

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


def _import(path: str, plan, say) -> None:
    from asc_desk.services.roster.roster_import import RosterImport

    db, _ = open_database(path)
    say("applying")
    RosterImport(db, "import", today=lambda: TODAY).apply(1, plan)
    say("done")


def _upgrade(path: str, say) -> None:
    say("upgrading")
    open_database(path)
    say("done")


def _restore(path: str, backup: str, say) -> None:
    """What `asc-desk db restore` does once it holds the lock."""
    from asc_desk.services import database_service as dbs

    say("restoring")
    dbs.restore_database(path, Path(backup))
    dbs.upgrade_database(path)
    say("done")


def _measured(work, *args) -> float:
    """Seconds `work` takes uncut (in a forked copy, as in the trials)."""
    started = time.monotonic()
    run = Trial(work, *args)
    lines = [line.strip() for line in run.lines]
    _pid, status = os.waitpid(run.pid, 0)
    run.lines.close()
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, lines
    assert lines[-1] == "done", lines
    return time.monotonic() - started


class Trial:
    """A forked copy of this process (everything already imported, so a trial costs
    milliseconds, not a new interpreter) that holds the one-copy lock as a window does and
    runs `work`, telling the test what it confirmed through a pipe; then SIGKILL."""

    def __init__(self, work, *args) -> None:
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
        lost = set(confirmed) - stored
        count(trials=1, confirmed=len(confirmed), lost=len(lost))
        assert not lost, trial  # events lost: 0
        confirmed_total += len(confirmed)
        _next_start(path)
    assert confirmed_total >= TRIALS


def _roster_csv(rows: int) -> bytes:
    header = "编号,姓名,性别,出生日期,家长姓名,家长电话,工号,部门\n"
    lines = [f"{9000 + i},孩子{i:05d},男,2018-03-04,家长{i:05d},138{i:08d},E{i},注塑车间"
             for i in range(rows)]
    return (header + "\n".join(lines) + "\n").encode("utf-8")


@pytest.fixture(scope="session")
def roster_csv(tmp_path_factory) -> Path:
    """The 10,000-row roster file, made once per session."""
    path = tmp_path_factory.mktemp("roster") / "roster.csv"
    path.write_bytes(_roster_csv(IMPORT_ROWS))
    return path


def test_sigkill_during_a_roster_import_is_all_or_nothing(tmp_path: Path, roster_csv) -> None:
    from asc_desk.services.roster.roster_import import RosterImport

    rng = random.Random(SEED + 1)
    template = tmp_path / "template.sqlite3"
    db, _ = open_database(str(template))
    fill_demo(db, children=0)
    # Checked once here: the forked trials inherit the plan and only write it.
    plan = RosterImport(db, "import", today=lambda: TODAY).preview(
        1, roster_csv.read_bytes(), "roster.csv")
    db.dispose()
    assert len(plan.rows) == IMPORT_ROWS and not plan.errors
    measure = tmp_path / "measure.sqlite3"
    measure.write_bytes(template.read_bytes())
    duration = _measured(_import, str(measure), plan)
    assert _scalar(measure, "SELECT count(*) FROM child") == IMPORT_ROWS
    outcomes = []
    for trial in range(TRIALS):
        path = tmp_path / f"import-{trial}.sqlite3"
        path.write_bytes(template.read_bytes())
        trial_run = Trial(_import, str(path), plan)
        assert trial_run.lines.readline().strip() == "applying"
        time.sleep(rng.uniform(0.0, duration))
        trial_run.kill()
        assert _integrity(path) == "ok"
        children = _scalar(path, "SELECT count(*) FROM child")
        assert children in (0, IMPORT_ROWS), trial
        outcomes.append(children)
        count(trials=1)
        _next_start(path)
        path.unlink()
    print(f"import trials: {outcomes.count(0)} nothing, {outcomes.count(IMPORT_ROWS)} all")


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
    measure = tmp_path / "measure.sqlite3"
    measure.write_bytes(template.read_bytes())
    duration = _measured(_upgrade, str(measure))
    for trial in range(TRIALS):
        path = tmp_path / f"upgrade-{trial}.sqlite3"
        path.write_bytes(template.read_bytes())
        trial_run = Trial(_upgrade, str(path))
        assert trial_run.lines.readline().strip() == "upgrading"
        time.sleep(rng.uniform(0.0, duration))
        trial_run.kill()
        count(trials=1)
        assert _integrity(path) == "ok"
        assert _scalar(path, "SELECT version_num FROM alembic_version") in ("0001", HEAD)
        assert _scalar(path, "SELECT count(*) FROM center") == 1
        _next_start(path)  # upgrades now if the killed copy had not
        assert _scalar(path, "SELECT version_num FROM alembic_version") == HEAD
        assert _scalar(path, "SELECT name FROM center") == "彩虹桥"


def _last_commit_left_in_the_wal(path: Path) -> None:
    """A window killed right after a commit: the commit is in the -wal file only."""
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            conn = sqlite3.connect(path)
            conn.execute("PRAGMA wal_autocheckpoint=0")
            conn.execute("UPDATE center SET name = 'last commit'")
            conn.commit()
        except BaseException:
            code = 1
        finally:
            os._exit(code)  # no close: no checkpoint
    _pid, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    assert path.with_name(path.name + "-wal").stat().st_size > 0


def test_sigkill_during_a_restore_leaves_old_or_restored_and_no_leftovers(
        tmp_path: Path) -> None:
    from asc_desk.domain.center import CenterSettings
    from asc_desk.domain.roster import ChildDraft
    from asc_desk.services import database_service as dbs
    from asc_desk.services.center_service import CenterService
    from asc_desk.services.roster.roster_import import RosterImport

    rng = random.Random(SEED + 3)
    source = tmp_path / "source" / "restored.sqlite3"
    source.parent.mkdir()
    db, _ = open_database(str(source))
    CenterService(db, "t").set_up_center(CenterSettings("备份中心", "华彩玩具"))
    db.dispose()
    backup = dbs.backup_database(str(source))
    template = tmp_path / "template.sqlite3"
    db, _ = open_database(str(template))
    center_id = CenterService(db, "t").set_up_center(CenterSettings("星光", "华彩")).value.id
    RosterImport(db, "t", today=lambda: TODAY).add_many(center_id, [
        ChildDraft(f"孩子{i:02d}", birth_date=dt.date(2018, 3, 4)) for i in range(30)])
    db.dispose()
    measure = tmp_path / "measure.sqlite3"
    measure.write_bytes(template.read_bytes())
    _last_commit_left_in_the_wal(measure)
    duration = _measured(_restore, str(measure), str(backup))
    assert _scalar(measure, "SELECT name FROM center") == "备份中心"
    outcomes = []
    for trial in range(TRIALS):
        path = tmp_path / f"live-{trial}.sqlite3"
        path.write_bytes(template.read_bytes())
        _last_commit_left_in_the_wal(path)
        trial_run = Trial(_restore, str(path), str(backup))
        assert trial_run.lines.readline().strip() == "restoring"
        time.sleep(rng.uniform(0.0, duration))
        trial_run.kill()
        assert _integrity(path) == "ok"
        state = (_scalar(path, "SELECT name FROM center"),
                 _scalar(path, "SELECT count(*) FROM child"))
        # The old database with its last commit, or the restored one: nothing between.
        assert state in (("last commit", 30), ("备份中心", 0)), (trial, state)
        if state[1] == 0:  # restored: the old data, last commit too, kept in a backup
            kept = backups.list_backups(path, ("before-restore",))
            assert kept and _scalar(kept[0], "SELECT name FROM center") == "last commit"
        outcomes.append(state[1])
        count(trials=1, confirmed=1)
        _next_start(path)
    print(f"restore trials: {outcomes.count(30)} old, {outcomes.count(0)} restored")
