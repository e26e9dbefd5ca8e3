"""Fitting a cell's lines into a column: long lines broken at spaces, and Chinese text between
characters, so "Adjusted working day", "closed: Dragon Boat Festival" or "休：工厂年终盘点" show
whole in a narrow day column instead of "Adjusted work…" or "开：工厂年终盘". A Latin word
wider than the column alone stays one line (the view elides it; the tooltip has it all)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

# Never at the start of a line (Chinese line-breaking rules, and their Latin cousins).
_NO_LINE_START = frozenset("，。、：；！？）》」』】〕…,.:;!?)]}%")


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _units(line: str) -> list[str]:
    """The pieces a line may break between: each wide (Chinese) character alone, each Latin
    word with the spaces after it."""
    units: list[str] = []
    word = ""
    for char in line:
        if _is_wide(char):
            if word:
                units.append(word)
                word = ""
            units.append(char)
        elif char == " " or not word.endswith(" "):
            word += char
        else:  # a new word after spaces
            units.append(word)
            word = char
    if word:
        units.append(word)
    return units


def wrap_lines(text: str, width: int | None, advance: Callable[[str], int]) -> str:
    """`text` with each line wider than `width` pixels (measured by `advance`) broken at
    spaces or between Chinese characters; unchanged when `width` is None (not known yet)."""
    if not width or not text:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        if advance(line) <= width:
            out.append(line)
            continue
        current = ""
        for unit in _units(line):
            candidate = current + unit
            if (current.strip() and advance(candidate.rstrip()) > width
                    and unit[0] not in _NO_LINE_START):
                out.append(current.rstrip())
                current = unit
            else:
                current = candidate
        out.append(current.rstrip())
    return "\n".join(out)
