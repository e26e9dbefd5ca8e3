"""Roster files: CSV (UTF-8 or GB18030) and XLSX read into raw rows, and written back safely."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import count, repeat
from operator import itemgetter
from pathlib import PurePath
from typing import Any, Literal

from asc_desk.domain.errors import N_, UserError
from asc_desk.domain.spreadsheet_text import CSV_ESCAPED, csv_text, looks_like_formula, xml_text
from asc_desk.services.roster.roster_rows import (
    COLUMNS,
    DATE_COLUMNS,
    Cell,
    ParsedRow,
    RawRow,
    RowError,
    RowErrors,
    RowParser,
    cell_text,
    child_row,
    duplicate_ids,
    format_pickups,
    header_key,
    parse_pickups,
    parse_row,
)
from asc_desk.services.roster.xlsx_layout import SheetLayout, sheet_layout

__all__ = [
    "COLUMNS", "MAX_CELL_BYTES", "MAX_ROWS", "ParsedRow", "RawRow", "RowError", "RowErrors",
    "RowParser", "Table", "child_row", "duplicate_ids", "format_pickups", "parse_pickups",
    "parse_row", "read_table", "template", "write_csv", "write_xlsx",
]

MAX_ROWS = 100_000
MAX_FILE_BYTES = 20 * 1024 * 1024  # a 100,000-row roster is ~15 MB of CSV
MAX_COLUMNS = 200  # a roster has ~20 columns; HR's sheets a few dozen more
MAX_CELL_BYTES = 64 * 1024
HEADER_SEARCH = 10  # HR's sheets often carry a title row or two above the header
_NAME_HEADERS = "name / " + COLUMNS["name"]  # the same in either language

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and also any password-protected workbook
_OOXML_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]  # the header row as written, in file order
    columns: Mapping[str, str]  # column key → its header as written
    ignored: tuple[str, ...]  # headers that name no column: their cells are not read
    rows: list[RawRow]  # blank rows and totals rows left out
    kind: Literal["csv", "xlsx"]
    # A guardian's columns (家长电话, 工号…) in a file with no 家长姓名: not read, as a
    # guardian needs a name; the preview names them once for the file.
    unsaved: tuple[str, ...] = ()
    # (row, its first cell) of the rows left out: totals (合计, 共3人) and notes (备注：…)
    totals: tuple[tuple[int, str], ...] = ()
    hidden: tuple[int, ...] = ()  # rows hidden in Excel (HR hides leavers): imported, said


class _NoHeader(UserError):
    """This sheet has no header row: another sheet of the workbook may have one."""


def _not_a_roster(file: str) -> UserError:
    return UserError(N_("{file} is not a CSV or XLSX file: save the roster from Excel or WPS as "
                        ".xlsx or .csv and import that."), file=file)


def read_table(data: bytes, filename: str) -> Table:
    """The rows of a roster file, the format told by its content (not its name).

    Raises UserError (nothing read) for a file that is empty, not CSV or XLSX, has no
    header or name column, a cell over 64 KB or more than 100,000 rows."""
    file = PurePath(filename).name or "file"
    if len(data) > MAX_FILE_BYTES:
        raise UserError(N_("{file} is larger than {size} MB: no roster is that large. Check the "
                           "file, or split it."), file=file, size=MAX_FILE_BYTES // (1024 * 1024))
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n"):
        raise UserError(N_("{file} is empty."), file=file)
    if data.startswith(_OLE):
        raise UserError(N_("{file} is an old Excel .xls file or has a password: open it in "
                           "Excel or WPS, remove any password, save it as .xlsx or .csv and "
                           "import that."), file=file)
    if data.startswith(_ZIP):
        return _read_xlsx(data, file)
    return _table(_CsvRecords(_decode(data, file)), file, "csv")


def _decode(data: bytes, file: str) -> str:
    if data.startswith(b"%PDF"):
        raise _not_a_roster(file)
    # Excel saves "Unicode text" as UTF-16, "CSV UTF-8" with a BOM, and plain "CSV" in the
    # system's code page: GB18030 (a superset of GBK) on a Chinese Windows.
    encodings = ("utf-16",) if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",
                                                                              "gb18030")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise _not_a_roster(file)
    # A byte-order mark in any encoding (GB18030's is 84 31 95 33) decodes to U+FEFF: left in,
    # it would make the first header unknown and its column silently ignored.
    text = text.removeprefix("\ufeff")
    sample = text[:4096]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\r\n\f")
    if "\x00" in sample or controls > len(sample) // 100:  # an image or other binary data
        raise _not_a_roster(file)
    return text


def _sniff(text: str) -> str:
    """The delimiter that splits the header into the most known columns (comma on a tie)."""
    lines = text.split("\n", HEADER_SEARCH)[:HEADER_SEARCH]

    def score(delimiter: str) -> tuple[int, int]:
        # Only the first MAX_COLUMNS cells: a line of a million is refused later, by count.
        known = max(sum(header_key(c.strip().strip('"')) is not None
                        for c in line.split(delimiter, MAX_COLUMNS)[:MAX_COLUMNS])
                    for line in lines)
        return known, lines[0].count(delimiter)

    return max((",", ";", "\t"), key=score)


# (row number, cells, whether a cell may be over the size limit)
_Records = Iterator[tuple[int, list[Cell], bool]]


class _CsvRecords:
    """A CSV's records, each as (row number, cells, whether a cell may be over the size
    limit): read by the csv module at once, taken one at a time (the header search), and
    the rest at once (rest()) when no row needs a check of its own."""

    def __init__(self, text: str) -> None:
        # The csv module refuses fields over its global limit (128 KB) with no row or column;
        # raising the limit (never lowering it) lets the size check name the cell.
        if len(text) >= csv.field_size_limit():
            csv.field_size_limit(len(text) + 1)
        # newline="" splits records on \r and \n only, not on \u2028 and other line marks.
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff(text))
        self._records: list[list[str]] = []
        self._failure: csv.Error | None = None
        try:  # a quoted line break stays in one Excel row
            self._records.extend(reader)
        except csv.Error as exc:  # raised where the reader met it: after the rows before it
            self._failure = exc
        self._next = 0

    def __iter__(self) -> _CsvRecords:
        return self

    def __next__(self) -> tuple[int, list[Cell], bool]:
        if self._next == len(self._records):
            if self._failure is not None:
                raise self._failure
            raise StopIteration
        record = self._records[self._next]
        self._next += 1
        number = self._next
        _check_columns(len(record), number)
        joined = "".join(record)
        # A record this short cannot hold a cell over the size limit: _table skips the check.
        long = len(joined) > MAX_CELL_BYTES // 4
        if "'" in joined or "\r" in joined:
            return number, [_csv_cell(c) for c in record], long
        return number, [c or None for c in record], long  # most: only "" to None

    def rest(self) -> tuple[int, list[list[str]], list[str]] | None:
        """(the first one's row number, the records left, each joined), all taken, when none
        of them has too many columns or a long cell, nor are they over MAX_ROWS, nor did the
        reader fail: else None, and they are taken one at a time, each checked."""
        rest = self._records[self._next:]
        joined = list(map("".join, rest))
        if (self._failure is not None or len(rest) > MAX_ROWS
                or max(map(len, rest), default=0) > MAX_COLUMNS
                or max(map(len, joined), default=0) > MAX_CELL_BYTES // 4):
            return None
        first = self._next + 1
        self._next = len(self._records)
        return first, rest, joined


def _check_columns(count: int, row: int | None) -> None:
    if count > MAX_COLUMNS and row is None:
        raise UserError(N_("The sheet has {count} columns, more than the {max} a roster may "
                           "have. Check the file."), count=count, max=MAX_COLUMNS)
    if count > MAX_COLUMNS:
        raise UserError(N_("Row {row} has {count} columns, more than the {max} a roster may "
                           "have. Check the file."), row=row, count=count, max=MAX_COLUMNS)


def _csv_cell(text: str) -> str | None:
    if len(text) > 1 and text[0] == "'" and text[1] in CSV_ESCAPED:
        text = text[1:]  # the export's own escape (see write_csv)
    return _lines(text) or None


def _lines(text: str) -> str:
    """Line breaks as \\n: XLSX cannot keep a \\r, and no user means one."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_xlsx(data: bytes, file: str) -> Table:
    try:
        from openpyxl import load_workbook  # loaded only for an Excel file: it is slow to import

        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds on a zip that is no workbook
        raise _not_a_roster(file) from exc
    try:
        sheets = [s for s in [workbook.active, *workbook.worksheets]
                  if s in workbook.worksheets]
        first_error: UserError | None = None
        # The sheet whose header names the most columns: a 填表说明 sheet (active, with a
        # cell 姓名 in its text) must not win over the roster on the next sheet. On a tie
        # the active sheet, then the others in order (sorted keeps that order).
        ordered = list(dict.fromkeys(sheets))
        if len(ordered) > 1:
            ordered.sort(key=lambda sheet: -_known_columns(sheet))
        for sheet in ordered:
            try:
                layout = sheet_layout(sheet)
                return _table(_xlsx_records(sheet, layout), file, "xlsx", layout.hidden)
            except _NoHeader as exc:
                first_error = first_error or exc
            except UserError:
                raise
            except Exception as exc:  # a damaged sheet inside a readable zip
                raise _not_a_roster(file) from exc
        raise first_error or UserError(N_("{file} is empty."), file=file)
    finally:
        workbook.close()


def _known_columns(sheet: Any) -> int:
    """How many known columns the best header candidate in the sheet's first rows names."""
    try:
        rows = sheet.iter_rows(max_row=HEADER_SEARCH, max_col=MAX_COLUMNS, values_only=True)
        return max((sum(1 for c in row if isinstance(c, str) and header_key(c))
                    for row in rows), default=0)
    except Exception:  # a damaged sheet: reading it for real says so
        return 0


def _xlsx_records(sheet: Any, layout: SheetLayout) -> _Records:
    # The stored size is checked before any row is read (a sheet of a million columns would
    # take minutes), then each row, as the stored size may be wrong.
    _check_columns(sheet.max_column or 0, None)
    sheet.reset_dimensions()  # some programs store a wrong size, which would cut rows off
    # Read-only iteration fills skipped rows in, so counting gives Excel's row numbers.
    for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
        _check_columns(len(values), number)
        cells = [_xlsx_cell(v) for v in values]
        yield number, layout.fill(number, cells) if layout.below else cells, True


def _xlsx_cell(value: Any) -> Cell:
    if value is None or isinstance(value, dt.date):  # a datetime is a date too
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.time):
        return value.isoformat()
    if not isinstance(value, str):
        value = getattr(value, "text", None) or cell_text(value)  # array formulas, numbers
    # Excel writes a \r as _x000D_ and a literal "_x0041_" as _x005F_x0041_ (see xml_text).
    value = _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
    return _lines(value) or None


def _check_size(number: int, cells: list[Cell], labels: list[str], file: str) -> None:
    for i, cell in enumerate(cells):
        if (isinstance(cell, str) and len(cell) > MAX_CELL_BYTES // 4
                and len(cell.encode("utf-8", "surrogatepass")) > MAX_CELL_BYTES):
            column = labels[i] if i < len(labels) and labels[i] else get_column_letter(i + 1)
            raise UserError(N_("Row {row}, column {column} of {file} holds more than 64 KB: no "
                               "cell of a roster is that long. Check the file."),
                            file=file, row=number, column=column)


def _table(records: _Records, file: str, kind: Literal["csv", "xlsx"],
           hidden: frozenset[int] = frozenset()) -> Table:
    header: list[str] = []
    seen_any = False
    for number, cells, long in records:
        if long:
            _check_size(number, cells, [], file)
        seen_any = seen_any or any(cell_text(c).strip() for c in cells)
        if any(isinstance(c, str) and header_key(c) for c in cells):
            header = [cell_text(c).strip() for c in cells]
            break
        if number >= HEADER_SEARCH:
            break
    if not header:
        if not seen_any:
            raise _NoHeader(N_("{file} is empty."), file=file)
        raise _NoHeader(N_("{file} has no header row in its first {rows} rows: one row must "
                           "name the columns, one of them the child's name ({names})."),
                        file=file, rows=HEADER_SEARCH, names=_NAME_HEADERS)
    columns: dict[str, str] = {}
    positions: list[tuple[int, str]] = []
    for i, label in enumerate(header):
        key = header_key(label) if label else None
        if key in columns:
            raise UserError(N_("The columns {first} and {second} of {file} both mean {column}: "
                               "keep one."), file=file, first=columns[key], second=label,
                            column=key)
        if key:
            columns[key] = label
            positions.append((i, key))
    if "name" not in columns:
        raise UserError(N_("{file} has no column for the child's name: its header must be "
                           "{names}."), file=file, names=_NAME_HEADERS)
    unsaved: tuple[str, ...] = ()
    if "guardian_name" not in columns and not {"father_name", "mother_name"} & columns.keys():
        # Every guardian needs a name: without the column, a phone would fail on every row.
        dropped = [key for key in columns if key.startswith("guardian_")]
        unsaved = tuple(columns.pop(key) for key in dropped)
        positions = [(i, key) for i, key in positions if key not in dropped]
    totals: list[tuple[int, str]] = []
    rows = _raw_rows(records, header, columns, positions, file, totals)
    ignored = tuple(h for h in header if h and not header_key(h))
    hidden_rows = tuple(r.number for r in rows if r.number in hidden) if hidden else ()
    return Table(tuple(header), columns, ignored, rows, kind, unsaved, tuple(totals),
                 hidden_rows)


# HR's sheets end with a totals row: 合计 (总计, 小计) in its first cell, or 共3人 / 3人
# where a name would be; and often with a note alone on its row (备注：…, 制表人：…).
_TOTAL_WORDS = ("合计", "总计", "小计", "共计")
NOTE_WORDS = ("备注", "说明", "注：", "注:", "制表", "填表", "审核")
# A footer's other cells: who checked it, when, a stamp (a child's row never starts so).
FOOTER_WORDS = (*NOTE_WORDS, "日期：", "日期:", "负责人", "签字", "盖章")
_PEOPLE = re.compile(r"共?\s*\d+\s*人")
# Cheap tests before _total on a CSV's rows, on the row's cells joined (blank cells add
# nothing, so the first text is at the start): most rows pass neither.
_SKIPPED_START = re.compile(
    r"\s*(?:合计|总计|小计|共计|备注|说明|注[：:]|制表|填表|审核|日期[：:]|负责人|签字|盖章"
    r"|共?\s*\d+\s*人)")
_COUNT_OF_PEOPLE = re.compile(r"\d\s*人")
# The first characters _SKIPPED_START takes.
_SKIPPED_FIRST = frozenset("合总小共备说注制填审日负签盖 \t")


def _total(cells: Sequence[Cell], name_index: int) -> str | None:
    """The text that makes this row a totals row or a note row, None for a child's row."""
    first = next((text for c in cells if (text := cell_text(c).strip())), "")
    if first.startswith(_TOTAL_WORDS) or _PEOPLE.fullmatch(first):
        return first
    if first.startswith(FOOTER_WORDS) and all(
            text.startswith(FOOTER_WORDS) for c in cells if (text := cell_text(c).strip())):
        return first  # alone on its row, or a footer of such cells (制表人：… | 审核：…)
    name = cell_text(cells[name_index]).strip() if name_index < len(cells) else ""
    return name if _PEOPLE.fullmatch(name) else None


def _raw_rows(records: _Records, header: list[str], columns: dict[str, str],
              positions: list[tuple[int, str]], file: str,
              totals: list[tuple[int, str]]) -> list[RawRow]:
    """The rows below the header, blank ones and totals rows (added to `totals`) left out,
    each cell under its column's key."""
    keys = [key for _i, key in positions]
    indexes = [i for i, _key in positions]
    width = max(indexes) + 1
    name_index = indexes[keys.index("name")]
    # itemgetter picks a row's cells in one call (one index alone gives no tuple)
    pick = itemgetter(*indexes) if len(indexes) > 1 else lambda cells: (cells[indexes[0]],)
    if isinstance(records, _CsvRecords) and (rest := records.rest()) is not None:
        return _csv_rows(*rest, keys, pick, width, columns, name_index, totals)
    rows: list[RawRow] = []
    for number, cells, long in records:
        if long:
            _check_size(number, cells, header, file)
        first = cells[0] if cells else None
        # Most rows start with a filled cell (the child's number): no blank test of the rest.
        if not (first.__class__ is str and first.strip()) and not any(
                cell_text(c).strip() for c in cells):
            continue
        if len(rows) == MAX_ROWS:
            raise UserError(N_("{file} has more than {max} rows: split it into smaller files."),
                            file=file, max=f"{MAX_ROWS:,}")
        if (total := _total(cells, name_index)) is not None:
            totals.append((number, total))
            continue
        if len(cells) < width:  # a short row: its missing cells are empty
            cells = cells + [None] * (width - len(cells))
        rows.append(RawRow(number, dict(zip(keys, pick(cells), strict=True)), columns))
    return rows


def _csv_rows(first: int, records: list[list[str]], joined: list[str], keys: list[str],
              pick: Callable[[Sequence[Cell]], tuple], width: int,
              columns: dict[str, str], name_index: int,
              totals: list[tuple[int, str]]) -> list[RawRow]:
    """What _raw_rows makes of a CSV's records, made column by column (see _CsvRecords.rest):
    blank rows left out, "" as None, the export's escapes taken off, short rows filled."""
    numbers = []
    kept: list[Sequence[Cell]] = []
    for number, record, text in zip(count(first), records, joined):
        cells: Sequence[Cell] = record
        if "'" in text or "\r" in text:  # as _CsvRecords.__next__ reads it
            cells = [_csv_cell(c) for c in record]
            text = "".join(cell_text(c) for c in cells)
        if not text or text.isspace():  # a blank row (no cell holds anything but spaces)
            continue
        if ((text[:1] in _SKIPPED_FIRST or "人" in text)
                and (_SKIPPED_START.match(text) or _COUNT_OF_PEOPLE.search(text))
                and (total := _total(cells, name_index)) is not None):
            totals.append((number, total))
            continue
        if len(cells) < width:  # a short row: its missing cells are empty
            cells = [*cells, *[None] * (width - len(cells))]
        numbers.append(number)
        kept.append(cells)
    values = [[c or None for c in column] for column in zip(*map(pick, kept), strict=True)]
    return list(map(RawRow.of_values, numbers, repeat(keys), zip(*values, strict=True),
                    repeat(columns)))


# -- writing ------------------------------------------------------------------------------
def _headers(lang: str) -> list[str]:
    """English keys or Chinese aliases: either reads back, as the header match takes both."""
    return list(COLUMNS.values()) if lang.lower().startswith("zh") else list(COLUMNS)


def _csv_text(value: Any) -> str:
    return csv_text(cell_text(value))


def write_csv(rows: Iterable[Mapping[str, Any]], lang: str = "zh") -> bytes:
    """UTF-8 with a BOM (Excel in China opens it right), CRLF, a header row of `lang`.

    A cell Excel would run as a formula (= + - @, tab, CR) gets an apostrophe in front, and
    so does one starting with an apostrophe followed by one of those or another apostrophe;
    read_table takes one apostrophe off exactly there, so every text reads back as it was."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(_headers(lang))
    writer.writerows([_csv_text(row.get(key)) for key in COLUMNS] for row in rows)
    return out.getvalue().encode("utf-8-sig")


def _width(text: str) -> int:
    line = text.split("\n", 1)[0][:60]
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def write_xlsx(rows: Iterable[Mapping[str, Any]], lang: str = "zh") -> bytes:
    """One sheet: a bold, frozen header row of `lang`, dates as date cells, text as text.

    Text never becomes a formula: a cell starting with = + - @ is a string cell with Excel's
    quote prefix, shown and read back as it was written."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("花名册" if lang.lower().startswith("zh") else "Roster")
    headers = _headers(lang)
    table = [[row.get(key) for key in COLUMNS] for row in rows]
    for i, header in enumerate(headers):
        longest = max([_width(header), *(_width(cell_text(r[i])) for r in table)])
        sheet.column_dimensions[get_column_letter(i + 1)].width = min(max(longest, 6) + 2, 50)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = _write_only_cell(sheet, header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for values in table:
        sheet.append([_xlsx_out(sheet, key, value)
                      for key, value in zip(COLUMNS, values, strict=True)])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _xlsx_out(sheet: Any, key: str, value: Any) -> Any:
    if key in DATE_COLUMNS and isinstance(value, str) and _ISO_DATE.fullmatch(value):
        with contextlib.suppress(ValueError):  # not a real date: kept as the text it is
            value = dt.date.fromisoformat(value)
    if isinstance(value, dt.date):
        cell = _write_only_cell(sheet, value)
        cell.number_format = "yyyy-mm-dd"
        return cell
    text = xml_text(cell_text(value))
    if not text:
        return None
    cell = _write_only_cell(sheet, text)
    cell.data_type = "s"  # openpyxl takes a leading = for a formula
    if looks_like_formula(text):
        cell.quotePrefix = True  # what Excel itself sets for text typed as '=...
    return cell


def template(fmt: Literal["csv", "xlsx"], lang: str = "zh") -> bytes:
    """An empty roster: the header row only."""
    if fmt == "csv":
        return write_csv([], lang)
    if fmt == "xlsx":
        return write_xlsx([], lang)
    raise ValueError(f"unknown roster file format {fmt!r}")


def _write_only_cell(sheet: Any, value: Any) -> Any:
    from openpyxl.cell import WriteOnlyCell

    return WriteOnlyCell(sheet, value=value)


def get_column_letter(number: int) -> str:
    """1 -> A, 27 -> AA (as Excel names columns); here to avoid importing openpyxl for CSV."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
