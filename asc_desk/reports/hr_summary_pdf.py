"""HR monthly summary by department and parent worker: PDF, and the same figures as XLSX and
CSV for HR's own systems."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors

from asc_desk.reports.fonts import register_font, unprintable
from asc_desk.reports.output import Written, paper, write_atomically
from asc_desk.reports.pdf_pages import (
    PageText,
    build_pdf,
    closing_note,
    late_rule,
    usable_height,
    usable_width,
)
from asc_desk.reports.rows_table import RowsTable
from asc_desk.reports.tables_export import write_csv, write_xlsx
from asc_desk.services.reports.report_data import DepartmentTotal, HrSummary

HEADER = ["部门", "工号", "家长姓名", "子女数", "出勤天数", "托管小时", "未签出", "晚接次数"]
SHARES = [0.2, 0.12, 0.18, 0.09, 0.11, 0.11, 0.09, 0.1]
ALIGNS = ["left"] * 3 + ["right"] * 5
ROW_H = 15
SUBTOTAL_FILL = colors.Color(0.93, 0.93, 0.93)
TOTAL_FILL = colors.Color(0.85, 0.85, 0.85)
SUBTOTAL = "小计"
# The total row says itself why it is less than the sum of the subtotals above it (a child
# whose parents work in two departments is in both subtotals): the note is on the last page
# only, in small print, while the eye compares the rows.
TOTAL = "合计（每个孩子只计一次）"
NOTE = ("说明：一个孩子的父母都在本厂时，分别计入各自名下；部门小计中每个孩子只计一次，"
        "父母分属两个部门的孩子在两个部门的小计中各计一次，所以合计可能小于各小计之和。"
        "托管小时：每个孩子的托管分钟数取一位小数，各行与合计都由这些数相加。")


def note_of(summary: HrSummary) -> list[str]:
    """The note under the table, with the late-pickup rule and the departments as they were
    when printed (a reprint of a past month after either changed explains itself)."""
    return [NOTE, "未签出：已签到但没有签出记录的次数，这些天计入出勤天数，不计入托管小时。"
            f"晚接：{late_rule(summary.late_grace_minutes)}（按打印时的设置）。"
            "部门：按打印时的员工名单。"]


def summary_rows(summary: HrSummary) -> list[tuple[str, list]]:
    """(kind, row) in print order: each worker, then their department's subtotal; the total
    last. kind is "worker", "subtotal" or "total". The PDF, XLSX and CSV all use these."""
    out: list[tuple[str, list]] = []
    totals = {d.department: d for d in summary.departments}
    for i, w in enumerate(summary.workers):
        out.append(("worker", [w.department, w.employee_id, w.name, w.children, w.days_present,
                               w.hours, w.open_days, w.late_pickups]))
        following = summary.workers[i + 1].department if i + 1 < len(summary.workers) else None
        if following != w.department:
            out.append(("subtotal", _total_row(totals[w.department], SUBTOTAL)))
    out.append(("total", _total_row(summary.total, TOTAL)))
    return out


def _total_row(t: DepartmentTotal, label: str) -> list:
    """A subtotal: its department, 小计; the total: its label once, in the first column."""
    first, second = (t.department, label) if label == SUBTOTAL else (label, "")
    return [first, second, f"{t.workers} 人", t.children, t.days_present, t.hours,
            t.open_days, t.late_pickups]


def write_hr_summary(summary: HrSummary, path: Path, paper_name: str = "a4") -> Written:
    suffix = path.suffix.lower()
    rows = summary_rows(summary)
    if suffix == ".xlsx":
        workers = [r for kind, r in rows if kind == "worker"]
        departments = [[d.department, d.workers, d.children, d.days_present, d.hours,
                        d.open_days, d.late_pickups] for d in summary.departments]
        t = summary.total
        departments.append([TOTAL, t.workers, t.children, t.days_present, t.hours,
                            t.open_days, t.late_pickups])
        return write_xlsx(path, [
            ("按家长", HEADER, workers),
            ("按部门", ["部门", "家长人数", "子女数", "出勤天数", "托管小时", "未签出",
                      "晚接次数"], departments)])
    if suffix == ".csv":
        # Hours in tenths, as the PDF prints them: 10.0 beside 10.8, never 10.
        return write_csv(path, CSV_HEADER, [_plain(k, r) for k, r in rows], decimals=1)
    return _write_pdf(summary, rows, path, paper_name)


CSV_HEADER = ["类型", "部门", "工号", "家长姓名", "家长人数", *HEADER[3:]]


def _plain(kind: str, row: list) -> list:
    """CSV cells, as a spreadsheet reads them: the row's kind in 类型 (家长, 小计, or the
    total's label: one label cell); a worker's id and name in theirs, empty on a subtotal or
    the total (a subtotal keeps its department, the key it is a subtotal of); the worker
    count, a bare number, in its own 家长人数 column."""
    if kind == "worker":
        return ["家长", row[0], row[1], row[2], 1, *row[3:]]
    workers = int(row[2][:-2])
    if kind == "subtotal":
        return [SUBTOTAL, row[0], "", "", workers, *row[3:]]
    return [TOTAL, "", "", "", workers, *row[3:]]


def _cells(row: list) -> list[str]:
    return [str(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]), f"{row[5]:.1f}",
            str(row[6]), str(row[7])]


def _write_pdf(summary: HrSummary, rows, path: Path, paper_name: str) -> Written:
    pagesize = paper(paper_name)
    register_font()
    missing = unprintable([summary.center_name] + [w.name + w.department
                                                   for w in summary.workers])
    widths = [usable_width(pagesize) * s for s in SHARES]
    per_page = int((usable_height(pagesize) - ROW_H - 40) // ROW_H)
    chunks = [rows[i:i + per_page] for i in range(0, len(rows), per_page)]
    pages = []
    for p, chunk in enumerate(chunks):
        # Drawn straight on the canvas (rows_table): 115,000 platypus cells for 10,000
        # children were most of the summary's time.
        fills = {k: SUBTOTAL_FILL if kind == "subtotal" else TOTAL_FILL
                 for k, (kind, _) in enumerate(chunk) if kind != "worker"}
        page: list = [RowsTable(HEADER, [_cells(r) for _, r in chunk], widths, ALIGNS,
                                size=8.5, row_height=ROW_H, fills=fills, rules=list(fills))]
        if p == len(chunks) - 1:
            page.append(closing_note("本月没有出勤记录。" if summary.empty else "",
                                     note_of(summary), sum(widths)))
        pages.append(page)
    text = PageText(f"{summary.year}年{summary.month}月 家长员工托管汇总（人力资源部）",
                    summary.center_name, f"打印时间：{summary.made_at:%Y-%m-%d %H:%M}")
    written = {"pages": 0}

    def write(temp: str) -> None:
        written["pages"] = build_pdf(temp, pagesize, text, pages)

    write_atomically(path, write)
    return Written(path, written["pages"], missing)
