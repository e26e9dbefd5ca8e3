"""What the desk writes: the service loads a child's facts, these functions decide which
events to write (or refuse with a UserError), and the service writes them and audits.

Plain values only: no database, no Qt; tested in tests/domain/test_attendance_desk.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from asc_desk.domain.attendance_rules import (
    DUPLICATE_WINDOW,
    AbsenceReason,
    AttendanceEvent,
    ChildDayState,
    EventKind,
    check_pickup,
    derive_day,
    in_the_future,
    may_collect,
    validate_new_event,
)
from asc_desk.domain.errors import N_, UserError, ValidationError


@dataclass(frozen=True)
class ChildFacts:
    """What the desk knows of one child on one local day before recording."""

    child_id: int
    name: str
    status: str  # "active" or "withdrawn"
    withdrawn_on: dt.date | None
    expected: bool
    enrolled_from: dt.date | None
    center_open: bool  # some program is open that day by the calendar
    may_collect: tuple[str, ...]
    events: tuple[AttendanceEvent, ...]  # the child's events of that local day


@dataclass(frozen=True)
class NewEvent:
    """An event to write (the service gives it its id, recorder and local date)."""

    kind: EventKind
    at: dt.datetime
    pickup: str | None = None
    override_reason: str | None = None
    absence_reason: AbsenceReason | None = None
    note: str = ""
    corrects: int | None = None
    void_reason: str | None = None


@dataclass(frozen=True)
class DeskDecision:
    writes: tuple[NewEvent, ...]
    duplicate: bool = False  # a second scan: nothing written
    state: ChildDayState | None = None  # the state when nothing is written


def _probe(events: list[AttendanceEvent], new: NewEvent, child_id: int,
           now: dt.datetime) -> AttendanceEvent:
    """`new` as an event with a provisional id, to check what comes after it."""
    return AttendanceEvent(max((e.id for e in events), default=0) + 1, child_id, new.kind,
                           new.at, now, "", new.pickup, new.override_reason,
                           new.absence_reason, new.note, new.corrects, new.void_reason)


def decide_record(facts: ChildFacts, kind: EventKind, at: dt.datetime, now: dt.datetime, *,
                  zone: dt.tzinfo, window: dt.timedelta = DUPLICATE_WINDOW,
                  pickup: str | None = None, override_reason: str | None = None,
                  absence_reason: AbsenceReason | None = None, note: str = "",
                  checked_in_at: dt.datetime | None = None,
                  reason: str | None = None) -> DeskDecision:
    """A check-in, check-out or absence of one child: what to write, or a refusal.

    A check-out of a child never checked in writes the check-in first (with its time and a
    reason); a card scanned twice within `window` writes nothing (`duplicate`). On a
    check-out, `override_reason` lets someone not on the pickup list collect (for a listed
    person it is no override and is kept as the note); `reason` says why the record is made
    afterwards and is kept as the note of what is written."""
    if facts.status != "active":
        raise UserError(N_("{name} has left the center (withdrawn on {date})."),
                        name=facts.name, date=str(facts.withdrawn_on or ""))
    day = at.astimezone(zone).date()
    if kind is not EventKind.ABSENT and in_the_future(at, now):
        raise ValidationError(N_("The time {time} is in the future."), field="at",
                              time=f"{at.astimezone(zone):%Y-%m-%d %H:%M}")
    if kind is not EventKind.ABSENT and facts.enrolled_from and day < facts.enrolled_from:
        raise ValidationError(N_("{name} is enrolled from {date}, after this day."),
                              field="at", name=facts.name,
                              date=facts.enrolled_from.isoformat())
    if kind is EventKind.CHECK_IN and not facts.center_open and not override_reason:
        raise ValidationError(N_("The center is closed on {date} by the calendar: give a "
                                 "reason to check a child in anyway."), field="reason",
                              date=day.isoformat())
    existing = list(facts.events)
    writes: list[NewEvent] = []
    if kind is EventKind.CHECK_OUT:
        check_pickup(facts.name, pickup or "", facts.may_collect, override_reason)
        # Only a pickup by someone not on the list is an override (marked * on the daily
        # sheet). A reason given for a listed person says why the record is made now (the
        # end-of-day dialog, a late record): kept as the record's note, not as an override.
        late_note = reason or ""
        if override_reason and may_collect(pickup or "", facts.may_collect):
            late_note = late_note or override_reason
            override_reason = None
        note = note or late_note
        if derive_day(existing, True).check_in is None:
            if checked_in_at is None:
                raise ValidationError(N_("{name} was not checked in today: give the time of "
                                         "arrival and a reason to record both."),
                                      field="checked_in_at", name=facts.name)
            if not reason:
                raise ValidationError(N_("Give a reason for recording the arrival "
                                         "afterwards."), field="reason")
            pre = validate_new_event(existing, EventKind.CHECK_IN, checked_in_at, now,
                                     duplicate_window=window, tz=zone)
            if pre.error is not None:
                raise pre.error
            # Why the arrival is recorded afterwards: a note, not an override of any rule.
            arrival = NewEvent(EventKind.CHECK_IN, checked_in_at, note=reason)
            writes.append(arrival)
            existing.append(_probe(existing, arrival, facts.child_id, now))
    check = validate_new_event(existing, kind, at, now, duplicate_window=window, tz=zone)
    if check.error is not None:
        raise check.error
    if check.duplicate:
        return DeskDecision((), duplicate=True, state=derive_day(existing, True).state)
    if kind is EventKind.CHECK_IN and check.already_present:
        raise UserError(N_("{name} is already here: scan again to start the check-out."),
                        name=facts.name)
    writes.append(NewEvent(kind, at, pickup=pickup, override_reason=override_reason,
                           absence_reason=absence_reason, note=note))
    return DeskDecision(tuple(writes))


def decide_correction(events: list[AttendanceEvent], target: AttendanceEvent, reason: str,
                      now: dt.datetime, *, zone: dt.tzinfo,
                      window: dt.timedelta = DUPLICATE_WINDOW,
                      new_at: dt.datetime | None = None,
                      new_pickup: str | None = None) -> tuple[NewEvent, ...]:
    """Void `target` (one of `events`, the child's events of its day) and, with a new time or
    pickup, replace it. Refused: an event already voided or replaced, a void itself, and a
    replacement the rules of a new event refuse (in the future, out of order...)."""
    void = validate_new_event(events, EventKind.CORRECTION_VOID, target.at, now,
                              corrects=target.id, tz=zone)
    if void.error is not None:
        raise void.error
    if new_at is None and new_pickup is None:
        _refuse_orphaning_a_check_out(events, target, zone)
    writes = [NewEvent(EventKind.CORRECTION_VOID, target.at, corrects=target.id,
                       void_reason=reason)]
    if new_at is not None or new_pickup is not None:
        at = new_at or target.at
        check = validate_new_event(events, target.kind, at, now, corrects=target.id,
                                   duplicate_window=window, tz=zone)
        if check.error is not None:
            raise check.error
        writes.append(NewEvent(target.kind, at,
                               pickup=new_pickup if new_pickup is not None
                               else target.pickup_name,
                               override_reason=target.override_reason,
                               absence_reason=target.absence_reason, note=target.note,
                               corrects=target.id))
    return tuple(writes)


def _refuse_orphaning_a_check_out(events: list[AttendanceEvent], target: AttendanceEvent,
                                  zone: dt.tzinfo) -> None:
    """Taking back the check-in a check-out in force depends on would leave "collected"
    without "arrived": refused, so a desk's undo racing another desk's check-out (or a
    correction) ends with one of them done and the other told why, never with both."""
    if target.kind is not EventKind.CHECK_IN:
        return
    effective = derive_day(events, True).effective
    outs = [e for e in effective if e.kind is EventKind.CHECK_OUT and e.at >= target.at]
    others = [e for e in effective if e.kind is EventKind.CHECK_IN and e.id != target.id]
    if outs and not others:
        raise ValidationError(N_("The child was collected at {time} after this check-in: "
                                 "correct the check-out first."), field="corrects",
                              time=min(e.at for e in outs).astimezone(zone).strftime("%H:%M"))


def current_version(events: list[AttendanceEvent], event_id: int) -> AttendanceEvent | None:
    """The record in force that `event_id` became through corrections (itself if untouched):
    its replacement, or the record brought back after a correction was undone. None when it
    was voided for good."""
    effective = {e.id for e in derive_day(events, True).effective}
    correctors: dict[int, list[AttendanceEvent]] = {}
    for e in events:
        if e.corrects is not None:
            correctors.setdefault(e.corrects, []).append(e)
    by_id = {e.id: e for e in events}
    found: list[AttendanceEvent] = []
    seen: set[int] = set()
    todo = [event_id]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        event = by_id.get(current)
        if (event is not None and current in effective
                and event.kind is not EventKind.CORRECTION_VOID):
            found.append(event)
            continue
        todo.extend(e.id for e in correctors.get(current, ()))
    return max(found, key=lambda e: (e.recorded_at, e.id), default=None)


def decide_undo(events: list[AttendanceEvent], target: AttendanceEvent,
                voided: AttendanceEvent | None, reason: str, now: dt.datetime, *,
                zone: dt.tzinfo) -> NewEvent:
    """Take back `target`, an event the desk wrote. A recorded event is voided. A void
    cannot be voided (that would not bring its event back): undoing it records the voided
    event `voided` again, as an event replacing the void. Refused when already undone."""
    if target.kind is not EventKind.CORRECTION_VOID:
        # Corrected since (a new time): take back the record as it stands now.
        target = current_version(events, target.id) or target
        return decide_correction(events, target, reason, now, zone=zone)[0]
    effective = derive_day(events, True).effective
    if voided is None or not any(e.id == target.id for e in effective):
        raise ValidationError(N_("Event {event} is not in this day's record and cannot be "
                                 "voided."), field="corrects", event=str(target.id))
    # Checked against the day as it is now, without the voided event (still gone).
    rest = [e for e in events if e.id != voided.id]
    check = validate_new_event(rest, voided.kind, voided.at, now, corrects=target.id, tz=zone)
    if check.error is not None:
        raise check.error
    return NewEvent(voided.kind, voided.at, pickup=voided.pickup_name,
                    override_reason=voided.override_reason,
                    absence_reason=voided.absence_reason, note=voided.note,
                    corrects=target.id)
