"""ui/lazy_qt: Qt's own enums, its namespace built at the first use, not at the import."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import PySide6.QtCore as core
from asc_desk.ui.lazy_qt import Qt
before = "Qt" in core.__dict__
policy = Qt.FocusPolicy.TabFocus
after = "Qt" in core.__dict__
from PySide6.QtCore import Qt as real
print(before, after, policy is real.FocusPolicy.TabFocus, Qt.FocusPolicy is real.FocusPolicy)
"""


def test_the_namespace_is_built_at_its_first_use_and_gives_qt_s_own_enums():
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.split() == ["False", "True", "True", "True"]
