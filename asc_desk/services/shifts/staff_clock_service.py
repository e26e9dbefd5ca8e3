"""The staff clock at the desk: clock-in, clock-out, corrections (append-only)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select

from asc_desk.db.models import Caregiver, Center, StaffClockEvent
from asc_desk.db.row_locks import lock_caregivers
from asc_desk.db.utc_datetime import utc_now
from asc_desk.domain.actor import ActorProvider, as_provider, current_actor
from asc_desk.domain.attendance_rules import in_the_future
from asc_desk.domain.center import DEFAULT_TIME_ZONE
from asc_desk.domain.changes import Area, Changes
from asc_desk.domain.errors import N_, UserError, ValidationError
from asc_desk.domain.notices import Notice
from asc_desk.domain.staff_clock import REASON_MAX, ClockEvent, ClockKind, check_new
from asc_desk.services import audit
from asc_desk.services.database import Database


@dataclass(frozen=True)
class ClockResult:
    event_id: int
    caregiver_id: int
    kind: ClockKind
    at: dt.datetime
    notice: Notice
    changes: Changes


def _event(r: StaffClockEvent) -> ClockEvent:
    return ClockEvent(r.id, r.caregiver_id, ClockKind(r.kind), r.at, r.corrects, r.reason)


class StaffClockService:
    def __init__(self, db: Database, actor: str | ActorProvider,
                 now: Callable[[], dt.datetime] = utc_now) -> None:
        self._db = db
        self._actor = as_provider(actor)
        self._now = now

    def clock_in(self, caregiver_id: int, at: dt.datetime | None = None) -> ClockResult:
        return self._record(caregiver_id, ClockKind.CLOCK_IN, at)

    def clock_out(self, caregiver_id: int, at: dt.datetime | None = None) -> ClockResult:
        return self._record(caregiver_id, ClockKind.CLOCK_OUT, at)

    def correct(self, event_id: int, reason: str, at: dt.datetime | None = None
                ) -> ClockResult:
        """Cancels an event (at None) or gives it another time; a new event with the reason
        and who made it, the old one kept."""
        reason = " ".join((reason or "").split())
        if not reason:
            raise ValidationError(N_("Give a reason for the correction."), field="reason")
        if len(reason) > REASON_MAX:
            raise ValidationError(N_("The reason is longer than {max} characters."),
                                  field="reason", max=REASON_MAX)
        with self._db.unit_of_work() as s:
            old = s.get(StaffClockEvent, event_id)
            if old is None or old.kind == ClockKind.CORRECTION_VOID:
                raise UserError(N_("There is no such clock record to correct."))
            # Two corrections of one record at once: the second waits, then is refused.
            lock_caregivers(s, [old.caregiver_id])
            if s.scalars(select(StaffClockEvent.id).where(
                    StaffClockEvent.corrects == event_id)).first() is not None:
                raise UserError(N_("This clock record was already corrected: correct the "
                                   "newer one."))
            kind = ClockKind.CORRECTION_VOID if at is None else ClockKind(old.kind)
            row = self._add(s, old.center_id, old.caregiver_id, kind, at or old.at,
                            corrects=event_id, reason=reason)
            zone = self._zone(s, old.center_id)
            result = self._result(row, zone, N_("The clock record was corrected."))
        return result

    def events(self, caregiver_id: int, first: dt.date, last: dt.date) -> list[ClockEvent]:
        with self._db.read() as s:
            return [_event(r) for r in s.scalars(select(StaffClockEvent).where(
                StaffClockEvent.caregiver_id == caregiver_id,
                StaffClockEvent.local_date >= first, StaffClockEvent.local_date <= last)
                .order_by(StaffClockEvent.at, StaffClockEvent.id))]

    # -- helpers -------------------------------------------------------------------------
    def _record(self, caregiver_id: int, kind: ClockKind, at: dt.datetime | None
                ) -> ClockResult:
        now = self._now()
        at = at or now
        if at.tzinfo is None:
            raise ValueError("clock times must be aware")
        with self._db.unit_of_work() as s:
            # Locked: two desks clocking the same person in at once must not both succeed.
            person = s.scalars(select(Caregiver).where(Caregiver.id == caregiver_id)
                               .with_for_update()).first()
            if person is None:
                raise UserError(N_("This caregiver no longer exists."))
            zone = self._zone(s, person.center_id)
            if in_the_future(at, now):
                raise ValidationError(N_("The time {time} is in the future."), field="at",
                                      time=f"{at.astimezone(zone):%Y-%m-%d %H:%M}")
            if not person.active:
                raise UserError(N_("{name} is no longer active."), name=person.name)
            day = at.astimezone(zone).date()
            existing = [_event(r) for r in s.scalars(select(StaffClockEvent).where(
                StaffClockEvent.caregiver_id == caregiver_id,
                StaffClockEvent.local_date >= day - dt.timedelta(days=1)))]
            check_new(existing, kind, at, person.name, zone)
            row = self._add(s, person.center_id, caregiver_id, kind, at)
            words = (N_("{name} clocked in at {time}.") if kind is ClockKind.CLOCK_IN
                     else N_("{name} clocked out at {time}."))
            result = self._result(row, zone, words, person.name)
        return result

    def _add(self, s, center_id: int, caregiver_id: int, kind: ClockKind, at: dt.datetime,
             *, corrects: int | None = None, reason: str | None = None) -> StaffClockEvent:
        zone = self._zone(s, center_id)
        row = StaffClockEvent(center_id=center_id, caregiver_id=caregiver_id, kind=str(kind),
                              at=at, local_date=at.astimezone(zone).date(),
                              recorded_at=self._now(), recorded_by=current_actor(self._actor),
                              corrects=corrects, reason=reason)
        s.add(row)
        s.flush()
        audit.record(s, actor=self._actor, entity="staff_clock_event", entity_id=row.id,
                     action=str(kind), after={"caregiver_id": caregiver_id, "at": at,
                                              "corrects": corrects, "reason": reason})
        return row

    @staticmethod
    def _result(row: StaffClockEvent, zone: ZoneInfo, words: str, name: str = ""
                ) -> ClockResult:
        local = row.at.astimezone(zone)
        return ClockResult(row.id, row.caregiver_id, ClockKind(row.kind), row.at,
                           Notice(words, {"name": name, "time": f"{local:%H:%M}"}),
                           Changes.of(Area.STAFF, local.date()))

    @staticmethod
    def _zone(s, center_id: int) -> ZoneInfo:
        center = s.get(Center, center_id)
        return ZoneInfo(center.time_zone if center else DEFAULT_TIME_ZONE)
