"""The roster as a table: one row per child, filtered and sorted on the model's own list.

No QSortFilterProxyModel and no Qt object per row (../shared/PITFALLS.md): filtering builds a
list of matching row numbers, sorting sorts the Python list; both stay fast at 10,000 children.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from asc_desk.domain.name_search import name_keys, normalize_query
from asc_desk.domain.school_grades import age_on, grade_key
from asc_desk.services.roster.roster_list import RosterRow

(CHILD_ID, NAME, GENDER, BIRTH_DATE, AGE, SCHOOL_GRADE, PROGRAMS, GUARDIANS, PHONES,
 ALERTS) = range(10)
COLUMNS = 10

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the RosterRow
CHILD_ROLE = Qt.ItemDataRole.UserRole + 2  # the child's database id
ALERT_ROLE = Qt.ItemDataRole.UserRole + 3  # "allergy", "insurance", "unprintable", "withdrawn"

ACTIVE, WITHDRAWN, ALL = "active", "withdrawn", "all"
NO_PROGRAM = -1  # the program filter's "not enrolled in any program now"

ALLERGY_TEXT = QColor("#b00020")
ALLERGY_BACKGROUND = QColor("#fde2e2")
INSURANCE_TEXT = QColor("#6b4e00")
INSURANCE_BACKGROUND = QColor("#fff3cd")
WITHDRAWN_TEXT = QColor("#808080")

# Roles and flags as plain ints, looked up once: the view asks ~2,000 times per repaint, and
# each `Qt.ItemDataRole.X` attribute lookup and enum comparison costs microseconds there.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_ROW, _CHILD, _ALERT = int(ROW_ROLE), int(CHILD_ROLE), int(ALERT_ROLE)
# Which item of a row's kept cell answers each role (the tooltip is the display text).
_CELL_ROLES = {_DISPLAY: 0, _TOOLTIP: 0, _FOREGROUND: 1, _BACKGROUND: 2, _FONT: 3}
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags

@dataclass(frozen=True)
class RosterFilter:
    """What the page's search box and combos ask for; None means any."""

    text: str = ""
    status: str = ACTIVE
    program_id: int | None = None
    school: str | None = None
    grade: str | None = None
    department: str | None = None


class ChildrenTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._today = today
        self._rows: list[RosterRow] = []  # every child loaded, in the current sort order
        self._shown: list[int] = []  # positions in _rows that pass the filter
        self._filter = RosterFilter()
        self._sort = (NAME, Qt.SortOrder.AscendingOrder)
        # Names sort by pinyin (ICU's Chinese collation) whatever the interface language.
        self._collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._age_date = today()
        self._words: dict[str, str] = {}
        self._pinyin: dict[str, str] = {}
        self._position: dict[int, int] = {}  # child id: its index in _rows (row_of)
        # child id: its row's cells (display, foreground, background, font per column), made
        # at its first paint: a keystroke's repaint then asks Python only for kept values.
        self._cells: dict[int, tuple] = {}
        self.retranslate()

    # -- filling -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[RosterRow]) -> None:
        self.beginResetModel()
        self._age_date = self._today()
        self._rows = list(rows)
        self._cells = {}
        self._sort_rows()
        self._shown = self._matching()
        self.endResetModel()

    def put_rows(self, rows: Sequence[RosterRow]) -> None:
        """Replace (or add) these children only: after one child is saved the other 9,999 rows
        are not read again."""
        fresh = {row.id: row for row in rows}
        self.beginResetModel()
        kept = [row for row in self._rows if row.id not in fresh]
        self._rows = kept + list(fresh.values())
        for child_id in fresh:
            self._cells.pop(child_id, None)
        self._sort_rows()
        self._shown = self._matching()
        self.endResetModel()

    def set_filter(self, roster_filter: RosterFilter) -> None:
        """The narrowest change the view is told of: nothing when the same rows match, rows
        removed when a longer text only narrows (a few runs), else a reset."""
        self._filter = roster_filter
        shown = self._matching()
        if shown == self._shown:
            return
        runs = _removed_runs(self._shown, shown)
        if runs is not None and len(runs) <= MAX_REMOVE_RUNS:
            for first, last in reversed(runs):
                self.beginRemoveRows(QModelIndex(), first, last)
                del self._shown[first:last + 1]
                self.endRemoveRows()
            return
        # A shorter text (a backspace) only widens: the rows come back as inserted runs.
        runs = _removed_runs(shown, self._shown)
        if runs is not None and len(runs) <= MAX_REMOVE_RUNS:
            for first, last in runs:  # in order: rows before each run are already in place
                self.beginInsertRows(QModelIndex(), first, last)
                self._shown[first:first] = shown[first:last + 1]
                self.endInsertRows()
            return
        self.beginResetModel()
        self._shown = shown
        self.endResetModel()

    @property
    def roster_filter(self) -> RosterFilter:
        return self._filter

    def all_rows(self) -> list[RosterRow]:
        return list(self._rows)

    def total(self) -> int:
        return len(self._rows)

    def row_at(self, row: int) -> RosterRow | None:
        return self._rows[self._shown[row]] if 0 <= row < len(self._shown) else None

    def row_of(self, child_id: int) -> int | None:
        position = self._position.get(child_id)
        if position is None:
            return None
        row = bisect.bisect_left(self._shown, position)  # _shown keeps _rows' order
        return row if row < len(self._shown) and self._shown[row] == position else None

    def _matching(self) -> list[int]:
        f, rows = self._filter, self._rows
        query = normalize_query(f.text)
        tests: list[Callable[[RosterRow], bool]] = []
        status = f.status  # tested with the text below: no call a row (every keystroke)
        if f.program_id == NO_PROGRAM:
            tests.append(lambda r: not r.program_ids)
        elif f.program_id is not None:
            tests.append(lambda r, pid=f.program_id: pid in r.program_ids)
        if f.school is not None:
            tests.append(lambda r, school=f.school: r.school == school)
        if f.grade is not None:
            tests.append(lambda r, grade=f.grade: r.grade == grade)
        if f.department is not None:
            tests.append(lambda r, department=f.department: department in r.departments)
        # The cheap text test first: most keystrokes leave few rows for the others.
        if query and status != ALL:
            positions = [i for i, r in enumerate(rows)
                         if query in r.search and r.status == status]
        elif query:
            positions = [i for i, r in enumerate(rows) if query in r.search]
        elif status != ALL:
            positions = [i for i, r in enumerate(rows) if r.status == status]
        else:
            positions = list(range(len(rows)))
        for test in tests:
            positions = [i for i in positions if test(rows[i])]
        return positions

    # -- sorting -------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMNS:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self._rows[self._shown[i.row()]].id if i.row() < len(self._shown) else None
               for i in old]
        self._sort = (column, order)
        self._sort_rows()
        self._shown = self._matching()
        rows = {self._rows[p].id: row for row, p in enumerate(self._shown)}
        new = [self.index(rows[child], i.column()) if child in rows else QModelIndex()
               for i, child in zip(old, ids, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    @property
    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    def _sort_rows(self) -> None:
        column, order = self._sort
        key = self._sort_key(column)
        present = [r for r in self._rows if key(r) is not None]
        missing = [r for r in self._rows if key(r) is None]  # empty values last either way
        present.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = present + missing
        self._position = {row.id: i for i, row in enumerate(self._rows)}

    def _name_key(self, row: RosterRow) -> tuple[str, str]:
        # By pinyin with surnames read as surnames (单 shan, 曾 zeng), which ICU's collation
        # does not know. The stored reading comes with the row (read off the GUI thread);
        # a row without one is read here, once per distinct name.
        if row.pinyin:
            return row.pinyin, row.name
        key = self._pinyin.get(row.name)
        if key is None:
            key = self._pinyin[row.name] = name_keys(row.name)[0].split("|")[0]
        return key, row.name

    def _sort_key(self, column: int) -> Callable[[RosterRow], object]:
        def ranked(value_of: Callable[[RosterRow], str]) -> Callable[[RosterRow], int | None]:
            # Each distinct text collated once (ICU sort keys compare only with each other):
            # its rank is a plain int that tuples and Python's sort compare as usual.
            values = sorted({value_of(r) for r in self._rows} - {""},
                            key=self._collator.sortKey)
            rank = {value: i for i, value in enumerate(values)}
            return lambda r: rank.get(value_of(r))

        def number_first(value: str):
            if not value:
                return None
            return (0, int(value), "") if value.isdigit() else (1, 0, value)

        if column == CHILD_ID:
            return lambda r: number_first(r.external_id)
        if column == GENDER:
            return lambda r: r.gender or None
        if column == BIRTH_DATE:
            return lambda r: r.birth_date
        if column == AGE:  # youngest first: the latest birth date
            return lambda r: -r.birth_date.toordinal() if r.birth_date else None
        if column == SCHOOL_GRADE:
            school = ranked(lambda r: r.school)
            return lambda r: ((school(r) if r.school else -1, grade_key(r.grade))
                              if r.school or r.grade else None)
        if column == PROGRAMS:
            return ranked(lambda r: " ".join(r.programs))
        if column == GUARDIANS:
            return ranked(lambda r: " ".join(r.guardians))
        if column == PHONES:
            return lambda r: " ".join(r.phones) or None
        if column == ALERTS:
            return lambda r: (-self._severity(r), self._alert_text(r)) if self._severity(r) \
                else None
        return self._name_key

    # -- words ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._words = {
            "M": self.tr("Boy"), "F": self.tr("Girl"), "withdrawn": self.tr("Withdrawn"),
            "allergy": self.tr("Allergy: {what}"),
            "missing": self.tr("No insurance"), "expired": self.tr("Insurance expired"),
            "unprintable": self.tr("Name will not print: {chars}"),
            "separator": self.tr("; "),
        }
        self._cells = {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self._shown:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._shown) - 1, COLUMNS - 1))

    def header_titles(self) -> tuple[str, ...]:
        return (self.tr("Child id"), self.tr("Name"), self.tr("Gender"), self.tr("Birth date"),
                self.tr("Age"), self.tr("School / grade"), self.tr("Program"),
                self.tr("Guardians"), self.tr("Phones"), self.tr("Alerts"))

    @staticmethod
    def _severity(row: RosterRow) -> int:
        return (4 if row.allergies else 0) + (2 if row.insurance or row.unprintable else 0) + \
            (1 if row.status == WITHDRAWN else 0)

    def alert_kind(self, row: RosterRow) -> str:
        if row.status == WITHDRAWN:
            return "withdrawn"
        if row.allergies:
            return "allergy"
        if row.insurance:
            return "insurance"
        return "unprintable" if row.unprintable else ""

    def _alert_text(self, row: RosterRow) -> str:
        words = self._words
        parts = []
        if row.status == WITHDRAWN:
            parts.append(words["withdrawn"])
        if row.allergies:
            parts.append(words["allergy"].format(what=row.allergies))
        if row.insurance and row.status != WITHDRAWN:
            parts.append(words[row.insurance])
        if row.unprintable:  # no bundled font has these: they vanish from printed sheets
            parts.append(words["unprintable"].format(
                chars=" ".join(f"{ch} U+{ord(ch):04X}" for ch in row.unprintable)))
        return words["separator"].join(parts)

    def display(self, row: RosterRow, column: int) -> str:
        if column == CHILD_ID:
            return row.external_id
        if column == NAME:
            return row.name
        if column == GENDER:
            return self._words.get(row.gender, "")
        if column == BIRTH_DATE:
            return row.birth_date.isoformat() if row.birth_date else ""
        if column == AGE:
            age = age_on(row.birth_date, self._age_date)
            return "" if age is None else str(age)
        if column == SCHOOL_GRADE:
            return " ".join(part for part in (row.school, row.grade) if part)
        if column == PROGRAMS:
            return ", ".join(row.programs)
        if column == GUARDIANS:
            return ", ".join(row.guardians)
        if column == PHONES:
            return ", ".join(row.phones)
        return self._alert_text(row)

    # -- Qt's model interface ------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else _NO_FLAGS

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        position = index.row()
        if not 0 <= position < len(self._shown):
            return None
        row = self._rows[self._shown[position]]
        role = role if isinstance(role, int) else int(role.value)
        if role <= _FOREGROUND and role in _CELL_ROLES:
            cells = self._cells.get(row.id)
            if cells is None:
                cells = self._cells[row.id] = self._row_cells(row)
            return cells[index.column()][_CELL_ROLES[role]]
        if role == _ROW:
            return row
        if role == _CHILD:
            return row.id
        if role == _ALERT:
            return self.alert_kind(row)
        return None

    def painted_cell(self, row: int, column: int) -> tuple | None:
        """(display, foreground, background, font) of a shown cell, as data() answers them:
        the table's delegate paints from this (cell_text_delegate)."""
        if not 0 <= row < len(self._shown):
            return None
        child = self._rows[self._shown[row]]
        cells = self._cells.get(child.id)
        if cells is None:
            cells = self._cells[child.id] = self._row_cells(child)
        return cells[column]

    def _row_cells(self, row: RosterRow) -> tuple:
        """(display, foreground, background, font) of each column of the row."""
        withdrawn = row.status == WITHDRAWN
        flagged = bool(row.insurance or row.unprintable)
        out = []
        for column in range(COLUMNS):
            alerts = column == ALERTS
            if withdrawn:
                fg, bg, font = WITHDRAWN_TEXT, None, self._italic
            elif alerts and row.allergies:
                fg, bg, font = ALLERGY_TEXT, ALLERGY_BACKGROUND, self._bold
            elif alerts and flagged:
                fg, bg, font = INSURANCE_TEXT, INSURANCE_BACKGROUND, None
            else:
                fg = bg = font = None
            out.append((self.display(row, column), fg, bg, font))
        return tuple(out)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < COLUMNS):
            return self.header_titles()[section]
        return None


MAX_REMOVE_RUNS = 64  # more scattered removals than this: one reset is cheaper for the view


def _removed_runs(old: list[int], new: list[int]) -> list[tuple[int, int]] | None:
    """The runs of rows of `old` (first, last) that `new` drops, when `new` is `old` with
    rows left out (both in the same order); None when `new` has a row `old` did not."""
    runs: list[tuple[int, int]] = []
    j, count = 0, len(new)
    start = -1
    for i, position in enumerate(old):
        if j < count and new[j] == position:
            j += 1
            if start >= 0:
                runs.append((start, i - 1))
                start = -1
            continue
        if start < 0:
            start = i
        if len(runs) > MAX_REMOVE_RUNS:
            return runs
    if j != count:
        return None
    if start >= 0:
        runs.append((start, len(old) - 1))
    return runs
