"""Which characters of a text the bundled CJK font cannot print (they vanish from PDFs)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont

from asc_desk.resources import resource_path

FONT_FILE = ("fonts", "wqy-microhei.ttc")


def missing_characters(text: str) -> str:
    """The characters of `text` the bundled font has no glyph for, each once, in text order."""
    covered = _covered_code_points(resource_path(*FONT_FILE))
    missing = dict.fromkeys(
        ch for ch in text if ord(ch) not in covered and not _needs_no_glyph(ch)
    )
    return "".join(missing)


def _needs_no_glyph(ch: str) -> bool:
    code = ord(ch)
    # Whitespace and control characters are never drawn; a variation selector (U+FE00..,
    # U+E0100..) only picks a glyph variant, and the base character prints without it.
    return (
        ch.isspace()
        or code < 0x20
        or code == 0x7F
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
    )


@cache
def _covered_code_points(path: Path) -> frozenset[int]:
    # Reading the cmap (34,600 code points) takes ~40-70 ms: once per process is enough.
    # The file is a collection (Micro Hei and Micro Hei Mono); the app shows font 0, and
    # ReportLab's TTFont embeds font 0 unless told otherwise.
    with TTFont(path, fontNumber=0, lazy=True) as font:
        return frozenset(font.getBestCmap())
