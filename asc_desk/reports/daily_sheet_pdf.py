"""Daily sign-in/sign-out sheet: blank (for a power cut) or filled with the recorded times."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Spacer, Table, TableStyle

from asc_desk.reports.fonts import FONT, register_font, unprintable
from asc_desk.reports.output import FitText, Written, paper, write_atomically
from asc_desk.reports.pdf_pages import PageText, build_pdf, usable_height, usable_width
from asc_desk.services.reports.report_data import DailySheet, SheetRow

HEADERS = ["序", "姓名", "过敏", "到达时间", "家长签名", "离开时间", "接走人", "签名"]
SHARES = [0.05, 0.15, 0.12, 0.09, 0.16, 0.09, 0.16, 0.18]
ROW_H = 22
HEAD_H = 16
ABSENCE_TEXT = {"sick": "病假", "leave": "事假", "notified": "已告知", "other": "缺勤"}
WEEKDAY = "一二三四五六日"
NOTE_H = 12  # a footnote line under the table
NOTES_GAP = 6
NOTE_CHARS = 60  # the characters of a footnote line at 8 pt on portrait Letter
UNLISTED_MARK = " *"


def pickup_note(number: int, row: SheetRow) -> str:
    """The footnote of a pickup by someone not on the list, allowed by the coordinator."""
    return (f"* {number}号 {row.name}：{row.collected_by} 不在接送名单上，经负责人同意："
            f"{row.pickup_override}")


def _chunks(sheet: DailySheet, room: float) -> list[tuple[int, list[SheetRow]]]:
    """Rows in pages, (first number, rows): a marked pickup's footnote goes on its page."""
    out: list[tuple[int, list[SheetRow]]] = []
    used, has_notes = room, False
    for n, r in enumerate(sheet.rows, start=1):
        note = 0.0
        if r.pickup_override:  # a long reason is set on two lines
            note = (1 if len(pickup_note(n, r)) <= NOTE_CHARS else 2) * NOTE_H
        if used + ROW_H + note + (NOTES_GAP if note and not has_notes else 0) > room:
            out.append((n, []))
            used, has_notes = 0.0, False
        out[-1][1].append(r)
        used += ROW_H + note + (NOTES_GAP if note and not has_notes else 0)
        has_notes = has_notes or bool(note)
    return out


def write_daily_sheet_pdf(sheet: DailySheet, path: Path, paper_name: str = "a4") -> Written:
    pagesize = paper(paper_name)
    register_font()
    missing = unprintable([sheet.center_name, sheet.program]
                          + [r.name + r.allergies + r.collected_by + r.pickup_override
                             for r in sheet.rows])
    widths = [usable_width(pagesize) * s for s in SHARES]
    room = usable_height(pagesize) - HEAD_H - 4
    pages = []
    for first, chunk in _chunks(sheet, room) or [(1, [])]:
        rows: list[list] = [HEADERS]
        notes = []
        for n, r in enumerate(chunk, start=first):
            if sheet.blank:
                times = ["", "", "", "", ""]
            elif r.absence:
                times = [ABSENCE_TEXT.get(r.absence, "缺勤"), "", "", "", ""]
            else:
                who = r.collected_by
                if r.pickup_override:  # marked, the reason under the table
                    who += UNLISTED_MARK
                    notes.append(FitText(pickup_note(n, r), 8))
                arrival: str | FitText = f"{r.arrival:%H:%M}" if r.arrival else ""
                departure: str | FitText = f"{r.departure:%H:%M}" if r.departure else ""
                if r.stays:  # left and came back: every arrival and every departure
                    arrival = FitText(" ".join(f"{a:%H:%M}" for a, _b in r.stays), 9,
                                      align="center")
                    departure = FitText(" ".join(f"{b:%H:%M}" if b else "—"
                                                 for _a, b in r.stays), 9, align="center")
                times = [arrival, "", departure, FitText(who, 9), ""]
            name = r.name if r.expected else f"{r.name}（非预约）"
            rows.append([str(n), FitText(name, 10),
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
        pages.append([table] + ([Spacer(1, NOTES_GAP - 2), *notes] if notes else []))
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
