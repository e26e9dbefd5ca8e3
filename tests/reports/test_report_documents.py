"""The documents themselves: Chinese text extracted back, fonts embedded, pages and headers,
text inside its cells, XLSX/CSV agreeing with the PDF, atomic writes."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import stat
from dataclasses import replace

import pdfplumber
import pytest
from openpyxl import load_workbook
from report_scenario import DILI, LI, NOW, ZHANG, build

from asc_desk.domain.errors import UserError
from asc_desk.reports import output
from asc_desk.reports.daily_sheet_pdf import write_daily_sheet_pdf
from asc_desk.reports.hr_summary_pdf import write_hr_summary
from asc_desk.reports.monthly_grid_pdf import write_monthly, write_monthly_grid_pdf
from asc_desk.services.database_service import open_database
from asc_desk.services.reports.report_data import (
    ChildMonth,
    DayColumn,
    DayMark,
    Mark,
    MonthGrid,
    ReportData,
)


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    """Built once (SQLite): the documents' tests only read them."""
    db, _ = open_database(str(tmp_path_factory.mktemp("db") / "asc.sqlite3"))
    scenario = build(db)
    data = ReportData(db, now=lambda: NOW)
    out = (data.month_grid(scenario.center_id, 2026, 11),
           data.hr_summary(scenario.center_id, 2026, 11),
           data.daily_sheet(scenario.center_id, dt.date(2026, 11, 5)))
    db.dispose()
    return out




def test_monthly_pdf_has_names_totals_and_embedded_fonts(figures, tmp_path):
    grid = figures[0]
    path = tmp_path / "month.pdf"
    written = write_monthly_grid_pdf(grid, path)
    assert written.pages == 1 and written.missing_characters == ""
    raw = path.read_bytes()
    # Every font descriptor carries its TrueType file (ReportLab's unused initial Helvetica
    # has none: it draws no text, see the fontnames below).
    assert raw.count(b"/Type /FontDescriptor") >= 1
    assert raw.count(b"/FontFile2") == raw.count(b"/Type /FontDescriptor")
    assert b"STSong" not in raw
    with pdfplumber.open(path) as pdf:
        text = pdf.pages[0].extract_text()
        assert {c["fontname"].split("+")[-1] for c in pdf.pages[0].chars} == {
            "WenQuanYiMicroHei-0"}
    for name in (ZHANG, DILI, LI, "停电检修", "第 1 页 / 共 1 页", "星光儿童之家", "2026年11月"):
        assert name in text, name
    assert "13.8" in text  # the month's hours


def _grid_of(n: int, name=lambda i: f"孩子{i:03d}") -> MonthGrid:
    days = tuple(DayColumn(dt.date(2026, 11, d), d % 7 == 1, "周末" if d % 7 == 1 else "",
                           "", "", n) for d in range(1, 31))
    marks = tuple(DayMark(Mark.CLOSED) if d % 7 == 1 else DayMark(Mark.PRESENT, minutes=120)
                  for d in range(1, 31))
    children = tuple(ChildMonth(i, name(i), "", "秋季班", marks, 25, 3000, {}, 5, 0, 0)
                     for i in range(n))
    return MonthGrid("星光儿童之家", 2026, 11, "", days, children,
                     dt.datetime(2026, 12, 1, 10, 0))


def test_two_hundred_children_repeat_the_header_on_every_page(tmp_path):
    path = tmp_path / "big.pdf"
    written = write_monthly_grid_pdf(_grid_of(200), path)
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == written.pages
        texts = [p.extract_text() for p in pdf.pages]
    per_page = -(-200 // written.pages)
    assert written.pages == -(-200 // per_page) and written.pages >= 6
    for i, text in enumerate(texts, start=1):
        assert "姓名" in text and "出勤天" in text
        assert f"第 {i} 页 / 共 {written.pages} 页" in text
    assert "孩子000" in texts[0] and "孩子199" in texts[-1]
    assert "每日出勤人数" in texts[-1] and "每日出勤人数" not in texts[0]


def test_long_and_middle_dot_names_stay_inside_their_cells(tmp_path):
    names = ["迪丽努尔·艾山", "阿卜杜热合曼·买买提艾力", "Christopher 王·Alexander-Li",
             "欧阳娜娜", "买买提·阿卜杜拉·艾合买提江·吐尔逊"]
    grid = _grid_of(len(names), name=lambda i: names[i])
    path = tmp_path / "names.pdf"
    write_monthly_grid_pdf(grid, path)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        # The name column: between the vertical rules at x of the 2nd and 3rd columns.
        xs = sorted({round(e["x0"], 1) for e in page.edges if e["orientation"] == "v"})
        left, right = xs[1], xs[2]
        rules = [e for e in page.edges if e["orientation"] == "h"]
        top, bottom = min(e["top"] for e in rules), max(e["top"] for e in rules)
        chars = [c for c in page.chars if left - 1 < c["x0"] < right + 1
                 and top < c["top"] < bottom and c["text"] not in "姓名"]
        text = "".join(c["text"] for c in chars)
        assert all(left - 0.5 <= c["x0"] and c["x1"] <= right + 0.5 for c in chars), text
        for name in names:
            assert all(ch in text for ch in name.replace(" ", "")), name
    assert "·" in text


def test_hr_xlsx_and_csv_agree_with_the_pdf(figures, tmp_path):
    hr = figures[1]
    pdf_path, xlsx, csv_path = tmp_path / "hr.pdf", tmp_path / "hr.xlsx", tmp_path / "hr.csv"
    write_hr_summary(hr, pdf_path)
    write_hr_summary(hr, xlsx)
    write_hr_summary(hr, csv_path)
    with pdfplumber.open(pdf_path) as pdf:
        text = pdf.pages[0].extract_text()
    assert "王芳" in text and "E001 王芳 2 4 10.8 0 1" in text.replace("注塑车间 ", "")
    book = load_workbook(xlsx)
    ws = book["按家长"]
    assert [c.value for c in ws[1]] == ["部门", "工号", "家长姓名", "子女数", "出勤天数",
                                        "托管小时", "未签出", "晚接次数"]
    assert ws.freeze_panes == "C2"
    rows = {r[1]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    assert rows["E001"] == ("注塑车间", "E001", "王芳", 2, 4, 10.8, 0, 1)
    assert isinstance(rows["E001"][5], float) and isinstance(rows["E001"][4], int)
    total = list(book["按部门"].iter_rows(values_only=True))[-1]
    assert total == ("合计（每个孩子只计一次）", 2, 3, 5, 13.8, 0, 1)
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert lines[0][3:5] == ["家长姓名", "家长人数"]
    assert ["家长", "注塑车间", "E001", "王芳", "1", "2", "4", "10.8", "0", "1"] in lines
    # Subtotal and total rows: the label once, in 类型; no 小计 under 工号, no count in the
    # parent's name column (its own column instead); a subtotal keeps its department.
    assert ["小计", "注塑车间", "", "", "1", "2", "4", "10.8", "0", "1"] in lines
    assert lines[-1] == ["合计（每个孩子只计一次）", "", "", "", "2", "3", "5", "13.8", "0", "1"]
    assert all(len(row[7].split(".")[1]) == 1 for row in lines[1:])  # hours: one decimal


def test_monthly_xlsx_and_csv_carry_the_pdf_figures(figures, tmp_path):
    grid = figures[0]
    write_monthly(grid, tmp_path / "m.xlsx")
    write_monthly(grid, tmp_path / "m.csv")
    ws = load_workbook(tmp_path / "m.xlsx").active
    header = [c.value for c in ws[1]]
    rows = {r[1]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    zhang = rows[ZHANG]
    assert zhang[header.index("出勤天数")] == 3 and zhang[header.index("托管小时")] == 9.8
    assert zhang[header.index("4日")] == "病" and zhang[header.index("5日")] == "√*"
    assert rows["每日出勤人数"][header.index("托管小时")] == 13.8
    text = (tmp_path / "m.csv").read_text(encoding="utf-8-sig")
    assert f"A1,{ZHANG},2026秋季学期课后班" in text
    # Day columns that Excel keeps as text ("11-4" became 4 November), as in the XLSX.
    csv_header = next(csv.reader(io.StringIO(text)))
    assert csv_header == header and "1日" in header and not any("-" in h for h in header)


def test_daily_sheet_filled_and_blank(figures, tmp_path):
    sheet = figures[2]
    write_daily_sheet_pdf(sheet, tmp_path / "d.pdf")
    with pdfplumber.open(tmp_path / "d.pdf") as pdf:
        text = pdf.pages[0].extract_text()
    assert ZHANG in text and "16:30" in text and "19:00" in text and "王芳" in text
    empty = replace(sheet, blank=True, rows=tuple(replace(r, arrival=None, departure=None,
                                                          collected_by="") for r in sheet.rows))
    write_daily_sheet_pdf(empty, tmp_path / "b.pdf", "letter")
    with pdfplumber.open(tmp_path / "b.pdf") as pdf:
        page = pdf.pages[0]
        assert round(page.width) == 612 and "16:30" not in page.extract_text()


def test_an_unlisted_pickup_is_marked_with_the_reason_under_the_table(figures, tmp_path):
    """王阿姨 * in the row and the coordinator's reason in a footnote on the row's page; a
    listed pickup is unmarked. Many marked rows still keep every note on its row's page."""
    sheet = figures[2]
    rows = tuple(replace(r, collected_by="王阿姨", pickup_override="奶奶打电话说邻居来接")
                 if r.name == ZHANG else r for r in sheet.rows)
    write_daily_sheet_pdf(replace(sheet, rows=rows), tmp_path / "d.pdf")
    with pdfplumber.open(tmp_path / "d.pdf") as pdf:
        text = pdf.pages[0].extract_text()
    number = next(i for i, r in enumerate(rows, start=1) if r.name == ZHANG)
    assert "王阿姨 *" in text and "王芳 *" not in text
    assert (f"* {number}号 {ZHANG}：王阿姨 不在接送名单上，经负责人同意：奶奶打电话说邻居来接"
            in text)
    many = replace(sheet, rows=tuple(
        replace(sheet.rows[0], name=f"孩子{i:02d}", collected_by="王阿姨",
                pickup_override="邻居" * (5 + i % 30)) for i in range(60)))
    written = write_daily_sheet_pdf(many, tmp_path / "many.pdf")
    with pdfplumber.open(tmp_path / "many.pdf") as pdf:
        assert len(pdf.pages) == written.pages > 1
        for page in pdf.pages:
            text = page.extract_text()
            names = [f"孩子{i:02d}" for i in range(60) if f"{i + 1}号 孩子{i:02d}" in text]
            assert names and all(text.count(n) == 2 for n in names)  # row and note together
            notes = [w for w in page.extract_words() if w["text"].startswith("*")]
            assert max(w["bottom"] for w in notes) < page.height - 30  # above the footer


def test_a_closed_days_sheet_says_so_across_the_row(figures, tmp_path):
    """The sentence runs across the row at its size, not shrunk into the name column."""
    closed = replace(figures[2], program="", open_programs=(), rows=())
    write_daily_sheet_pdf(closed, tmp_path / "closed.pdf")
    with pdfplumber.open(tmp_path / "closed.pdf") as pdf:
        page = pdf.pages[0]
        assert "当天休息，没有开放的项目。" in page.extract_text()
        name_column = next(w for w in page.extract_words() if w["text"] == "姓名")
        chars = [c for c in page.chars if c["text"] in "当天休息没有开放的项目"
                 and name_column["bottom"] < c["top"] < name_column["bottom"] + 30]  # the row
        assert len(chars) == 11 and min(c["size"] for c in chars) >= 9.9
        assert max(c["x1"] for c in chars) > name_column["x1"] + 40  # wider than its column


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_saved_document_gets_the_mode_of_any_new_file(figures, tmp_path):
    """Not the owner-only mode of a temporary file: a colleague can open the HR summary in
    the shared folder it was saved to."""
    umask = os.umask(0o022)
    try:
        for name in ("hr.pdf", "hr.xlsx", "hr.csv"):
            write_hr_summary(figures[1], tmp_path / name)
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name
        os.umask(0o077)
        write_hr_summary(figures[1], tmp_path / "private.pdf")
        assert stat.S_IMODE((tmp_path / "private.pdf").stat().st_mode) == 0o600
    finally:
        os.umask(umask)


def test_a_failure_keeps_the_earlier_file_and_leaves_no_temporary(figures, tmp_path,
                                                                  monkeypatch):
    path = tmp_path / "month.pdf"
    path.write_bytes(b"earlier")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("asc_desk.reports.monthly_grid_pdf.build_pdf", broken)
    with pytest.raises(OSError):
        write_monthly_grid_pdf(figures[0], path)
    assert path.read_bytes() == b"earlier" and sorted(tmp_path.iterdir()) == [path]


def test_an_unreplaceable_target_is_refused(figures, tmp_path):
    (tmp_path / "month.pdf").mkdir()
    with pytest.raises(UserError, match="folder"):
        write_monthly_grid_pdf(figures[0], tmp_path / "month.pdf")
    with pytest.raises(UserError, match="does not exist"):
        output.write_atomically(tmp_path / "no" / "x.pdf", lambda temp: None)


def test_printed_lists_sort_by_pinyin():
    """Code point order puts 张 (U+5F20) before 李 (U+674E) and 迪 (U+8FEA); people look
    names up by pinyin: di, li, zhang (the desk's sheets, cards and the month alike)."""
    from asc_desk.domain.name_search import pinyin_order
    from asc_desk.reports.desk_sheets_pdf import by_pinyin

    rows = [(ZHANG, "16:30"), (LI, "16:40"), (DILI, "16:50")]
    assert [r[0] for r in by_pinyin(rows)] == [DILI, LI, ZHANG]
    assert sorted(["单丽", "陈明"], key=pinyin_order) == ["陈明", "单丽"]  # chen before shan
