"""The caregivers' week rota: caregivers as rows, Monday to Sunday as columns, each cell the
shifts' times and program; closed days shaded with the reason; the coverage gaps listed under
the table. Landscape A4 by default (Letter selectable); one platypus Table per page."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.platypus import Spacer, Table, TableStyle

from asc_desk.reports.fonts import FONT, register_font, unprintable
from asc_desk.reports.output import FitText, Written, paper, write_atomically
from asc_desk.reports.pdf_pages import PageText, build_pdf, usable_height, usable_width
from asc_desk.services.reports.staff_data import WEEKDAYS_ZH, ShiftRota, role_text

HEADER_H = 30
LINE_H = 11  # one line of a cell
GAP_LINE_H = 12
CLOSED = colors.Color(0.86, 0.86, 0.86)
NAME_SHARE = 0.14
HOURS_SHARE = 0.06
EMPTY_TEXT = "本周没有排班。"


def cell_lines(rota: ShiftRota, row_index: int, day_index: int) -> list[str]:
    """What one cell says, line by line: each shift's times, the caregiver's leave during it
    (not counted in the week's hours), then its program."""
    out: list[str] = []
    for sh in rota.rows[row_index].cells[day_index]:
        out.append(f"{sh.starts_at:%H:%M}-{sh.ends_at:%H:%M}")
        if sh.leave:
            out.append(f"{sh.leave}（不计工时）")
        if sh.program:
            out.append(sh.program)
    return out


def _row_height(rota: ShiftRota, i: int) -> float:
    lines = max([len(cell_lines(rota, i, d)) for d in range(7)] + [2])
    return lines * LINE_H + 4


def write_shift_rota_pdf(rota: ShiftRota, path: Path, paper_name: str = "a4") -> Written:
    pagesize = landscape(paper(paper_name))
    register_font()
    missing = unprintable([rota.center_name] + [r.name for r in rota.rows] +
                          [sh.program for r in rota.rows for c in r.cells for sh in c] +
                          [d.closed_reason + d.official for d in rota.days])
    width = usable_width(pagesize)
    day_w = width * (1 - NAME_SHARE - HOURS_SHARE) / 7
    widths = [width * NAME_SHARE, *[day_w] * 7, width * HOURS_SHARE]
    room = usable_height(pagesize) - HEADER_H - 4
    # Rows in pages by their heights.
    chunks: list[list[int]] = [[]]
    used = 0.0
    for i in range(len(rota.rows)):
        h = _row_height(rota, i)
        if chunks[-1] and used + h > room:
            chunks.append([])
            used = 0.0
        chunks[-1].append(i)
        used += h
    header = [FitText("照护员", 8.5, align="center")]
    for d in rota.days:
        second = (f"{d.opens_at:%H:%M}-{d.closes_at:%H:%M}" if d.open else
                  f"休：{d.closed_reason}")
        if d.official and d.open:
            second = f"{d.official} {second}"
        elif d.adjusted_workday and d.open:
            second = f"调休上班 {second}"
        header.append([FitText(f"周{WEEKDAYS_ZH[d.date.weekday()]} {d.date:%m-%d}", 8.5,
                               align="center"),
                       FitText(second, 7, align="center")])
    header.append(FitText("小时", 8.5, align="center"))
    pages = []
    last_used = used
    for chunk in chunks:
        data = [header]
        heights = [HEADER_H]
        style = [
            ("FONT", (0, 0), (-1, -1), FONT, 8),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
            ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
            ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
        for k, d in enumerate(rota.days, start=1):
            if not d.open:
                style.append(("BACKGROUND", (k, 0), (k, -1), CLOSED))
        for i in chunk:
            row = rota.rows[i]
            cells = [[FitText(row.name, 8.5), FitText(role_text(row.role), 6.5)]]
            for day_index in range(7):
                lines = cell_lines(rota, i, day_index)
                cells.append([FitText(t, 8 if n % 2 == 0 else 6.5, align="center")
                              for n, t in enumerate(lines)] if lines else "")
            cells.append(FitText(f"{row.hours:g}", 8.5, align="right"))
            data.append(cells)
            heights.append(_row_height(rota, i))
        pages.append([Table(data, colWidths=widths, rowHeights=heights,
                            style=TableStyle(style))])
    # Under the last table: the empty-week note and the gaps, more pages if they need them.
    notes = []
    if rota.empty:
        notes.append((EMPTY_TEXT, 11))
    if rota.gaps:
        notes.append((f"人手缺口（{len(rota.gaps)} 处）：", 9))
        notes.extend((g, 8) for g in rota.gaps)
    elif not rota.empty:
        notes.append(("本周排班无人手缺口。", 9))
    free = room - last_used - 8
    block: list = [Spacer(1, 8)]
    for text, size in notes:
        if free < GAP_LINE_H:
            pages[-1].extend(block)
            pages.append([])
            block, free = [], usable_height(pagesize) - 4
        block.append(FitText(text, size))
        free -= GAP_LINE_H
    if block:
        pages[-1].extend(block)
    text = PageText(f"照护员周排班表 {rota.first:%Y-%m-%d} 至 {rota.last:%Y-%m-%d}",
                    f"{rota.center_name}　{rota.first.isocalendar().year}年第"
                    f"{rota.first.isocalendar().week}周",
                    f"打印时间：{rota.made_at:%Y-%m-%d %H:%M}",
                    "灰色：当天不开放（原因见表头）；小时：本周计划小时数。")
    written = {"pages": 0}

    def write(temp: str) -> None:
        written["pages"] = build_pdf(temp, pagesize, text, pages)

    write_atomically(path, write)
    return Written(path, written["pages"], missing)
