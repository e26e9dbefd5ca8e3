"""Which characters of a text the bundled fonts cannot print (they would vanish from PDFs).

Two fonts are bundled: WenQuanYi Micro Hei (the main font) and a fallback subset of HanaMin
for the CJK extension characters the main font lacks (rare name characters such as 䶮 𫖮).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from asc_desk.resources import resource_path

FONT_FILE = ("fonts", "wqy-microhei.ttc")
FALLBACK_FONT_FILE = ("fonts", "han-fallback.ttf")


def missing_characters(text: str) -> str:
    """The characters of `text` no bundled font has a glyph for, each once, in text order."""
    main, fallback = main_code_points(), fallback_code_points()
    missing = dict.fromkeys(
        ch for ch in text
        if ord(ch) not in main and ord(ch) not in fallback and not needs_no_glyph(ch)
    )
    return "".join(missing)


def fallback_characters(text: str) -> str:
    """The characters of `text` only the fallback font has, each once, in text order."""
    main, fallback = main_code_points(), fallback_code_points()
    return "".join(dict.fromkeys(
        ch for ch in text if ord(ch) not in main and ord(ch) in fallback))


def main_code_points() -> frozenset[int]:
    return _covered_code_points(resource_path(*FONT_FILE))


def fallback_code_points() -> frozenset[int]:
    return _covered_code_points(resource_path(*FALLBACK_FONT_FILE))


def needs_no_glyph(ch: str) -> bool:
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
    # The main file is a collection (Micro Hei and Micro Hei Mono); the app shows font 0, and
    # ReportLab's TTFont embeds font 0 unless told otherwise.
    # fontTools imported here: a window's start imports this module, not the font's cmap.
    from fontTools.ttLib import TTFont

    with TTFont(path, fontNumber=0, lazy=True) as font:
        # Only the code points count, not the glyphs' names: numbered names spare decoding
        # the `post` table's (two thirds of the time; the desk's first roster read waits).
        font.setGlyphOrder([f"glyph{i}" for i in range(font["maxp"].numGlyphs)])
        return frozenset(font.getBestCmap())
