"""Warnings for names with characters no bundled font has (they vanish from printed sheets)."""

from __future__ import annotations

import sys
from collections.abc import Iterable


def warn_unprintable(names: Iterable[tuple[str, str, str]]) -> None:
    """One line on stderr per (where, name, characters) with characters to warn about."""
    for where, name, chars in names:
        if chars:
            print(f"Warning: {where}{name}: no bundled font has {' '.join(chars)} "
                  f"(U+{', U+'.join(f'{ord(c):04X}' for c in chars)}); it will not print. "
                  "Add a note (e.g. its pinyin).", file=sys.stderr)
