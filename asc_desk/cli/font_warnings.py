"""Warnings for names with characters no bundled font has (they vanish from printed sheets)."""

from __future__ import annotations

from collections.abc import Iterable

from asc_desk.cli.messages import text, warn
from asc_desk.domain.errors import N_


def warn_unprintable(names: Iterable[tuple[int | None, str, str]]) -> None:
    """One line on stderr per (row or None, name, characters) with characters to warn about."""
    for row, name, chars in names:
        if chars:
            where = text(N_("row {row}, {name}"), row=row, name=name) if row else name
            warn(N_("Warning: {where}: no bundled font has {characters} ({codes}); it will not "
                    "print. Add a note (e.g. its pinyin)."), where=where,
                 characters=" ".join(chars),
                 codes=", ".join(f"U+{ord(c):04X}" for c in chars))
