"""Monthly attendance grid: children as rows, days as columns (A4/Letter landscape)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from asc_desk.reports.fonts import FONT, register_font, unprintable
from asc_desk.reports.output import FitText, Written, paper, write_atomically
from asc_desk.reports.pdf_pages import (
    PageText,
    build_pdf,
    late_rule,
    usable_height,
    usable_width,
)
from asc_desk.services.reports.report_data import DayMark, Mark, MonthGrid

ABSENCE_MARK = {"sick": "病", "leave": "假", "notified": "告", "other": "缺"}
ABSENCE_TEXT = {"sick": "病假", "leave": "事假", "notified": "已告知", "other": "其他"}
WEEKDAY = "一二三四五六日"
LEGEND = ("√ 出勤  ○ 已签到未签出（不计小时）  病 病假  假 事假  告 已告知缺勤  缺 其他缺勤  "
          "？ 应到未记录（不计缺勤）  － 非本人托管日  * 经更正  灰底 休息日（原因见表后）  "
          "休 法定假日  班 调休上班  空白 未在托（入托前、退托后）或日期未到")
ROW_H = 13
HEAD_H = (13, 11)
SHADE = colors.Color(0.82, 0.82, 0.82)
OFFICIAL_SHADE = colors.Color(0.93, 0.93, 0.93)


def mark_text(m: DayMark) -> str:
    if m.mark is Mark.PRESENT:
        text = "○" if m.open else "√"
    elif m.mark is Mark.ABSENT:
        text = ABSENCE_MARK.get(m.reason, "缺")
    elif m.mark is Mark.NO_RECORD:
        text = "？"
    elif m.mark is Mark.NOT_EXPECTED:
        text = "－"
    else:
        text = ""
    return text + "*" if m.corrected and text else text


def title_of(grid: MonthGrid) -> PageText:
    scope = f"  项目：{grid.program}" if grid.program else "  全部项目"
    return PageText(
        f"{grid.year}年{grid.month}月 出勤登记表", f"{grid.center_name}{scope}",
        f"打印时间：{grid.made_at:%Y-%m-%d %H:%M}", LEGEND)


def rows_per_page(pagesize) -> int:
    return int((usable_height(pagesize) - sum(HEAD_H) - ROW_H - 4) // ROW_H)


def write_monthly_grid_pdf(grid: MonthGrid, path: Path, paper_name: str = "a4") -> Written:
    pagesize = landscape(paper(paper_name))
    register_font()
    missing = unprintable([grid.center_name, grid.program] + [c.name for c in grid.children]
                          + [d.closed_reason for d in grid.days])
    pages = _pages(grid, pagesize)
    written = {"pages": 0}

    def write(temp: str) -> None:
        written["pages"] = build_pdf(temp, pagesize, title_of(grid), pages)

    write_atomically(path, write)
    return Written(path, written["pages"], missing)


def _pages(grid: MonthGrid, pagesize) -> list[list]:
    width = usable_width(pagesize)
    n = len(grid.days)
    fixed = [20, 84]
    totals = [26, 30, 22, 28, 28, 22]
    day_w = (width - sum(fixed) - sum(totals)) / n
    widths = fixed + [day_w] * n + totals
    head1 = (["序", "姓名"] + [str(d.date.day) for d in grid.days]
             + ["出勤天", "小时", "缺勤", "未记录", "未签出", "晚接"])
    head2 = ["", ""] + [_day_label(d) for d in grid.days] + [""] * len(totals)
    base = [
        ("FONT", (0, 0), (-1, -1), FONT, 7),
        ("FONTSIZE", (0, 0), (-1, 0), 7.5),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
    ]
    for k in range(len(totals)):
        base.append(("SPAN", (2 + n + k, 0), (2 + n + k, 1)))
    for j, d in enumerate(grid.days):
        col = 2 + j
        if d.closed:
            base.append(("BACKGROUND", (col, 0), (col, -1), SHADE))
        elif d.official:
            base.append(("BACKGROUND", (col, 0), (col, 1), OFFICIAL_SHADE))
    per_page = rows_per_page(pagesize)
    chunks = [grid.children[i:i + per_page] for i in range(0, len(grid.children), per_page)]
    pages = []
    for p, chunk in enumerate(chunks or [()]):
        rows = [head1, head2]
        for k, child in enumerate(chunk):
            rows.append([str(p * per_page + k + 1), FitText(child.name, 7.5)]
                        + [mark_text(m) for m in child.marks]
                        + [child.days_present, f"{child.hours:.1f}", child.days_absent,
                           child.no_record, child.open_days, child.late_pickups])
        last = p == len(chunks) - 1 or not chunks
        if last:
            rows.append(["", FitText("每日出勤人数", 7)] + [d.present or "" for d in grid.days]
                        + [grid.days_present, f"{grid.hours:.1f}", grid.days_absent,
                           grid.no_record, grid.open_days, grid.late_pickups])
        style = list(base)
        style.append(("ALIGN", (1, 2), (1, -1), "LEFT"))
        if last:
            style += [("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                      ("FONTSIZE", (0, -1), (-1, -1), 6.5)]
        table = Table(rows, colWidths=widths, rowHeights=list(HEAD_H) + [ROW_H] * (len(rows) - 2),
                      style=TableStyle(style))
        page = [table]
        if last:
            page += _after_table(grid)
        pages.append(page)
    return pages


def _day_label(d) -> str:
    if d.official == "holiday":
        return "休"
    if d.official == "workday":
        return "班"
    return WEEKDAY[d.date.weekday()]


def _after_table(grid: MonthGrid) -> list:
    style = ParagraphStyle("legend", fontName=FONT, fontSize=7.5, leading=10, wordWrap="CJK")
    parts = []
    if grid.empty:
        parts.append(Paragraph("本月没有在册儿童的出勤记录。", ParagraphStyle(
            "empty", parent=style, fontSize=11, leading=16)))
    closed = "；".join(f"{reason}（{'、'.join(str(d.day) for d in days)}日）"
                      for reason, days in grid.closed_reasons())
    if closed:
        parts.append(Paragraph(f"休息日：{closed}", style))
    official = "；".join(f"{d.date.day}日 {d.official_name}"
                        f"（{'法定假日' if d.official == 'holiday' else '调休上班'}）"
                        for d in grid.days if d.official)
    if official:
        parts.append(Paragraph(f"节假日与调休：{official}", style))
    absences = grid.absences()
    summary = "，".join(f"{ABSENCE_TEXT[r]} {n} 天" for r, n in absences.items() if n)
    parts.append(Paragraph(
        f"合计：儿童 {len(grid.children)} 人，出勤 {grid.days_present} 人次，"
        f"托管 {grid.hours:.1f} 小时，晚接 {grid.late_pickups} 次"
        f"（{late_rule(grid.late_grace_minutes)}，按打印时的设置）"
        + (f"；缺勤：{summary}" if summary else "")
        + f"；应到未记录 {grid.no_record} 天（不计为缺勤）"
        + f"；已签到未签出 {grid.open_days} 次（不计入托管小时）。"
        + "小时：每个孩子的托管分钟数取一位小数，合计为各行之和。", style))
    return [Spacer(1, 4), *parts]


def grid_table(grid: MonthGrid) -> tuple[list[str], list[list]]:
    """The grid as plain rows for XLSX and CSV: the same marks and totals as the PDF."""
    # A day's column is "1日": Excel turns a CSV header "11-1" into a date (1 Nov), and the
    # XLSX names its columns alike. The month is the file's title.
    header = (["编号", "姓名", "项目"] + [f"{d.date.day}日" for d in grid.days]
              + ["出勤天数", "托管小时", "缺勤天数", "未记录天数", "未签出次数", "晚接次数"])
    rows: list[list] = [
        [c.external_id, c.name, c.program] + [mark_text(m) for m in c.marks]
        + [c.days_present, c.hours, c.days_absent, c.no_record, c.open_days, c.late_pickups]
        for c in grid.children]
    rows.append(["", "每日出勤人数", ""] + [d.present for d in grid.days]
                + [grid.days_present, grid.hours, grid.days_absent, grid.no_record,
                   grid.open_days, grid.late_pickups])
    return header, rows


def write_monthly(grid: MonthGrid, path: Path, paper_name: str = "a4") -> Written:
    """PDF, XLSX or CSV by the file's extension."""
    from asc_desk.reports.tables_export import write_csv, write_xlsx

    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return write_monthly_grid_pdf(grid, path, paper_name)
    header, rows = grid_table(grid)
    if suffix == ".xlsx":
        return write_xlsx(path, [(f"{grid.year}-{grid.month:02d}", header, rows)])
    return write_csv(path, header, rows, decimals=1)  # hours in tenths, as printed
