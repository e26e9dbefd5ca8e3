"""Caregivers' planned and actual hours of a month: PDF, and the same values as XLSX and CSV
(through tables_export)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors

from asc_desk.reports.fonts import register_font, unprintable
from asc_desk.reports.output import Written, paper, write_atomically
from asc_desk.reports.pdf_pages import (
    PageText,
    build_pdf,
    closing_note,
    usable_height,
    usable_width,
)
from asc_desk.reports.rows_table import RowsTable
from asc_desk.reports.tables_export import write_csv, write_xlsx
from asc_desk.services.reports.staff_data import StaffHours, role_text

HEADER = ["姓名", "岗位", "工号", "计划小时", "实际小时", "差额", "出勤天数", "请假天数"]
SHARES = [0.2, 0.1, 0.12, 0.12, 0.12, 0.1, 0.12, 0.12]
ALIGNS = ["left"] * 3 + ["right"] * 5
TOTAL_FILL = colors.Color(0.85, 0.85, 0.85)
ROW_H = 16
TOTAL = "合计"
EMPTY_TEXT = "本月没有排班，也没有打卡记录。"
NOTE = ("说明：计划小时来自排班表，请假期间的班次不计；"
        "实际小时来自照护员打卡（更正后的记录），未打下班卡的时段不计，"
        "标 * 者本月有未结束的上班卡；差额 = 实际 − 计划；请假天数为本月内有请假的日数。")


def hours_rows(hours: StaffHours) -> list[list]:
    """One row per caregiver then the total, as numbers: the PDF, XLSX and CSV all use
    these."""
    rows: list[list] = [[r.name, role_text(r.role), r.employee_id, r.planned, r.actual,
                         r.difference, r.days_worked, r.leave_days] for r in hours.rows]
    rows.append([TOTAL, f"{len(hours.rows)} 人", "", hours.total_planned, hours.total_actual,
                 hours.total_difference, hours.total_days_worked, hours.total_leave_days])
    return rows


def table_rows(hours: StaffHours) -> list[list]:
    """The XLSX and CSV rows: as `hours_rows`, but the total row's label is one cell, the
    first ("合计（4 人）"), its other text cells empty: "4 人" under 岗位 is no role."""
    rows = hours_rows(hours)
    rows[-1][:3] = [f"{TOTAL}（{len(hours.rows)} 人）", "", ""]
    return rows


def write_staff_hours(hours: StaffHours, path: Path, paper_name: str = "a4") -> Written:
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return write_xlsx(path, [(f"{hours.year}-{hours.month:02d} 照护员工时", HEADER,
                                  table_rows(hours))])
    if suffix == ".csv":
        # Two decimals throughout, as the PDF prints them: 40.00 beside 20.13.
        return write_csv(path, HEADER, table_rows(hours), decimals=2)
    return _write_pdf(hours, hours_rows(hours), path, paper_name)


def _num(x: float) -> str:
    return f"{x:.2f}"


def _write_pdf(hours: StaffHours, rows: list[list], path: Path, paper_name: str) -> Written:
    pagesize = paper(paper_name)
    register_font()
    missing = unprintable([hours.center_name] + [r.name for r in hours.rows])
    widths = [usable_width(pagesize) * s for s in SHARES]
    per_page = int((usable_height(pagesize) - ROW_H - 50) // ROW_H)
    open_ids = {i for i, r in enumerate(hours.rows) if r.open_clock_in}
    cells = [[str(r[0]), str(r[1]), str(r[2]), _num(r[3]),
              _num(r[4]) + (" *" if i in open_ids else ""), f"{r[5]:+.2f}", str(r[6]),
              str(r[7])] for i, r in enumerate(rows)]
    pages = []
    for start in range(0, len(cells), per_page):
        chunk = cells[start:start + per_page]
        last = start + len(chunk) == len(cells)  # the total row is on this page
        total = {len(chunk) - 1: TOTAL_FILL} if last else {}
        page: list = [RowsTable(HEADER, chunk, widths, ALIGNS, size=9, row_height=ROW_H,
                                fills=total, rules=list(total))]
        if last:
            page.append(closing_note(EMPTY_TEXT if hours.empty else "", NOTE, sum(widths)))
        pages.append(page)
    text = PageText(f"{hours.year}年{hours.month}月 照护员工时（计划与实际）",
                    hours.center_name, f"打印时间：{hours.made_at:%Y-%m-%d %H:%M}")
    written = {"pages": 0}

    def write(temp: str) -> None:
        written["pages"] = build_pdf(temp, pagesize, text, pages)

    write_atomically(path, write)
    return Written(path, written["pages"], missing)
