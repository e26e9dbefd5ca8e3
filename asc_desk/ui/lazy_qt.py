"""`Qt`, PySide6's namespace of enums, built at its first use instead of its import.

The first `from PySide6.QtCore import Qt` builds every one of its ~100 enums (Key alone has
~500 members): about 20 ms here, an eighth of a bare window's whole start. The modules the window's
start paints with import this one instead, and leave what needs an enum until after the
first paint (`DeskLayout.settle`, `MainWindow.settle`); to a type checker it is `Qt` itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import Qt as Qt
else:

    class _Namespace:
        def __getattr__(self, name: str) -> Any:
            from PySide6.QtCore import Qt as namespace

            value = getattr(namespace, name)
            setattr(self, name, value)  # the next use is a plain attribute
            return value

    Qt = _Namespace()
