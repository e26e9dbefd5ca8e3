"""The staff documents: the week rota and the month's caregiver hours. Figures against hand
computations on a small center built with the shifts services (tests/staff_scenario.py),
Chinese names extracted back from the PDFs, fonts embedded, XLSX/CSV agreeing with the PDF."""

from __future__ import annotations

import csv
import datetime as dt

import pdfplumber
import pytest
from openpyxl import load_workbook
from staff_scenario import DILI, LI, MONDAY, NOW, PROGRAM, WANG, ZHAO, build

from asc_desk.domain.errors import UserError
from asc_desk.reports.shift_rota_pdf import write_shift_rota_pdf
from asc_desk.reports.staff_hours_pdf import HEADER, write_staff_hours
from asc_desk.services.database_service import open_database
from asc_desk.services.reports.staff_data import StaffData


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    """Built once (SQLite): the tests only read the figures."""
    db, _ = open_database(str(tmp_path_factory.mktemp("staff") / "asc.sqlite3"))
    scenario = build(db)
    data = StaffData(db, now=lambda: NOW)
    out = (data.week_rota(scenario.center_id, MONDAY + dt.timedelta(days=3)),
           data.month_hours(scenario.center_id, 2026, 11),
           data.week_rota(scenario.center_id, dt.date(2026, 10, 1)),
           data.month_hours(scenario.center_id, 2026, 10))
    with pytest.raises(UserError, match="future"):
        data.month_hours(scenario.center_id, 2026, 12)
    db.dispose()
    return out


def _pdf(path) -> tuple[str, set[str], bytes]:
    with pdfplumber.open(path) as pdf:
        text = "\n".join(p.extract_text() for p in pdf.pages)
        fonts = {c["fontname"].split("+")[-1] for p in pdf.pages for c in p.chars}
        return text, fonts, path.read_bytes()


def _embedded(raw: bytes) -> None:
    assert raw.count(b"/FontFile2") == raw.count(b"/Type /FontDescriptor") >= 1
    assert b"STSong" not in raw


def test_week_rota_figures(figures):
    rota = figures[0]
    assert (rota.first, rota.last) == (MONDAY, MONDAY + dt.timedelta(days=6))
    assert [d.open for d in rota.days] == [True, True, False, True, True, False, False]
    # The reasons the shifts page gives: the center's note, the weekend.
    assert [d.closed_reason for d in rota.days] == ["", "", "停电检修", "", "", "周末", "周末"]
    rows = {r.name: r for r in rota.rows}
    assert list(rows) == [DILI, LI, WANG, ZHAO]  # every active caregiver, by pinyin
    assert rows[LI].hours == 12.5 and rows[WANG].hours == 6 and rows[ZHAO].hours == 0
    thursday = rows[LI].cells[3]
    assert [(s.starts_at, s.ends_at, s.program) for s in thursday] == [
        (dt.time(16, 0), dt.time(20, 30), PROGRAM)]
    assert rows[DILI].cells == ((),) * 4 + (rows[DILI].cells[4],) + ((),) * 2
    # Two on duty at least: Tuesday from 18:30 (王 leaves), Thursday and Friday alone.
    assert rota.gaps == (
        "11-24 周二 18:30-20:30：3 名孩子需 2 名照护员，已排 1 名（缺 1 名）",
        "11-26 周四 16:30-20:30：3 名孩子需 2 名照护员，已排 1 名（缺 1 名）",
        "11-27 周五 16:30-20:30：3 名孩子需 2 名照护员，已排 1 名（缺 1 名）")


def test_month_hours_figures(figures):
    hours = figures[1]
    got = {r.name: (r.employee_id, r.planned, r.actual, r.difference, r.days_worked,
                    r.leave_days) for r in hours.rows}
    assert got == {
        LI: ("E01", 16.5, 8.25, -8.25, 2, 0),  # 4 shifts; 4.25 h + 4 h clocked
        WANG: ("E02", 6.0, 3.5, -2.5, 1, 1),  # leave 30 Nov - 2 Dec: one day in November
        ZHAO: ("", 0.0, 0.0, 0.0, 0, 2),
        DILI: ("E04", 4.0, 0.0, -4.0, 0, 0)}
    assert (hours.total_planned, hours.total_actual, hours.total_difference,
            hours.total_days_worked, hours.total_leave_days) == (26.5, 11.75, -14.75, 3, 3)
    assert not hours.empty and figures[3].empty


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_rota_pdf_names_closed_days_gaps_and_fonts(figures, tmp_path, paper):
    path = tmp_path / "rota.pdf"
    written = write_shift_rota_pdf(figures[0], path, paper)
    assert written.pages == 1 and written.missing_characters == ""
    text, fonts, raw = _pdf(path)
    _embedded(raw)
    assert fonts == {"WenQuanYiMicroHei-0"}
    for want in (LI, WANG, ZHAO, "星光儿童之家", "2026-11-23 至 2026-11-29", "停电检修",
                 "16:00-20:30", PROGRAM, "第 1 页 / 共 1 页", "打印时间：2026-11-30 18:00",
                 "周四 11-26", "11-26 周四 16:30-20:30"):
        assert want in text, want
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        assert page.width > page.height  # landscape
        # The long middle-dot name stays inside its column (the first, 14% of the width).
        name_chars = [c for c in page.chars if c["text"] in "迪丽努尔·艾山买买提"]
        assert name_chars and max(c["x1"] for c in name_chars) < 28 + (page.width - 56) * 0.14


def test_an_empty_week_is_a_valid_document_saying_so(figures, tmp_path):
    rota = figures[2]  # the week of National Day: no shifts, closed from Thursday
    assert rota.empty and [d.open for d in rota.days] == [True] * 3 + [False] * 4
    assert {d.closed_reason for d in rota.days[3:]} == {"国庆节"}
    path = tmp_path / "empty.pdf"
    assert write_shift_rota_pdf(rota, path).pages == 1
    text, _, _ = _pdf(path)
    assert "本周没有排班" in text and "国庆节" in text


def test_many_caregivers_one_table_per_page_with_the_header(figures, tmp_path):
    from dataclasses import replace
    rota = figures[0]
    rows = tuple(replace(rota.rows[0], name=f"看护{i:02d}") for i in range(60))
    written = write_shift_rota_pdf(replace(rota, rows=rows), tmp_path / "big.pdf")
    assert written.pages >= 3
    with pdfplumber.open(tmp_path / "big.pdf") as pdf:
        for p in pdf.pages[:written.pages - 1]:
            text = p.extract_text()
            assert "照护员" in text and f"共 {written.pages} 页" in text
        all_text = "".join(p.extract_text() for p in pdf.pages)
    assert all(f"看护{i:02d}" in all_text for i in range(60))


def test_hours_pdf_xlsx_csv_agree(figures, tmp_path):
    hours = figures[1]
    pdf_path, xlsx_path, csv_path = (tmp_path / f"h.{x}" for x in ("pdf", "xlsx", "csv"))
    written = write_staff_hours(hours, pdf_path)
    assert written.pages == 1 and written.missing_characters == ""
    write_staff_hours(hours, xlsx_path)
    write_staff_hours(hours, csv_path)
    text, fonts, raw = _pdf(pdf_path)
    _embedded(raw)
    assert fonts == {"WenQuanYiMicroHei-0"}
    ws = load_workbook(xlsx_path).active
    sheet = [list(r) for r in ws.iter_rows(values_only=True)]
    assert sheet[0] == HEADER and ws.freeze_panes == "C2"
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(csv_path, encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    assert table[0] == HEADER and len(table) == len(sheet) == len(hours.rows) + 2
    for xrow, crow in zip(sheet[1:], table[1:], strict=True):
        for value, cell in zip(xrow, crow, strict=True):
            if isinstance(value, (int, float)):
                assert float(cell) == value  # numbers are numbers in XLSX
            else:
                assert (value or "") == cell
        # The PDF prints the same figures, row by row.
        line = next(line for line in text.splitlines()
                    if line.startswith(xrow[0].split("（")[0]))
        assert f"{xrow[3]:.2f}" in line and f"{xrow[4]:.2f}" in line and f"{xrow[5]:+.2f}" in line
    # The total's label in one cell (not "4 人" under 岗位); the PDF keeps 合计 | 4 人.
    assert sheet[-1][:3] == ["合计（4 人）", None, None]
    assert sheet[-1][3:] == [26.5, 11.75, -14.75, 3, 3] and "合计 4 人" in text
    assert table[-1][3:6] == ["26.50", "11.75", "-14.75"]  # two decimals throughout
    assert all(len(cell.split(".")[1]) == 2 for row in table[1:] for cell in row[3:6])
    assert [r[0] for r in sheet[1:-1]] == [DILI, LI, WANG, ZHAO]  # by pinyin
    assert isinstance(sheet[2][3], float)
    for want in (LI, WANG, ZHAO, DILI, "2026年11月", "星光儿童之家", "第 1 页 / 共 1 页",
                 "照护员工时", "照护员打卡"):
        assert want in text, want
    assert "看护" not in text and "协调员" not in text  # the app's words only
    assert ws.title.endswith("照护员工时")


def test_an_empty_month_says_so(figures, tmp_path):
    path = tmp_path / "october.pdf"
    assert write_staff_hours(figures[3], path).pages == 1
    text, _, _ = _pdf(path)
    assert "本月没有排班" in text and "2026年10月" in text
