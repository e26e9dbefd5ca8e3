"""Imported first on the GUI path: PySide6, with its per-import source check made cheap.

Once PySide6 is imported, shiboken's import hook asks of every module imported after it
whether it uses PySide6 (for `from __feature__ import ...`), by `inspect.getsource` of the
whole module: tokenizing each file's text. The window's start imports some 400 modules after
PySide6 (the shell, then SQLAlchemy and the services behind it), and that check cost about a
seventh of the time to the Today list. The same question is answered here from the file's
bytes. Should a PySide6 release rename the hook, nothing is changed (only slower).
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401 (loads shiboken's support modules, the hook among them)


def _quicken() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or getattr(upstream, "quickened", False):
        return

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return upstream(module)  # built-in, compiled or source-less: as before
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return upstream(module)

    uses_pyside.quickened = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


_quicken()
