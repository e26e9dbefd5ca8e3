"""XLSX (openpyxl: numbers in numeric cells, a header row, frozen panes) and CSV (UTF-8 with
a byte-order mark, so Excel opens it) from the same rows the PDFs print."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from asc_desk.reports.output import Written, write_atomically

Sheet = tuple[str, Sequence[str], Sequence[Sequence[object]]]  # title, header, rows


def write_xlsx(path: Path, sheets: Sequence[Sheet]) -> Written:
    def write(temp: str) -> None:
        book = Workbook()
        book.remove(book.active)
        for title, header, rows in sheets:
            ws = book.create_sheet(title[:31])
            ws.append(list(header))
            for cell in ws[1]:
                cell.font = Font(bold=True)
            for row in rows:
                ws.append(list(row))
            ws.freeze_panes = "C2" if len(header) > 4 else "A2"
            for i, name in enumerate(header, start=1):
                letter = ws.cell(row=1, column=i).column_letter
                ws.column_dimensions[letter].width = max(5, min(24, 2.2 * len(str(name)) + 2))
        book.save(temp)

    write_atomically(path, write)
    return Written(path, 0)


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> Written:
    def write(temp: str) -> None:
        with open(temp, "w", encoding="utf-8-sig", newline="") as f:
            out = csv.writer(f)
            out.writerow(header)
            out.writerows(rows)

    write_atomically(path, write)
    return Written(path, 0)
