"""The reports' XLSX and CSV: text from HR's files is never a formula in them (a department
"=SUM(A1)" was written as a live formula), numbers stay numbers."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

from openpyxl import load_workbook

from asc_desk.reports.tables_export import write_csv, write_xlsx

HEADER = ("部门", "工号", "人数", "小时")
ROWS = [("=SUM(A1)", "@SUM(1+1)", 3, 12.5), ("-2+3", "+86", -1, -0.5),
        ("注塑车间", "E001", 0, 0.0)]


def test_text_that_looks_like_a_formula_stays_text_in_the_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "hr.xlsx"
    write_xlsx(path, [("按部门", HEADER, ROWS)])
    with zipfile.ZipFile(path) as z:
        assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode()
    ws = load_workbook(path)["按部门"]
    cells = list(ws.iter_rows(min_row=2, values_only=False))
    assert [c.value for c in cells[0]] == ["=SUM(A1)", "@SUM(1+1)", 3, 12.5]
    assert cells[0][0].data_type == "s" and cells[0][0].quotePrefix
    assert [c.value for c in cells[1]] == ["-2+3", "+86", -1, -0.5]
    assert cells[1][2].data_type == "n"
    assert not cells[2][0].quotePrefix


def test_text_that_looks_like_a_formula_gets_excel_s_apostrophe_in_the_csv(
        tmp_path: Path) -> None:
    path = tmp_path / "hr.csv"
    write_csv(path, HEADER, ROWS)
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    assert rows[1] == ["'=SUM(A1)", "'@SUM(1+1)", "3", "12.5"]
    assert rows[2] == ["'-2+3", "'+86", "-1", "-0.5"]  # numbers as they are
    assert rows[3] == ["注塑车间", "E001", "0", "0.0"]
