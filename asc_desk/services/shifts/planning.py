"""Reading the plan: the week grid's data, every conflict and gap of a range, planned and
actual hours of a month, who is on duty now. Plain column reads; the rules run in domain."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from asc_desk.db.models import (
    Caregiver,
    CaregiverQualification,
    Center,
    Program,
    Shift,
    StaffClockEvent,
    StaffLeave,
)
from asc_desk.db.utc_datetime import utc_now
from asc_desk.domain.calendar_rules import DayReason, DayStatus, ProgramRules, range_statuses
from asc_desk.domain.center import DEFAULT_TIME_ZONE
from asc_desk.domain.name_search import pinyin_order
from asc_desk.domain.official_days import OfficialDayKind
from asc_desk.domain.program import ProgramKind
from asc_desk.domain.ratio_rules import (
    DEFAULT_RULES,
    RatioRules,
    minimum_applies,
    required_for,
)
from asc_desk.domain.shift_rules import (
    GAP_TEMPLATE,
    CaregiverItem,
    Conflict,
    DayCoverage,
    DayHours,
    ExpectedGroup,
    LeaveItem,
    ShiftItem,
    Slot,
    conflicts,
    day_coverage,
    shifts_outside_leave,
)
from asc_desk.domain.staff import Role
from asc_desk.domain.staff_clock import ClockEvent, ClockKind, clocked_in_at, pairs
from asc_desk.services.calendar.calendar_service import (
    check_range,
    official_calendar_in,
    overrides_in,
)
from asc_desk.services.database import Database
from asc_desk.services.shifts.expected_load import expected_in
from asc_desk.services.shifts.staff_service import ratio_rules_in

# A session, or its connection where only columns are read.
Reader = Session | Connection


@dataclass(frozen=True)
class PlanDay:
    date: dt.date
    hours: DayHours
    official: str | None  # the official holiday's English name, or None
    adjusted_workday: bool  # an official working day on a weekend (调休上班)
    expected_children: int
    # Why a closed day is closed (None on an open day): the calendar's reason, the one that
    # says most when programs differ (the center's own closing, a public holiday, the
    # weekend, not a program weekday, outside every program); with the center's note.
    closed_reason: DayReason | None = None
    closed_note: str = ""
    official_zh: str | None = None  # the holiday's Chinese name (国庆节), for a Chinese window


@dataclass(frozen=True)
class CaregiverRow:
    id: int
    name: str
    role: Role
    active: bool
    max_hours_per_week: int


class PlanShift(NamedTuple):
    """A NamedTuple: a month holds about a thousand."""

    id: int
    caregiver_id: int
    day: dt.date
    starts_at: dt.time
    ends_at: dt.time
    program_id: int | None
    note: str


@dataclass(frozen=True)
class Gap:
    """A half-hour short of staff; like a UserError, an English template marked N_() and its
    values, so the GUI shows it translated and the CLI in English."""

    day: dt.date
    slot: Slot

    template = GAP_TEMPLATE

    @property
    def params(self) -> dict[str, str | int]:
        return {"date": self.day.isoformat(), "start": f"{self.slot.starts_at:%H:%M}",
                "end": f"{self.slot.ends_at:%H:%M}", "children": self.slot.children,
                "required": self.slot.required, "scheduled": f"{self.slot.scheduled:g}",
                "missing": f"{self.slot.missing:g}"}

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class Plan:
    first: dt.date
    last: dt.date
    days: tuple[PlanDay, ...]
    caregivers: tuple[CaregiverRow, ...]
    shifts: tuple[PlanShift, ...]
    conflicts: tuple[Conflict, ...]
    coverage: dict[dt.date, DayCoverage]
    # The shifts of first..last as they can be worked: less the times of their caregiver's
    # leave (`shifts_outside_leave`); what the coverage counts and planned hours sum.
    on_duty: tuple[ShiftItem, ...] = ()

    @property
    def gaps(self) -> tuple[Gap, ...]:
        return tuple(Gap(day, slot) for day in sorted(self.coverage)
                     for slot in self.coverage[day].gaps)


@dataclass(frozen=True)
class HoursRow:
    caregiver_id: int
    name: str
    role: Role
    planned: float
    actual: float
    open_clock_in: bool  # a clock-in without its clock-out in the month


@dataclass(frozen=True)
class OnDuty:
    at: dt.datetime
    on_shift: tuple[CaregiverRow, ...]
    clocked_in: tuple[CaregiverRow, ...]
    weighted_on_shift: float
    weighted_clocked_in: float
    clock_used: bool  # anyone clocked in or out that day: the clock, not the plan, counts
    open_now: bool = False  # a program is open at `at`: the minimum on duty may apply
    rules: RatioRules = DEFAULT_RULES

    @property
    def weighted(self) -> float:
        return self.weighted_clocked_in if self.clock_used else self.weighted_on_shift

    def needed(self, band_counts: Sequence[int], *, still_expected: int = 0) -> int:
        """Caregivers needed now for the children present (`band_counts`, per age band of
        `rules`): the ratio, and the minimum on duty only while a program is open now with
        children there or still expected (`minimum_applies`). Before opening, after closing
        or between two programs the ratio alone counts: 5 school-age children early at 08:20
        need 1 caregiver, not 2."""
        return required_for(band_counts, self.rules, apply_minimum=minimum_applies(
            self.open_now, sum(band_counts) + still_expected))


class ShiftPlanning:
    def __init__(self, db: Database, now: Callable[[], dt.datetime] = utc_now) -> None:
        self._db = db
        self._now = now

    def week(self, center_id: int, day: dt.date) -> Plan:
        monday = day - dt.timedelta(days=day.weekday())
        return self.plan(center_id, monday, monday + dt.timedelta(days=6))

    def check(self, center_id: int, first: dt.date, last: dt.date) -> Plan:
        return self.plan(center_id, first, last)

    def plan(self, center_id: int, first: dt.date, last: dt.date) -> Plan:
        check_range(first, last)
        with self._db.read() as s:
            # Column reads on the connection: the ORM's per-statement work was a tenth of
            # the month's check, and nothing here needs ORM objects.
            return self._plan(s.connection(), center_id, first, last)

    def expected_children(self, center_id: int, first: dt.date, last: dt.date
                          ) -> dict[dt.date, list[ExpectedGroup]]:
        """The children expected on each open day, by age band and hours."""
        check_range(first, last)
        with self._db.read() as s:
            rules = ratio_rules_in(s, center_id)
            statuses = _statuses(s, center_id, first, last)
            days = [d for d in _dates(first, last)
                    if any(st.open for st in statuses[d].values())]
            return expected_in(s, center_id, days, rules, statuses)

    def hours(self, center_id: int, year: int, month: int) -> list[HoursRow]:
        first = dt.date(year, month, 1)
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        with self._db.read() as s:
            people = _caregivers(s, center_id, include_inactive=True)
            planned: dict[int, float] = defaultdict(float)
            shifts = [ShiftItem(i, cid, day, start, end) for i, cid, day, start, end in
                      s.execute(select(Shift.id, Shift.caregiver_id, Shift.day,
                                       Shift.starts_at, Shift.ends_at).where(
                          Shift.center_id == center_id, Shift.day >= first,
                          Shift.day <= last))]
            # Planned hours are those the caregiver can work: a shift during their leave is
            # not planned work (the leave is counted as leave days, and "actual minus
            # planned" would otherwise show a recorded absence as hours missing).
            for item in shifts_outside_leave(shifts, _leave_items(s, center_id, first, last)):
                planned[item.caregiver_id] += (_minutes(item.ends_at)
                                               - _minutes(item.starts_at)) / 60
            events = _clock_events(s, center_id, first, last)
        actual: dict[int, float] = defaultdict(float)
        open_in: set[int] = set()
        for cid, mine in events.items():
            for clock_in, clock_out in pairs(mine):
                if clock_out is None:
                    open_in.add(cid)
                else:
                    actual[cid] += (clock_out - clock_in).total_seconds() / 3600
        return [HoursRow(p.id, p.name, p.role, round(planned[p.id], 2), round(actual[p.id], 2),
                         p.id in open_in)
                for p in people.values() if p.active or planned[p.id] or actual[p.id]]

    def on_duty(self, center_id: int, at: dt.datetime | None = None) -> OnDuty:
        at = at or self._now()
        with self._db.read() as s:
            zone = _zone(s, center_id)
            local = at.astimezone(zone)
            people = _caregivers(s, center_id, include_inactive=True)
            rules = ratio_rules_in(s, center_id)
            now = local.time().replace(tzinfo=None)
            today_shifts = [ShiftItem(i, cid, day, start, end) for i, cid, day, start, end
                            in s.execute(select(Shift.id, Shift.caregiver_id, Shift.day,
                                                Shift.starts_at, Shift.ends_at).where(
                                Shift.center_id == center_id, Shift.day == local.date(),
                                Shift.starts_at <= now, Shift.ends_at > now))]
            # Someone on leave now is not on shift, whatever the plan says.
            on_shift_ids = {item.caregiver_id for item in shifts_outside_leave(
                today_shifts, _leave_items(s, center_id, local.date(), local.date()))
                if item.starts_at <= now < item.ends_at}
            events = _clock_events(s, center_id, local.date() - dt.timedelta(days=1),
                                   local.date())
            today = _statuses(s, center_id, local.date(), local.date())[local.date()]
        open_now = _day_hours(local.date(), today).open_at(now)
        clocked = {cid for cid, mine in events.items() if clocked_in_at(mine, at) is not None}
        used = any(e.at.astimezone(zone).date() == local.date() for mine in events.values()
                   for e in mine)
        on_shift = tuple(p for p in people.values() if p.id in on_shift_ids)  # pinyin order
        clocked_in = tuple(p for p in people.values() if p.id in clocked)
        return OnDuty(at, on_shift, clocked_in, sum(rules.weight(p.role) for p in on_shift),
                      sum(rules.weight(p.role) for p in clocked_in), used, open_now, rules)

    # -- loading -------------------------------------------------------------------------
    def _plan(self, s: Reader, center_id: int, first: dt.date, last: dt.date) -> Plan:
        rules = ratio_rules_in(s, center_id)
        statuses = _statuses(s, center_id, first, last)  # conflicts are asked for these days
        hours = {day: _day_hours(day, sts) for day, sts in statuses.items()}
        people = _caregivers(s, center_id, include_inactive=True)
        quals: dict[int, list[tuple[str, dt.date | None]]] = defaultdict(list)
        for cid, kind, expires in s.execute(
                select(CaregiverQualification.caregiver_id, CaregiverQualification.kind,
                       CaregiverQualification.expires_on)
                .join(Caregiver, Caregiver.id == CaregiverQualification.caregiver_id)
                .where(Caregiver.center_id == center_id)):
            quals[cid].append((kind, expires))
        items = {p.id: CaregiverItem(p.id, p.name, p.role, p.max_hours_per_week,
                                     tuple(quals.get(p.id, ()))) for p in people.values()}
        # Whole weeks and a day either side: weekly hours and rest are then complete.
        load_first = first - dt.timedelta(days=first.weekday() + 1)
        load_last = last + dt.timedelta(days=7 - last.weekday())
        shift_rows = s.execute(select(
            Shift.id, Shift.caregiver_id, Shift.day, Shift.starts_at, Shift.ends_at,
            Shift.program_id, Shift.note).where(
            Shift.center_id == center_id, Shift.day >= load_first, Shift.day <= load_last)
            .order_by(Shift.day, Shift.starts_at, Shift.id)).all()
        shifts = [ShiftItem._make(r[:6]) for r in shift_rows]
        leave = _leave_items(s, center_id, load_first, load_last)
        found = conflicts(shifts, items, leave, hours, first, last)
        expected = expected_in(s, center_id, [d for d in _dates(first, last)
                                              if hours[d].open], rules, statuses)
        roles = {p.id: p.role for p in people.values()}
        by_day: dict[dt.date, list] = defaultdict(list)
        # A shift (or its part) inside the caregiver's leave is a conflict, not cover.
        on_duty = shifts_outside_leave(shifts, leave)
        for item in on_duty:
            by_day[item.day].append((item, roles.get(item.caregiver_id, Role.TEACHER)))
        coverage = {d: day_coverage(hours[d], expected.get(d, ()), by_day.get(d, ()), rules)
                    for d in _dates(first, last) if hours[d].open}
        days = []
        for d in _dates(first, last):
            official = next((st.official for st in statuses[d].values() if st.official), None)
            holiday = official if official and official.kind is OfficialDayKind.HOLIDAY \
                else None
            days.append(PlanDay(
                d, hours[d], holiday.name if holiday else None,
                bool(official and official.kind is not OfficialDayKind.HOLIDAY),
                sum(g.count for g in expected.get(d, ())),
                *_closed_reason(hours[d], statuses[d]),
                (holiday.name_zh or holiday.name) if holiday else None))
        plan_shifts = tuple(PlanShift._make(r) for r in shift_rows if first <= r[2] <= last)
        shown = {s.caregiver_id for s in plan_shifts}
        rows = tuple(p for p in people.values() if p.active or p.id in shown)
        return Plan(first, last, tuple(days), rows, plan_shifts, tuple(found), coverage,
                    tuple(item for item in on_duty if first <= item.day <= last))


# -- shared reads ------------------------------------------------------------------------
def _zone(s: Session, center_id: int) -> ZoneInfo:
    center = s.get(Center, center_id)
    return ZoneInfo(center.time_zone if center else DEFAULT_TIME_ZONE)


def _caregivers(s: Reader, center_id: int, *, include_inactive: bool
                ) -> dict[int, CaregiverRow]:
    query = select(Caregiver.id, Caregiver.name, Caregiver.role, Caregiver.active,
                   Caregiver.max_hours_per_week).where(Caregiver.center_id == center_id)
    if not include_inactive:
        query = query.where(Caregiver.active.is_(True))
    # In pinyin order, the order of the grid's rows and of every list of caregivers.
    rows = sorted(s.execute(query).all(), key=lambda r: (*pinyin_order(r.name), r.id))
    return {r.id: CaregiverRow(r.id, r.name, Role(r.role), r.active, r.max_hours_per_week)
            for r in rows}


def _leave_items(s: Reader, center_id: int, first: dt.date, last: dt.date
                 ) -> list[LeaveItem]:
    """The leave touching first..last, as local instants (a whole-day leave ends at the
    next midnight)."""
    return [LeaveItem(r.caregiver_id,
                      dt.datetime.combine(r.first_day, r.from_time or dt.time(0)),
                      dt.datetime.combine(r.last_day, r.to_time) if r.to_time else
                      dt.datetime.combine(r.last_day + dt.timedelta(days=1), dt.time(0)),
                      r.kind)
            for r in s.execute(select(StaffLeave.caregiver_id, StaffLeave.first_day,
                                      StaffLeave.last_day, StaffLeave.from_time,
                                      StaffLeave.to_time, StaffLeave.kind).where(
                StaffLeave.center_id == center_id, StaffLeave.first_day <= last,
                StaffLeave.last_day >= first))]


def _clock_events(s: Session, center_id: int, first: dt.date, last: dt.date
                  ) -> dict[int, list[ClockEvent]]:
    out: dict[int, list[ClockEvent]] = defaultdict(list)
    for r in s.execute(select(StaffClockEvent.id, StaffClockEvent.caregiver_id,
                              StaffClockEvent.kind, StaffClockEvent.at,
                              StaffClockEvent.corrects, StaffClockEvent.reason).where(
            StaffClockEvent.center_id == center_id, StaffClockEvent.local_date >= first,
            StaffClockEvent.local_date <= last)):
        out[r.caregiver_id].append(ClockEvent(r.id, r.caregiver_id, ClockKind(r.kind), r.at,
                                              r.corrects, r.reason))
    return out


def _statuses(s: Reader, center_id: int, first: dt.date, last: dt.date
              ) -> dict[dt.date, dict[int, DayStatus]]:
    """Each program's status on each day (program id -> status)."""
    official = official_calendar_in(s)
    # Plain columns: building ORM rows cost more than the rules run on them.
    programs = [(pid, ProgramRules(pid, ProgramKind(kind), first_day, last_day, weekdays,
                                   opens, closes, open_on_public_holidays=holidays,
                                   adjusted_workday_counts=adjusted))
                for pid, kind, first_day, last_day, weekdays, opens, closes, holidays, adjusted
                in s.execute(select(
                    Program.id, Program.kind, Program.first_day, Program.last_day,
                    Program.weekdays, Program.opens_at, Program.closes_at,
                    Program.open_on_public_holidays, Program.adjusted_workday_counts)
                    .where(Program.center_id == center_id).order_by(Program.id))]
    overrides = overrides_in(s, center_id, first, last)
    out: dict[dt.date, dict[int, DayStatus]] = {d: {} for d in _dates(first, last)}
    for pid, rules in programs:
        for st in range_statuses(rules, first, last, official, overrides):
            out[st.date][pid] = st
    return out


def _day_hours(day: dt.date, statuses: dict[int, DayStatus]) -> DayHours:
    # DayStatus: hours are None exactly when the day is closed.
    hours = [(st.opens_at, st.closes_at) for st in statuses.values()
             if st.open and st.opens_at is not None and st.closes_at is not None]
    if not hours:
        return DayHours(day, False)
    return DayHours(day, True, min(o for o, _c in hours), max(c for _o, c in hours),
                    tuple(sorted(set(hours))))


# Of the programs' reasons on a closed day, the one that says most comes first.
_CLOSED_ORDER = (DayReason.OVERRIDE_CLOSED, DayReason.PUBLIC_HOLIDAY, DayReason.WEEKEND,
                 DayReason.NOT_PROGRAM_WEEKDAY, DayReason.OUTSIDE_PROGRAM)


def _closed_reason(hours: DayHours, statuses: dict[int, DayStatus]
                   ) -> tuple[DayReason | None, str]:
    """(reason, the center's note) of a closed day; (None, "") on an open day."""
    if hours.open:
        return None, ""
    reasons = {st.reason: st for st in statuses.values()}
    for reason in _CLOSED_ORDER:
        if reason in reasons:
            return reason, reasons[reason].override_reason or ""
    return DayReason.OUTSIDE_PROGRAM, ""  # no program at all


def _dates(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def _minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute
