"""The bundled CJK font is registered and covers the Chinese the app shows."""

from __future__ import annotations

from asc_desk.resources import resource_path
from PySide6.QtGui import QFont, QFontMetrics


def test_font_and_its_licence_ship_with_the_package():
    assert resource_path("fonts", "wqy-microhei.ttc").stat().st_size > 1_000_000
    assert "Apache" in resource_path("fonts", "wqy-microhei-LICENSE.txt").read_text()


def test_registered_font_has_the_glyphs(qapp, cjk_family):
    assert cjk_family
    metrics = QFontMetrics(QFont(cjk_family))
    for ch in "星光儿童之家今天设置确定取消·":
        assert metrics.inFontUcs4(ord(ch)), ch
    assert qapp.font().family() == cjk_family
