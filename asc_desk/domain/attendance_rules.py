"""Attendance rules: a child's day derived from append-only events, and what a new event may be."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass

from asc_desk.domain.desk_settings import default as _desk_default
from asc_desk.domain.errors import N_, ValidationError
from asc_desk.domain.roster import ShiftPattern, canonical_name

# Hours assumed for the fixed shift patterns of the factory; a parent's own hours are CUSTOM.
DAY_SHIFT = (dt.time(8), dt.time(20))
NIGHT_SHIFT = (dt.time(20), dt.time(8))
# Defaults of the desk settings (domain/desk_settings.py declares them once).
DUPLICATE_WINDOW = dt.timedelta(minutes=_desk_default("duplicate_scan_minutes"))
CHILDREN_PER_CAREGIVER = _desk_default("children_per_caregiver")

# Problems derive_day reports for the coordinator to resolve (it never repairs them itself).
CHECK_OUT_WITHOUT_CHECK_IN = "check_out_without_check_in"
OUT_BEFORE_IN = "out_before_in"
CONFLICTING_CORRECTIONS = "conflicting_corrections"

# Codes of validate_new_event: two flags the service acts on, and the refusals.
DUPLICATE_SCAN = "duplicate_scan"
ALREADY_PRESENT = "already_present"
FUTURE = "future"
NOT_CHECKED_IN = "not_checked_in"
OUT_OF_ORDER = "out_of_order"
ALREADY_COLLECTED = "already_collected"
ABSENT_BUT_PRESENT = "absent_but_present"
NOTHING_TO_CORRECT = "nothing_to_correct"


class EventKind(enum.StrEnum):
    CHECK_IN = "check_in"
    CHECK_OUT = "check_out"
    ABSENT = "absent"
    CORRECTION_VOID = "correction_void"  # cancels the event named by `corrects`


class AbsenceReason(enum.StrEnum):
    SICK = "sick"
    LEAVE = "leave"
    NOTIFIED = "notified"
    OTHER = "other"


class ChildDayState(enum.StrEnum):
    EXPECTED = "expected"  # expected, nothing recorded yet
    PRESENT = "present"
    COLLECTED = "collected"
    ABSENT = "absent"
    UNEXPECTED_PRESENT = "unexpected_present"
    UNEXPECTED_COLLECTED = "unexpected_collected"
    NOT_EXPECTED = "not_expected"  # not expected and nothing recorded: not shown


PRESENT_STATES = frozenset({ChildDayState.PRESENT, ChildDayState.UNEXPECTED_PRESENT})
COLLECTED_STATES = frozenset({ChildDayState.COLLECTED, ChildDayState.UNEXPECTED_COLLECTED})


@dataclass(frozen=True)
class AttendanceEvent:
    """One immutable fact. A correction is a new event naming the old one in `corrects`:
    a CORRECTION_VOID cancels it; any other kind replaces it (a changed time or pickup is
    recorded as a VOID of the old event plus a new event with corrects=<old id>). A VOID's
    `at` is its target's `at`, so that it falls on the same local day."""

    id: int
    child_id: int
    kind: EventKind
    at: dt.datetime
    recorded_at: dt.datetime
    recorded_by: str
    pickup_name: str | None = None
    override_reason: str | None = None
    absence_reason: AbsenceReason | None = None
    note: str = ""
    corrects: int | None = None
    void_reason: str | None = None

    def __post_init__(self) -> None:
        for name in ("at", "recorded_at"):
            value = getattr(self, name)
            if value.tzinfo is dt.UTC:  # as read from the database: nothing to check
                continue
            if value.utcoffset() is None:
                raise ValueError(f"AttendanceEvent.{name} must be an aware datetime")
            if value.tzinfo is not dt.UTC:
                object.__setattr__(self, name, value.astimezone(dt.UTC))
        if self.kind is EventKind.CORRECTION_VOID and self.corrects is None:
            raise ValueError("a CORRECTION_VOID must name the event it voids")
        if self.corrects == self.id:
            raise ValueError("an event cannot correct itself")


@dataclass(frozen=True)
class DayRecord:
    """One child's local day. `effective` holds the events in force (CORRECTION_VOIDs
    included), `superseded` the ones a correction took out; together they are the input."""

    state: ChildDayState
    check_in: dt.datetime | None = None
    check_out: dt.datetime | None = None
    pickup_name: str | None = None
    absence_reason: AbsenceReason | None = None
    overrides: tuple[str, ...] = ()
    effective: tuple[AttendanceEvent, ...] = ()
    superseded: tuple[AttendanceEvent, ...] = ()
    problems: tuple[str, ...] = ()
    # Why arrivals or departures in force were recorded afterwards (the end of the day, a
    # late record): notes, not overrides of a rule.
    notes: tuple[str, ...] = ()

    @property
    def present(self) -> bool:
        return self.state in PRESENT_STATES

    @property
    def visits(self) -> tuple[Visit, ...]:
        """Each stay of the day, check-in to check-out (see `visits_of`)."""
        return visits_of(self.effective)


# One stay at the center: (check-in, check-out or None while the child is still here).
Visit = tuple[dt.datetime, "dt.datetime | None"]


def visits_of(effective: Iterable[AttendanceEvent]) -> tuple[Visit, ...]:
    """The day's stays from the events in force: a check-in opens a stay, the next
    check-out closes it. A child who leaves and comes back has two stays, and the time
    away is in neither. A second check-in while a stay is open keeps the first (the same
    stay); a second check-out after a closed stay moves its end (the later one stands, as
    in `derive_day`); a check-out before any check-in is no stay (reported by
    `derive_day`)."""
    out: list[list] = []
    for e in sorted(effective, key=_order):
        if e.kind is EventKind.CHECK_IN:
            if not out or out[-1][1] is not None:
                out.append([e.at, None])
        elif e.kind is EventKind.CHECK_OUT and out:
            out[-1][1] = e.at
    return tuple((start, end) for start, end in out)


def visit_seconds(visits: Iterable[Visit]) -> int:
    """Seconds at the center: the sum of the closed stays (an open one counts nothing
    until the child is checked out). Every document's hours go through this."""
    return sum(int((end - start).total_seconds()) for start, end in visits
               if end is not None and end >= start)


def visit_minutes(visits: Iterable[Visit]) -> int:
    """Whole minutes at the center (`visit_seconds`, rounded down once for the day)."""
    return visit_seconds(visits) // 60


def _order(event: AttendanceEvent) -> tuple[dt.datetime, int]:
    return event.at, event.id


def _apply_corrections(events: Iterable[AttendanceEvent]
                       ) -> tuple[list[AttendanceEvent], list[AttendanceEvent], bool]:
    """(effective, superseded, conflict), each list sorted by (at, id).

    An event named by any correction is superseded for good: voiding a correction does not
    bring back what it corrected (the desk re-adds the event instead), so chains resolve to
    their newest link without any order of application. Two replacements of one event (two
    PCs correcting at once) are a conflict: the one recorded last wins. A VOID beside a
    replacement of the same event is the normal form of a change, not a conflict. A target
    not among `events` (moved from another day) is simply not there to supersede.
    """
    ordered = sorted(events, key=_order)
    gone = {e.corrects for e in ordered if e.corrects is not None}
    if not gone:  # nothing corrected: the common day
        return ordered, [], False
    rivals: dict[int, list[AttendanceEvent]] = {}
    for e in ordered:
        if e.corrects is not None and e.kind is not EventKind.CORRECTION_VOID:
            rivals.setdefault(e.corrects, []).append(e)
    conflict = False
    for group in rivals.values():
        newest = max(group, key=lambda e: (e.recorded_at, e.id))
        gone.update(e.id for e in group if e is not newest)
        conflict = conflict or len(group) > 1
    return ([e for e in ordered if e.id not in gone], [e for e in ordered if e.id in gone],
            conflict)


def derive_day(events: Iterable[AttendanceEvent], expected: bool) -> DayRecord:
    """The day of ONE child on ONE local date from its events, in any order.

    After corrections: check-in is the earliest CHECK_IN; check-out the latest CHECK_OUT at or
    after it, unless a CHECK_IN comes later still (the child left and came back, and is here
    now). ABSENT counts only without a check-in. A check-out with no check-in before it is
    reported, not used.
    """
    effective, superseded, conflict = _apply_corrections(events)
    ins = [e for e in effective if e.kind is EventKind.CHECK_IN]
    outs = [e for e in effective if e.kind is EventKind.CHECK_OUT]
    absents = [e for e in effective if e.kind is EventKind.ABSENT]
    problems = [CONFLICTING_CORRECTIONS] if conflict else []
    check_in = check_out = pickup = None
    if ins:
        check_in = ins[0].at
        if any(o.at < check_in for o in outs):
            problems.append(OUT_BEFORE_IN)
        if outs and outs[-1].at >= ins[-1].at:
            check_out, pickup = outs[-1].at, outs[-1].pickup_name
    elif outs:
        problems.append(CHECK_OUT_WITHOUT_CHECK_IN)
    S = ChildDayState
    if check_in is None:
        state = S.ABSENT if absents else S.EXPECTED if expected else S.NOT_EXPECTED
    elif check_out is None:
        state = S.PRESENT if expected else S.UNEXPECTED_PRESENT
    else:
        state = S.COLLECTED if expected else S.UNEXPECTED_COLLECTED
    return DayRecord(
        state=state, check_in=check_in, check_out=check_out, pickup_name=pickup,
        absence_reason=absents[-1].absence_reason if state is S.ABSENT else None,
        overrides=tuple(e.override_reason for e in effective if e.override_reason),
        effective=tuple(effective), superseded=tuple(superseded), problems=tuple(problems),
        notes=tuple(dict.fromkeys(e.note for e in effective if e.note and e.kind in (
            EventKind.CHECK_IN, EventKind.CHECK_OUT))))


@dataclass(frozen=True)
class NewEventCheck:
    """What the service must know before recording: `error` refuses; `duplicate_of` (the same
    card scanned again within the window: record nothing, say so) and `already_present` (the
    desk starts check-out instead) are flags, not errors."""

    codes: tuple[str, ...] = ()
    error: ValidationError | None = None
    duplicate_of: AttendanceEvent | None = None
    already_present: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def duplicate(self) -> bool:
        return self.duplicate_of is not None


def validate_new_event(existing: Iterable[AttendanceEvent], kind: EventKind, at: dt.datetime,
                       now: dt.datetime, *, corrects: int | None = None,
                       duplicate_window: dt.timedelta = DUPLICATE_WINDOW,
                       tz: dt.tzinfo = dt.UTC) -> NewEventCheck:
    """Check a new event of `kind` at `at` against the child's events of that local day.

    `corrects`: the event a replacement supersedes (left out of the checks, so moving a
    check-in's time is not "already present", nor a second scan). `tz` only formats times in
    messages. An ABSENT may lie in the future (absences notified in advance).
    """
    existing = list(existing)

    def hm(t: dt.datetime) -> str:
        return t.astimezone(tz).strftime("%H:%M")

    def refuse(code: str, template: str, field: str = "at", **params: str) -> NewEventCheck:
        return NewEventCheck((code,), ValidationError(template, field=field, **params))

    if kind is EventKind.CORRECTION_VOID:
        effective = _apply_corrections(existing)[0]
        # Voiding a void would not bring its target back, so it is refused rather than ignored.
        if not any(e.id == corrects and e.kind is not EventKind.CORRECTION_VOID
                   for e in effective):
            return refuse(NOTHING_TO_CORRECT,
                          N_("Event {event} is not in this day's record and cannot be voided."),
                          field="corrects", event=str(corrects))
        return NewEventCheck()
    if kind is not EventKind.ABSENT and in_the_future(at, now):
        return refuse(FUTURE, N_("The time {time} is in the future."),
                      time=at.astimezone(tz).strftime("%Y-%m-%d %H:%M"))
    base = [e for e in existing if e.id != corrects]
    scan = corrects is None  # a correction is deliberate: never taken for a second scan
    day = derive_day(base, expected=True)
    ins = [e for e in day.effective if e.kind is EventKind.CHECK_IN]
    outs = [e for e in day.effective if e.kind is EventKind.CHECK_OUT]

    if kind is EventKind.CHECK_IN:
        # A check-in just after a check-out is the collecting parent's second scan, not a return.
        last = max(ins[-1:] + outs[-1:], key=_order, default=None)
        if scan and last is not None and within_scan_window(at, last.at, duplicate_window):
            return NewEventCheck((DUPLICATE_SCAN,), duplicate_of=last,
                                 already_present=day.present)
        if day.present:
            return NewEventCheck((ALREADY_PRESENT,), already_present=True)
        probe = AttendanceEvent(max((e.id for e in base), default=0) + 1, 0, kind, at, now, "")
        after = derive_day([*base, probe], expected=True)
        if OUT_BEFORE_IN in after.problems and OUT_BEFORE_IN not in day.problems:
            orphan = next(o for o in outs if o.at < at)
            return refuse(OUT_OF_ORDER,
                          N_("The check-in at {time} comes after a check-out at {check_out} "
                             "that has no check-in before it."),
                          time=hm(at), check_out=hm(orphan.at))
        return NewEventCheck()

    if kind is EventKind.CHECK_OUT:
        if scan and outs and within_scan_window(at, outs[-1].at, duplicate_window):
            return NewEventCheck((DUPLICATE_SCAN,), duplicate_of=outs[-1])
        if not ins:
            return refuse(NOT_CHECKED_IN,
                          N_("The child was not checked in on {date}; record the check-in "
                             "first."), date=at.astimezone(tz).date().isoformat())
        if at < ins[-1].at:
            return refuse(OUT_OF_ORDER,
                          N_("The check-out at {time} is before the check-in at {check_in}."),
                          time=hm(at), check_in=hm(ins[-1].at))
        if day.check_out is not None and day.pickup_name:
            return refuse(ALREADY_COLLECTED,
                          N_("The child was already collected at {time} by {pickup}."),
                          time=hm(day.check_out), pickup=day.pickup_name)
        if day.check_out is not None:
            return refuse(ALREADY_COLLECTED, N_("The child was already collected at {time}."),
                          time=hm(day.check_out))
        return NewEventCheck()

    if day.check_in is not None:  # ABSENT
        return refuse(ABSENT_BUT_PRESENT,
                      N_("The child was checked in at {time} and cannot be marked absent."),
                      field="kind", time=hm(day.check_in))
    return NewEventCheck()


def in_the_future(at: dt.datetime, now: dt.datetime) -> bool:
    """Whether `at` lies in a minute still to come. Times are typed and shown to the
    minute: 19:26 at 19:26:40 is now, 19:27 is the future (it was accepted within a
    minute's tolerance, while 23:30 was refused); the desk's records, the end-of-day dialog,
    corrections and the staff clock all use this one rule."""
    return _minute(at) > _minute(now)


def within_scan_window(at: dt.datetime, earlier: dt.datetime, window: dt.timedelta) -> bool:
    """Whether two scans of one card are one scan made twice (the duplicate-scan window)."""
    return abs(at - earlier) <= window


def second_scan(record: DayRecord, now: dt.datetime,
                window: dt.timedelta = DUPLICATE_WINDOW) -> bool:
    """A card scanned again while the child is here: within the window after the check-in it
    is the same scan twice (the service records nothing); later it means the child leaves."""
    ins = [e.at for e in record.effective if e.kind is EventKind.CHECK_IN]
    return bool(ins) and within_scan_window(now, max(ins), window)


# -- who may collect a child ----------------------------------------------------------------
def same_name(name: str | None) -> str:
    """A name as compared at the desk: inner runs of spaces made one, ends trimmed."""
    return " ".join((name or "").split())


def authorized_people(names: Iterable[str]) -> list[str]:
    """The people who may collect a child (guardians allowed to, then authorized pickups),
    once each, in the roster's order."""
    return list(dict.fromkeys(n for n in (same_name(n) for n in names) if n))


def _person(name: str | None) -> str:
    # The roster's own name rule ("艾山 买买提", "迪丽努尔•艾山" are the roster's 艾山买买提,
    # 迪丽努尔·艾山): what is typed at the desk is compared as the roster saves it.
    return canonical_name(name or "")


def may_collect(pickup: str, allowed: Iterable[str]) -> bool:
    return _person(pickup) in {_person(n) for n in authorized_people(allowed)}


def check_pickup(child_name: str, pickup: str, allowed: Iterable[str],
                 override_reason: str | None) -> None:
    """Refuses anyone not authorized, unless a coordinator gave a reason."""
    people = authorized_people(allowed)
    if _person(pickup) in {_person(p) for p in people} or override_reason:
        return
    raise ValidationError(
        N_("{pickup} may not collect {name}. Allowed: {allowed}. A coordinator may "
           "let them, with a reason."), field="pickup", pickup=same_name(pickup),
        name=child_name, allowed="、".join(sorted(people)) or "-")


# -- siblings -------------------------------------------------------------------------------
def siblings_by_child(links: Iterable[tuple[int, int]]) -> dict[int, tuple[int, ...]]:
    """Brothers and sisters: children sharing a guardian. `links` are (child id, guardian id)
    pairs; the answer has every child of `links`, with its siblings' ids in order."""
    by_guardian: dict[int, set[int]] = {}
    for child_id, guardian_id in links:
        by_guardian.setdefault(guardian_id, set()).add(child_id)
    out: dict[int, set[int]] = {}
    for children in by_guardian.values():
        for child_id in children:
            out.setdefault(child_id, set()).update(children - {child_id})
    return {child_id: tuple(sorted(ids)) for child_id, ids in out.items()}


def siblings_to_offer(kind: EventKind, siblings: Iterable[tuple[int, DayRecord]]
                      ) -> tuple[int, ...]:
    """Siblings who have not done the same yet: still to arrive after a check-in, still here
    after a check-out. `siblings`: (child id, that child's day) pairs, in the list's order."""
    if kind is EventKind.CHECK_IN:
        return tuple(i for i, record in siblings if record.state is ChildDayState.EXPECTED)
    if kind is EventKind.CHECK_OUT:
        return tuple(i for i, record in siblings if record.present)
    return ()


def late_minutes(now: dt.datetime, closes_at: dt.datetime,
                 grace: dt.timedelta, arrived: dt.datetime | None = None) -> int | None:
    """Minutes past closing plus grace (0 in the first minute), None if not late yet: the
    one rule of the desk's waiting time (the list, its minute tick, the end-of-day dialog,
    `attendance day`) and of the reports' late pickups.

    All datetimes aware: `closes_at` is the program's closing time on that local date. A
    child who `arrived` after closing was not left waiting since closing: the wait is
    counted from the arrival (plus grace), never from a time before the child was here.
    Minutes are counted on the clock, as the desk shows times (HH:MM): a child who arrived
    at 19:22:40 has waited 3 minutes at 19:25:10 (not 2), and the figure moves when the
    clock's minute does."""
    start = max(closes_at, arrived) if arrived is not None else closes_at
    due = start + grace
    if now <= due:
        return None
    return int((_minute(now) - _minute(due)).total_seconds() // 60)


def _minute(at: dt.datetime) -> dt.datetime:
    return at.replace(second=0, microsecond=0)


def arrived_after_closing(at: dt.datetime, closes_at: dt.datetime | None) -> bool:
    """A check-in at or after the program's closing time (aware datetimes): recorded, with
    a warning, since the center should have no one arriving then."""
    return closes_at is not None and at >= closes_at


def shift_hours(shift_pattern: ShiftPattern, shift_start: dt.time | None = None,
                shift_end: dt.time | None = None) -> tuple[dt.time, dt.time] | None:
    """(start, end) of a parent's shift, end before start when it crosses midnight; None when
    it cannot be told (a rotating two-shift worker, unknown, or custom hours missing)."""
    if shift_pattern == ShiftPattern.DAY:
        return DAY_SHIFT
    if shift_pattern == ShiftPattern.NIGHT:
        return NIGHT_SHIFT
    if (shift_pattern == ShiftPattern.CUSTOM and shift_start is not None
            and shift_end is not None and shift_start != shift_end):
        return shift_start, shift_end
    return None


def parent_still_on_shift(now_local: dt.datetime, shift_pattern: ShiftPattern,
                          shift_start: dt.time | None = None,
                          shift_end: dt.time | None = None) -> bool | None:
    """Whether the parent is still at work at `now_local` (shifts are [start, end)), so the
    desk tells a parent on shift from a late one; None when the hours are unknown."""
    hours = shift_hours(shift_pattern, shift_start, shift_end)
    if hours is None:
        return None
    start, end = hours
    t = now_local.time()
    if start < end:
        return start <= t < end
    return t >= start or t < end


def caregivers_needed(children: int, per: int = CHILDREN_PER_CAREGIVER) -> int:
    """Caregivers the ratio asks for: one per started group of `per` children."""
    if per < 1 or children < 0:
        raise ValueError("children must be >= 0 and children per caregiver >= 1")
    return -(-children // per)


def ratio_ok(children_present: int, caregivers_on_duty: int,
             children_per_caregiver: int = CHILDREN_PER_CAREGIVER,
             minimum_on_duty: int = 1) -> bool:
    """Whether the caregivers on duty cover the children present. The minimum applies only
    while a child is present: an empty room breaks no ratio."""
    needed = caregivers_needed(children_present, children_per_caregiver)
    if children_present == 0:
        return True
    return caregivers_on_duty >= max(needed, minimum_on_duty)
