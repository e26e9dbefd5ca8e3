"""The bundled CJK TrueType fonts, registered with ReportLab once, and what they cannot print.

Never ReportLab's STSong-Light: that CID font is not embedded, so viewers substitute their
own and the middle dot of minority names is lost when text is copied back out.

ReportLab draws a string in one font and silently drops the characters that font lacks
(𠮷田 printed as 田): text is split into runs, each drawn in the first bundled font that
has its characters (the main font, else the fallback font of CJK extension characters).
"""

from __future__ import annotations

import functools
import threading
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from asc_desk.resources import resource_path
from asc_desk.services.font_coverage import (
    FALLBACK_FONT_FILE,
    FONT_FILE,
    fallback_code_points,
    main_code_points,
    missing_characters,
)

FONT = "WenQuanYiMicroHei"
FALLBACK_FONT = "ASCDeskHanFallback"
_lock = threading.Lock()
_reportlab_to_unicode = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with characters beyond U+FFFF as UTF-16 surrogate pairs.

    ReportLab 4 writes them as 5 hex digits (<2B5AE>), which PDF readers take for other
    characters: 李𫖮 printed right but copied out as 李⭚. A CMap's destination is UTF-16BE."""
    cmap = _reportlab_to_unicode(fontname, subset)
    for index, code in enumerate(subset):
        if code > 0xFFFF:
            pair = chr(code).encode("utf-16-be").hex().upper()
            cmap = cmap.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{pair}>", 1)
    return cmap


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def register_font() -> str:
    """The main font's name for ReportLab, registered (with the fallback font) the first time
    (thread-safe: the GUI builds documents off its own thread)."""
    with _lock:
        if FONT not in pdfmetrics.getRegisteredFontNames():
            # Font 0 of the collection: the one font_coverage reads the coverage of.
            pdfmetrics.registerFont(TTFont(FONT, str(resource_path(*FONT_FILE)),
                                           subfontIndex=0))
        if FALLBACK_FONT not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(FALLBACK_FONT,
                                           str(resource_path(*FALLBACK_FONT_FILE))))
    return FONT


@functools.cache
def _coverage() -> tuple[frozenset[str], frozenset[str]]:
    """The characters of the main and the fallback font. Kept here as characters: looking
    the sets up again for each cell (their file paths resolved each time) was most of the
    time of a 10,000-child summary, and a set of characters checks a whole string in C."""
    return (frozenset(map(chr, main_code_points())),
            frozenset(map(chr, fallback_code_points())))


def runs(text: str, font: str = FONT) -> list[tuple[str, str]]:
    """(font name, text) pieces of `text`: characters the main font lacks and the fallback
    font has go to the fallback font; everything else stays in `font`."""
    main, fallback = _coverage()
    if main.issuperset(text):  # nearly every text: one piece
        return [(font, text)] if text else []
    pieces: list[tuple[str, str]] = []
    for ch in text:
        name = FALLBACK_FONT if ch not in main and ch in fallback else font
        if pieces and pieces[-1][0] == name:
            pieces[-1] = (name, pieces[-1][1] + ch)
        else:
            pieces.append((name, ch))
    return pieces


def string_width(text: str, size: float) -> float:
    register_font()
    return sum(pdfmetrics.stringWidth(piece, name, size) for name, piece in runs(text))


def draw_text(canvas, x: float, y: float, text: str, size: float, align: str = "left") -> None:
    """drawString / drawCentredString / drawRightString, each run in a font that has it."""
    register_font()
    pieces = runs(text)
    if align != "left":
        width = sum(pdfmetrics.stringWidth(p, n, size) for n, p in pieces)
        x -= width / 2 if align == "center" else width
    for name, piece in pieces:
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, name, size)
    canvas.setFont(FONT, size)


def markup(text: str) -> str:
    """`text` as Paragraph markup (escaped), fallback runs inside <font name=...>."""
    register_font()
    return "".join(escape(piece) if name == FONT else f'<font name="{name}">{escape(piece)}</font>'
                   for name, piece in runs(text))


def unprintable(texts) -> str:
    """The characters of `texts` no bundled font has, each once: reported with the document
    instead of vanishing from it silently."""
    return missing_characters("".join(texts))
