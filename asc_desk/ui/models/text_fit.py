"""Fitting a cell's lines into a column: long lines broken at spaces, so "Adjusted working
day" or "closed: Dragon Boat Festival" show whole in a narrow day column instead of "Adjusted
work…". A word wider than the column alone stays one line (the view elides it; the tooltip
has the whole text)."""

from __future__ import annotations

from collections.abc import Callable


def wrap_lines(text: str, width: int | None, advance: Callable[[str], int]) -> str:
    """`text` with each line wider than `width` pixels (measured by `advance`) broken at
    spaces; unchanged when `width` is None (not known yet)."""
    if not width or not text:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        if advance(line) <= width or " " not in line.strip():
            out.append(line)
            continue
        current = ""
        for word in line.split(" "):
            candidate = f"{current} {word}" if current else word
            if current and advance(candidate) > width:
                out.append(current)
                current = word
            else:
                current = candidate
        out.append(current)
    return "\n".join(out)
