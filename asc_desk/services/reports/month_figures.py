"""A month of attendance as the documents count it: each child's mark for each day, and the
totals per child and per day (the monthly grid, and the HR summary built on it).

One query per table for the month, plain columns (Core rows), each child's day derived with
the desk's own rules (`derive_day`) and the expected rule of `domain/expected_day`."""

from __future__ import annotations

import calendar
import datetime as dt
import enum
from collections.abc import Iterator
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from sqlalchemy import DateTime, Integer, case, cast, extract, select, type_coerce
from sqlalchemy.orm import Session

from asc_desk.db.models import AttendanceEventRow, CalendarOverride, Child, Enrollment, Program
from asc_desk.domain.attendance_rules import (
    AbsenceReason,
    AttendanceEvent,
    ChildDayState,
    EventKind,
    derive_day,
    late_minutes,
    visit_minutes,
)
from asc_desk.domain.calendar_rules import DayReason, DayStatus, range_statuses
from asc_desk.domain.desk_settings import DeskSettings
from asc_desk.domain.errors import N_, ValidationError
from asc_desk.domain.expected_day import EnrollmentSpan, expected_on, on_roster, visit_program
from asc_desk.domain.name_search import pinyin_order
from asc_desk.domain.official_days import OfficialDayKind
from asc_desk.services.calendar.calendar_service import official_calendar_in, override_of, rules_of
from asc_desk.services.calendar.program_service import ProgramInfo, program_info

ABSENCE_REASONS = tuple(str(r) for r in AbsenceReason)
EVENT_BATCH = 5000  # event rows fetched at a time


class Mark(enum.StrEnum):
    PRESENT = "present"  # checked in (hours only once checked out: see DayMark.open)
    ABSENT = "absent"  # with `reason`: sick, leave, notified, other (an absence recorded)
    NO_RECORD = "no_record"  # expected, the day is past, and nothing was recorded
    CLOSED = "closed"  # the calendar closed the child's program: never "absent"
    NOT_EXPECTED = "not_expected"  # open, but not one of the child's days
    NOT_ENROLLED = "not_enrolled"  # before enrollment, after withdrawal, outside programs
    UPCOMING = "upcoming"  # today or later, nothing recorded yet


@dataclass(frozen=True)
class DayMark:
    mark: Mark
    reason: str = ""  # absence reason, or why the day was closed
    minutes: int = 0  # the day's stays, check-in to check-out each (`visit_minutes`)
    late_minutes: int | None = None  # collected this many minutes past closing + grace
    corrected: bool = False  # a correction changed the day's record
    open: bool = False  # checked in, never checked out: present, but no hours counted


def tenths_of(minutes: int) -> int:
    """Tenths of an hour from whole minutes, half up: a child's hours are rounded once and
    every total adds these up, so the printed rows always add up to the printed total."""
    return (minutes * 10 + 30) // 60


def hours_of(tenths: int) -> float:
    return tenths / 10


@dataclass(frozen=True)
class ChildMonth:
    child_id: int
    name: str
    external_id: str
    program: str
    marks: tuple[DayMark, ...]  # one per day of the month
    days_present: int
    minutes: int  # of the days checked in and out
    absences: dict[str, int]  # recorded absences: reason -> days
    closed_days: int
    late_pickups: int
    corrected_days: int
    no_record: int = 0  # expected past days with nothing recorded (not counted as absent)
    open_days: int = 0  # checked in, never checked out (present, no hours)
    sort_key: tuple = ()  # pinyin of the name, then the name

    @property
    def tenths(self) -> int:
        return tenths_of(self.minutes)

    @property
    def hours(self) -> float:
        return hours_of(self.tenths)

    @property
    def days_absent(self) -> int:
        return sum(self.absences.values())


@dataclass(frozen=True)
class DayColumn:
    date: dt.date
    closed: bool  # closed for every program in scope
    closed_reason: str
    official: str  # "holiday", "workday" or ""
    official_name: str
    present: int  # children present that day


@dataclass(frozen=True)
class MonthGrid:
    center_name: str
    year: int
    month: int
    program: str  # "" = every program
    days: tuple[DayColumn, ...]
    children: tuple[ChildMonth, ...]  # by pinyin
    made_at: dt.datetime  # local time of the center
    # The desk's grace when the document was made: late pickups count past closing plus
    # this, and the document says so (a reprint after the setting changed explains itself).
    late_grace_minutes: int | None = None

    @property
    def days_present(self) -> int:
        return sum(c.days_present for c in self.children)

    @property
    def hours(self) -> float:
        """The sum of the children's printed hours."""
        return hours_of(sum(c.tenths for c in self.children))

    @property
    def late_pickups(self) -> int:
        return sum(c.late_pickups for c in self.children)

    @property
    def days_absent(self) -> int:
        return sum(c.days_absent for c in self.children)

    @property
    def no_record(self) -> int:
        return sum(c.no_record for c in self.children)

    @property
    def open_days(self) -> int:
        return sum(c.open_days for c in self.children)

    @property
    def empty(self) -> bool:
        return not self.children

    def absences(self) -> dict[str, int]:
        out = dict.fromkeys(ABSENCE_REASONS, 0)
        for c in self.children:
            for reason, n in c.absences.items():
                out[reason] = out.get(reason, 0) + n
        return out

    def closed_reasons(self) -> list[tuple[str, tuple[dt.date, ...]]]:
        """Each reason the calendar closed days for, with its dates, in date order."""
        by_reason: dict[str, list[dt.date]] = {}
        for d in self.days:
            if d.closed:
                by_reason.setdefault(d.closed_reason, []).append(d.date)
        return [(r, tuple(ds)) for r, ds in by_reason.items()]


# Why a day is closed, in the words of the Caregivers & Shifts page (WeekTableModel) and the
# calendar: the same day reads the same on the screen, the grid and the rota.
CLOSED_TEXT = {
    DayReason.WEEKEND: "周末",
    DayReason.NOT_PROGRAM_WEEKDAY: "不是项目日",
    DayReason.PUBLIC_HOLIDAY: "法定假日",
    DayReason.OUTSIDE_PROGRAM: "没有项目",
    DayReason.OVERRIDE_CLOSED: "中心停开",
}


def closed_reason(status: DayStatus) -> str:
    if status.override_reason:
        return status.override_reason
    if status.reason is DayReason.PUBLIC_HOLIDAY and status.holiday_name_zh:
        return status.holiday_name_zh
    return CLOSED_TEXT.get(status.reason, str(status.reason))


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    if not 1 <= month <= 12:
        raise ValidationError(N_("There is no month {month}."), field="month", month=month)
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def read_month(s: Session, center_id: int, first: dt.date, last: dt.date, zone: ZoneInfo,
               settings: DeskSettings, today: dt.date, program: ProgramInfo | None, *,
               keep_marks: bool = True) -> tuple[tuple[ChildMonth, ...], tuple[DayColumn, ...]]:
    """Every child with something to show in the month (by pinyin), and the day columns.
    Without `keep_marks` (the HR summary, which prints totals only) each child's marks are
    counted and dropped: 31 day marks of 10,000 children are never held together."""
    official = official_calendar_in(s)
    programs = [program_info(p) for p in s.scalars(select(Program).where(
        Program.center_id == center_id).order_by(Program.first_day))]
    overrides = [override_of(r) for r in s.scalars(select(CalendarOverride).where(
        CalendarOverride.center_id == center_id, CalendarOverride.day >= first,
        CalendarOverride.day <= last))]
    statuses = {p.id: range_statuses(rules_of(p), first, last, official, overrides)
                for p in programs}
    names = {p.id: p.name for p in programs}
    scope_ids = [program.id] if program else [p.id for p in programs]
    n_days = (last - first).days + 1
    dates = [first + dt.timedelta(days=i) for i in range(n_days)]
    open_ids = [frozenset(pid for pid in scope_ids if statuses[pid][i].open)
                for i in range(n_days)]
    scope_set = frozenset(scope_ids)
    # Every program's hours on each day (not only the scope's): a stay of a child in two
    # programs goes to the one he came for.
    open_hours: list[dict[int, tuple[dt.time, dt.time]]] = [
        {p.id: (st.opens_at, st.closes_at) for p in programs
         if (st := statuses[p.id][i]).open and st.opens_at and st.closes_at}
        for i in range(n_days)]
    conn = s.connection()  # Core rows: the ORM's row loading was a fifth of the time

    enrollments: dict[int, list[EnrollmentSpan]] = {}
    for row in conn.execute(select(Enrollment.child_id, Enrollment.program_id,
                                   Enrollment.from_date, Enrollment.to_date,
                                   Enrollment.weekdays)
                            .join(Child, Child.id == Enrollment.child_id)
                            .where(Child.center_id == center_id, Enrollment.from_date <= last)
                            .order_by(Enrollment.from_date, Enrollment.id)):
        if row.to_date is None or row.to_date >= first:
            enrollments.setdefault(row.child_id, []).append(EnrollmentSpan(
                row.program_id, row.from_date, row.to_date, row.weekdays))
    children = conn.execute(select(
        Child.id, Child.name, Child.name_pinyin, Child.external_id, Child.status,
        Child.withdrawn_on).where(Child.center_id == center_id).order_by(Child.id)).all()

    grace = dt.timedelta(minutes=settings.late_grace_minutes)
    present_per_day = [0] * n_days
    base_cache: dict[tuple, _BaseDays] = {}
    closings: dict[tuple[int, dt.time], dt.datetime] = {}
    out = []
    # One query, streamed in child order beside the children: a 10,000-child month never
    # holds all its events at once, so memory stays flat.
    stream = _month_events(conn, center_id, first, last)
    pending = next(stream, None)
    for child in children:
        evs = None
        while pending is not None and pending[0] <= child.id:
            if pending[0] == child.id:
                evs = pending[1]
            pending = next(stream, None)
        mine = [e for e in enrollments.get(child.id, ()) if e.program_id in scope_ids]
        if program is not None and not mine:
            continue  # another program's child, even if it came
        if not mine and not evs:
            continue
        if child.withdrawn_on is not None and child.withdrawn_on <= first and not evs:
            continue
        # Children with the same enrollments (most of them) share their days without events.
        key = (tuple(mine), child.status, child.withdrawn_on)
        base = base_cache.get(key)
        if base is None:
            base = base_cache[key] = _base_days(mine, child.status, child.withdrawn_on, dates,
                                                open_ids, statuses, today)
        # The base month's tallies, changed by each day with events: counting 31 marks of
        # every child again was a third of the loop (10,000 children in the HR summary).
        marks = list(base.marks) if keep_marks else None
        no_record, closed, shown = base.no_record, base.closed, not base.nothing
        absences = dict.fromkeys(ABSENCE_REASONS, 0)
        present = minutes_total = late_count = corrected_days = open_days = 0
        # A child in two programs: each stay belongs to one (`visit_program`), and a
        # program's grid counts only its own.
        spans = enrollments.get(child.id, ()) if len(enrollments.get(child.id, ())) > 1 else ()
        for i, raw in (evs or {}).items():
            visit = _plain_visit(raw)
            stays: tuple[tuple[dt.datetime, dt.datetime | None], ...]
            if visit is not None:  # most days: derive_day's answer without building events
                stays, corrected, absent = (visit,), False, None
            else:
                record = derive_day([_event(child.id, r) for r in raw], base.expected[i])
                stays = tuple((_utc(a), _naive(b)) for a, b in record.visits)
                corrected = bool(record.superseded)
                # An absence counts only on a day the child was expected: never on a closed
                # day, a holiday, a weekday not enrolled for, before enrollment or after
                # withdrawal (the desk accepts it with a warning; it stays in the history).
                absent = (str(record.absence_reason or "other")
                          if record.state is ChildDayState.ABSENT and base.expected[i]
                          else None)
            corrected_days += corrected
            # Each stay is judged against the closing of its own program (a morning stay
            # collected late from the weekend program is late even if the child came back).
            closes_of = [base.closes[i]] * len(stays)
            if spans and stays:
                owners = [visit_program(dates[i], _local(a, zone), _local(b, zone) if b else None,
                                        spans, open_hours[i], status=child.status,
                                        withdrawn_on=child.withdrawn_on) for a, b in stays]
                kept = [k for k, pid in enumerate(owners) if pid in scope_set]
                closes_of = [hours[1] if (hours := open_hours[i].get(owners[k] or -1))
                             else base.closes[i] for k in kept]
                stays = tuple(stays[k] for k in kept)
            if stays:
                check_out = stays[-1][1]
                minutes, late = visit_minutes(stays), None
                for (arrived, left), closes in zip(stays, closes_of, strict=True):
                    if left is None or closes is None:
                        continue
                    closing = closings.get((i, closes))
                    if closing is None:
                        closing = closings[(i, closes)] = _closing(dates[i], closes, zone)
                    # Collected before closing plus grace (most days) is never late
                    # (late_minutes counts from closing or a later arrival).
                    if left > closing + grace:
                        this = late_minutes(left, closing, grace, arrived=arrived)
                        if this is not None and (late is None or this > late):
                            late = this
                present += 1
                minutes_total += minutes
                late_count += late is not None
                open_days += check_out is None
                present_per_day[i] += 1
                if marks is not None:
                    marks[i] = DayMark(Mark.PRESENT, "", minutes, late, corrected,
                                       open=check_out is None)
            elif absent is not None:
                absences[absent] = absences.get(absent, 0) + 1
                if marks is not None:
                    marks[i] = DayMark(Mark.ABSENT, absent, corrected=corrected)
            else:
                if corrected and marks is not None:
                    marks[i] = replace(marks[i], corrected=True)
                continue  # the day's mark stays what the calendar made it
            # The day was a base mark (never present or absent): it counts no longer.
            was = base.marks[i].mark
            no_record -= was is Mark.NO_RECORD
            closed -= was is Mark.CLOSED
            shown = True
        if not shown:  # on no roster day, and no event made it present or absent
            continue
        prog = next((names[e.program_id] for e in mine), "")
        out.append(ChildMonth(
            child.id, child.name, child.external_id or "", prog,
            tuple(marks) if marks is not None else (), present,
            minutes_total, absences, closed, late_count, corrected_days, no_record, open_days,
            (*pinyin_order(child.name, child.name_pinyin), child.id)))
    out.sort(key=lambda c: c.sort_key)
    return tuple(out), _columns(dates, scope_ids, statuses, present_per_day)


# One stored event as read: (id, kind, at, recorded_at or None, pickup, absence reason,
# corrects).
RawEvent = tuple[int, str, dt.datetime, "dt.datetime | None", "str | None", "str | None",
                 "int | None"]
_KINDS = {str(k): k for k in EventKind}
_REASONS = {str(r): r for r in AbsenceReason}


def _event(child_id: int, raw: RawEvent) -> AttendanceEvent:
    """The domain's event (aware instants) of a stored row as read (naive UTC)."""
    event_id, kind, at, recorded_at, pickup, reason, corrects = raw
    at = at.replace(tzinfo=dt.UTC)
    recorded_at = recorded_at.replace(tzinfo=dt.UTC) if recorded_at is not None else at
    return AttendanceEvent(event_id, child_id, _KINDS[kind], at, recorded_at, "",
                           pickup_name=pickup,
                           absence_reason=_REASONS[reason] if reason else None,
                           corrects=corrects)


def _naive(instant: dt.datetime | None) -> dt.datetime | None:
    return instant.replace(tzinfo=None) if instant is not None else None


def _utc(instant: dt.datetime) -> dt.datetime:
    return instant.replace(tzinfo=None)


def _local(stored: dt.datetime, zone: ZoneInfo) -> dt.time:
    """The wall-clock time of an instant as read (naive UTC) in the center's zone."""
    return stored.replace(tzinfo=dt.UTC).astimezone(zone).time()


def _closing(day: dt.date, closes: dt.time, zone: ZoneInfo) -> dt.datetime:
    """The closing instant as the events are read: naive UTC (see `_month_events`)."""
    return dt.datetime.combine(day, closes, zone).astimezone(dt.UTC).replace(tzinfo=None)


def _plain_visit(raw: list[RawEvent]) -> tuple[dt.datetime, dt.datetime] | None:
    """(check-in, check-out) of a day that is exactly one check-in and a later check-out,
    nothing corrected: what `derive_day` answers for it (tested against it), without
    building the events. Nine days in ten of a month are this; anything else is derived."""
    if len(raw) != 2:
        return None
    a, b = raw
    if a[6] is not None or b[6] is not None:
        return None
    if a[1] == "check_out":
        a, b = b, a
    if a[1] != "check_in" or b[1] != "check_out" or b[2] < a[2]:
        return None
    return a[2], b[2]


def _month_events(conn, center_id: int, first: dt.date, last: dt.date
                  ) -> Iterator[tuple[int, dict[int, list[RawEvent]]]]:
    """(child id, day of the month -> its events as read) in child id order, by the stored
    local date (as the desk reads), streamed (a server-side cursor on PostgreSQL).

    `recorded_at` is read only for corrections: `derive_day` looks at it only to choose
    between two corrections of one event, and reading and converting a second instant per
    row was a quarter of the month's reading (the other events carry their `at` there).
    The instants are read as stored, naive UTC on both databases, not through UTCDateTime:
    attaching UTC to 300,000 values one Python call at a time was a fifth of the HR
    summary's figures. Everything they meet here is naive UTC too (`_closing`), and only
    differences and comparisons are taken. The day of the month comes as a number from
    the database (a date parsed per row, then subtracted, was another tenth)."""
    if (first.year, first.month) != (last.year, last.month):
        raise ValueError("one calendar month at a time")
    A = AttendanceEventRow
    recorded = case((A.corrects.is_not(None), A.recorded_at), else_=None)
    stored = DateTime(timezone=False)
    rows = conn.execution_options(stream_results=True, yield_per=EVENT_BATCH).execute(select(
        A.child_id, cast(extract("day", A.local_date), Integer), A.id, A.kind,
        type_coerce(A.at, stored), type_coerce(recorded, stored),
        A.pickup_name, A.absence_reason, A.corrects)
        .where(A.center_id == center_id, A.local_date >= first, A.local_date <= last)
        .order_by(A.child_id))
    offset = first.day
    current: int | None = None
    days: dict[int, list[RawEvent]] = {}
    for batch in rows.partitions():  # a batch at a time: a tenth of the reading was per-row calls
        for row in batch:
            child_id = row[0]
            if child_id != current:
                if current is not None:
                    yield current, days
                current, days = child_id, {}
            days.setdefault(row[1] - offset, []).append(row[2:])
    if current is not None:
        yield current, days


def _columns(dates: list[dt.date], scope_ids: list[int], statuses: dict[int, list[DayStatus]],
             present_per_day: list[int]) -> tuple[DayColumn, ...]:
    columns = []
    for i, day in enumerate(dates):
        scope = [statuses[pid][i] for pid in scope_ids]
        active = [st for st in scope if st.reason is not DayReason.OUTSIDE_PROGRAM] or scope
        is_closed = not any(st.open for st in scope)
        official_day = next((st.official for st in scope if st.official), None)
        columns.append(DayColumn(
            day, is_closed, closed_reason(active[0]) if is_closed and active else "",
            "holiday" if official_day and official_day.kind is OfficialDayKind.HOLIDAY
            else "workday" if official_day else "",
            (official_day.name_zh or official_day.name) if official_day else "",
            present_per_day[i]))
    return tuple(columns)


@dataclass(frozen=True)
class _BaseDays:
    """A child's month as the calendar and enrollments make it, before any event."""

    marks: tuple[DayMark, ...]
    expected: tuple[bool, ...]
    closes: tuple[dt.time | None, ...]  # closing time of the program that expects the child
    nothing: bool  # not enrolled on any day
    no_record: int  # days marked NO_RECORD
    closed: int  # days marked CLOSED


_NOT_ENROLLED = DayMark(Mark.NOT_ENROLLED)
_NOT_EXPECTED = DayMark(Mark.NOT_EXPECTED)
_UPCOMING = DayMark(Mark.UPCOMING)
_NO_RECORD = DayMark(Mark.NO_RECORD)


def _base_days(mine: list[EnrollmentSpan], status: str, withdrawn_on: dt.date | None,
               dates: list[dt.date], open_ids: list[frozenset[int]],
               statuses: dict[int, list[DayStatus]], today: dt.date) -> _BaseDays:
    """Who is expected is `expected_on` (the desk's and the shift plan's rule). A day on the
    roster and enrolled but not expected is CLOSED when every program of that weekday has
    closed it (never absent), else NOT_EXPECTED."""
    marks, expected, closes = [], [], []
    for i, day in enumerate(dates):
        answer = expected_on(day, mine, open_ids[i], status=status, withdrawn_on=withdrawn_on)
        expected.append(answer.expected)
        closes.append(statuses[answer.program_id][i].closes_at
                      if answer.program_id is not None else None)
        current = [e for e in mine if e.from_date <= day
                   and (e.to_date is None or e.to_date >= day)]
        if answer.expected:
            marks.append(_UPCOMING if day >= today else _NO_RECORD)
        elif current and on_roster(day, status, withdrawn_on):
            bit = 1 << day.weekday()
            weekday_ok = [e for e in current if e.weekdays & bit] or current
            closed = [statuses[e.program_id][i] for e in weekday_ok
                      if not statuses[e.program_id][i].open]
            marks.append(DayMark(Mark.CLOSED, closed_reason(closed[0]))
                         if len(closed) == len(weekday_ok) else _NOT_EXPECTED)
        else:
            marks.append(_NOT_ENROLLED)
    return _BaseDays(tuple(marks), tuple(expected), tuple(closes),
                     all(m is _NOT_ENROLLED for m in marks),
                     sum(m.mark is Mark.NO_RECORD for m in marks),
                     sum(m.mark is Mark.CLOSED for m in marks))
