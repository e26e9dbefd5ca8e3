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
