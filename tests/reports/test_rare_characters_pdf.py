"""Rare name characters (CJK extensions) print from the fallback font, not as gaps."""

from __future__ import annotations

import datetime as dt

import pdfplumber

from asc_desk.reports.daily_sheet_pdf import write_daily_sheet_pdf
from asc_desk.reports.fonts import FALLBACK_FONT, FONT, runs, unprintable
from asc_desk.services.reports.report_data import DailySheet, SheetRow


def test_runs_split_text_by_the_font_that_has_it():
    assert runs("王䶮明") == [(FONT, "王"), (FALLBACK_FONT, "䶮"), (FONT, "明")]
    assert runs("张三") == [(FONT, "张三")]


def test_a_character_no_font_has_is_reported():
    assert unprintable(["王䶮", "𪚥"]) == "𪚥"


def test_daily_sheet_prints_extension_characters_with_both_fonts(tmp_path):
    rows = tuple(SheetRow(n, name, "秋季班", "", True, None, None, "", "")
                 for n, name in enumerate(("王䶮", "李𫖮", "赵𠅤"), 1))
    sheet = DailySheet("星光儿童之家", dt.date(2026, 11, 5), "秋季班", ("秋季班",), True, rows,
                       dt.datetime(2026, 11, 5, 8, tzinfo=dt.UTC))
    written = write_daily_sheet_pdf(sheet, tmp_path / "rare.pdf")
    assert written.missing_characters == ""
    with pdfplumber.open(tmp_path / "rare.pdf") as pdf:
        text = pdf.pages[0].extract_text()
        fonts = {c["fontname"].split("+")[-1] for c in pdf.pages[0].chars if c["text"] in "䶮𫖮𠅤"}
    for name in ("王䶮", "李𫖮", "赵𠅤"):
        assert name in text
    assert fonts == {FALLBACK_FONT}
    data = (tmp_path / "rare.pdf").read_bytes()
    assert data.count(b"/FontFile2") >= 2  # both fonts embedded
