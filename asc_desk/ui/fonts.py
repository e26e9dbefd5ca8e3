"""Registers the bundled CJK font so Chinese shows on PCs (and offscreen) without one."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from asc_desk.resources import resource_path

log = logging.getLogger(__name__)
FONT_FILE = ("fonts", "wqy-microhei.ttc")


def register_cjk_font(app: QApplication) -> str | None:
    """Add the font and make it the application font; returns its family name."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path(*FONT_FILE)))
    if font_id < 0:
        log.warning("the bundled CJK font could not be loaded")
        return None
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    font = QFont(family)
    font.setPointSize(max(app.font().pointSize(), 10))
    app.setFont(font)
    return family
