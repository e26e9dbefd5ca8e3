"""Guard against PySide6 6.12.0 on Python 3.11, which aborts after many void Qt calls."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

CALLS = 100_000
SCRIPT = f"""
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range({CALLS}):
    label.setText(str(i))
print(label.text())
"""


def test_installed_pyside_is_not_the_broken_combination():
    if sys.version_info < (3, 12):
        major, minor = (int(part) for part in version("PySide6-Essentials").split(".")[:2])
        assert (major, minor) < (6, 12)


def test_100000_void_qt_calls_do_not_abort():
    # A subprocess: the bug kills the whole interpreter with "none_dealloc".
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == str(CALLS - 1)
