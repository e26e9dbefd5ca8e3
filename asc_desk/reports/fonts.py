"""The bundled CJK TrueType font, registered with ReportLab once, and what it cannot print.

Never ReportLab's STSong-Light: that CID font is not embedded, so viewers substitute their
own and the middle dot of minority names is lost when text is copied back out.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from asc_desk.resources import resource_path
from asc_desk.services.font_coverage import FONT_FILE, missing_characters

FONT = "WenQuanYiMicroHei"
_lock = threading.Lock()


def register_font() -> str:
    """The font's name for ReportLab, registered the first time (thread-safe: the GUI builds
    documents off its own thread)."""
    with _lock:
        if FONT not in pdfmetrics.getRegisteredFontNames():
            # Font 0 of the collection: the one font_coverage reads the coverage of.
            pdfmetrics.registerFont(TTFont(FONT, str(resource_path(*FONT_FILE)),
                                           subfontIndex=0))
    return FONT


def string_width(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, FONT, size)


def unprintable(texts) -> str:
    """The characters of `texts` the font lacks, each once: reported with the document
    instead of vanishing from it silently (no fallback font is bundled yet)."""
    return missing_characters("".join(texts))
