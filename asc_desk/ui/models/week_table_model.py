"""A week of shifts as a grid: a coverage row on top, then one row per caregiver; the seven
days Monday to Sunday as columns. Each cell says in words what it holds (times, program,
⚠ with the conflict) and its colour repeats it, so the grid reads in grey print too."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from asc_desk.domain.calendar_rules import DayReason
from asc_desk.domain.shift_rules import Conflict
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.shifts.planning import (
    CaregiverRow,
    Plan,
    PlanDay,
    PlanShift,
    ShiftPlanning,
)
from asc_desk.services.shifts.shift_service import ShiftService, TemplateInfo
from asc_desk.services.shifts.staff_service import CaregiverInfo, LeaveInfo, StaffService
from asc_desk.ui import styles
from asc_desk.ui.models.text_fit import wrap_lines

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
COLUMNS = 7
COVERAGE_ROW = 0  # the day's state and its coverage
FIRST_CAREGIVER_ROW = 1

DATE_ROLE = Qt.ItemDataRole.UserRole + 1  # dt.date of the column
CAREGIVER_ROLE = Qt.ItemDataRole.UserRole + 2  # caregiver id, None on the coverage row
SHIFT_IDS_ROLE = Qt.ItemDataRole.UserRole + 3  # tuple of the cell's shift ids
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 4  # True: a shift of the cell has a conflict
GAP_ROLE = Qt.ItemDataRole.UserRole + 5  # True: a coverage cell with slots short of staff

SHIFT_MIME = "application/x-asc-desk-shifts"

SHIFT_BG, CONFLICT_BG = QColor(styles.BLUE_BG), QColor(styles.RED_BG)
CLOSED_BG, HOLIDAY_BG = QColor("#dedede"), QColor("#f7dcdc")
COVERED_BG, GAP_BG = QColor(styles.GREEN_BG), QColor(styles.AMBER_BG)
LEAVE_BG = QColor("#ece6f5")
TEXT, CONFLICT_TEXT = QColor("#1b1b1b"), QColor(styles.RED)


def duration_text(minutes: int) -> str:
    """A length of time as the grid writes it: 240 minutes read "4h", 230 "3h50"."""
    return f"{minutes // 60}h{minutes % 60:02d}" if minutes % 60 else f"{minutes // 60}h"


class GapRun(NamedTuple):
    """Consecutive half-hours of one day short of staff by the same figures."""

    day: dt.date
    starts_at: dt.time
    ends_at: dt.time
    children: int
    required: int
    scheduled: float
    missing: float


@dataclass(frozen=True)
class WeekData:
    """Everything the page shows for one week, read off the GUI thread in one go."""

    plan: Plan
    programs: dict[int, str] = field(default_factory=dict)  # id: name
    caregivers: dict[int, CaregiverInfo] = field(default_factory=dict)
    leave: tuple[LeaveInfo, ...] = ()
    templates: tuple[TemplateInfo, ...] = ()
    tomorrow: Plan | None = None  # the day after today, for the banner

    @property
    def monday(self) -> dt.date:
        return self.plan.first


def read_week(planning: ShiftPlanning, shifts: ShiftService, staff: StaffService,
              programs: ProgramService, center_id: int,
              day: dt.date, today: dt.date) -> WeekData:
    """Everything the page shows for the week holding `day` (run off the GUI thread)."""
    plan = planning.week(center_id, day)
    tomorrow = today + dt.timedelta(days=1)
    tomorrow_plan = plan if plan.first <= tomorrow <= plan.last else planning.plan(
        center_id, tomorrow, tomorrow)
    return WeekData(
        plan, {p.id: p.name for p in programs.list_programs(center_id)},
        {c.id: c for c in staff.list_caregivers(center_id, include_inactive=True)},
        tuple(staff.leave(center_id, plan.first, plan.last)),
        tuple(shifts.templates(center_id)), tomorrow_plan)


def translated(template: str, params: dict) -> str:
    """A domain template (marked N_) in the user's language, filled in."""
    text = QCoreApplication.translate("", template)
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return template.format(**params)


def conflict_text(conflict: Conflict) -> str:
    return translated(conflict.template, {"name": conflict.caregiver_name, **conflict.params})


def hhmm(value: dt.time | None) -> str:
    return "" if value is None else f"{value:%H:%M}"


def _times(start: dt.time, end: dt.time) -> str:
    return f"{start:%H:%M}–{end:%H:%M}"


class WeekTableModel(QAbstractTableModel):
    # Shifts dropped on a cell: (shift ids, caregiver id, day). The page moves them.
    move_requested = Signal(object, int, object)

    def __init__(self, parent: QObject | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()
        self._data: WeekData | None = None
        self._monday = self.today - dt.timedelta(days=self.today.weekday())
        self._rows: list[CaregiverRow] = []
        self._cells: dict[tuple[int, dt.date], list[PlanShift]] = {}
        self._conflicts: dict[int, list[Conflict]] = {}  # by shift id
        self._by_id: dict[int, PlanShift] = {}
        self._leave: dict[tuple[int, dt.date], LeaveInfo] = {}
        self._days: dict[dt.date, PlanDay] = {}
        self._fit_width: int | None = None  # the day columns' text width, once the view knows
        self._advance: Callable[[str], int] = len

    # -- filling -------------------------------------------------------------------------
    def set_week(self, data: WeekData) -> None:
        self.beginResetModel()
        self._data = data
        plan = data.plan
        self._monday = plan.first
        self._rows = list(plan.caregivers)
        self._days = {d.date: d for d in plan.days}
        self._cells = {}
        self._by_id = {}
        for s in plan.shifts:
            self._cells.setdefault((s.caregiver_id, s.day), []).append(s)
            self._by_id[s.id] = s
        for shifts in self._cells.values():
            shifts.sort(key=lambda s: (s.starts_at, s.id))
        self._conflicts = {}
        for c in plan.conflicts:
            if c.shift_id is not None:
                self._conflicts.setdefault(c.shift_id, []).append(c)
        self._leave = {}
        for item in data.leave:
            day = max(item.draft.first_day, plan.first)
            while day <= min(item.draft.last_day, plan.last):
                self._leave[(item.caregiver_id, day)] = item
                day += dt.timedelta(days=1)
        self.endResetModel()

    def set_text_width(self, width: int | None, advance: Callable[[str], int]) -> None:
        """The width a day column gives its text and how to measure it: the coverage cells
        and the day headers break their long lines to fit (see text_fit)."""
        if width == self._fit_width:  # the font is the view's: only the width changes
            return
        self._fit_width, self._advance = width, advance
        self.retranslate()

    def _fit(self, text: str) -> str:
        return wrap_lines(text, self._fit_width, self._advance)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(0, self.rowCount() - 1))
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1,
                                                               COLUMNS - 1))

    @property
    def week(self) -> WeekData | None:
        return self._data

    @property
    def monday(self) -> dt.date:
        return self._monday

    # -- geometry ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() or self._data is None else FIRST_CAREGIVER_ROW + len(
            self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def day_of(self, column: int) -> dt.date:
        return self._monday + dt.timedelta(days=column)

    def caregiver_of_row(self, row: int) -> CaregiverRow | None:
        index = row - FIRST_CAREGIVER_ROW
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def caregiver_at(self, index: QModelIndex) -> CaregiverRow | None:
        return self.caregiver_of_row(index.row()) if index.isValid() else None

    def day_at(self, index: QModelIndex) -> dt.date | None:
        return self.day_of(index.column()) if index.isValid() else None

    def shifts_at(self, index: QModelIndex) -> tuple[PlanShift, ...]:
        person = self.caregiver_at(index)
        if person is None:
            return ()
        return tuple(self._cells.get((person.id, self.day_of(index.column())), ()))

    def shift(self, shift_id: int) -> PlanShift | None:
        return self._by_id.get(shift_id)

    def caregivers(self) -> list[CaregiverRow]:
        return list(self._rows)

    def index_of(self, caregiver_id: int | None, day: dt.date) -> QModelIndex:
        column = (day - self._monday).days
        if not 0 <= column < COLUMNS:
            return QModelIndex()
        if caregiver_id is None:
            return self.index(COVERAGE_ROW, column)
        for i, person in enumerate(self._rows):
            if person.id == caregiver_id:
                return self.index(FIRST_CAREGIVER_ROW + i, column)
        return QModelIndex()

    def line_count(self, row: int) -> int:
        """Lines of text the tallest cell of a row holds (the view sizes rows from this)."""
        if row == COVERAGE_ROW:  # room for a gap's two lines, or what a cell needs
            shown = (self._coverage_data(self.day_of(c), Qt.ItemDataRole.DisplayRole)
                     for c in range(COLUMNS))
            return max([5] + [len((text or "").split("\n")) for text in shown])
        person = self.caregiver_of_row(row)
        if person is None:
            return 1
        most = 1
        for column in range(COLUMNS):
            shifts = self._cells.get((person.id, self.day_of(column)), ())
            lines = sum(2 if self._detail(s) else 1 for s in shifts)
            if (person.id, self.day_of(column)) in self._leave:
                lines += 1
            most = max(most, lines)
        return most

    # -- data ----------------------------------------------------------------------------
    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.row() >= FIRST_CAREGIVER_ROW:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
            if self.shifts_at(index):
                flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._data is None:
            return None
        day = self.day_of(index.column())
        if index.row() == COVERAGE_ROW:
            return self._coverage_data(day, role)
        person = self.caregiver_at(index)
        if person is None:
            return None
        shifts = self._cells.get((person.id, day), [])
        leave = self._leave.get((person.id, day))
        conflicts = [c for s in shifts for c in self._conflicts.get(s.id, ())]
        open_ = self._days[day].hours.open if day in self._days else False
        if role == Qt.ItemDataRole.DisplayRole:
            lines = []
            if leave is not None:
                lines.append(self.tr("On leave"))
            for s in shifts:
                mark = "⚠ " if self._conflicts.get(s.id) else ""
                lines.append(mark + _times(s.starts_at, s.ends_at))
                detail = self._detail(s)
                if detail:
                    lines.append("   " + detail if mark else detail)
            return "\n".join(lines)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell_tooltip(person, day, shifts, conflicts, leave)
        if role == Qt.ItemDataRole.BackgroundRole:
            if conflicts:
                return CONFLICT_BG
            if shifts:
                return SHIFT_BG
            if leave is not None:
                return LEAVE_BG
            return None if open_ else CLOSED_BG
        if role == Qt.ItemDataRole.ForegroundRole:
            return CONFLICT_TEXT if conflicts else TEXT
        if role == Qt.ItemDataRole.FontRole and conflicts:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if role == DATE_ROLE:
            return day
        if role == CAREGIVER_ROLE:
            return person.id
        if role == SHIFT_IDS_ROLE:
            return tuple(s.id for s in shifts)
        if role == CONFLICT_ROLE:
            return bool(conflicts)
        return None

    def _detail(self, s: PlanShift) -> str:
        program = self._data.programs.get(s.program_id, "") if (
            self._data and s.program_id) else ""
        return " ".join(part for part in (program, s.note) if part)

    def _cell_tooltip(self, person: CaregiverRow, day: dt.date, shifts, conflicts,
                      leave: LeaveInfo | None) -> str:
        lines = [self.tr("{name}, {date} ({weekday})").format(
            name=person.name, date=day.isoformat(), weekday=self.weekday_names()[day.weekday()])]
        if leave is not None:
            lines.append(self.tr("On leave ({kind}) from {first} to {last}").format(
                kind=self.leave_kind(leave.draft.kind), first=leave.draft.first_day.isoformat(),
                last=leave.draft.last_day.isoformat()))
        for s in shifts:
            detail = self._detail(s)
            lines.append(_times(s.starts_at, s.ends_at) + (" " + detail if detail else ""))
        lines += ["⚠ " + conflict_text(c) for c in conflicts]
        if not shifts:
            lines.append(self.tr("No shift: Enter or double-click to add one."))
        return "\n".join(lines)

    # -- the coverage row ----------------------------------------------------------------
    def day_state(self, day: dt.date) -> tuple[str, str]:
        """The day in words: (state, detail): open with its hours, or why it is closed."""
        info = self._days.get(day)
        if info is None:
            return "", ""
        if not info.hours.open:
            return self.tr("Closed"), self.closed_reason_text(info)
        hours = f"{hhmm(info.hours.opens_at)}–{hhmm(info.hours.closes_at)}"
        if info.adjusted_workday:
            return self.tr("Adjusted working day"), hours
        if info.official:
            return self.holiday_name(info), hours
        return self.tr("Open"), hours

    def closed_reason_text(self, info: PlanDay) -> str:
        """Why a closed day is closed, in a few words (the calendar's reason)."""
        reason = info.closed_reason
        if reason is DayReason.OVERRIDE_CLOSED:
            return info.closed_note or self.tr("closed by the center")
        if reason is DayReason.PUBLIC_HOLIDAY:
            return self.holiday_name(info) or self.tr("public holiday")
        if reason is DayReason.WEEKEND:
            return self.tr("weekend")
        if reason is DayReason.NOT_PROGRAM_WEEKDAY:
            return self.tr("not a program day")
        if reason is DayReason.OUTSIDE_PROGRAM:
            return self.tr("no program")
        return self.holiday_name(info)

    @staticmethod
    def holiday_name(info: PlanDay) -> str:
        """The official holiday's name in the window's language: English (National Day)
        unless the window is Chinese (国庆节); "" on another day."""
        if not info.official:
            return ""
        chinese = QLocale().language() == QLocale.Language.Chinese
        return (info.official_zh or info.official) if chinese else info.official

    def day_state_text(self, day: dt.date) -> str:
        state, detail = self.day_state(day)
        return f"{state}: {detail}" if detail else state

    def gaps_of(self, day: dt.date) -> tuple:
        if self._data is None or day not in self._data.plan.coverage:
            return ()
        return self._data.plan.coverage[day].gaps

    def coverage_lines(self, day: dt.date) -> list[str]:
        gaps = self.gaps_of(day)
        if not gaps:
            return [self.tr("✓ Covered")]
        missing = max(slot.missing for slot in gaps)
        short = self._data.plan.coverage[day].short_minutes if self._data else 0
        return [self.tr("⚠ {slots} short").format(slots=duration_text(short)),
                self.tr("{missing} missing").format(missing=f"{missing:g}")]

    def gap_runs(self, day: dt.date) -> list[GapRun]:
        """The day's slots short of staff, consecutive ones with the same figures merged."""
        runs: list[GapRun] = []
        for slot in self.gaps_of(day):
            last = runs[-1] if runs else None
            if (last is not None and last.ends_at == slot.starts_at
                    and (last.required, last.scheduled) == (slot.required, slot.scheduled)):
                runs[-1] = last._replace(ends_at=slot.ends_at,
                                         children=max(last.children, slot.children))
            else:
                runs.append(GapRun(day, slot.starts_at, slot.ends_at, slot.children,
                                   slot.required, slot.scheduled, slot.missing))
        return runs

    def gap_text(self, run: GapRun) -> str:
        return self.tr("{time}: {children} children need {required} caregivers, {scheduled} "
                       "scheduled ({missing} missing)").format(
            time=_times(run.starts_at, run.ends_at), children=run.children,
            required=run.required, scheduled=f"{run.scheduled:g}",
            missing=f"{run.missing:g}")

    def _coverage_data(self, day: dt.date, role: int):
        info = self._days.get(day)
        if info is None:
            return None
        gaps = self.gaps_of(day)
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [line for line in self.day_state(day) if line]
            if info.hours.open:
                lines.append(self.tr("{count} children").format(count=info.expected_children))
                lines += self.coverage_lines(day)
            return self._fit("\n".join(lines))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            lines = [day.isoformat() + " " + self.day_state_text(day)]
            if info.hours.open:
                lines.append(self.tr("{count} children expected").format(
                    count=info.expected_children))
                lines.append(" ".join(self.coverage_lines(day)))
                lines += [self.gap_text(run) for run in self.gap_runs(day)]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole:
            if not info.hours.open:
                return HOLIDAY_BG if info.closed_reason is DayReason.PUBLIC_HOLIDAY \
                    else CLOSED_BG
            return GAP_BG if gaps else COVERED_BG
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(styles.AMBER) if gaps else TEXT
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(bool(gaps))
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if role == DATE_ROLE:
            return day
        if role == GAP_ROLE:
            return bool(gaps)
        if role == SHIFT_IDS_ROLE:
            return ()
        return None

    # -- headers -------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < COLUMNS:
                return None
            day = self.day_of(section)
            if role == Qt.ItemDataRole.DisplayRole:
                text = self.tr("{weekday} {month}-{day}").format(
                    weekday=self.weekday_names()[section], month=f"{day.month:02d}",
                    day=f"{day.day:02d}")
                text = ("● " + text) if day == self.today else text
                # The header stays in sight when the caregivers scroll: the day's coverage
                # in a word, the coverage row below says more.
                return self._fit(text + "\n" + self.header_mark(day))
            if role == Qt.ItemDataRole.ToolTipRole:
                return day.isoformat() + (" " + self.tr("(today)") if day == self.today else "")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == COVERAGE_ROW:
                return self.tr("Day and coverage")
            person = self.caregiver_of_row(section)
            if person is None:
                return None
            mark = "⚠ " if self.expiring(person.id) else ""
            text = mark + person.name
            if not person.active:
                text += " " + self.tr("(inactive)")
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            person = self.caregiver_of_row(section)
            if person is None:
                return None
            lines = [self.tr("{name}: {role}, at most {hours} hours a week").format(
                name=person.name, role=self.role_name(person.role),
                hours=person.max_hours_per_week)]
            for q in self.expiring(person.id):
                lines.append(self.qualification_warning(q))
            return "\n".join(lines)
        return None

    def header_mark(self, day: dt.date) -> str:
        """Under the date: a public holiday's name or the adjusted working day (调休上班),
        then the coverage in a word; a closed day says why."""
        info = self._days.get(day)
        if info is None:
            return ""
        if not info.hours.open:
            return self.tr("closed: {reason}").format(reason=self.closed_reason_text(info)) \
                if self.closed_reason_text(info) else self.tr("closed")
        gaps = self.gaps_of(day)
        if gaps:
            mark = self.tr("⚠ {missing} missing").format(
                missing=f"{max(slot.missing for slot in gaps):g}")
        else:
            mark = self.tr("✓ covered")
        if info.adjusted_workday:
            return self.tr("adjusted workday") + "\n" + mark
        if info.official:
            return self.holiday_name(info) + "\n" + mark
        return mark

    def expiring(self, caregiver_id: int) -> tuple:
        if self._data is None or caregiver_id not in self._data.caregivers:
            return ()
        return self._data.caregivers[caregiver_id].expiring(self.today)

    def qualification_warning(self, q) -> str:
        if q.expires_on < self.today:
            return self.tr("⚠ {kind} expired on {date}").format(kind=q.kind,
                                                                date=q.expires_on.isoformat())
        return self.tr("⚠ {kind} expires on {date}").format(kind=q.kind,
                                                            date=q.expires_on.isoformat())

    # -- drag and drop -------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [SHIFT_MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids = sorted({s.id for index in indexes for s in self.shifts_at(index)})
        data = QMimeData()
        data.setData(SHIFT_MIME, json.dumps(ids).encode())
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex) -> bool:
        return (data.hasFormat(SHIFT_MIME) and self._drop_target(row, column, parent)
                is not None)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        target = self._drop_target(row, column, parent)
        if not data.hasFormat(SHIFT_MIME) or target is None:
            return False
        try:
            ids = [int(i) for i in json.loads(bytes(data.data(SHIFT_MIME)).decode())]
        except (ValueError, TypeError):
            return False
        caregiver_id, day = target
        moving = [i for i in ids if i in self._by_id and (
            self._by_id[i].caregiver_id, self._by_id[i].day) != (caregiver_id, day)]
        if not moving:
            return False
        self.move_requested.emit(moving, caregiver_id, day)
        # The page moves them and reads the week again; nothing is removed here.
        return False

    def _drop_target(self, row: int, column: int, parent: QModelIndex
                     ) -> tuple[int, dt.date] | None:
        index = parent if parent.isValid() else self.index(row, column)
        person = self.caregiver_at(index)
        if person is None:
            return None
        return person.id, self.day_of(index.column())

    # -- words ---------------------------------------------------------------------------
    def weekday_names(self) -> tuple[str, ...]:
        return (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                self.tr("Sat"), self.tr("Sun"))

    def role_name(self, role) -> str:
        return {"teacher": self.tr("teacher"), "assistant": self.tr("assistant"),
                "volunteer": self.tr("volunteer"),
                "coordinator": self.tr("coordinator")}.get(str(role), str(role))

    def leave_kind(self, kind) -> str:
        return {"annual": self.tr("annual"), "sick": self.tr("sick"),
                "training": self.tr("training"), "other": self.tr("other")}.get(str(kind),
                                                                               str(kind))
