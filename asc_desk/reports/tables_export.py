"""XLSX (openpyxl: numbers in numeric cells, a header row, frozen panes) and CSV (UTF-8 with
a byte-order mark, so Excel opens it) from the same rows the PDFs print; text never becomes a
formula in either (domain/spreadsheet_text.py, as in the roster's files)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from asc_desk.domain.spreadsheet_text import csv_text, looks_like_formula, xml_text
from asc_desk.reports.output import Written, write_atomically

Sheet = tuple[str, Sequence[str], Sequence[Sequence[object]]]  # title, header, rows


def write_xlsx(path: Path, sheets: Sequence[Sheet]) -> Written:
    # Write-only mode streams the rows to the file instead of keeping a cell object for
    # each (the HR summary of 10,000 children has 110,000 cells): faster, flat memory.
    # Everything about a sheet (widths, frozen panes) is set before its first row.
    def write(temp: str) -> None:
        book = Workbook(write_only=True)
        bold = Font(bold=True)
        for title, header, rows in sheets:
            ws = book.create_sheet(title[:31])
            ws.freeze_panes = "C2" if len(header) > 4 else "A2"
            for i, name in enumerate(header, start=1):
                ws.column_dimensions[get_column_letter(i)].width = max(
                    5, min(24, 2.2 * len(str(name)) + 2))
            ws.append([_bold(ws, name, bold) for name in header])
            for row in rows:
                ws.append([_xlsx_value(ws, value) for value in row])
        book.save(temp)

    write_atomically(path, write)
    return Written(path, 0)


def _bold(ws, value: object, font: Font) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    cell.font = font
    return cell


def _xlsx_value(ws, value: object) -> object:
    """Numbers and dates as they are; text as text, never a formula (a department "=SUM(A1)"
    from HR's file is shown as written)."""
    if not isinstance(value, str):
        return value
    text = xml_text(value)
    if not looks_like_formula(text):
        return text  # a plain string: openpyxl writes it as text (a cell object costs more)
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"  # openpyxl would take a leading = for a formula
    cell.quotePrefix = True  # what Excel itself sets for text typed as '=...
    return cell


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]], *,
              decimals: int | None = None) -> Written:
    """`decimals`: every float written with that many (40.00 beside 20.13, not 40.0), so a
    column reads alike in a spreadsheet; None writes floats as Python prints them. Text gets
    Excel's apostrophe where it would be run as a formula (never a number: -0.50 stays one)."""
    def cell(value: object) -> object:
        if isinstance(value, str):
            return csv_text(value)
        if decimals is not None and isinstance(value, float):
            return f"{value:.{decimals}f}"
        return value

    def write(temp: str) -> None:
        with open(temp, "w", encoding="utf-8-sig", newline="") as f:
            out = csv.writer(f)
            out.writerow(header)
            out.writerows([cell(v) for v in row] for row in rows)

    write_atomically(path, write)
    return Written(path, 0)
