"""Cold start: first paint, Today list filled and idle window, against a bare PySide6 window.

Every figure is the whole process, spawned by this script, against a bare QMainWindow that
shows and quits, run alternately with it. The app prints (ASC_DESK_START_TIMES) the wall
clock of its first paint and of the Today list filled; the bench subtracts its spawn time.
The start is measured as on every day but the first: the database was opened on this PC
before, so its window paints before the data layer loads (asc_desk/window_start.py).

The app's modules are compiled to bytecode first, as an installed app has them (pip compiles
a wheel's modules when it installs it; an editable install writes them at its first start),
like the bare window's PySide6: where PYTHONDONTWRITEBYTECODE is set (some sandboxes, CI)
every start would otherwise compile the app's sources again, which no user waits for.
Besides the wall-clock figures, the CPU time of the process up to the first paint and to
the list filled is printed against the bare window's whole CPU time (no target: on a busy
machine it moves less than the wall clock).

ASC_DESK_BENCH_BIG_MB=1800 adds the start with a database of that size (the demo plus years
of audit rows) against the demo's own (about 1 MB): building it takes a minute per GB.
"""

from __future__ import annotations

import compileall
import os
import sqlite3
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import Figure, copy_database, offscreen_env, python, time_command

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1280, 720)
w.show()
QTimer.singleShot(0, w.close)
QTimer.singleShot(0, app.quit)
app.exec()
"""
# The bare window that also imports what any read through the data layer needs first
# (SQLAlchemy, its ORM, the app's models; PySide6's import check made cheap as the app
# makes it): no target, it says how much of the "list filled" figure is that import alone.
BARE_WITH_DATA_LAYER = BARE_WINDOW.replace(
    "w.show()\n", "w.show()\nimport asc_desk.ui.qt_feature_check\nimport sqlalchemy.orm\n"
                   "import asc_desk.db.models\n")
ROUNDS = 7
BIG_MB = "ASC_DESK_BENCH_BIG_MB"


def spawn(argv: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds of the process, its stderr) of one run."""
    start = time.time()
    with subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True) as process:
        err = process.stderr.read() if process.stderr else ""
        _pid, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    end = time.time()
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, argv, stderr=err)
    return end - start, usage.ru_utime + usage.ru_stime, err


def app_start(db: str, env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawn to the first paint, the list filled and the process' end; and
    the CPU seconds spent by then ("painted-cpu", "filled-cpu", "idle-cpu")."""
    env = dict(env, ASC_DESK_START_TIMES="1")
    start = time.time()
    wall, cpu, err = spawn([python(), "-m", "asc_desk", "--db", db, "--exit-when-idle"], env)
    times = {"idle": wall, "idle-cpu": cpu}
    for line in err.splitlines():
        if line.startswith("asc-desk-start: "):
            what, at = line.removeprefix("asc-desk-start: ").split()
            times[what] = float(at) - (0 if what.endswith("-cpu") else start)
    for key in ("painted", "filled"):  # the whole way at once (a first start): no shell
        times.setdefault(key, times["idle"])
        times.setdefault(f"{key}-cpu", times["idle-cpu"])
    return times


def bare_window(env: dict[str, str], code: str = BARE_WINDOW) -> dict[str, float]:
    wall, cpu, _err = spawn([python(), "-c", code], env)
    return {"idle": wall, "idle-cpu": cpu}


def compiled_app() -> None:
    """The app's bytecode, as an installed app has it (see the module's docstring)."""
    import asc_desk

    compileall.compile_dir(str(Path(asc_desk.__file__).parent), quiet=1)


def make_demo(folder: str, env: dict[str, str]) -> str:
    db = str(Path(folder) / "bench.sqlite3")
    # The fixed story day's demo, as the figures have always been measured on.
    subprocess.run([python(), "-m", "asc_desk", "demo", "--no-gui", "--today", "2026-11-25",
                    "--db", db], check=True, env=env, capture_output=True)
    app_start(db, env)  # the first start of the day: remembered, backed up
    return db


def grow(db: str, megabytes: int) -> None:
    """Years of history: audit rows of about 2 KB each, until the file has the size."""
    conn = sqlite3.connect(db)
    try:
        while Path(db).stat().st_size < megabytes * 1_000_000:
            with conn:
                conn.execute("""
                    INSERT INTO audit_log (at, actor, entity, entity_id, action, before, after)
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n
                                            WHERE i < 50000)
                    SELECT '2024-03-01 08:00:00.000000', 'bench', 'child', i, 'update',
                           json_object('note', hex(randomblob(500))),
                           json_object('note', hex(randomblob(500)))
                    FROM n""")
    finally:
        conn.close()


def rounds(runs: dict[str, Callable], n: int = ROUNDS) -> dict[str, list]:
    """Each run once per round, alternately, after one warm-up round."""
    for run in runs.values():
        run()
    out: dict[str, list] = {name: [] for name in runs}
    for _ in range(n):
        for name, run in runs.items():
            out[name].append(run())
    return out


def figure(name: str, values: list[float], base: list[float], baseline: str,
           target: float | None) -> Figure:
    return Figure(name, statistics.median(values), statistics.median(base), baseline,
                  target_ratio=target, min_s=min(values), baseline_min_s=min(base))


def run() -> list[Figure]:
    env = offscreen_env()
    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        env["XDG_CONFIG_HOME"] = env["XDG_STATE_HOME"] = env["XDG_DATA_HOME"] = tmp
        compiled_app()
        db = make_demo(tmp, env)
        got = rounds({"app": lambda: app_start(db, env), "bare": lambda: bare_window(env),
                      "data": lambda: bare_window(env, BARE_WITH_DATA_LAYER)})
        bare, bare_cpu = ([t[key] for t in got["bare"]] for key in ("idle", "idle-cpu"))
        for key, name, target in (("painted", "first paint (shell, focused scan field)", 1.5),
                                  ("filled", "Today list filled", 4.0),
                                  ("idle", "start to idle main window (process end)", None)):
            figures.append(figure(name, [t[key] for t in got["app"]], bare,
                                  "bare PySide6 QMainWindow show+quit", target))
        for key, name in (("painted", "first paint"), ("filled", "Today list filled")):
            figures.append(figure(f"{name}, CPU time", [t[f"{key}-cpu"] for t in got["app"]],
                                  bare_cpu, "bare window's CPU time", None))
        figures.append(figure("bare window + SQLAlchemy, its ORM and the models imported "
                              "(no list, no app)", [t["idle"] for t in got["data"]], bare,
                              "bare PySide6 QMainWindow show+quit", None))
        version = rounds({"version": lambda: time_command(
            [python(), "-m", "asc_desk", "--version"], env),
            "empty": lambda: time_command([python(), "-c", "pass"], env)})
        figures.append(figure("asc-desk --version", version["version"], version["empty"],
                              "python -c pass", None))
        big_mb = int(os.environ.get(BIG_MB) or 0)
        if big_mb:
            big_env = dict(env, XDG_CONFIG_HOME=str(Path(tmp) / "big"))
            big = _big_copy(db, tmp, big_env, big_mb)
            size = Path(big).stat().st_size / 1e6
            got = rounds({"big": lambda: app_start(big, big_env),
                          "small": lambda: app_start(db, env)}, n=5)
            for key, name in (("painted", "first paint"), ("filled", "Today list filled")):
                figures.append(figure(f"{name}, {size:,.0f} MB database", [t[key] for t in
                                      got["big"]], [t[key] for t in got["small"]],
                                      f"{Path(db).stat().st_size / 1e6:.1f} MB database",
                                      1.2))
    return figures


def _big_copy(db: str, tmp: str, env: dict[str, str], megabytes: int) -> str:
    """The demo copied and grown; started once (remembered, its daily backup made)."""
    big = str(Path(tmp) / "big.sqlite3")
    copy_database(Path(db), Path(big))
    started = time.perf_counter()
    grow(big, megabytes)
    print(f"# built a {megabytes} MB database in {time.perf_counter() - started:.0f} s",
          flush=True)
    app_start(big, env)
    return big
