"""Registers the bundled CJK fonts so Chinese shows on PCs (and offscreen) without one.

The main font (WenQuanYi Micro Hei) lacks the CJK extension characters of some names (䶮 𫖮);
the fallback subset of HanaMin has them, and Qt takes a character from the second family of
the application font when the first lacks it.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from asc_desk.resources import resource_path

log = logging.getLogger(__name__)
FONT_FILE = ("fonts", "wqy-microhei.ttc")
FALLBACK_FONT_FILE = ("fonts", "han-fallback.ttf")
_fallback_family: list[str] = []


def register_cjk_font(app: QApplication) -> str | None:
    """Add the fonts and make them the application font; returns the main family's name."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path(*FONT_FILE)))
    if font_id < 0:
        log.warning("the bundled CJK font could not be loaded")
        return None
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    families = [family]
    fallback = fallback_family()
    if fallback:
        families.append(fallback)
    font = QFont(family)
    font.setFamilies(families)
    font.setPointSize(max(app.font().pointSize(), 10))
    app.setFont(font)
    return family


def fallback_family() -> str | None:
    """The family of the fallback font of rare characters, registered the first time."""
    if not _fallback_family:
        font_id = QFontDatabase.addApplicationFont(str(resource_path(*FALLBACK_FONT_FILE)))
        if font_id < 0:
            log.warning("the bundled fallback font could not be loaded")
            return None
        _fallback_family.append(QFontDatabase.applicationFontFamilies(font_id)[0])
    return _fallback_family[0]


def with_fallback(font: QFont) -> QFont:
    """`font` (a widget's own font) with the fallback family after its own families."""
    fallback = fallback_family()
    families = font.families() or [font.family()]
    if fallback and fallback not in families:
        font = QFont(font)
        font.setFamilies([*families, fallback])
    return font
