"""The check-in desk: record arrivals, departures and absences; derive each child's day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from asc_desk.db.models import (
    AttendanceEventRow,
    CaregiversOnDuty,
    Center,
    Child,
    ChildGuardian,
    DeskSetting,
)
from asc_desk.db.utc_datetime import utc_now
from asc_desk.domain.actor import ActorProvider, as_provider, current_actor
from asc_desk.domain.attendance_rules import (
    FUTURE_TOLERANCE,
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
    validate_new_event,
)
from asc_desk.domain.desk_settings import DESK_SETTINGS, DeskSettings, validate_desk_settings
from asc_desk.domain.errors import N_, UserError, ValidationError
from asc_desk.domain.notices import Notice
from asc_desk.domain.roster import ShiftPattern
from asc_desk.services import audit
from asc_desk.services.attendance.expected_children import ChildOfDay, children_of_day
from asc_desk.services.database import Database

REASON_MAX = 200


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


@dataclass(frozen=True)
class DeskResult:
    event_id: int | None  # None when nothing was written (a duplicate scan)
    child_id: int
    child_name: str
    state: ChildDayState
    notice: Notice
    duplicate: bool = False
    siblings: tuple[int, ...] = ()  # siblings on today's list who have not done the same


def _event(row: AttendanceEventRow) -> AttendanceEvent:
    return AttendanceEvent(
        row.id, row.child_id, EventKind(row.kind), row.at, row.recorded_at, row.recorded_by,
        row.pickup_name, row.override_reason,
        AbsenceReason(row.absence_reason) if row.absence_reason else None, row.note or "",
        row.corrects, row.void_reason)


class AttendanceService:
    def __init__(self, db: Database, actor: str | ActorProvider,
                 now: Callable[[], dt.datetime] = utc_now) -> None:
        self._db = db
        self._actor = as_provider(actor)
        self._now = now

    # -- settings ------------------------------------------------------------------------
    def settings(self, center_id: int) -> DeskSettings:
        with self._db.unit_of_work() as s:
            row = s.get(DeskSetting, center_id)
            if row is None:
                return DeskSettings()
            return DeskSettings(row.late_grace_minutes, row.duplicate_scan_minutes,
                                row.children_per_caregiver)

    def update_settings(self, center_id: int, settings: DeskSettings) -> DeskSettings:
        validate_desk_settings(settings)
        with self._db.unit_of_work() as s:
            row = s.get(DeskSetting, center_id) or DeskSetting(center_id=center_id)
            before = {name: getattr(row, name) for name in DESK_SETTINGS}
            row.late_grace_minutes = settings.late_grace_minutes
            row.duplicate_scan_minutes = settings.duplicate_scan_minutes
            row.children_per_caregiver = settings.children_per_caregiver
            s.add(row)
            audit.record(s, actor=self._actor, entity="desk_setting", entity_id=center_id,
                         action="update", before=before,
                         after={name: getattr(settings, name) for name in DESK_SETTINGS})
        return settings

    def set_caregivers(self, center_id: int, day: dt.date, count: int) -> None:
        if not 0 <= count <= 500:
            raise ValidationError(N_("Use a number from {low} to {high}."), field="caregivers",
                                  low=0, high=500)
        with self._db.unit_of_work() as s:
            row = s.get(CaregiversOnDuty, (center_id, day))
            if row is None:
                s.add(CaregiversOnDuty(center_id=center_id, day=day, count=count))
            else:
                row.count = count
            audit.record(s, actor=self._actor, entity="caregivers_on_duty",
                         entity_id=f"{center_id}:{day.isoformat()}", action="set",
                         after={"count": count})

    # -- the day -------------------------------------------------------------------------
    def today(self, center_id: int) -> dt.date:
        return self._now().astimezone(self._zone(center_id)).date()

    def day(self, center_id: int, day: dt.date) -> DayView:
        with self._db.unit_of_work() as s:
            zone = self._zone(center_id, s)
            settings = self._settings(s, center_id)
            listing = children_of_day(s, center_id, day)
            rows = s.scalars(select(AttendanceEventRow).where(
                AttendanceEventRow.center_id == center_id,
                AttendanceEventRow.local_date == day)).all()
            caregivers = s.get(CaregiversOnDuty, (center_id, day))
        by_child: dict[int, list[AttendanceEvent]] = {}
        for row in rows:
            by_child.setdefault(row.child_id, []).append(_event(row))
        now = self._now()
        items = [self._item(child, by_child.get(child.id, ()), day, zone, settings, now)
                 for child in listing.children]
        return _view(day, listing.open_programs, [i for i in items if i is not None],
                     caregivers.count if caregivers else None, settings)

    def with_child(self, view: DayView, child_id: int) -> DayView:
        """The view with one child read again: what the desk shows after a scan, without
        reading the whole day (a few milliseconds instead of tens for 500 children)."""
        with self._db.unit_of_work() as s:
            child_row = s.get(Child, child_id)
            if child_row is None:
                return view
            center_id = child_row.center_id
            zone = self._zone(center_id, s)
            settings = self._settings(s, center_id)
            listing = children_of_day(s, center_id, view.date, child_ids=[child_id])
            events = [_event(r) for r in s.scalars(select(AttendanceEventRow).where(
                AttendanceEventRow.child_id == child_id,
                AttendanceEventRow.local_date == view.date))]
        item = (self._item(listing.children[0], events, view.date, zone, settings, self._now())
                if listing.children else None)
        others = [c for c in view.children if c.child.id != child_id]
        if item is not None:
            others.append(item)
        return _view(view.date, view.open_programs, others, view.caregivers, settings)

    def history(self, child_id: int) -> list[AttendanceEvent]:
        with self._db.unit_of_work() as s:
            rows = s.scalars(select(AttendanceEventRow).where(
                AttendanceEventRow.child_id == child_id)
                .order_by(AttendanceEventRow.at, AttendanceEventRow.id)).all()
            return [_event(r) for r in rows]

    @staticmethod
    def _item(child: ChildOfDay, events, day: dt.date, zone: ZoneInfo, settings: DeskSettings,
              now: dt.datetime) -> ChildDay | None:
        record = derive_day(events, child.expected)
        if record.state is ChildDayState.NOT_EXPECTED:
            return None
        late = None
        if record.present and child.closes_at is not None:
            closes = dt.datetime.combine(day, child.closes_at, zone)
            late = late_minutes(now, closes, dt.timedelta(minutes=settings.late_grace_minutes))
        ends = [shift_hours(ShiftPattern(p), a, b) for p, a, b in child.shifts]
        shift_end = min((h[1] for h in ends if h), default=None)
        return ChildDay(child, record, late, shift_end)

    # -- recording -----------------------------------------------------------------------
    def check_in(self, center_id: int, child_id: int, *, at: dt.datetime | None = None,
                 reason: str | None = None) -> DeskResult:
        return self._record(center_id, child_id, EventKind.CHECK_IN, at,
                            override_reason=_clean(reason))

    def check_out(self, center_id: int, child_id: int, pickup_name: str, *,
                  at: dt.datetime | None = None, override_reason: str | None = None,
                  checked_in_at: dt.datetime | None = None,
                  reason: str | None = None) -> DeskResult:
        """Refuses anyone not authorized unless a coordinator's reason is given; a child never
        checked in needs the check-in time and a reason, and both are recorded."""
        pickup = " ".join((pickup_name or "").split())
        if not pickup:
            raise ValidationError(N_("Say who is collecting the child."), field="pickup")
        return self._record(center_id, child_id, EventKind.CHECK_OUT, at, pickup=pickup,
                            override_reason=_clean(override_reason),
                            checked_in_at=checked_in_at, reason=_clean(reason))

    def mark_absent(self, center_id: int, child_id: int, day: dt.date, reason: AbsenceReason,
                    note: str = "") -> DeskResult:
        with self._db.unit_of_work() as s:
            zone = self._zone(center_id, s)
        # An absence belongs to its date: noon of that day stands for "the whole day".
        at = dt.datetime.combine(day, dt.time(12), zone)
        return self._record(center_id, child_id, EventKind.ABSENT, at,
                            absence_reason=AbsenceReason(reason), note=_clean(note) or "")

    def correct(self, event_id: int, reason: str, *, new_at: dt.datetime | None = None,
                new_pickup: str | None = None) -> DeskResult:
        """Void an event (and, with new values, record its replacement), with a reason."""
        why = _clean(reason)
        if not why:
            raise ValidationError(N_("Say why the record is corrected."), field="reason")
        with self._db.unit_of_work() as s:
            old = s.get(AttendanceEventRow, event_id)
            if old is None:
                raise UserError(N_("That record does not exist."))
            center_id, child_id, day = old.center_id, old.child_id, old.local_date
            void = self._add(s, old.center_id, old.child_id, EventKind.CORRECTION_VOID, old.at,
                             corrects=old.id, void_reason=why)
            replacement = None
            if new_at is not None or new_pickup is not None:
                replacement = self._add(
                    s, old.center_id, old.child_id, EventKind(old.kind), new_at or old.at,
                    pickup=new_pickup if new_pickup is not None else old.pickup_name,
                    override_reason=old.override_reason, absence_reason=old.absence_reason,
                    note=old.note or "", corrects=old.id)
            audit.record(s, actor=self._actor, entity="attendance_event", entity_id=old.id,
                         action="correct", before={"at": old.at, "pickup": old.pickup_name},
                         after={"void": void.id, "replacement": replacement.id
                                if replacement else None, "reason": why})
            name = s.get(Child, child_id).name
        state = self._state(center_id, child_id, day)
        return DeskResult(replacement.id if replacement else void.id, child_id, name, state,
                          Notice(N_("Corrected the record of {name}."), {"name": name}))

    def undo(self, event_id: int) -> DeskResult:
        return self.correct(event_id, "undone at the desk")

    # -- helpers -------------------------------------------------------------------------
    def _record(self, center_id: int, child_id: int, kind: EventKind, at: dt.datetime | None,
                *, pickup: str | None = None, override_reason: str | None = None,
                absence_reason: AbsenceReason | None = None, note: str = "",
                checked_in_at: dt.datetime | None = None,
                reason: str | None = None) -> DeskResult:
        now = self._now()
        at = at or now
        if at.tzinfo is None:
            raise ValueError("desk times must be aware")
        with self._db.unit_of_work() as s:
            zone = self._zone(center_id, s)
            settings = self._settings(s, center_id)
            day = at.astimezone(zone).date()
            child = s.get(Child, child_id)
            if child is None or child.center_id != center_id:
                raise UserError(N_("The child is no longer on the roster."))
            if child.status != "active":
                raise UserError(N_("{name} has left the center (withdrawn on {date})."),
                                name=child.name, date=str(child.withdrawn_on or ""))
            if kind is not EventKind.ABSENT and at > now + FUTURE_TOLERANCE:
                raise ValidationError(N_("The time {time} is in the future."), field="at",
                                      time=f"{at.astimezone(zone):%Y-%m-%d %H:%M}")
            listing = children_of_day(s, center_id, day, child_ids=[child_id])
            entry = listing.children[0] if listing.children else None
            enrolled_from = entry.enrolled_from if entry else None
            if kind is not EventKind.ABSENT and enrolled_from and day < enrolled_from:
                raise ValidationError(N_("{name} is enrolled from {date}, after this day."),
                                      field="at", name=child.name,
                                      date=enrolled_from.isoformat())
            if (kind is EventKind.CHECK_IN and not listing.open_programs
                    and not override_reason):
                raise ValidationError(N_("The center is closed on {date} by the calendar: "
                                         "give a reason to check a child in anyway."),
                                      field="reason", date=day.isoformat())
            existing = [_event(r) for r in s.scalars(select(AttendanceEventRow).where(
                AttendanceEventRow.child_id == child_id,
                AttendanceEventRow.local_date == day))]
            window = dt.timedelta(minutes=settings.duplicate_scan_minutes)
            if kind is EventKind.CHECK_OUT:
                self._check_pickup(s, child, pickup or "", override_reason)
                record = derive_day(existing, True)
                if record.check_in is None and checked_in_at is None:
                    raise ValidationError(N_("{name} was not checked in today: give the time "
                                             "of arrival and a reason to record both."),
                                          field="checked_in_at", name=child.name)
                if record.check_in is None:
                    if not reason:
                        raise ValidationError(N_("Give a reason for recording the arrival "
                                                 "afterwards."), field="reason")
                    pre = validate_new_event(existing, EventKind.CHECK_IN, checked_in_at, now,
                                             duplicate_window=window, tz=zone)
                    if pre.error:
                        raise pre.error
                    first = self._add(s, center_id, child_id, EventKind.CHECK_IN, checked_in_at,
                                      override_reason=reason)
                    existing.append(_event(first))
            check = validate_new_event(existing, kind, at, now, duplicate_window=window, tz=zone)
            if check.error is not None:
                raise check.error
            if check.duplicate:
                return DeskResult(None, child_id, child.name,
                                  derive_day(existing, True).state,
                                  Notice(N_("{name} was just recorded; the second scan was "
                                            "not recorded again."), {"name": child.name}),
                                  duplicate=True)
            if kind is EventKind.CHECK_IN and check.already_present:
                raise UserError(N_("{name} is already here: scan again to start the "
                                   "check-out."), name=child.name)
            row = self._add(s, center_id, child_id, kind, at, pickup=pickup,
                            override_reason=override_reason, absence_reason=absence_reason,
                            note=note)
            existing.append(_event(row))
            state = derive_day(existing, entry.expected if entry else False).state
            siblings = self._siblings(s, center_id, child, day, kind)
            event_id, name = row.id, child.name
        words = {EventKind.CHECK_IN: N_("{name} checked in at {time}."),
                 EventKind.CHECK_OUT: N_("{name} collected by {pickup} at {time}."),
                 EventKind.ABSENT: N_("{name} marked absent on {date}.")}[kind]
        local = at.astimezone(zone)
        return DeskResult(event_id, child_id, name, state, Notice(words, {
            "name": name, "time": f"{local:%H:%M}", "pickup": pickup or "",
            "date": local.date().isoformat()}), siblings=siblings)

    def _add(self, s: Session, center_id: int, child_id: int, kind: EventKind, at: dt.datetime,
             *, pickup: str | None = None, override_reason: str | None = None,
             absence_reason: AbsenceReason | None = None, note: str = "",
             corrects: int | None = None, void_reason: str | None = None) -> AttendanceEventRow:
        zone = self._zone(center_id, s)
        row = AttendanceEventRow(
            center_id=center_id, child_id=child_id, kind=str(kind), at=at,
            local_date=at.astimezone(zone).date(), recorded_at=self._now(),
            recorded_by=current_actor(self._actor), pickup_name=pickup,
            override_reason=override_reason,
            absence_reason=str(absence_reason) if absence_reason else None, note=note,
            corrects=corrects, void_reason=void_reason)
        s.add(row)
        s.flush()
        audit.record(s, actor=self._actor, entity="attendance_event", entity_id=row.id,
                     action=str(kind), after={"child_id": child_id, "at": at,
                                              "override": bool(override_reason)})
        return row

    @staticmethod
    def _check_pickup(s: Session, child: Child, pickup: str, override_reason: str | None):
        allowed = {" ".join(link.guardian.name.split()) for link in child.guardian_links
                   if link.may_pick_up}
        allowed |= {" ".join(p.name.split()) for p in child.pickups}
        if pickup in allowed:
            return
        if not override_reason:
            raise ValidationError(
                N_("{pickup} may not collect {name}. Allowed: {allowed}. A coordinator may "
                   "let them, with a reason."), field="pickup", pickup=pickup,
                name=child.name, allowed="、".join(sorted(allowed)) or "-")

    def _siblings(self, s: Session, center_id: int, child: Child, day: dt.date,
                  kind: EventKind) -> tuple[int, ...]:
        if kind not in (EventKind.CHECK_IN, EventKind.CHECK_OUT):
            return ()
        guardian_ids = [link.guardian_id for link in child.guardian_links]
        if not guardian_ids:
            return ()
        ids = set(s.scalars(select(ChildGuardian.child_id).where(
            ChildGuardian.guardian_id.in_(guardian_ids)))) - {child.id}
        if not ids:
            return ()
        listing = children_of_day(s, center_id, day, child_ids=sorted(ids))
        rows = s.scalars(select(AttendanceEventRow).where(
            AttendanceEventRow.child_id.in_(ids), AttendanceEventRow.local_date == day)).all()
        out = []
        for sibling in listing.children:
            record = derive_day([_event(r) for r in rows if r.child_id == sibling.id],
                                sibling.expected)
            if kind is EventKind.CHECK_IN and record.state is ChildDayState.EXPECTED:
                out.append(sibling.id)
            if kind is EventKind.CHECK_OUT and record.present:
                out.append(sibling.id)
        return tuple(out)

    def _state(self, center_id: int, child_id: int, day: dt.date) -> ChildDayState:
        """The child's state on the corrected day (not necessarily today)."""
        with self._db.unit_of_work() as s:
            listing = children_of_day(s, center_id, day, child_ids=[child_id])
            expected = bool(listing.children and listing.children[0].expected)
            rows = s.scalars(select(AttendanceEventRow).where(
                AttendanceEventRow.child_id == child_id,
                AttendanceEventRow.local_date == day)).all()
        return derive_day([_event(r) for r in rows], expected).state

    @staticmethod
    def _settings(s: Session, center_id: int) -> DeskSettings:
        row = s.get(DeskSetting, center_id)
        return DeskSettings(row.late_grace_minutes, row.duplicate_scan_minutes,
                            row.children_per_caregiver) if row else DeskSettings()

    def _zone(self, center_id: int, s: Session | None = None) -> ZoneInfo:
        if s is None:
            with self._db.unit_of_work() as session:
                return self._zone(center_id, session)
        center = s.get(Center, center_id)
        return ZoneInfo(center.time_zone if center else "Asia/Shanghai")


def _view(day: dt.date, open_programs: tuple[str, ...], items: list[ChildDay],
          caregivers: int | None, settings: DeskSettings) -> DayView:
    counts = dict.fromkeys(("expected", "present", "collected", "absent", "to_arrive",
                            "unexpected"), 0)
    for item in items:
        state = item.record.state
        counts["expected"] += item.child.expected
        counts["present"] += state in (ChildDayState.PRESENT, ChildDayState.UNEXPECTED_PRESENT)
        counts["collected"] += state in (ChildDayState.COLLECTED,
                                         ChildDayState.UNEXPECTED_COLLECTED)
        counts["absent"] += state is ChildDayState.ABSENT
        counts["to_arrive"] += state is ChildDayState.EXPECTED
        counts["unexpected"] += not item.child.expected
    per = settings.children_per_caregiver
    return DayView(day, open_programs, tuple(items), counts, caregivers,
                   caregivers_needed(counts["present"], per),
                   caregivers is None or ratio_ok(counts["present"], caregivers, per))


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(text.split())
    if len(text) > REASON_MAX:
        raise ValidationError(N_("The reason is longer than {max} characters."), field="reason",
                              max=REASON_MAX)
    return text or None
