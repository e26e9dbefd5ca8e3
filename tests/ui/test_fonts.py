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


def test_fallback_font_and_its_licence_ship_with_the_package():
    assert resource_path("fonts", "han-fallback.ttf").stat().st_size < 4_000_000
    licence = resource_path("fonts", "han-fallback-LICENSE.txt").read_text(encoding="utf-8")
    assert "Hanazono Font License" in licence


def test_application_font_falls_back_for_extension_characters(qapp, cjk_family):
    from asc_desk.ui.fonts import fallback_family

    fallback = fallback_family()
    assert qapp.font().families() == [cjk_family, fallback]
    rare = QFontMetrics(QFont(fallback))
    for ch in "䶮𫖮𬌗\u9fcd𠅤":  # Ext A, E, E, URO 6.1, B: all in the 8,105 table
        assert rare.inFontUcs4(ord(ch)), ch


def test_label_with_a_rare_name_draws_no_empty_box(qapp, qtbot):
    """The label's pixels for 䶮 differ from those of a character no font has (the box)."""
    from PySide6.QtWidgets import QLabel

    def pixels(text):
        label = QLabel(text)
        qtbot.addWidget(label)
        label.resize(80, 40)
        return label.grab().toImage()

    assert pixels("王䶮") != pixels("王\U0003134a")
