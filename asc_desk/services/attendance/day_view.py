"""The day as the desk shows it: each child's derived record, the counts and the ratio."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from zoneinfo import ZoneInfo

from sqlalchemy import Row

from asc_desk.db.models import AttendanceEventRow
from asc_desk.domain.attendance_rules import (
    AbsenceReason,
    AttendanceEvent,
    ChildDayState,
    DayRecord,
    EventKind,
    caregivers_needed,
    derive_day,
    late_minutes,
    ratio_ok,
    shift_hours,
)
from asc_desk.domain.desk_settings import DeskSettings
from asc_desk.domain.roster import ShiftPattern
from asc_desk.services.attendance.expected_children import ChildOfDay


@dataclass(frozen=True)
class ChildDay:
    child: ChildOfDay
    record: DayRecord
    late_minutes: int | None  # waiting past closing + grace, while still present
    parent_shift_ends: dt.time | None  # the earliest end of a guardian's known shift


@dataclass(frozen=True)
class DayView:
    date: dt.date
    open_programs: tuple[str, ...]  # programs open that day; empty: the calendar says closed
    children: tuple[ChildDay, ...]
    counts: dict[str, int]
    caregivers: int | None
    caregivers_needed: int
    ratio_ok: bool
    # Whether the center has any program at all: with none, a closed day is not the
    # calendar's decision but the calendar still to fill in (the desk says so).
    has_programs: bool = True

    def position(self, child_id: int) -> int | None:
        """The child's index in `children`: a dict built once per list (a scan replaces one
        child in place and passes it on), not a walk over 5,000 children per look-up."""
        positions = self.__dict__.get("_positions")
        if positions is None:
            positions = {item.child.id: i for i, item in enumerate(self.children)}
            object.__setattr__(self, "_positions", positions)  # not a field: eq ignores it
        return positions.get(child_id)

    def item(self, child_id: int) -> ChildDay | None:
        index = self.position(child_id)
        return None if index is None else self.children[index]


_KINDS = {kind.value: kind for kind in EventKind}  # EventKind(value) costs a call per event


def event_of(row: AttendanceEventRow | Row) -> AttendanceEvent:
    """From an ORM row or a plain row of the event's columns (the same names)."""
    return AttendanceEvent(
        row.id, row.child_id, _KINDS[row.kind], row.at, row.recorded_at, row.recorded_by,
        row.pickup_name, row.override_reason,
        AbsenceReason(row.absence_reason) if row.absence_reason else None, row.note or "",
        row.corrects, row.void_reason)


# The columns `events_by_child` reads, in its order.
EVENT_FIELDS = (AttendanceEventRow.id, AttendanceEventRow.child_id, AttendanceEventRow.kind,
                AttendanceEventRow.at, AttendanceEventRow.recorded_at,
                AttendanceEventRow.recorded_by, AttendanceEventRow.pickup_name,
                AttendanceEventRow.override_reason, AttendanceEventRow.absence_reason,
                AttendanceEventRow.note, AttendanceEventRow.corrects,
                AttendanceEventRow.void_reason)


def events_by_child(rows) -> dict[int, list[AttendanceEvent]]:
    """A day's events by child from plain rows of EVENT_FIELDS: as `event_of` reads them,
    by position (a whole day at 5,000 children is 10,000 events and more)."""
    out: dict[int, list[AttendanceEvent]] = {}
    kinds = _KINDS
    for (id_, child_id, kind, at, recorded_at, recorded_by, pickup_name, override_reason,
         absence_reason, note, corrects, void_reason) in rows:
        out.setdefault(child_id, []).append(AttendanceEvent(
            id_, child_id, kinds[kind], at, recorded_at, recorded_by, pickup_name,
            override_reason, AbsenceReason(absence_reason) if absence_reason else None,
            note or "", corrects, void_reason))
    return out


def child_day(child: ChildOfDay, events, day: dt.date, zone: ZoneInfo, settings: DeskSettings,
              now: dt.datetime) -> ChildDay | None:
    if events:
        record = derive_day(events, child.expected)
    else:
        # Most children of a day have no event yet: the same record each (it is immutable).
        if not child.expected:
            return None
        record = _NO_EVENTS
    if record.state is ChildDayState.NOT_EXPECTED:
        return None
    return ChildDay(child, record, waiting_minutes(child, record, day, zone, settings, now),
                    _shift_end(child.shifts))


def waiting_minutes(child: ChildOfDay, record: DayRecord, day: dt.date, zone: ZoneInfo,
                    settings: DeskSettings, now: dt.datetime) -> int | None:
    """How long a child still here has waited past closing plus grace (from the arrival for
    one who came after closing), None when not late: the day as read and the minute tick
    (`clock_moved`) both count it here, so the list, the end-of-day dialog and
    `attendance day` never disagree."""
    if not record.present or child.closes_at is None:
        return None
    closes = dt.datetime.combine(day, child.closes_at, zone)
    return late_minutes(now, closes, dt.timedelta(minutes=settings.late_grace_minutes),
                        arrived=record.check_in)


_NO_EVENTS = derive_day((), True)


@lru_cache(maxsize=256)
def _shift_end(shifts: tuple[tuple[str, dt.time | None, dt.time | None], ...]
               ) -> dt.time | None:
    """The earliest end of the guardians' known shifts: the same few patterns for most of a
    roster, so worked out once each."""
    ends = [shift_hours(ShiftPattern(p), a, b) for p, a, b in shifts]
    return min((h[1] for h in ends if h), default=None)


def clock_moved(item: ChildDay, day: dt.date, zone: ZoneInfo, settings: DeskSettings,
                now: dt.datetime) -> ChildDay:
    """The child's waiting minutes at `now` (all else as read)."""
    if not item.record.present or item.child.closes_at is None:
        return item
    late = waiting_minutes(item.child, item.record, day, zone, settings, now)
    return item if late == item.late_minutes else replace(item, late_minutes=late)


def _count(counts: dict[str, int], item: ChildDay, sign: int = 1) -> None:
    state = item.record.state
    counts["expected"] += sign * item.child.expected
    counts["present"] += sign * (state in (ChildDayState.PRESENT,
                                           ChildDayState.UNEXPECTED_PRESENT))
    counts["collected"] += sign * (state in (ChildDayState.COLLECTED,
                                             ChildDayState.UNEXPECTED_COLLECTED))
    counts["absent"] += sign * (state is ChildDayState.ABSENT)
    counts["to_arrive"] += sign * (state is ChildDayState.EXPECTED)
    counts["unexpected"] += sign * (not item.child.expected)


def _view(day: dt.date, open_programs: tuple[str, ...], items: tuple[ChildDay, ...],
          counts: dict[str, int], caregivers: int | None, settings: DeskSettings,
          has_programs: bool = True) -> DayView:
    per = settings.children_per_caregiver
    return DayView(day, open_programs, items, counts, caregivers,
                   caregivers_needed(counts["present"], per),
                   caregivers is None or ratio_ok(counts["present"], caregivers, per),
                   has_programs)


def day_view(day: dt.date, open_programs: tuple[str, ...], items: list[ChildDay],
             caregivers: int | None, settings: DeskSettings, *,
             has_programs: bool = True) -> DayView:
    # As `_count` for each item, counted in one pass (5,000 children: no 30,000 dict updates).
    states = Counter(item.record.state for item in items)
    expected = sum(1 for item in items if item.child.expected)
    S = ChildDayState
    counts = {"expected": expected,
              "present": states[S.PRESENT] + states[S.UNEXPECTED_PRESENT],
              "collected": states[S.COLLECTED] + states[S.UNEXPECTED_COLLECTED],
              "absent": states[S.ABSENT], "to_arrive": states[S.EXPECTED],
              "unexpected": len(items) - expected}
    return _view(day, open_programs, tuple(items), counts, caregivers, settings,
                 has_programs)


def with_item(view: DayView, child_id: int, item: ChildDay | None,
              settings: DeskSettings) -> DayView:
    """The view with one child's day replaced in place (or added at the end, or gone): the
    counts move by that child alone, and nothing walks the whole list (O(1) in Python; the
    tuple copy is one memcpy)."""
    counts = dict(view.counts)
    children = view.children
    index = view.position(child_id)
    keep_positions = False
    if index is not None:
        _count(counts, children[index], -1)
        if item is None:
            children = children[:index] + children[index + 1:]
        else:
            children = children[:index] + (item,) + children[index + 1:]
            keep_positions = True  # every child where it was
    elif item is not None:
        children = (*children, item)
    if item is not None:
        _count(counts, item)
    new = _view(view.date, view.open_programs, children, counts, view.caregivers, settings,
                view.has_programs)
    if keep_positions:
        object.__setattr__(new, "_positions", view.__dict__["_positions"])
    return new
