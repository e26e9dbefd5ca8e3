"""The HR summary's PDF, drawn row by row on the canvas: headers and page numbers on every
page, names extractable and inside their column, rare characters from the fallback font."""

from __future__ import annotations

import datetime as dt

import pdfplumber
from openpyxl import load_workbook

from asc_desk.reports.fonts import FALLBACK_FONT
from asc_desk.reports.hr_summary_pdf import HEADER, write_hr_summary
from asc_desk.services.reports.hr_figures import DepartmentTotal, HrSummary, WorkerRow

LONG = ["迪丽努尔·艾山", "阿卜杜热合曼·买买提艾力", "Christopher 王·Alexander-Li",
        "买买提·阿卜杜拉·艾合买提江·吐尔逊", "王䶮", "李𫖮"]


def _summary(n: int) -> HrSummary:
    names = LONG + [f"张{i:03d}" for i in range(n - len(LONG))]
    workers = tuple(WorkerRow(f"E{i:03d}", name, "注塑车间" if i < n // 2 else "装配一车间",
                              1, 20, 200 + i, i % 3, i % 2) for i, name in enumerate(names))
    departments = tuple(DepartmentTotal(d, n // 2, n // 2, 10 * n, 10_000, 5, 5)
                        for d in ("注塑车间", "装配一车间"))
    total = DepartmentTotal("合计", n, n, 20 * n, 20_000, 10, 10)
    return HrSummary("星光儿童之家", 2026, 10, workers, departments, total,
                     dt.datetime(2026, 11, 1, 9, 0), n)


def test_every_page_has_the_header_and_its_number(tmp_path):
    path = tmp_path / "hr.pdf"
    written = write_hr_summary(_summary(120), path)
    assert written.pages == 3 and written.missing_characters == ""
    with pdfplumber.open(path) as pdf:
        texts = [p.extract_text() for p in pdf.pages]
    for i, text in enumerate(texts, start=1):
        assert " ".join(HEADER) in text
        assert f"第 {i} 页 / 共 3 页" in text and "家长员工托管汇总" in text
    assert "E010 张004 1 20 21.0 0 1" in texts[0].replace("注塑车间 ", "")
    assert "小计" in texts[1]
    assert "合计（每个孩子只计一次） 120 人 120 2400 2000.0 10 10" in texts[-1]


def test_long_names_stay_in_their_column_and_rare_characters_print(tmp_path):
    path = tmp_path / "hr.pdf"
    write_hr_summary(_summary(len(LONG)), path)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        xs = sorted({round(e["x0"], 1) for e in page.edges if e["orientation"] == "v"})
        left, right = xs[2], xs[3]  # the third column: 家长姓名
        rules = [e["top"] for e in page.edges if e["orientation"] == "h"]
        chars = [c for c in page.chars if left - 1 < c["x0"] < right + 1
                 and min(rules) < c["top"] < max(rules) and c["text"] not in "家长姓名"]
        text = "".join(c["text"] for c in chars)
        fonts = {c["fontname"].split("+")[-1] for c in page.chars if c["text"] in "䶮𫖮"}
        extracted = page.extract_text()
    assert all(left <= c["x0"] and c["x1"] <= right for c in chars), text
    for name in LONG:
        assert all(ch in text for ch in name.replace(" ", "")), name
    assert "王䶮" in extracted and "李𫖮" in extracted and "迪丽努尔·艾山" in extracted
    assert fonts == {FALLBACK_FONT}


def test_the_xlsx_has_numbers_a_bold_header_and_frozen_panes(tmp_path):
    write_hr_summary(_summary(30), tmp_path / "hr.xlsx")
    book = load_workbook(tmp_path / "hr.xlsx")
    ws = book["按家长"]
    assert [c.value for c in ws[1]] == HEADER and all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "C2" and book["按部门"].freeze_panes == "C2"
    assert ws.max_row == 31
    first = next(ws.iter_rows(min_row=2, max_row=2, values_only=True))
    assert first == ("注塑车间", "E000", "迪丽努尔·艾山", 1, 20, 20.0, 0, 0)
    assert ws.column_dimensions["C"].width > ws.column_dimensions["A"].width
