"""Daily sign-in/sign-out sheet: blank (for a power cut) or filled with the recorded times."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from asc_desk.reports.fonts import FONT, register_font, unprintable
from asc_desk.reports.output import FitText, Written, paper, write_atomically
from asc_desk.reports.pdf_pages import PageText, build_pdf, usable_height, usable_width
from asc_desk.services.reports.report_data import DailySheet

HEADERS = ["序", "姓名", "过敏", "到达时间", "家长签名", "离开时间", "接走人", "签名"]
SHARES = [0.05, 0.15, 0.12, 0.09, 0.16, 0.09, 0.16, 0.18]
ROW_H = 22
HEAD_H = 16
ABSENCE_TEXT = {"sick": "病假", "leave": "事假", "notified": "已告知", "other": "缺勤"}
WEEKDAY = "一二三四五六日"


def write_daily_sheet_pdf(sheet: DailySheet, path: Path, paper_name: str = "a4") -> Written:
    pagesize = paper(paper_name)
    register_font()
    missing = unprintable([sheet.center_name, sheet.program]
                          + [r.name + r.allergies + r.collected_by for r in sheet.rows])
    widths = [usable_width(pagesize) * s for s in SHARES]
    per_page = int((usable_height(pagesize) - HEAD_H - 4) // ROW_H)
    chunks = [sheet.rows[i:i + per_page] for i in range(0, len(sheet.rows), per_page)]
    pages = []
    for p, chunk in enumerate(chunks or [()]):
        rows: list[list] = [HEADERS]
        for k, r in enumerate(chunk):
            if sheet.blank:
                times = ["", "", "", "", ""]
            elif r.absence:
                times = [ABSENCE_TEXT.get(r.absence, "缺勤"), "", "", "", ""]
            else:
                times = [f"{r.arrival:%H:%M}" if r.arrival else "", "",
                         f"{r.departure:%H:%M}" if r.departure else "",
                         FitText(r.collected_by, 9), ""]
            name = r.name if r.expected else f"{r.name}（非预约）"
            rows.append([str(p * per_page + k + 1), FitText(name, 10),
                         FitText(f"▲{r.allergies}" if r.allergies else "", 8)] + times)
        empty = []
        if not chunk:  # the sentence across the row, not squeezed into the name column
            rows.append(["", FitText("当天没有预计到园的儿童。" if sheet.open_programs
                                     else "当天休息，没有开放的项目。", 10)] + [""] * 6)
            empty = [("SPAN", (1, 1), (-1, 1))]
        table = Table(rows, colWidths=widths, rowHeights=[HEAD_H] + [ROW_H] * (len(rows) - 1),
                      style=TableStyle(empty + [
                          ("FONT", (0, 0), (-1, -1), FONT, 9),
                          ("FONTSIZE", (0, 0), (-1, 0), 9.5),
                          ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                          ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                          ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
                          ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                          ("ALIGN", (1, 1), (2, -1), "LEFT"),
                          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                          ("LEFTPADDING", (0, 0), (-1, -1), 3),
                          ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                      ]))
        pages.append([table])
    kind = "（空白）" if sheet.blank else ""
    programs = sheet.program or "、".join(sheet.open_programs) or "当天休息"
    text = PageText(
        f"签到签退表{kind}",
        f"{sheet.center_name}  项目：{programs}  日期：{sheet.date:%Y-%m-%d} "
        f"星期{WEEKDAY[sheet.date.weekday()]}",
        f"打印时间：{sheet.made_at:%Y-%m-%d %H:%M}",
        "▲ 有过敏，请看过敏说明。接走人须在名单上；不在名单上的，请联系负责人。")
    written = {"pages": 0}

    def write(temp: str) -> None:
        written["pages"] = build_pdf(temp, pagesize, text, pages)

    write_atomically(path, write)
    return Written(path, written["pages"], missing)
