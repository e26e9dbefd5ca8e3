"""The bundled font's coverage, read from the real font file."""

from __future__ import annotations

from asc_desk.services.font_coverage import missing_characters


def test_rare_character_outside_the_font_is_reported():
    assert missing_characters("𠮷田") == "𠮷"


def test_common_names_are_fully_covered():
    assert missing_characters("张三") == ""
    assert missing_characters("单小明") == ""


def test_minority_name_with_its_middle_dot_is_covered():
    name = "迪丽努尔\u00b7艾山"
    assert missing_characters(name) == ""


def test_latin_digits_and_full_width_forms_are_covered():
    assert missing_characters("Anna 王 12 ＡＢ（）") == ""


def test_each_missing_character_is_listed_once_in_text_order():
    # U+20BB7 𠮷 and U+2A6A5 𪚥 are both outside WenQuanYi Micro Hei's Basic Plane coverage.
    assert missing_characters("𠮷田𪚥𠮷") == "𠮷𪚥"


def test_whitespace_controls_and_variation_selectors_are_ignored():
    assert missing_characters(" \t\n\u3000张\x01\x7f三\ufe00") == ""


def test_empty_text_misses_nothing():
    assert missing_characters("") == ""


def _table_8105() -> str:
    from pathlib import Path

    path = Path(__file__).parent.parent / "data" / "tongyong_guifan_8105.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return "".join(line for line in lines if not line.startswith("#"))


def test_every_character_of_the_8105_table_is_in_a_bundled_font():
    table = _table_8105()
    assert len(table) == len(set(table)) == 8105
    assert missing_characters(table) == ""


def test_the_fallback_font_holds_the_table_characters_the_main_font_lacks():
    from asc_desk.services.font_coverage import fallback_characters

    rare = fallback_characters(_table_8105())
    assert len(rare) == 276  # all of CJK Extension A-E in the table, and U+9FCD-9FCF
    assert {"䶮", "𫖮", "𬌗", "\u9fcd"} <= set(rare)


def test_extension_a_and_modern_extension_b_characters_are_covered():
    from asc_desk.services.font_coverage import fallback_code_points

    covered = fallback_code_points()
    assert sum(0x3400 <= c <= 0x4DBF for c in covered) >= 6500  # nearly all of Extension A
    assert missing_characters("㐀䶵𠅤𡒄") == ""
