"""The Today desk's list: one row per child of the day, grouped by state, late ones marked."""

from __future__ import annotations

import bisect
import datetime as dt
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCollatorSortKey,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from asc_desk.domain.attendance_rules import (
    CHECK_OUT_WITHOUT_CHECK_IN,
    CONFLICTING_CORRECTIONS,
    OUT_BEFORE_IN,
    AbsenceReason,
    ChildDayState,
    parent_still_on_shift,
    shift_hours,
)
from asc_desk.domain.center import DEFAULT_TIME_ZONE
from asc_desk.domain.roster import ShiftPattern
from asc_desk.ui.styles import RED, RED_BG

if TYPE_CHECKING:  # the window's shell paints before the data layer is imported
    from asc_desk.services.attendance.attendance_service import ChildDay, DayView

NAME, STATE, CHECK_IN, CHECK_OUT, PROGRAM, PHONES, ALERTS = range(7)
COLUMNS = 7

CHILD_ROLE = Qt.ItemDataRole.UserRole + 1  # the child's database id
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2  # the ChildDay
LATE_ROLE = Qt.ItemDataRole.UserRole + 3  # True when waiting past closing + grace

S = ChildDayState
# Who is here comes first (the desk's question from 16:30 on), then who is still to come.
GROUP = {S.PRESENT: 0, S.UNEXPECTED_PRESENT: 0, S.EXPECTED: 1, S.COLLECTED: 2,
         S.UNEXPECTED_COLLECTED: 2, S.ABSENT: 3, S.NOT_EXPECTED: 4}
# (text, background) per state; the words say the same, so a grey print still reads.
STATE_COLOURS = {
    S.EXPECTED: ("#37474f", "#eceff1"),
    S.PRESENT: ("#1e4620", "#e6f4ea"),
    S.UNEXPECTED_PRESENT: ("#4a148c", "#f3e5f5"),
    S.COLLECTED: ("#555555", "#f5f5f5"),
    S.UNEXPECTED_COLLECTED: ("#555555", "#f5f5f5"),
    S.ABSENT: ("#6b4e00", "#fff3cd"),
    S.NOT_EXPECTED: ("#555555", "#ffffff"),
}
LATE_TEXT, LATE_BACKGROUND = QColor(RED), QColor(RED_BG)
ALLERGY_TEXT = QColor(RED)
# The same colours as QColor objects, made once (not parsed from text at every paint).
STATE_TEXT = {state: QColor(fg) for state, (fg, _bg) in STATE_COLOURS.items()}
STATE_BACKGROUND = {state: QColor(bg) for state, (_fg, bg) in STATE_COLOURS.items()}

# Roles as plain ints, looked up once: the view asks ~1,200 times per repaint.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_CHILD, _ITEM, _LATE = int(CHILD_ROLE), int(ITEM_ROLE), int(LATE_ROLE)


def local_hm(at: dt.datetime | None, zone: dt.tzinfo) -> str:
    return at.astimezone(zone).strftime("%H:%M") if at is not None else ""


def hm(value: dt.time) -> str:
    return value.strftime("%H:%M")


def until_next_minute(now: dt.datetime) -> int:
    """Milliseconds from `now` to just after the clock's next minute: the interval of the
    timers that move the waiting minutes when the clock shown beside them does (a little
    slack, so a timer firing early still lands in the new minute)."""
    into = now.second * 1000 + now.microsecond // 1000
    return 60_000 - into + 200


def shift_state(item: ChildDay, now_local: dt.datetime) -> tuple[bool, dt.time] | None:
    """(True, when the first of them is free) while every guardian with known hours is at
    work; (False, the latest end among those off) when one of them is free; None when no
    guardian's hours are known."""
    free, busy = [], []
    for pattern, start, end in item.child.shifts:
        try:
            shift = ShiftPattern(pattern or "")
        except ValueError:
            continue
        hours = shift_hours(shift, start, end)
        if hours is None:
            continue
        on = parent_still_on_shift(now_local, shift, start, end)
        (busy if on else free).append(hours[1])
    if free:
        return False, max(free)
    if busy:
        return True, min(busy)
    return None


@dataclass(frozen=True)
class SortedRows:
    """A day's children in the list's order with their sort keys (the model's lists)."""

    children: Sequence[ChildDay]  # what it was made from (the model checks it is the same)
    rows: list[ChildDay]
    order: list[tuple]  # each row's sort key, in row order
    keys: dict[int, tuple]  # child id: its row's sort key
    name_keys: dict[int, QCollatorSortKey]  # child id: the collator's key of the name
    by_name: dict[str, QCollatorSortKey]  # the same keys by name, for the next day's list


_collators = threading.local()


def name_collator() -> QCollator:
    """Names sort by pinyin (ICU's Chinese collation) whatever the interface language: one
    collator per thread (a worker sorts the next day while the GUI thread paints)."""
    collator = getattr(_collators, "collator", None)
    if collator is None:
        collator = _collators.collator = QCollator(
            QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    return collator


def sorted_rows(children: Sequence[ChildDay], collator: QCollator | None = None,
                known: Mapping[str, QCollatorSortKey] | None = None) -> SortedRows:
    """The list's order: who is here first, then by name, then id (keys are unique).
    Pure Python and a collator: a worker makes it for a change of date (5,000 children:
    tens of milliseconds kept off the GUI thread). `known`: the keys of the list shown
    (by name), used again: the same key objects, so the GUI thread does not destroy 5,000
    of them and make 5,000 new when it swaps lists."""
    sort_key = (collator or name_collator()).sortKey
    known = known or {}
    by_name: dict[str, QCollatorSortKey] = {}
    name_keys = {}
    for item in children:
        name = item.child.name
        key = by_name.get(name)
        if key is None:
            key = known.get(name)
            by_name[name] = key = key if key is not None else sort_key(name)
        name_keys[item.child.id] = key
    keys = {item.child.id: (GROUP.get(item.record.state, 9), name_keys[item.child.id],
                            item.child.id) for item in children}
    rows = sorted(children, key=lambda item: keys[item.child.id])
    return SortedRows(children, rows, [keys[item.child.id] for item in rows], keys, name_keys,
                      by_name)


class TodayTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ChildDay] = []
        self._order: list[tuple] = []  # each row's sort key, in row order (for bisect)
        self._keys: dict[int, tuple] = {}  # child id: its row's sort key (row_of by bisect)
        # child id: its row's cells (display, foreground, background, font per column), made
        # at its first paint and dropped when the row, the clock or the language changes.
        self._cells: dict[int, tuple] = {}
        self._name_keys: dict[int, QCollatorSortKey] = {}  # child id: the name's sort key
        self._by_name: dict[str, QCollatorSortKey] = {}  # the same by name (sorted_rows)
        self._zone: dt.tzinfo = ZoneInfo(DEFAULT_TIME_ZONE)
        self._now_local: dt.datetime | None = None
        self._collator = name_collator()
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers: list[str] = []
        self._states: dict[ChildDayState, str] = {}
        self._reasons: dict[AbsenceReason, str] = {}
        self.retranslate()

    # -- filling -------------------------------------------------------------------------
    def set_day(self, view: DayView | Sequence[ChildDay], zone: dt.tzinfo,
                now: dt.datetime | None = None, prepared: SortedRows | None = None) -> None:
        """`now` (aware) tells a parent still on shift from a late one; None on other days.
        `prepared`: these children's order as `sorted_rows` made it (on a worker): taken as
        it is, so the GUI thread only swaps lists."""
        children = view if isinstance(view, Sequence) else view.children
        if prepared is None or prepared.children is not children:
            prepared = sorted_rows(children, self._collator, self._by_name)
        self.beginResetModel()
        self._zone = zone
        self._now_local = now.astimezone(zone) if now is not None else None
        self._name_keys, self._by_name = prepared.name_keys, prepared.by_name
        self._rows = prepared.rows
        self._order = prepared.order
        self._keys = prepared.keys
        self._cells = {}
        self.endResetModel()

    def _sort_key(self, item: ChildDay) -> tuple:
        key = self._name_keys.get(item.child.id)
        if key is None:
            key = self._name_keys[item.child.id] = self._collator.sortKey(item.child.name)
        return (GROUP.get(item.record.state, 9), key, item.child.id)

    def update_child(self, child_id: int, item: ChildDay | None) -> None:
        """One child read again after a scan: its row changes, moves to its group or comes
        and goes, and nothing else is touched (no reset: the view keeps its scroll and
        selection, and a scan costs the same at 50 or 5,000 children)."""
        old = self.row_of(child_id)
        self._cells.pop(child_id, None)
        if old is not None:
            del self._order[old]
            del self._keys[child_id]
        if item is None:
            if old is not None:
                self.beginRemoveRows(QModelIndex(), old, old)
                del self._rows[old]
                self.endRemoveRows()
            return
        if item.child.name != (self._rows[old].child.name if old is not None else None):
            self._name_keys.pop(child_id, None)
        key = self._sort_key(item)
        new = bisect.bisect_left(self._order, key)
        self._order.insert(new, key)
        self._keys[child_id] = key
        if old is None:
            self.beginInsertRows(QModelIndex(), new, new)
            self._rows.insert(new, item)
            self.endInsertRows()
            return
        if new != old:
            # Qt's destination is a row of the list before the move.
            self.beginMoveRows(QModelIndex(), old, old, QModelIndex(),
                               new if new < old else new + 1)
            del self._rows[old]
            self._rows.insert(new, item)
            self.endMoveRows()
        else:
            self._rows[new] = item
        self.dataChanged.emit(self.index(new, 0), self.index(new, COLUMNS - 1))

    def clock_changed(self, now: dt.datetime, rows: Sequence[ChildDay]) -> None:
        """The minute moved on: new values for the cells that depend on the clock only."""
        self._now_local = now.astimezone(self._zone)
        self._cells = {}  # "now" moved: a parent's shift may have ended on any row
        for fresh in rows:
            row = self.row_of(fresh.child.id)
            if row is not None:
                self._rows[row] = fresh
        if self._rows:  # one signal: the view repaints the rows on screen only
            # (a parent's shift ending changes the alerts of rows whose minutes did not)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1,
                                                               COLUMNS - 1))

    def child_at(self, row: int) -> ChildDay | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, child_id: int) -> int | None:
        key = self._keys.get(child_id)
        if key is None:
            return None
        row = bisect.bisect_left(self._order, key)  # keys are unique: they end in the id
        return row if row < len(self._order) and self._order[row] == key else None

    def items(self) -> list[ChildDay]:
        return list(self._rows)

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._headers = [self.tr("Child"), self.tr("State"), self.tr("In"),
                         self.tr("Out · collected by"), self.tr("Program"),
                         self.tr("Guardian phones"), self.tr("Alerts")]
        self._states = {
            S.EXPECTED: self.tr("To arrive"), S.PRESENT: self.tr("Present"),
            S.COLLECTED: self.tr("Collected"), S.ABSENT: self.tr("Absent"),
            S.UNEXPECTED_PRESENT: self.tr("Came unexpected"),
            S.UNEXPECTED_COLLECTED: self.tr("Unexpected, collected"),
            S.NOT_EXPECTED: self.tr("Not expected")}
        self._reasons = {AbsenceReason.SICK: self.tr("sick"),
                         AbsenceReason.LEAVE: self.tr("family leave"),
                         AbsenceReason.NOTIFIED: self.tr("notified"),
                         AbsenceReason.OTHER: self.tr("other")}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMNS - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)

    def lists(self) -> list:
        """The list's own lists, which the next `set_day` lets go of (the page frees them on
        a worker: see today_load.DeskLoads.release)."""
        return [self._rows, self._order, self._keys, self._name_keys]

    def name_sort_keys(self) -> Mapping[str, QCollatorSortKey]:
        """The names' sort keys of the list shown (read by a worker: replaced, never changed
        in place, at each new list)."""
        return self._by_name

    def words(self) -> object:
        """What the state words are kept in: another object after a change of language."""
        return self._states

    def state_text(self, state: ChildDayState) -> str:
        return self._states[state]

    def reason_text(self, reason: AbsenceReason) -> str:
        return self._reasons[reason]

    def state_cell(self, item: ChildDay) -> str:
        record = item.record
        text = self._states[record.state]
        if record.state is S.ABSENT and record.absence_reason is not None:
            return self.tr("{state}: {reason}").format(
                state=text, reason=self._reasons[record.absence_reason])
        return text

    def checkout_cell(self, item: ChildDay) -> str:
        record = item.record
        if record.check_out is None:
            return ""
        when = local_hm(record.check_out, self._zone)
        return f"{when} · {record.pickup_name}" if record.pickup_name else when

    def alerts(self, item: ChildDay) -> list[str]:
        child, record, out = item.child, item.record, []
        if child.allergies:
            out.append(self.tr("Allergy: {allergy}").format(allergy=child.allergies))
        known = (shift_state(item, self._now_local)
                 if self._now_local is not None and record.present else None)
        if item.late_minutes is not None:
            out.append(self.tr("Waiting {minutes} min").format(minutes=item.late_minutes))
        if known is not None and known[0]:
            out.append(self.tr("Parent on shift until {time}").format(time=hm(known[1]))
                       if item.late_minutes is not None else
                       self.tr("Parent's shift ends {time}").format(time=hm(known[1])))
        elif known is not None and item.late_minutes is not None:
            out.append(self.tr("Parent's shift ended {time}").format(time=hm(known[1])))
        elif (known is None and self._now_local is None and record.present
              and item.parent_shift_ends is not None):
            # Another day's list: no "now" to judge by, only the hour the shift ends.
            out.append(self.tr("Parent's shift ends {time}").format(
                time=hm(item.parent_shift_ends)))
        out.extend(self.tr("Reason: {reason}").format(reason=r)
                   for r in dict.fromkeys(record.overrides))
        # A record made afterwards by the child's own people: its reason, not an override.
        out.extend(self.tr("Recorded afterwards: {reason}").format(reason=n)
                   for n in record.notes if n not in record.overrides)
        problems = {CHECK_OUT_WITHOUT_CHECK_IN: self.tr("Check-out without check-in"),
                    OUT_BEFORE_IN: self.tr("Check-out before check-in"),
                    CONFLICTING_CORRECTIONS: self.tr("Two corrections disagree")}
        out.extend(problems.get(p, p) for p in record.problems)
        return out

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < COLUMNS):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = index.row()  # an invalid index has row -1
        if not 0 <= row < len(self._rows):
            return None
        item = self._rows[row]
        role = role if isinstance(role, int) else int(role.value)
        if role <= _FOREGROUND and role in (_DISPLAY, _FONT, _BACKGROUND, _FOREGROUND):
            cells = self._cells.get(item.child.id)
            if cells is None:
                cells = self._cells[item.child.id] = self._row_cells(item)
            cell = cells[index.column()]
            if role == _DISPLAY:
                return cell[0]
            if role == _FOREGROUND:
                return cell[1]
            if role == _BACKGROUND:
                return cell[2]
            return cell[3]
        if role == _CHILD:
            return item.child.id
        if role == _ITEM:
            return item
        if role == _LATE:
            return item.late_minutes is not None
        if role == _TOOLTIP:
            column = index.column()
            if column == ALERTS:
                return "\n".join(self.alerts(item)) or None
            if column == NAME:
                return "\n".join([item.child.name, *item.child.guardians])
            if column == CHECK_OUT and item.record.overrides:
                return "\n".join(item.record.overrides)
        return None

    def _row_cells(self, item: ChildDay) -> tuple:
        """(display, foreground, background, font) of each column of the child's row."""
        late, state = item.late_minutes is not None, item.record.state
        bold = self._bold if late or item.record.present else None
        out = []
        for column in range(COLUMNS):
            marked = column in (NAME, STATE, ALERTS)
            if late and marked:
                fg, bg = LATE_TEXT, LATE_BACKGROUND
            elif column in (NAME, STATE):
                fg, bg = STATE_TEXT[state], STATE_BACKGROUND[state]
            else:
                fg = ALLERGY_TEXT if column == ALERTS and item.child.allergies else None
                bg = None
            font = (bold if marked and (late or column == NAME) else None)
            out.append((self._display(item, column), fg, bg, font))
        return tuple(out)

    def _display(self, item: ChildDay, column: int) -> str:
        if column == NAME:
            return item.child.name
        if column == STATE:
            return self.state_cell(item)
        if column == CHECK_IN:
            return local_hm(item.record.check_in, self._zone)
        if column == CHECK_OUT:
            return self.checkout_cell(item)
        if column == PROGRAM:
            return item.child.program_name
        if column == PHONES:
            return ", ".join(item.child.phones)
        return "  ".join(self.alerts(item))
