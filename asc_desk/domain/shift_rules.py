"""Shift conflicts and coverage: plain values in, plain values out (no I/O).

Conflicts: overlapping shifts of one caregiver; a shift during their leave; a shift entirely
outside the opening hours (an hour of preparation before opening and after closing is
normal); a shift on a closed day; more hours in a week (Monday to Sunday) than the caregiver's
maximum; less than 11 hours of rest between shifts on two days; an expired qualification.

Coverage: for an open day, 30-minute slots across the opening hours; in each, the caregivers
required by the children expected then (ratio_rules.required_for) against the caregivers
scheduled, weighted by role. A caregiver counts in a slot only when their shift covers the
whole slot (the safe side: a shift ending 17:15 leaves 17:00-17:30 short), and only for the
part of the shift outside their leave (`shifts_outside_leave`: a caregiver on sick leave
during a planned shift is a conflict, never someone on duty).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any, NamedTuple

from asc_desk.domain.errors import N_
from asc_desk.domain.ratio_rules import RatioRules, minimum_applies, required_for
from asc_desk.domain.staff import Role

PREPARATION = dt.timedelta(hours=1)
MIN_REST = dt.timedelta(hours=11)
SLOT = dt.timedelta(minutes=30)


class ConflictKind(enum.StrEnum):
    OVERLAP = "overlap"
    ON_LEAVE = "on_leave"
    OUTSIDE_HOURS = "outside_hours"
    CLOSED_DAY = "closed_day"
    OVER_WEEKLY_MAX = "over_weekly_max"
    SHORT_REST = "short_rest"
    EXPIRED_QUALIFICATION = "expired_qualification"


TEMPLATES = {
    ConflictKind.OVERLAP: N_("{name}: the shift {time} overlaps another shift ({other})."),
    ConflictKind.ON_LEAVE: N_("{name} is on leave ({leave}) during the shift {time}."),
    ConflictKind.OUTSIDE_HOURS: N_("{name}: the shift {time} is outside the opening hours "
                                   "({hours})."),
    ConflictKind.CLOSED_DAY: N_("{name}: the shift {time} is on a day the center is closed."),
    ConflictKind.OVER_WEEKLY_MAX: N_("{name}: {hours} hours in the week of {week}, more than "
                                     "the maximum of {max}."),
    ConflictKind.SHORT_REST: N_("{name}: only {rest} of rest before the shift {time} "
                                "(at least 11 hours)."),
    ConflictKind.EXPIRED_QUALIFICATION: N_("{name}: the qualification {kind} expired on "
                                           "{expired}."),
}


# The kind of leave is part of the sentence, not a value filled in: "sick" would otherwise
# stay English in the Chinese window. A kind not listed uses the ON_LEAVE template.
LEAVE_TEMPLATES = {
    "annual": N_("{name} is on annual leave ({leave}) during the shift {time}."),
    "sick": N_("{name} is on sick leave ({leave}) during the shift {time}."),
    "training": N_("{name} is away training ({leave}) during the shift {time}."),
    "other": N_("{name} is on leave ({leave}) during the shift {time}."),
}

GAP_TEMPLATE = N_("{date} {start}-{end}: {children} children need {required} caregivers, "
                  "{scheduled} scheduled ({missing} missing).")


class ShiftItem(NamedTuple):
    """A NamedTuple, not a dataclass: a month's check builds a thousand of them."""

    id: int
    caregiver_id: int
    day: dt.date
    starts_at: dt.time
    ends_at: dt.time
    program_id: int | None = None

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.day, self.starts_at)

    @property
    def end(self) -> dt.datetime:
        return dt.datetime.combine(self.day, self.ends_at)

    @property
    def hours(self) -> float:
        return (self.end - self.start).total_seconds() / 3600

    def times(self) -> str:
        return f"{self.day.isoformat()} {self.starts_at:%H:%M}-{self.ends_at:%H:%M}"


@dataclass(frozen=True)
class CaregiverItem:
    id: int
    name: str
    role: Role = Role.TEACHER
    max_hours_per_week: int = 40
    qualifications: tuple[tuple[str, dt.date | None], ...] = ()


@dataclass(frozen=True)
class LeaveItem:
    caregiver_id: int
    start: dt.datetime  # local, naive
    end: dt.datetime
    kind: str = "annual"


@dataclass(frozen=True)
class DayHours:
    """The center on one day: open or not, and its opening hours (all open programs).

    opens_at..closes_at spans every open program; `periods` are the programs' own hours
    (a morning program and an evening one leave the center closed in between). No periods
    given: the one span opens_at..closes_at.
    """

    day: dt.date
    open: bool
    opens_at: dt.time | None = None
    closes_at: dt.time | None = None
    periods: tuple[tuple[dt.time, dt.time], ...] = ()

    def open_minutes(self) -> tuple[tuple[int, int], ...]:
        """The periods the center is open, in minutes from midnight, merged and sorted."""
        if not self.open or self.opens_at is None or self.closes_at is None:
            return ()
        spans = sorted((_minutes(a), _minutes(b)) for a, b in
                       (self.periods or ((self.opens_at, self.closes_at),)))
        merged: list[tuple[int, int]] = []
        for a, b in spans:
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        return tuple(merged)

    def open_at(self, at: dt.time) -> bool:
        """Whether the center is open at `at` (an opening time counts, a closing one not)."""
        minute = _minutes(at)
        return any(a <= minute < b for a, b in self.open_minutes())


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    day: dt.date
    caregiver_id: int
    caregiver_name: str
    shift_id: int | None
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def template(self) -> str:
        """The English sentence marked N_(); its values are `params` (and `name`)."""
        if self.kind is ConflictKind.ON_LEAVE:
            return LEAVE_TEMPLATES.get(self.params.get("leave_kind", ""), TEMPLATES[self.kind])
        return TEMPLATES[self.kind]

    @property
    def message(self) -> str:
        return self.template.format(name=self.caregiver_name, **self.params)

    def __str__(self) -> str:
        return self.message


def _hm(value: dt.datetime | dt.time) -> str:
    return f"{value:%H:%M}"


def _duration(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    return f"{minutes // 60}h{minutes % 60:02d}"


def conflicts(shifts: Iterable[ShiftItem], caregivers: Mapping[int, CaregiverItem],
              leave: Iterable[LeaveItem], days: Mapping[dt.date, DayHours],
              first: dt.date | None = None, last: dt.date | None = None) -> list[Conflict]:
    """Every conflict of the shifts whose day is within first..last (all when None).

    Pass the shifts of whole weeks (and a day either side) so weekly hours and rest are
    complete; `days` must hold each day of the shifts asked about (a day missing is closed).
    """
    by_caregiver: dict[int, list[ShiftItem]] = defaultdict(list)
    for s in shifts:
        by_caregiver[s.caregiver_id].append(s)
    leave_of: dict[int, list[LeaveItem]] = defaultdict(list)
    for item in leave:
        leave_of[item.caregiver_id].append(item)
    out: list[Conflict] = []

    def within(day: dt.date) -> bool:
        return (first is None or day >= first) and (last is None or day <= last)

    # Instants as whole minutes since 0001-01-01 (integers, no datetime per shift); the
    # strings a conflict shows are made only for the conflicts found.
    prep, min_rest = _span(PREPARATION), _span(MIN_REST)
    day_minutes = 24 * 60
    open_span: dict[dt.date, tuple[int, int] | None] = {}
    for day, hours in days.items():
        periods = hours.open_minutes()
        base = day.toordinal() * day_minutes
        open_span[day] = ((base + periods[0][0] - prep, base + periods[-1][1] + prep)
                          if periods else None)
    leave_spans: dict[int, list[tuple[int, int, LeaveItem]]] = {
        cid: [(_stamp(i.start), _stamp(i.end), i) for i in items]
        for cid, items in leave_of.items()}
    for cid, mine in by_caregiver.items():
        person = caregivers.get(cid) or CaregiverItem(cid, f"#{cid}")
        name = person.name
        limit = person.max_hours_per_week * 60
        mine.sort(key=lambda s: (s.day, s.starts_at, s.id))
        mine_leave = leave_spans.get(cid, ())
        expired = [(kind, expires) for kind, expires in person.qualifications
                   if expires is not None]
        latest: ShiftItem | None = None  # the shift ending last so far
        latest_end = -1
        week_minutes: dict[int, int] = defaultdict(int)  # by the ordinal of its Monday
        week_flagged: set[int] = set()
        for s in mine:
            ordinal = s.day.toordinal()
            base = ordinal * day_minutes
            start = base + s.starts_at.hour * 60 + s.starts_at.minute
            end = base + s.ends_at.hour * 60 + s.ends_at.minute
            week = ordinal - s.day.weekday()
            week_minutes[week] += end - start
            if not within(s.day):
                if end > latest_end:
                    latest, latest_end = s, end
                continue
            if latest is not None:
                if start < latest_end:
                    out.append(Conflict(ConflictKind.OVERLAP, s.day, cid, name, s.id,
                                        {"time": s.times(), "other": latest.times()}))
                elif latest.day != s.day and start - latest_end < min_rest:
                    out.append(Conflict(ConflictKind.SHORT_REST, s.day, cid, name, s.id,
                                        {"time": s.times(), "rest": _duration(
                                            dt.timedelta(minutes=start - latest_end))}))
            if end > latest_end:
                latest, latest_end = s, end
            for l_start, l_end, item in mine_leave:
                if l_start < end and start < l_end:
                    out.append(Conflict(ConflictKind.ON_LEAVE, s.day, cid, name, s.id,
                                        {"time": s.times(), "leave": _leave_text(item),
                                         "leave_kind": item.kind}))
                    break
            span = open_span.get(s.day)
            if span is None:
                out.append(Conflict(ConflictKind.CLOSED_DAY, s.day, cid, name, s.id,
                                    {"time": s.times()}))
            elif end <= span[0] or start >= span[1]:
                hours = days[s.day]
                out.append(Conflict(ConflictKind.OUTSIDE_HOURS, s.day, cid, name, s.id,
                                    {"time": s.times(), "hours": f"{hours.opens_at:%H:%M}"
                                                                 f"-{hours.closes_at:%H:%M}"}))
            for kind, expires in expired:
                if expires < s.day:
                    out.append(Conflict(ConflictKind.EXPIRED_QUALIFICATION, s.day, cid, name,
                                        s.id, {"kind": kind, "expired": expires.isoformat()}))
            if week_minutes[week] > limit and week not in week_flagged:
                week_flagged.add(week)
                out.append(Conflict(ConflictKind.OVER_WEEKLY_MAX, s.day, cid, name, s.id,
                                    {"hours": _hours_text(week_minutes[week] / 60),
                                     "week": dt.date.fromordinal(week).isoformat(),
                                     "max": person.max_hours_per_week}))
        # Weekly hours counted from shifts after the last one in range (a week across the end
        # of the range) are caught when the caregiver's week is complete:
        for week, total in week_minutes.items():
            if week in week_flagged or total <= limit:
                continue
            in_range = [s for s in mine if s.day.toordinal() - s.day.weekday() == week
                        and within(s.day)]
            if in_range:
                s = in_range[-1]
                out.append(Conflict(ConflictKind.OVER_WEEKLY_MAX, s.day, cid, name, s.id,
                                    {"hours": _hours_text(total / 60),
                                     "week": dt.date.fromordinal(week).isoformat(),
                                     "max": person.max_hours_per_week}))
    out.sort(key=lambda c: (c.day, c.caregiver_name, c.kind.value))
    return out


def _span(delta: dt.timedelta) -> int:
    return int(delta.total_seconds() // 60)


def _stamp(at: dt.datetime) -> int:
    """Whole minutes since 0001-01-01 of a naive local instant."""
    return at.toordinal() * 24 * 60 + at.hour * 60 + at.minute


def _leave_text(item: LeaveItem) -> str:
    """The leave's dates (and times when part of a day): no word to translate."""
    midnight = dt.time(0)
    if item.start.time() == midnight and item.end.time() == midnight:  # whole days
        last = (item.end - dt.timedelta(days=1)).date()
        return (item.start.date().isoformat() if last == item.start.date()
                else f"{item.start.date().isoformat()} – {last.isoformat()}")
    return f"{item.start:%Y-%m-%d %H:%M} – {item.end:%Y-%m-%d %H:%M}"


def _hours_text(hours: float) -> str:
    return f"{hours:g}" if hours == int(hours) else f"{hours:.1f}"


def shifts_outside_leave(shifts: Iterable[ShiftItem], leave: Iterable[LeaveItem]
                         ) -> list[ShiftItem]:
    """The shifts as the caregivers can work them: each shift less the times of its
    caregiver's leave. A shift entirely inside leave is left out; one partly inside keeps the
    part (or parts) outside, with the shift's id. Every count of staff on duty (coverage,
    who is on shift now, planned hours) reads these, so none counts a caregiver on leave."""
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for item in leave:
        if item.start < item.end:
            spans[item.caregiver_id].append((_stamp(item.start), _stamp(item.end)))
    out: list[ShiftItem] = []
    for s in shifts:
        mine = spans.get(s.caregiver_id)
        if not mine:
            out.append(s)
            continue
        base = s.day.toordinal() * 24 * 60
        whole = (base + _minutes(s.starts_at), base + _minutes(s.ends_at))
        pieces = [whole]
        for l_start, l_end in mine:
            # Each piece less this leave: what is before it and what is after it.
            pieces = [part for a, b in pieces
                      for part in ((a, min(b, l_start)), (max(a, l_end), b))
                      if part[0] < part[1]]
        if pieces == [whole]:
            out.append(s)
        else:
            out.extend(s._replace(starts_at=_time(a - base), ends_at=_time(b - base))
                       for a, b in pieces)
    return out


# -- coverage ----------------------------------------------------------------------------
@dataclass(frozen=True)
class ExpectedGroup:
    """`count` children of one age band expected from `opens_at` to `closes_at`."""

    band: int
    opens_at: dt.time
    closes_at: dt.time
    count: int = 1


class Slot(NamedTuple):
    """A NamedTuple: a month's coverage is hundreds of slots."""

    starts_at: dt.time
    ends_at: dt.time
    children: int
    required: int
    scheduled: float

    @property
    def missing(self) -> float:
        return max(0.0, self.required - self.scheduled)

    @property
    def short(self) -> bool:
        return self.scheduled + 1e-9 < self.required


@dataclass(frozen=True)
class DayCoverage:
    day: dt.date
    slots: tuple[Slot, ...]

    @property
    def gaps(self) -> tuple[Slot, ...]:
        return tuple(s for s in self.slots if s.short)

    @property
    def short_minutes(self) -> int:
        """How long the day is short of staff: the gaps' own lengths, so a last slot cut by
        the closing time (19:30-19:50) counts its 20 minutes, not a half-hour."""
        return sum(_minutes(s.ends_at) - _minutes(s.starts_at) for s in self.gaps)


def _minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


_TIMES: dict[int, dt.time] = {}


def _time(minutes: int) -> dt.time:
    # A month has hundreds of slots on the same few dozen times: build each time once.
    found = _TIMES.get(minutes)
    if found is None:
        found = _TIMES[minutes] = (dt.time(minutes // 60, minutes % 60)
                                   if minutes < 24 * 60 else dt.time(23, 59))
    return found


SLOT_MINUTES = int(SLOT.total_seconds() // 60)


@functools.cache
def _slot_times(start: int, close: int, step: int) -> tuple[tuple[dt.time, dt.time], ...]:
    """(start, end) of each slot from `start` to `close` (minutes): days share a few hours."""
    return tuple((_time(a), _time(min(a + step, close))) for a in range(start, close, step))


def day_coverage(hours: DayHours, expected: Iterable[ExpectedGroup],
                 shifts: Iterable[tuple[ShiftItem, Role | str]], rules: RatioRules
                 ) -> DayCoverage:
    """The day's slots; an empty coverage for a closed day.

    The minimum on duty applies only in slots while the center is open (a slot overlapping
    one of `hours.open_minutes()`) with children expected (`minimum_applies`): between a
    morning and an evening program, outside every program's hours, or on an open day no
    child is expected (a Saturday made a working day, children enrolled Monday to Friday),
    only the children there count. Slot arithmetic is in whole minutes from midnight; each
    shift is added to the slots it covers once (a running sum), not tested against every slot.
    """
    periods = hours.open_minutes()
    if not periods:
        return DayCoverage(hours.day, ())
    step = SLOT_MINUTES
    start, close = periods[0][0], periods[-1][1]
    nslots = -(-(close - start) // step)
    nbands = len(rules.bands)
    # Children (per band) and weighted staff by slot as running sums: each group and each
    # shift is added where it begins and taken off where it ends, not tested against every
    # slot; the sums are then read off per slot with `accumulate`.
    child_delta = [[0] * (nslots + 1) for _ in range(nbands)]
    for g in expected:
        if g.band >= nbands or g.count <= 0:
            continue
        g_open, g_close = _minutes(g.opens_at), _minutes(g.closes_at)
        # Slot i holds the group when it starts before g_close and ends after g_open.
        first = max(0, (g_open - start) // step)
        last = min(nslots - 1, -(-(g_close - start) // step) - 1)
        if g_open < close and first <= last:
            child_delta[g.band][first] += g.count
            child_delta[g.band][last + 1] -= g.count
    staff_delta = [0.0] * (nslots + 1)
    weight_of: dict[Role | str, float] = {}
    for s, role in shifts:
        if s.day != hours.day:
            continue
        b_start, b_end = _minutes(s.starts_at), _minutes(s.ends_at)
        first = max(0, -(-(b_start - start) // step))
        last = nslots - 1 if b_end >= close else min(nslots - 2, (b_end - start) // step - 1)
        if first <= last:
            weight = weight_of.get(role)
            if weight is None:
                weight = weight_of[role] = rules.weight(role)
            staff_delta[first] += weight
            staff_delta[last + 1] -= weight
    # One tuple of band counts per slot; the deltas hold one entry past the last slot.
    per_slot = zip(*(accumulate(row) for row in child_delta), strict=True)
    scheduled = accumulate(staff_delta)
    times = _slot_times(start, close, step)
    if len(periods) == 1:  # the usual day: every slot is within the opening hours
        open_slots: Iterable[bool] = itertools.repeat(True)
    else:
        open_slots = [any(p_open < b and a < p_close for p_open, p_close in periods)
                      for a, b in ((start + i * step, min(start + (i + 1) * step, close))
                                   for i in range(nslots))]
    required: dict[tuple[tuple[int, ...], bool], int] = {}
    slots = []
    for (a, b), counts, staff, is_open in zip(times, per_slot, scheduled, open_slots,
                                                  strict=False):
        children = sum(counts)
        key = (counts, minimum_applies(is_open, children))
        need = required.get(key)
        if need is None:
            need = required[key] = required_for(counts, rules, apply_minimum=key[1])
        # Rounded: a running sum of halves stays exact, this only guards against drift.
        slots.append(Slot(a, b, children, need, round(staff, 6)))
    return DayCoverage(hours.day, tuple(slots))
