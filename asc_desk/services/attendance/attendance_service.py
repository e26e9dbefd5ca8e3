"""The check-in desk: record arrivals, departures and absences; derive each child's day.

Each change method is one unit of work: load the child's facts → the domain decides
(`domain/attendance_desk.py`) → write the events → audit; and returns what it changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from asc_desk.db.models import AttendanceEventRow, CaregiversOnDuty, Center, Child, DeskSetting
from asc_desk.db.row_locks import lock_children
from asc_desk.domain.actor import ActorProvider, as_provider, current_actor
from asc_desk.domain.attendance_desk import (
    ChildFacts,
    NewEvent,
    decide_correction,
    decide_record,
    decide_undo,
)
from asc_desk.domain.attendance_rules import (
    AbsenceReason,
    AttendanceEvent,
    ChildDayState,
    EventKind,
    derive_day,
    siblings_to_offer,
)
from asc_desk.domain.center import DEFAULT_TIME_ZONE
from asc_desk.domain.changes import NO_CHANGES, Area, Changes, Outcome
from asc_desk.domain.clock import utc_now
from asc_desk.domain.desk_settings import DESK_SETTINGS, DeskSettings, validate_desk_settings
from asc_desk.domain.desk_warnings import desk_warning
from asc_desk.domain.errors import N_, UserError, ValidationError
from asc_desk.domain.notices import Notice
from asc_desk.services import audit
from asc_desk.services.attendance.day_view import (
    EVENT_FIELDS,
    ChildDay,
    DayView,
    child_day,
    clock_moved,
    day_view,
    event_of,
    events_by_child,
    with_item,
)
from asc_desk.services.attendance.expected_children import DayFacts, children_of_day, day_facts
from asc_desk.services.attendance.pickup_details import PickupDetails, child_photo, pickup_details
from asc_desk.services.database import Database
from asc_desk.services.gc_pause import gc_paused

__all__ = ["REASON_MAX", "AttendanceService", "ChildDay", "DayView", "DeskResult",
           "DeskResults"]

REASON_MAX = 200
UNDO_REASON = "undone at the desk"


@dataclass(frozen=True)
class DeskResult:
    event_id: int | None  # the event recorded (None when nothing was written: a second scan)
    child_id: int
    child_name: str
    state: ChildDayState
    notice: Notice
    duplicate: bool = False
    siblings: tuple[int, ...] = ()  # siblings on today's list who have not done the same
    changes: Changes = NO_CHANGES
    event_ids: tuple[int, ...] = ()  # every event written, in order (an arrival recorded
    #                                  with a late check-out, a void and its replacement)
    warning: Notice | None = None  # recorded, but the desk should say more (after closing)
    # The child's day as the write left it (what `day(day)` shows for the child), built
    # from what the unit of work read and wrote: the desk updates its row from it without
    # reading the child again (`with_result`).
    day: dt.date | None = None
    item: ChildDay | None = None


@dataclass(frozen=True)
class DeskResults:
    """A group action (siblings, an undo of several records): one transaction."""

    results: tuple[DeskResult, ...]
    changes: Changes

    @property
    def event_ids(self) -> tuple[int, ...]:
        return tuple(i for r in self.results for i in r.event_ids)

    @property
    def recorded(self) -> tuple[DeskResult, ...]:
        return tuple(r for r in self.results if not r.duplicate)


def _attendance(*days: dt.date) -> Changes:
    return Changes.of(Area.ATTENDANCE, *days)


EVENT_COLUMNS = tuple(AttendanceEventRow.__table__.c)

# What a scan reads that only a change of these areas can make stale (see `forget`).
CACHED_AREAS = Area.CENTER | Area.SETTINGS | Area.PROGRAMS | Area.CALENDAR


class AttendanceService:
    def __init__(self, db: Database, actor: str | ActorProvider,
                 now: Callable[[], dt.datetime] = utc_now, *, cache: bool = False) -> None:
        """`cache`: keep the center's zone, the desk settings and each day's programs
        between scans (the desk: a scan then reads only its child). Whoever holds a caching
        service passes every change on to `forget`; `day` always reads them afresh."""
        self._db = db
        self._actor = as_provider(actor)
        self._now = now
        self._cache = cache
        self._zones: dict[int, ZoneInfo] = {}
        self._desk: dict[int, DeskSettings] = {}
        self._facts: dict[tuple[int, dt.date], DayFacts] = {}

    def forget(self, changes: Changes | None = None) -> None:
        """Drop what a change made stale (None: everything); attendance keeps nothing."""
        areas = CACHED_AREAS if changes is None else changes.areas
        if areas & Area.CENTER:
            self._zones.clear()
        if areas & (Area.SETTINGS | Area.CENTER):
            self._desk.clear()
        if areas & (Area.PROGRAMS | Area.CALENDAR | Area.CENTER):
            self._facts.clear()

    def _day_facts(self, s: Session, center_id: int, day: dt.date, *,
                   fresh: bool = False) -> DayFacts:
        key = (center_id, day)
        facts = None if fresh or not self._cache else self._facts.get(key)
        if facts is None:
            facts = day_facts(s, center_id, day)
            if self._cache:
                if len(self._facts) > 64:  # a desk paging through many dates
                    self._facts.clear()
                self._facts[key] = facts
        return facts

    # -- settings ------------------------------------------------------------------------
    def settings(self, center_id: int) -> DeskSettings:
        with self._db.read() as s:
            return self._settings(s, center_id)

    def update_settings(self, center_id: int, settings: DeskSettings) -> Outcome[DeskSettings]:
        validate_desk_settings(settings)
        with self._db.unit_of_work() as s:
            row = s.get(DeskSetting, center_id) or DeskSetting(center_id=center_id)
            before = {name: getattr(row, name) for name in DESK_SETTINGS}
            row.late_grace_minutes = settings.late_grace_minutes
            row.duplicate_scan_minutes = settings.duplicate_scan_minutes
            row.children_per_caregiver = settings.children_per_caregiver
            s.add(row)
            self._desk.pop(center_id, None)
            audit.record(s, actor=self._actor, entity="desk_setting", entity_id=center_id,
                         action="update", before=before,
                         after={name: getattr(settings, name) for name in DESK_SETTINGS})
        return Outcome(settings, Changes.of(Area.SETTINGS))

    def set_caregivers(self, center_id: int, day: dt.date, count: int) -> Outcome[int]:
        if not 0 <= count <= 500:
            raise ValidationError(N_("Use a number from {low} to {high}."), field="caregivers",
                                  low=0, high=500)
        with self._db.unit_of_work() as s:
            row = s.get(CaregiversOnDuty, (center_id, day))
            before = row.count if row is not None else None
            if row is None:
                s.add(CaregiversOnDuty(center_id=center_id, day=day, count=count))
            else:
                row.count = count
            audit.record(s, actor=self._actor, entity="caregivers_on_duty",
                         entity_id=f"{center_id}:{day.isoformat()}", action="set",
                         before={"count": before}, after={"count": count})
        return Outcome(count, _attendance(day))

    # -- the day -------------------------------------------------------------------------
    def today(self, center_id: int) -> dt.date:
        return self._now().astimezone(self._zone(center_id)).date()

    def day(self, center_id: int, day: dt.date) -> DayView:
        # Thousands of objects, none cyclic: the collector's passes over them (and over all
        # else alive) were a third of the time at 5,000 children.
        with gc_paused():
            return self._day(center_id, day)

    def _day(self, center_id: int, day: dt.date) -> DayView:
        with self._db.read() as s:
            # The whole day read: what a scan keeps is read afresh too (another PC's change
            # shows here at the latest with the desk's next reload).
            self._zones.pop(center_id, None)
            self._desk.pop(center_id, None)
            zone = self._zone(center_id, s)
            settings = self._settings(s, center_id)
            listing = children_of_day(s, center_id, day,
                                      facts=self._day_facts(s, center_id, day, fresh=True))
            # Plain column rows, no ORM object per event.
            rows = s.connection().execute(select(*EVENT_FIELDS).where(
                AttendanceEventRow.center_id == center_id,
                AttendanceEventRow.local_date == day)).all()
            caregivers = s.get(CaregiversOnDuty, (center_id, day))
        by_child = events_by_child(rows)
        now = self._now()
        items = [child_day(child, by_child.get(child.id, ()), day, zone, settings, now)
                 for child in listing.children]
        return day_view(day, listing.open_programs, [i for i in items if i is not None],
                        caregivers.count if caregivers else None, settings,
                        has_programs=bool(listing.statuses))

    def with_child(self, view: DayView, child_id: int) -> DayView:
        """The view with one child read again: what the desk shows after a scan, without
        reading the whole day (a few milliseconds instead of tens for 500 children)."""
        with self._db.read() as s:
            child_row = s.get(Child, child_id)
            if child_row is None:
                return view
            center_id = child_row.center_id
            zone = self._zone(center_id, s)
            settings = self._settings(s, center_id)
            listing = children_of_day(s, center_id, view.date, child_ids=[child_id],
                                      facts=self._day_facts(s, center_id, view.date))
            events = self._events(s, child_id, view.date)
        item = (child_day(listing.children[0], events, view.date, zone, settings, self._now())
                if listing.children else None)
        return with_item(view, child_id, item, settings)

    def with_result(self, center_id: int, view: DayView,
                    result: DeskResult) -> DayView | None:
        """The view with the child as a desk action left it, from the result itself (no
        query); None when the result does not carry the view's day (read the child then)."""
        if result.duplicate or result.day is None or result.day != view.date:
            return None
        settings = self._desk.get(center_id) if self._cache else None
        return with_item(view, result.child_id, result.item,
                         settings or self.settings(center_id))

    def at_clock(self, center_id: int, view: DayView,
                 now: dt.datetime) -> tuple[DayView, list[ChildDay]]:
        """The view as the clock moved on (waiting minutes), without reading the day again;
        and the children whose values changed."""
        zone = self._zone(center_id)
        with self._db.read() as s:
            settings = self._settings(s, center_id)
        items, moved = [], []
        for item in view.children:
            fresh = item
            if item.record.present and item.child.closes_at is not None:
                fresh = clock_moved(item, view.date, zone, settings, now)
                if fresh != item:
                    moved.append(fresh)
            items.append(fresh)
        if not moved:
            return view, []
        return replace(view, children=tuple(items)), moved

    def pickup_details(self, child_id: int) -> PickupDetails:
        """Who may collect the child (relation, ID note) and the child's photo."""
        with self._db.read() as s:
            return pickup_details(s, child_id)

    def photo(self, child_id: int) -> bytes | None:
        with self._db.read() as s:
            return child_photo(s, child_id)

    def event(self, event_id: int) -> AttendanceEvent:
        with self._db.read() as s:
            return event_of(self._event_row(s, event_id))

    def history(self, child_id: int) -> list[AttendanceEvent]:
        with self._db.read() as s:
            rows = s.scalars(select(AttendanceEventRow).where(
                AttendanceEventRow.child_id == child_id)
                .order_by(AttendanceEventRow.at, AttendanceEventRow.id)).all()
            return [event_of(r) for r in rows]

    # -- recording -----------------------------------------------------------------------
    def check_in(self, center_id: int, child_id: int, *, at: dt.datetime | None = None,
                 reason: str | None = None) -> DeskResult:
        return self.check_in_many(center_id, [child_id], at=at, reason=reason).results[0]

    def check_in_many(self, center_id: int, child_ids: Sequence[int], *,
                      at: dt.datetime | None = None, reason: str | None = None) -> DeskResults:
        """Check in several children (siblings) at once: all recorded, or none."""
        why = _clean(reason)
        return self._many(center_id, child_ids, lambda s, child_id: self._record(
            s, center_id, child_id, EventKind.CHECK_IN, at, override_reason=why))

    def check_out(self, center_id: int, child_id: int, pickup_name: str, *,
                  at: dt.datetime | None = None, override_reason: str | None = None,
                  checked_in_at: dt.datetime | None = None,
                  reason: str | None = None) -> DeskResult:
        """Refuses anyone not authorized unless a coordinator's reason is given; a child never
        checked in needs the check-in time and a reason, and both are recorded."""
        return self.check_out_many(center_id, [child_id], pickup_name, at=at,
                                   override_reason=override_reason,
                                   checked_in_at=checked_in_at, reason=reason).results[0]

    def check_out_many(self, center_id: int, child_ids: Sequence[int], pickup_name: str, *,
                       at: dt.datetime | None = None, override_reason: str | None = None,
                       checked_in_at: dt.datetime | None = None,
                       reason: str | None = None) -> DeskResults:
        """One person collects several children (siblings): all recorded, or none."""
        pickup = " ".join((pickup_name or "").split())
        if not pickup:
            raise ValidationError(N_("Say who is collecting the child."), field="pickup")
        override, why = _clean(override_reason), _clean(reason)
        return self._many(center_id, child_ids, lambda s, child_id: self._record(
            s, center_id, child_id, EventKind.CHECK_OUT, at, pickup=pickup,
            override_reason=override, checked_in_at=checked_in_at, reason=why))

    def mark_absent(self, center_id: int, child_id: int, day: dt.date, reason: AbsenceReason,
                    note: str = "") -> DeskResult:
        why = AbsenceReason(reason)
        text = _clean(note) or ""

        def absent(s: Session, child_id: int) -> DeskResult:
            # An absence belongs to its date: noon of that day stands for "the whole day".
            at = dt.datetime.combine(day, dt.time(12), self._zone(center_id, s))
            return self._record(s, center_id, child_id, EventKind.ABSENT, at,
                                absence_reason=why, note=text)

        return self._many(center_id, [child_id], absent).results[0]

    def mark_absent_many(self, center_id: int, child_ids: Sequence[int], day: dt.date,
                         reason: AbsenceReason, note: str = "") -> DeskResults:
        """End of day: the children still expected marked absent with one reason, in one
        transaction. A child recorded meanwhile (arrived at another desk) is left as it is
        and returned as `duplicate`, not refused: the others are still absent."""
        why = AbsenceReason(reason)
        text = _clean(note) or ""

        def absent(s: Session, child_id: int) -> DeskResult:
            state = self._state(s, center_id, child_id, day)
            if state is not ChildDayState.EXPECTED:
                name = self._child(s, center_id, child_id).name
                return DeskResult(None, child_id, name, state, Notice(
                    N_("{name} was recorded meanwhile: not marked absent."), {"name": name}),
                    duplicate=True)
            at = dt.datetime.combine(day, dt.time(12), self._zone(center_id, s))
            return self._record(s, center_id, child_id, EventKind.ABSENT, at,
                                absence_reason=why, note=text)

        return self._many(center_id, child_ids, absent)

    def correct(self, event_id: int, reason: str, *, new_at: dt.datetime | None = None,
                new_pickup: str | None = None) -> DeskResult:
        """Void an event (and, with new values, record its replacement), with a reason.
        Refused for an event already voided or replaced, for a void, and for a replacement
        the desk's rules refuse (a time in the future...)."""
        why = _clean(reason)
        if not why:
            raise ValidationError(N_("Say why the record is corrected."), field="reason")
        if new_pickup is not None:
            new_pickup = " ".join(new_pickup.split()) or None
        with self._db.unit_of_work() as s:
            old = self._event_row(s, event_id)
            lock_children(s, [old.child_id])  # another desk's write to this child waits
            zone = self._zone(old.center_id, s)
            events = self._events(s, old.child_id, old.local_date)
            target = next(e for e in events if e.id == old.id)
            writes = decide_correction(
                events, target, why, self._now(), zone=zone,
                window=self._window(s, old.center_id), new_at=new_at, new_pickup=new_pickup)
            rows = [self._write(s, old.center_id, old.child_id, w, zone) for w in writes]
            replacement = rows[1] if len(rows) > 1 else None
            audit.record(s, actor=self._actor, entity="attendance_event", entity_id=old.id,
                         action="correct",
                         before={"at": old.at, "pickup": old.pickup_name, "void": None,
                                 "replacement": None, "reason": None},
                         after={"at": replacement.at if replacement else None,
                                "pickup": replacement.pickup_name if replacement else None,
                                "void": rows[0].id,
                                "replacement": replacement.id if replacement else None,
                                "reason": why})
            name = self._child(s, old.center_id, old.child_id).name
            state = self._state(s, old.center_id, old.child_id, old.local_date)
            days = {old.local_date} | {r.local_date for r in rows}
            return DeskResult(rows[-1].id, old.child_id, name, state,
                              Notice(N_("Corrected the record of {name}."), {"name": name}),
                              changes=_attendance(*days), event_ids=tuple(r.id for r in rows))

    def undo(self, event_id: int) -> DeskResult:
        return self.undo_many([event_id]).results[0]

    def undo_many(self, event_ids: Sequence[int]) -> DeskResults:
        """Take back what the desk recorded, newest first, in one transaction: a recorded
        event is voided; a void (of a correction) brings its event back as a new record."""
        results: list[DeskResult] = []
        with self._db.unit_of_work() as s:
            lock_children(s, [self._event_row(s, e).child_id for e in event_ids])
            for event_id in reversed(list(event_ids)):
                old = self._event_row(s, event_id)
                zone = self._zone(old.center_id, s)
                events = self._events(s, old.child_id, old.local_date)
                target = next(e for e in events if e.id == old.id)
                voided = None
                if old.corrects is not None and target.kind is EventKind.CORRECTION_VOID:
                    voided = next((e for e in events if e.id == old.corrects), None)
                write = decide_undo(events, target, voided, UNDO_REASON, self._now(),
                                    zone=zone)
                row = self._write(s, old.center_id, old.child_id, write, zone)
                name = self._child(s, old.center_id, old.child_id).name
                state = self._state(s, old.center_id, old.child_id, old.local_date)
                results.append(DeskResult(
                    row.id, old.child_id, name, state,
                    Notice(N_("Corrected the record of {name}."), {"name": name}),
                    changes=_attendance(old.local_date, row.local_date), event_ids=(row.id,)))
        results.reverse()
        return DeskResults(tuple(results), _merged(results))

    # -- helpers -------------------------------------------------------------------------
    def _many(self, center_id: int, child_ids: Sequence[int],
              one: Callable[[Session, int], DeskResult]) -> DeskResults:
        if not child_ids:
            return DeskResults((), NO_CHANGES)
        with self._db.unit_of_work() as s:
            # Two desks scanning one card at once: the second waits here, then sees the first.
            lock_children(s, child_ids)
            results = [one(s, child_id) for child_id in child_ids]
        return DeskResults(tuple(results), _merged(results))

    def _record(self, s: Session, center_id: int, child_id: int, kind: EventKind,
                at: dt.datetime | None, *, pickup: str | None = None,
                override_reason: str | None = None,
                absence_reason: AbsenceReason | None = None, note: str = "",
                checked_in_at: dt.datetime | None = None,
                reason: str | None = None) -> DeskResult:
        """One child's event inside the caller's unit of work: load → decide → write."""
        now = self._now()
        at = at or now
        if at.tzinfo is None:
            raise ValueError("desk times must be aware")
        zone = self._zone(center_id, s)
        day = at.astimezone(zone).date()
        child = self._child(s, center_id, child_id)
        listing = children_of_day(s, center_id, day, child_ids=[child_id],
                                  facts=self._day_facts(s, center_id, day))
        entry = listing.children[0] if listing.children else None
        facts = ChildFacts(
            child_id, child.name, child.status, child.withdrawn_on,
            entry.expected if entry else False, entry.enrolled_from if entry else None,
            bool(listing.open_programs), entry.may_collect if entry else (),
            tuple(self._events(s, child_id, day)))
        decision = decide_record(
            facts, kind, at, now, zone=zone, window=self._window(s, center_id), pickup=pickup,
            override_reason=override_reason, absence_reason=absence_reason, note=note,
            checked_in_at=checked_in_at, reason=reason)
        if decision.duplicate:
            return DeskResult(None, child_id, child.name, decision.state or ChildDayState.EXPECTED,
                              Notice(N_("{name} was just recorded; the second scan was not "
                                        "recorded again."), {"name": child.name}),
                              duplicate=True)
        rows = [self._write(s, center_id, child_id, w, zone) for w in decision.writes]
        events = [*facts.events, *(event_of(r) for r in rows)]
        state = derive_day(events, facts.expected).state
        # The child's row of the day as `day` would read it now (same listing, same events).
        known = entry is not None and all(r.local_date == day for r in rows)
        item = (child_day(entry, events, day, zone, self._settings(s, center_id), now)
                if entry is not None and known else None)
        siblings = self._siblings(s, center_id, entry.sibling_ids if entry else (), day, kind)
        words = {EventKind.CHECK_IN: N_("{name} checked in at {time}."),
                 EventKind.CHECK_OUT: N_("{name} collected by {pickup} at {time}."),
                 EventKind.ABSENT: N_("{name} marked absent on {date}.")}[kind]
        local = at.astimezone(zone)
        # On a day the calendar has closed, the reason asked for already said "not expected".
        warning = desk_warning(kind, local, name=child.name,
                               expected=facts.expected or (not facts.center_open
                                                           and kind is not EventKind.ABSENT),
                               opens=entry.opens_at if entry else None,
                               closes=entry.closes_at if entry else None, pickup=pickup,
                               allowed=facts.may_collect)
        return DeskResult(rows[-1].id, child_id, child.name, state, Notice(words, {
            "name": child.name, "time": f"{local:%H:%M}", "pickup": pickup or "",
            "date": local.date().isoformat()}), siblings=siblings,
            changes=_attendance(*{r.local_date for r in rows}),
            event_ids=tuple(r.id for r in rows), warning=warning,
            day=day if known else None, item=item)

    def _write(self, s: Session, center_id: int, child_id: int, new: NewEvent,
               zone: ZoneInfo) -> AttendanceEventRow:
        row = AttendanceEventRow(
            center_id=center_id, child_id=child_id, kind=str(new.kind), at=new.at,
            local_date=new.at.astimezone(zone).date(), recorded_at=self._now(),
            recorded_by=current_actor(self._actor), pickup_name=new.pickup,
            override_reason=new.override_reason,
            absence_reason=str(new.absence_reason) if new.absence_reason else None,
            note=new.note, corrects=new.corrects, void_reason=new.void_reason)
        s.add(row)
        s.flush()
        audit.record(s, actor=self._actor, entity="attendance_event", entity_id=row.id,
                     action=str(new.kind), after={"child_id": child_id, "at": new.at,
                                                  "override": bool(new.override_reason)})
        return row

    def _siblings(self, s: Session, center_id: int, sibling_ids: Sequence[int], day: dt.date,
                  kind: EventKind) -> tuple[int, ...]:
        if kind not in (EventKind.CHECK_IN, EventKind.CHECK_OUT) or not sibling_ids:
            return ()
        listing = children_of_day(s, center_id, day, child_ids=sorted(sibling_ids),
                                  facts=self._day_facts(s, center_id, day))
        rows = s.scalars(select(AttendanceEventRow).where(
            AttendanceEventRow.child_id.in_(sibling_ids),
            AttendanceEventRow.local_date == day)).all()
        return siblings_to_offer(kind, [
            (c.id, derive_day([event_of(r) for r in rows if r.child_id == c.id], c.expected))
            for c in listing.children])

    @staticmethod
    def _child(s: Session, center_id: int, child_id: int) -> Child:
        child = s.get(Child, child_id)
        if child is None or child.center_id != center_id:
            raise UserError(N_("The child is no longer on the roster."))
        return child

    @staticmethod
    def _event_row(s: Session, event_id: int) -> AttendanceEventRow:
        row = s.get(AttendanceEventRow, event_id)
        if row is None:
            raise UserError(N_("Record {event} does not exist."), event=event_id)
        return row

    @staticmethod
    def _events(s: Session, child_id: int, day: dt.date) -> list[AttendanceEvent]:
        return [event_of(r) for r in s.execute(select(*EVENT_COLUMNS).where(
            AttendanceEventRow.child_id == child_id, AttendanceEventRow.local_date == day))]

    def _state(self, s: Session, center_id: int, child_id: int,
               day: dt.date) -> ChildDayState:
        """The child's state on a day (a corrected day is not necessarily today)."""
        listing = children_of_day(s, center_id, day, child_ids=[child_id],
                                  facts=self._day_facts(s, center_id, day))
        expected = bool(listing.children and listing.children[0].expected)
        return derive_day(self._events(s, child_id, day), expected).state

    def _settings(self, s: Session, center_id: int) -> DeskSettings:
        if self._cache and center_id in self._desk:
            return self._desk[center_id]
        row = s.get(DeskSetting, center_id)
        settings = DeskSettings(row.late_grace_minutes, row.duplicate_scan_minutes,
                                row.children_per_caregiver) if row else DeskSettings()
        if self._cache:
            self._desk[center_id] = settings
        return settings

    def _window(self, s: Session, center_id: int) -> dt.timedelta:
        return dt.timedelta(minutes=self._settings(s, center_id).duplicate_scan_minutes)

    def _zone(self, center_id: int, s: Session | None = None) -> ZoneInfo:
        if self._cache and center_id in self._zones:
            return self._zones[center_id]
        if s is None:
            with self._db.read() as session:
                return self._zone(center_id, session)
        center = s.get(Center, center_id)
        zone = ZoneInfo(center.time_zone if center else DEFAULT_TIME_ZONE)
        if self._cache and center is not None:
            self._zones[center_id] = zone
        return zone


def _merged(results: Sequence[DeskResult]) -> Changes:
    changes = NO_CHANGES
    for result in results:
        changes = changes | result.changes
    return changes


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(text.split())
    if len(text) > REASON_MAX:
        raise ValidationError(N_("The reason is longer than {max} characters."), field="reason",
                              max=REASON_MAX)
    return text or None
