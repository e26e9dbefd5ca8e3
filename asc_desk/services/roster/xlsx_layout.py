"""What openpyxl's read-only mode does not give of a sheet: merged cells and hidden rows,
read from the sheet's XML with two scans (loading the sheet whole would cost several times
the reading of its rows)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
_HIDDEN_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\bhidden="(?:1|true)"[^>]*>')
_ROW_NUMBER = re.compile(rb'\br="(\d+)"')


def _column(letters: bytes) -> int:
    """A -> 0, AA -> 26."""
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number - 1


@dataclass
class SheetLayout:
    """Vertical merges (a value shown on every row it covers) and hidden rows of a sheet."""

    # row → [(column index, the merge's top row)] for each row a merge covers below its top
    below: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    tops: dict[int, list[int]] = field(default_factory=dict)  # top row → merged columns
    hidden: frozenset[int] = frozenset()
    _kept: dict[tuple[int, int], Any] = field(default_factory=dict)

    def fill(self, number: int, cells: list[Any]) -> list[Any]:
        """The row's cells with each merged cell's value in every row the merge covers: HR
        merges the parent's cells across siblings, and Excel keeps the value in the top
        cell only. Rows must come in order."""
        for column in self.tops.get(number, ()):
            self._kept[number, column] = cells[column] if column < len(cells) else None
        for column, top in self.below.get(number, ()):
            value = self._kept.get((top, column))
            if value is None:
                continue
            if column >= len(cells):
                cells = cells + [None] * (column + 1 - len(cells))
            if cells[column] is None:
                cells[column] = value
        return cells


def sheet_layout(sheet: Any) -> SheetLayout:
    """The layout of a read-only openpyxl sheet (empty when its XML cannot be read)."""
    try:
        xml: bytes = sheet.parent._archive.read(sheet._worksheet_path)
    except (AttributeError, KeyError, OSError):
        return SheetLayout()
    layout = SheetLayout()
    start = xml.find(b"mergeCells")  # after the rows: the regex scans only from there
    if start != -1:
        for first_col, first_row, _last_col, last_row in _MERGE.findall(xml, start):
            top, bottom, column = int(first_row), int(last_row), _column(first_col)
            if bottom <= top or bottom - top > 10_000:
                continue  # a merge across columns only (a title) fills nothing
            layout.tops.setdefault(top, []).append(column)
            for number in range(top + 1, bottom + 1):
                layout.below.setdefault(number, []).append((column, top))
    if b'hidden="' in xml:
        layout.hidden = frozenset(
            int(found.group(1)) for tag in _HIDDEN_ROW.finditer(xml)
            if (found := _ROW_NUMBER.search(tag.group(0))))
    return layout
