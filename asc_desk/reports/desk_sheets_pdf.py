"""The two sheets the Today page prints: the emergency roll call (the children present now
with their guardians' phones, and the caregivers on duty) and the end-of-day summary. Small
documents drawn like the others (bundled font embedded, "第 x 页 / 共 y 页", one Table per
page, written atomically), then printed through `ui/pdf_printing.py` as the Reports page does.
The dialogs make the values from what they show; nothing here reads the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Spacer, Table, TableStyle

from asc_desk.domain.name_search import pinyin_order
from asc_desk.reports.fonts import FONT, register_font, unprintable
from asc_desk.reports.output import FitText, Written, paper, write_atomically
from asc_desk.reports.pdf_pages import PageText, build_pdf, usable_height, usable_width

ROW_H = 22


def by_pinyin(rows: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Rows whose first cell is a child's name, in the order people look names up: pinyin."""
    return sorted(rows, key=lambda r: pinyin_order(r[0]))


@dataclass(frozen=True)
class RollCallSheet:
    center_name: str
    at: dt.datetime  # local time of the roll call
    children: tuple[tuple[str, str, str, str, str], ...]  # name, in, guardians, phones, allergies
    on_duty: tuple[tuple[str, str], ...]  # caregiver name, role (Chinese)


@dataclass(frozen=True)
class DaySummarySheet:
    center_name: str
    date: dt.date
    made_at: dt.datetime  # local
    counts: tuple[tuple[str, int], ...]  # ("在园", 3), ("已接走", 20), ...
    children: tuple[tuple[str, str, str, str, str], ...]  # name, state, in, out, collected by


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], shares: Sequence[float],
           width: float, size: float = 10) -> Table:
    data = [[FitText(h, size, align="center") for h in header]]
    data += [[FitText(v or "", size) for v in row] for row in rows]
    return Table(data, colWidths=[width * s for s in shares], rowHeights=ROW_H,
                 style=TableStyle([
                     ("FONT", (0, 0), (-1, -1), FONT, size),
                     ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                     ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                     ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                     ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))


def _paged(header, rows, shares, pagesize, size, first_room: float) -> list[list]:
    """The rows as one Table per page, the header repeated; the first page has `first_room`
    points less."""
    width = usable_width(pagesize)
    pages: list[list] = []
    rest = list(rows)
    room = usable_height(pagesize) - first_room
    while True:
        n = max(1, int(room // ROW_H) - 1)
        pages.append([_table(header, rest[:n], shares, width, size)])
        rest = rest[n:]
        room = usable_height(pagesize)
        if not rest:
            return pages


def _write(path: Path, pagesize, text: PageText, pages) -> int:
    written = {"pages": 0}

    def write(temp: str) -> None:
        written["pages"] = build_pdf(temp, pagesize, text, pages)

    write_atomically(path, write)
    return written["pages"]


def write_roll_call_pdf(sheet: RollCallSheet, path: Path, paper_name: str = "a4") -> Written:
    pagesize = paper(paper_name)
    register_font()
    missing = unprintable([sheet.center_name] + [" ".join(r) for r in sheet.children] +
                          [n for n, _ in sheet.on_duty])
    duty = "、".join(f"{n}（{r}）" for n, r in sheet.on_duty) or "无人在岗记录"
    intro = [FitText(f"在园儿童 {len(sheet.children)} 名", 13),
             FitText(f"在岗照护员 {len(sheet.on_duty)} 名：{duty}", 10), Spacer(1, 6)]
    if not sheet.children:
        intro.append(FitText("现在没有在园的儿童。", 11))
    pages = _paged(["儿童", "入园", "监护人", "电话", "过敏"], by_pinyin(sheet.children),
                   [0.2, 0.09, 0.22, 0.3, 0.19], pagesize, 10, 60)
    pages[0] = intro + pages[0]
    if not sheet.children:
        pages = [intro]
    text = PageText("紧急点名表", f"{sheet.center_name}　{sheet.at:%Y-%m-%d %H:%M}",
                    f"打印时间：{sheet.at:%Y-%m-%d %H:%M}", "逐一点名，确认后在名字旁打勾。")
    return Written(path, _write(path, pagesize, text, pages), missing)


def write_day_summary_pdf(sheet: DaySummarySheet, path: Path,
                          paper_name: str = "a4") -> Written:
    pagesize = paper(paper_name)
    register_font()
    missing = unprintable([sheet.center_name] + [" ".join(r) for r in sheet.children])
    counts = "　".join(f"{label} {n}" for label, n in sheet.counts)
    intro = [FitText(counts, 11), Spacer(1, 6)]
    if not sheet.children:
        pages = [intro + [FitText("这一天没有儿童记录。", 11)]]
    else:
        pages = _paged(["儿童", "状态", "入园", "离园", "接走人"], by_pinyin(sheet.children),
                       [0.26, 0.18, 0.12, 0.12, 0.32], pagesize, 10, 30)
        pages[0] = intro + pages[0]
    text = PageText(f"{sheet.date:%Y-%m-%d} 当日小结", sheet.center_name,
                    f"打印时间：{sheet.made_at:%Y-%m-%d %H:%M}")
    return Written(path, _write(path, pagesize, text, pages), missing)
