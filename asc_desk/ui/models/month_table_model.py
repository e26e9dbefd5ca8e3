"""A month as a 6x7 Monday-first grid: each day's state in words, colour and pattern or mark."""

from __future__ import annotations

import calendar
import datetime as dt
import enum
from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPolygon

from asc_desk.domain.calendar_rules import DayReason, DayStatus
from asc_desk.domain.official_days import OfficialDay
from asc_desk.services.calendar.calendar_service import ProgramDays
from asc_desk.services.calendar.program_service import ProgramInfo

ROWS = 6  # enough weeks for any month that starts late in the week
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
COLUMNS = 7

DATE_ROLE = Qt.ItemDataRole.UserRole + 1  # dt.date, or None for a cell outside the month
STATE_ROLE = Qt.ItemDataRole.UserRole + 2  # CellState (read back through Qt as its str)
PATTERN_ROLE = Qt.ItemDataRole.UserRole + 3  # Qt.BrushStyle drawn over the background
STATUSES_ROLE = Qt.ItemDataRole.UserRole + 4  # tuple of (ProgramInfo, DayStatus)
UNCONFIRMED_ROLE = Qt.ItemDataRole.UserRole + 5  # True: official days of the year unknown


class CellState(enum.StrEnum):
    OPEN = "open"
    ADJUSTED = "adjusted"
    CHANGED = "changed"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    CLOSED = "closed"
    OUTSIDE = "outside"


class CellMark(enum.StrEnum):
    """A shape drawn in the cell besides the colour: what tells open states apart in grey."""

    NONE = ""
    EDGE = "edge"  # a dark bar down the left edge
    CORNER = "corner"  # a dark triangle in the top right corner


class CellLook:
    """How a state looks; colour, pattern or mark, and font each differ so grey prints read."""

    def __init__(self, background: str, pattern: Qt.BrushStyle, bold: bool, italic: bool,
                 text: str = "#1b1b1b", mark: CellMark = CellMark.NONE) -> None:
        self.background = QColor(background)
        self.pattern = pattern
        self.bold = bold
        self.italic = italic
        self.text = QColor(text)
        self.mark = mark


NO_PATTERN = Qt.BrushStyle.NoBrush
LOOKS: dict[CellState, CellLook] = {
    CellState.OPEN: CellLook("#e0f3e0", NO_PATTERN, False, False),
    CellState.ADJUSTED: CellLook("#cfe2f7", NO_PATTERN, True, False, mark=CellMark.EDGE),
    CellState.CHANGED: CellLook("#ffe9a8", NO_PATTERN, True, True, mark=CellMark.CORNER),
    CellState.WEEKEND: CellLook("#d9d9d9", NO_PATTERN, False, False, "#404040"),
    CellState.HOLIDAY: CellLook("#f7cccc", Qt.BrushStyle.Dense6Pattern, True, False),
    CellState.CLOSED: CellLook("#c4c4c4", Qt.BrushStyle.BDiagPattern, True, False),
    CellState.OUTSIDE: CellLook("#ffffff", NO_PATTERN, False, True, "#6a6a6a"),
}
PATTERN_COLOUR = QColor(0, 0, 0, 70)  # dark enough to show in grey print, light enough to read
MARK_COLOUR = QColor("#3a3a3a")


def paint_look(painter: QPainter, rect: QRect, look: CellLook) -> None:
    painter.fillRect(rect, look.background)
    if look.pattern != Qt.BrushStyle.NoBrush:
        painter.fillRect(rect, QBrush(PATTERN_COLOUR, look.pattern))
    if look.mark is CellMark.EDGE:
        painter.fillRect(QRect(rect.left(), rect.top(), 5, rect.height()), MARK_COLOUR)
    elif look.mark is CellMark.CORNER:
        size = min(16, rect.height() // 2)
        right, top = rect.right() + 1, rect.top()
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(MARK_COLOUR)
        painter.drawPolygon(QPolygon([QPoint(right - size, top), QPoint(right, top),
                                      QPoint(right, top + size)]))
        painter.restore()


LEGEND_ORDER = (CellState.OPEN, CellState.ADJUSTED, CellState.CHANGED, CellState.WEEKEND,
                CellState.HOLIDAY, CellState.CLOSED, CellState.OUTSIDE)

_OPEN_REASONS = {DayReason.WEEKDAY_OPEN, DayReason.PUBLIC_HOLIDAY_OPEN}
_CHANGED_REASONS = {DayReason.OVERRIDE_OPEN, DayReason.OVERRIDE_HOURS}


def hhmm(value: dt.time | None) -> str:
    return "" if value is None else f"{value:%H:%M}"


def short_name(name: str) -> str:
    """A program's name for a small cell: a leading year ("2026秋季学期课后班") is dropped, the
    month already says it."""
    rest = name.strip()
    if len(rest) > 4 and rest[:4].isdigit():
        rest = rest[4:].lstrip(" -_·年")
    return rest or name


def state_of(status: DayStatus) -> CellState:
    reason = status.reason
    if reason in _OPEN_REASONS:
        return CellState.OPEN
    if reason is DayReason.ADJUSTED_WORKDAY:
        return CellState.ADJUSTED
    if reason in _CHANGED_REASONS:
        return CellState.CHANGED
    if reason is DayReason.PUBLIC_HOLIDAY:
        return CellState.HOLIDAY
    if reason is DayReason.OVERRIDE_CLOSED:
        return CellState.CLOSED
    if reason is DayReason.OUTSIDE_PROGRAM:
        return CellState.OUTSIDE
    return CellState.WEEKEND


class _Cell(NamedTuple):
    """What one day shows: computed once per month, read on every paint."""

    date: dt.date
    state: CellState
    main: str
    detail: str
    tooltip: str
    unconfirmed: bool
    statuses: tuple


class MonthTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.year, self.month = dt.date.today().year, dt.date.today().month
        self._programs: list[ProgramDays] = []
        self._all_programs = True
        self._cells: list[_Cell | None] = [None] * (ROWS * COLUMNS)

    # -- filling -------------------------------------------------------------------------
    def set_month(self, year: int, month: int, program_days: Sequence[ProgramDays], *,
                  all_programs: bool) -> None:
        """Show a month: every program (a summary per day) or one program (its answer)."""
        self.beginResetModel()
        self.year, self.month = year, month
        self._programs = list(program_days)
        self._all_programs = all_programs
        self._build()
        self.endResetModel()

    def retranslate(self) -> None:
        self._build()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        self.dataChanged.emit(self.index(0, 0), self.index(ROWS - 1, COLUMNS - 1))

    def _build(self) -> None:
        self._cells = [None] * (ROWS * COLUMNS)
        offset = self._offset()
        days = calendar.monthrange(self.year, self.month)[1]
        for i in range(days):
            day = dt.date(self.year, self.month, i + 1)
            statuses = tuple((p.program, p.days[i]) for p in self._programs
                             if i < len(p.days))
            build = self._summary_cell if self._all_programs else self._program_cell
            self._cells[offset + i] = build(day, statuses)

    def _offset(self) -> int:
        return dt.date(self.year, self.month, 1).weekday()

    # -- geometry ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else ROWS

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def index_of(self, day: dt.date) -> QModelIndex:
        if (day.year, day.month) != (self.year, self.month):
            return QModelIndex()
        position = self._offset() + day.day - 1
        return self.index(position // COLUMNS, position % COLUMNS)

    def date_at(self, index: QModelIndex) -> dt.date | None:
        cell = self._cell(index)
        return cell.date if cell else None

    def _cell(self, index: QModelIndex) -> _Cell | None:
        if not index.isValid():
            return None
        return self._cells[index.row() * COLUMNS + index.column()]

    # -- data ----------------------------------------------------------------------------
    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if self._cell(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        cell = self._cell(index)
        if cell is None:
            return None
        look = LOOKS[cell.state]
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(line for line in (str(cell.date.day), cell.main, cell.detail)
                             if line)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip
        if role == Qt.ItemDataRole.BackgroundRole:
            return look.background
        if role == Qt.ItemDataRole.ForegroundRole:
            return look.text
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(look.bold)
            font.setItalic(look.italic)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return cell.tooltip
        if role == DATE_ROLE:
            return cell.date
        if role == STATE_ROLE:
            return cell.state
        if role == PATTERN_ROLE:
            return look.pattern
        if role == STATUSES_ROLE:
            return cell.statuses
        if role == UNCONFIRMED_ROLE:
            return cell.unconfirmed
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMNS:
            return self.weekday_names()[section]
        return None

    # -- words ---------------------------------------------------------------------------
    def weekday_names(self) -> tuple[str, ...]:
        return (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                self.tr("Sat"), self.tr("Sun"))

    def state_label(self, state: CellState) -> str:
        """The legend's words for a state."""
        return {
            CellState.OPEN: self.tr("Open"),
            CellState.ADJUSTED: self.tr("Adjusted working day (open)"),
            CellState.CHANGED: self.tr("Special opening or changed hours"),
            CellState.WEEKEND: self.tr("Weekend or not a program day"),
            CellState.HOLIDAY: self.tr("Public holiday (closed)"),
            CellState.CLOSED: self.tr("Closed by the center"),
            CellState.OUTSIDE: self.tr("Outside the program's dates"),
        }[state]

    def unconfirmed_label(self) -> str:
        return self.tr("Official holidays not known yet: judged by weekday")

    @staticmethod
    def holiday_name(official: OfficialDay | None) -> str:
        if official is None:
            return ""
        chinese = QLocale().language() == QLocale.Language.Chinese
        return (official.name_zh or official.name) if chinese else official.name

    def _hours(self, status: DayStatus) -> str:
        return self.tr("{opens}–{closes}").format(opens=hhmm(status.opens_at),
                                                 closes=hhmm(status.closes_at))

    def _words(self, program: ProgramInfo, status: DayStatus) -> tuple[str, str]:
        """(state line, detail line) of one program on one day."""
        reason, holiday = status.reason, self.holiday_name(status.official)
        hours = self._hours(status)
        if reason is DayReason.WEEKDAY_OPEN:
            return self.tr("Open {hours}").format(hours=hours), ""
        if reason is DayReason.PUBLIC_HOLIDAY_OPEN:
            return self.tr("Open {hours}").format(hours=hours), holiday
        if reason is DayReason.ADJUSTED_WORKDAY:
            return self.tr("Adjusted working day"), self.tr("Open {hours}").format(hours=hours)
        if reason is DayReason.PUBLIC_HOLIDAY:
            if not status.official_known:  # fixed by law; the year's notice not out yet
                return holiday, self.tr("Probably closed")
            return holiday, self.tr("Public holiday")
        if reason is DayReason.WEEKEND:
            return self.tr("Weekend"), holiday
        if reason is DayReason.NOT_PROGRAM_WEEKDAY:
            return self.tr("Not a program day"), holiday
        if reason is DayReason.OVERRIDE_CLOSED:
            return self.tr("Closed"), status.override_reason or ""
        if reason is DayReason.OVERRIDE_OPEN:
            return self.tr("Special opening {hours}").format(hours=hours), \
                status.override_reason or ""
        if reason is DayReason.OVERRIDE_HOURS:
            return self._changed_hours(program, status), status.override_reason or ""
        return self.tr("Not in the program"), holiday

    def _changed_hours(self, program: ProgramInfo, status: DayStatus) -> str:
        opens_same = status.opens_at == program.opens_at
        closes_same = status.closes_at == program.closes_at
        if opens_same and not closes_same:
            return self.tr("Closes {time}").format(time=hhmm(status.closes_at))
        if closes_same and not opens_same:
            return self.tr("Opens {time}").format(time=hhmm(status.opens_at))
        return self.tr("Open {hours}").format(hours=self._hours(status))

    def _why(self, program: ProgramInfo, status: DayStatus) -> str:
        """The full reason, for the tooltip and the override dialog."""
        reason, holiday = status.reason, self.holiday_name(status.official)
        hours, note = self._hours(status), status.override_reason or ""
        text = {
            DayReason.WEEKDAY_OPEN: lambda: self.tr("open {hours}, an ordinary program day")
            .format(hours=hours),
            DayReason.PUBLIC_HOLIDAY_OPEN: lambda: self.tr(
                "open {hours} on a public holiday ({name}): the program opens on public "
                "holidays").format(hours=hours, name=holiday),
            DayReason.ADJUSTED_WORKDAY: lambda: self.tr(
                "open {hours}: an adjusted working day ({name}), worked in exchange for the "
                "holiday").format(hours=hours, name=holiday),
            DayReason.PUBLIC_HOLIDAY: lambda: self.tr("closed: public holiday ({name})")
            .format(name=holiday),
            DayReason.WEEKEND: lambda: self.tr("closed: weekend"),
            DayReason.NOT_PROGRAM_WEEKDAY: lambda: self.tr(
                "closed: not one of the program's weekdays"),
            DayReason.OUTSIDE_PROGRAM: lambda: self.tr(
                "closed: outside the program's dates ({first} to {last})").format(
                first=program.first_day.isoformat(), last=program.last_day.isoformat()),
            DayReason.OVERRIDE_CLOSED: lambda: self.tr("closed by the center: {reason}")
            .format(reason=note),
            DayReason.OVERRIDE_OPEN: lambda: self.tr("special opening {hours}: {reason}")
            .format(hours=hours, reason=note),
            DayReason.OVERRIDE_HOURS: lambda: self.tr("open {hours}, changed hours: {reason}")
            .format(hours=hours, reason=note),
        }[reason]()
        if not status.official_known and reason is DayReason.PUBLIC_HOLIDAY:
            text = self.tr("probably closed: {name}, a holiday whose date is fixed by law (the "
                           "official holidays of this year are not published yet)").format(
                name=holiday)
        elif not status.official_known:
            text += self.tr(" (?: judged by weekday only)")
        return text

    def describe(self, program: ProgramInfo, status: DayStatus) -> str:
        """One line: the program's name and its full reason on the day."""
        return self.tr("{program}: {why}").format(program=program.name,
                                                  why=self._why(program, status))

    def _tooltip(self, day: dt.date, statuses: tuple) -> str:
        lines = [self.tr("{date} ({weekday})").format(date=day.isoformat(),
                                                      weekday=self.weekday_names()[day.weekday()])]
        lines += [self.describe(p, s) for p, s in statuses]
        if not statuses:
            lines.append(self.tr("No program has been set up yet."))
        if any(not s.official_known for _p, s in statuses):
            lines.append(self.tr("The official holidays of {year} are not known yet: this day "
                                 "is judged by its weekday alone.").format(year=day.year))
        return "\n".join(lines)

    def _program_cell(self, day: dt.date, statuses: tuple) -> _Cell:
        if not statuses:
            return self._summary_cell(day, statuses)
        program, status = statuses[0]
        main, detail = self._words(program, status)
        unconfirmed = not status.official_known
        if unconfirmed:
            main += " ?"
        return _Cell(day, state_of(status), main, detail, self._tooltip(day, statuses),
                     unconfirmed, statuses)

    def open_words(self, open_programs: Sequence[ProgramInfo], running: int) -> str:
        """What an all-programs cell says of the open ones: never "1/1", which a Chinese
        reader takes for a date (January 1st)."""
        if len(open_programs) == 1 and running == 1:
            return short_name(open_programs[0].name)
        if len(open_programs) == running:
            return self.tr("{count} programs open").format(count=running)  # 2 or more
        return self.tr("{open} of {total} programs open").format(open=len(open_programs),
                                                                 total=running)

    def _summary_cell(self, day: dt.date, statuses: tuple) -> _Cell:
        """All programs: how many of those running that day are open, and the day's news."""
        running = [(p, s) for p, s in statuses if s.reason is not DayReason.OUTSIDE_PROGRAM]
        unconfirmed = any(not s.official_known for _p, s in running)
        holiday = next((self.holiday_name(s.official) for _p, s in statuses if s.official), "")
        states = [state_of(s) for _p, s in running]
        open_count = sum(1 for _p, s in running if s.open)
        if not running:
            state, main, detail = CellState.OUTSIDE, self.tr("No program"), holiday
        elif open_count == 0:
            closed_by = next((s for _p, s in running
                              if s.reason is DayReason.OVERRIDE_CLOSED), None)
            if closed_by is not None:
                state, main, detail = (CellState.CLOSED, self.tr("Closed"),
                                       closed_by.override_reason or "")
            elif CellState.HOLIDAY in states:
                state, main, detail = CellState.HOLIDAY, holiday, self.tr("Public holiday")
            else:
                state, main = CellState.WEEKEND, self.tr("Closed")
                detail = self.tr("Weekend") if day.weekday() >= SATURDAY else holiday
        else:
            main = self.open_words([p for p, s in running if s.open], len(running))
            changed = next(((p, s) for p, s in running
                            if s.override_reason and state_of(s) is not CellState.OUTSIDE), None)
            if changed is not None:
                state = CellState.CHANGED
                program, status = changed
                detail = (self.tr("Closed: {reason}").format(reason=status.override_reason)
                          if not status.open else self._words(program, status)[0])
            elif CellState.ADJUSTED in states:
                state, detail = CellState.ADJUSTED, self.tr("Adjusted working day")
            else:
                state, detail = CellState.OPEN, holiday
        if unconfirmed:
            main += " ?"
        return _Cell(day, state, main, detail, self._tooltip(day, statuses), unconfirmed,
                     statuses)
