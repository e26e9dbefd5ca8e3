"""Cold start: `asc-desk` to the main window shown and idle, and `asc-desk --version`."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from common import Figure, interleaved, offscreen_env, python, time_command

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


def run() -> list[Figure]:
    env = offscreen_env()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.sqlite3")
        env["XDG_CONFIG_HOME"] = env["XDG_STATE_HOME"] = env["XDG_DATA_HOME"] = tmp
        # The fixed story day's demo, as the figures have always been measured on.
        subprocess.run([python(), "-m", "asc_desk", "demo", "--no-gui", "--today", "2026-11-25",
                        "--db", db],
                       check=True, env=env, capture_output=True)
        app, bare = interleaved(
            lambda: time_command([python(), "-m", "asc_desk", "--db", db, "--exit-when-idle"],
                                 env),
            lambda: time_command([python(), "-c", BARE_WINDOW], env),
        )
        version, empty = interleaved(
            lambda: time_command([python(), "-m", "asc_desk", "--version"], env),
            lambda: time_command([python(), "-c", "pass"], env),
        )
    return [
        Figure("start to idle main window", app, bare, "bare PySide6 QMainWindow",
               target_ratio=1.5),
        Figure("asc-desk --version", version, empty, "python -c pass"),
    ]
