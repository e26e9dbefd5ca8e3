"""Closing a desk day: recorded when the end-of-day dialog's Close button is pressed, with
the children it left open; reopened by an undo; read back the next morning for the last open
day before today (and what is open now, when records were made after it was closed)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from asc_desk.db.models import AttendanceEventRow, Center, ClosedDeskDay
from asc_desk.domain.actor import ActorProvider, as_provider, current_actor
from asc_desk.domain.attendance_rules import AttendanceEvent, derive_day
from asc_desk.domain.center import DEFAULT_TIME_ZONE
from asc_desk.domain.changes import Area, Changes, Outcome
from asc_desk.domain.clock import utc_now
from asc_desk.domain.day_closing import LOOK_BACK_DAYS, DayClosing, LeftOpen, in_order, left_open
from asc_desk.domain.errors import N_, ValidationError
from asc_desk.services import audit
from asc_desk.services.attendance.day_view import event_of
from asc_desk.services.attendance.expected_children import children_of_day
from asc_desk.services.database import Database

log = logging.getLogger(__name__)


class DayCloseService:
    def __init__(self, db: Database, actor: str | ActorProvider,
                 now: Callable[[], dt.datetime] = utc_now) -> None:
        self._db = db
        self._actor = as_provider(actor)
        self._now = now

    def close_day(self, center_id: int, day: dt.date) -> Outcome[DayClosing]:
        """The end of `day` at the desk: stored with what is still open now (a day closed
        again replaces the earlier closing). Refused for a day still to come."""
        with self._db.unit_of_work() as s:
            zone = self._zone(s, center_id)
            today = self._now().astimezone(zone).date()
            if day > today:
                raise ValidationError(N_("The day {date} has not come yet: it cannot be "
                                         "closed."), field="day", date=day.isoformat())
            still = self._left_open(s, center_id, day)
            row = s.get(ClosedDeskDay, (center_id, day))
            before = None if row is None else {"closed_at": row.closed_at,
                                               "left_open": [c.get("id") for c in
                                                             row.left_open or []]}
            if row is None:
                row = ClosedDeskDay(center_id=center_id, day=day)
                s.add(row)
            row.closed_at = self._now()
            row.closed_by = current_actor(self._actor)
            row.left_open = [c.stored() for c in still]
            # The audit keeps ids only: names stay in the day's own row.
            audit.record(s, actor=self._actor, entity="closed_desk_day",
                         entity_id=f"{center_id}:{day.isoformat()}", action="close",
                         before=before, after={"closed_at": row.closed_at,
                                               "left_open": [c.child_id for c in still]})
            closing = DayClosing(day, True, row.closed_at, row.closed_by, still)
        log.info("desk day %s of center %s closed, %d left open", day, center_id, len(still))
        return Outcome(closing, Changes.of(Area.ATTENDANCE, day))

    def reopen_day(self, center_id: int, day: dt.date) -> Outcome[DayClosing]:
        """Takes back a closing (the undo of close_day): the day is open again, as if never
        closed; what it has open now is returned. Refused for a day not closed."""
        with self._db.unit_of_work() as s:
            row = s.get(ClosedDeskDay, (center_id, day))
            if row is None:
                raise ValidationError(N_("The day {date} is not closed: there is nothing to "
                                         "reopen."), field="day", date=day.isoformat())
            before = {"closed_at": row.closed_at,
                      "left_open": [c.get("id") for c in row.left_open or []]}
            s.delete(row)
            audit.record(s, actor=self._actor, entity="closed_desk_day",
                         entity_id=f"{center_id}:{day.isoformat()}", action="reopen",
                         before=before, after=None)
            s.flush()
            reopened = self._closing(s, center_id, day)
        log.info("desk day %s of center %s reopened", day, center_id)
        return Outcome(reopened, Changes.of(Area.ATTENDANCE, day))

    def closed(self, center_id: int, day: dt.date) -> DayClosing | None:
        """The day's closing as stored (one row read, no children listed): None when open."""
        with self._db.read() as s:
            row = s.get(ClosedDeskDay, (center_id, day))
            if row is None:
                return None
            return DayClosing(day, True, row.closed_at, row.closed_by,
                              in_order(LeftOpen.of_stored(c) for c in row.left_open or []),
                              recorded_after=self._recorded_after(s, center_id, day,
                                                                  row.closed_at))

    def closing(self, center_id: int, day: dt.date) -> DayClosing:
        """The day as closed (what it left open then), or, never closed, what is open now."""
        with self._db.read() as s:
            return self._closing(s, center_id, day)

    def last_open_day(self, center_id: int, today: dt.date) -> dt.date | None:
        """The last day before `today` when some program was open by the calendar."""
        with self._db.read() as s:
            return self._last_open_day(s, center_id, today)

    def previous_day(self, center_id: int, today: dt.date) -> DayClosing | None:
        """What the morning shows: the last open day before today, closed or not."""
        with self._db.read() as s:
            day = self._last_open_day(s, center_id, today)
            if day is None:
                return None
            closing = self._closing(s, center_id, day)
            if not closing.closed and not closing.left_open and not self._any_record(
                    s, center_id, day):
                # Nothing happened that day (a new center's first morning, nobody enrolled
                # yet): "not closed, but every child is accounted for" would be news of
                # nothing.
                return None
            return closing

    @staticmethod
    def _any_record(s: Session, center_id: int, day: dt.date) -> bool:
        return s.scalar(select(AttendanceEventRow.id).where(
            AttendanceEventRow.center_id == center_id,
            AttendanceEventRow.local_date == day).limit(1)) is not None

    # -- helpers -------------------------------------------------------------------------
    def _closing(self, s: Session, center_id: int, day: dt.date) -> DayClosing:
        row = s.get(ClosedDeskDay, (center_id, day))
        if row is None:
            return DayClosing(day, False, None, "", self._left_open(s, center_id, day))
        stored = in_order(LeftOpen.of_stored(c) for c in row.left_open or [])
        if self._recorded_after(s, center_id, day, row.closed_at):
            # Recorded after the closing (a late check-in, a pickup): the list stored then
            # may be false now, so what is open is read again; when it differs, the closing
            # says so and lists what is open now (a correction that leaves it as it was
            # changes nothing here).
            now = self._left_open(s, center_id, day)
            if [(c.child_id, c.still_here) for c in now] != [
                    (c.child_id, c.still_here) for c in stored]:
                return DayClosing(day, True, row.closed_at, row.closed_by, now,
                                  changed_after=True)
        return DayClosing(day, True, row.closed_at, row.closed_by, stored)

    @staticmethod
    def _recorded_after(s: Session, center_id: int, day: dt.date, closed_at: dt.datetime
                        ) -> bool:
        return s.scalar(select(AttendanceEventRow.id).where(
            AttendanceEventRow.center_id == center_id, AttendanceEventRow.local_date == day,
            AttendanceEventRow.recorded_at > closed_at).limit(1)) is not None

    @staticmethod
    def _last_open_day(s: Session, center_id: int, today: dt.date) -> dt.date | None:
        for back in range(1, LOOK_BACK_DAYS + 1):
            day = today - dt.timedelta(days=back)
            # No child asked for: only the calendar's answer for the day.
            if children_of_day(s, center_id, day, child_ids=[]).open_programs:
                return day
        return None

    @staticmethod
    def _left_open(s: Session, center_id: int, day: dt.date) -> tuple[LeftOpen, ...]:
        listing = children_of_day(s, center_id, day)
        events: dict[int, list[AttendanceEvent]] = {}
        for row in s.scalars(select(AttendanceEventRow).where(
                AttendanceEventRow.center_id == center_id, AttendanceEventRow.local_date == day)):
            events.setdefault(row.child_id, []).append(event_of(row))
        return left_open((c.id, c.name, derive_day(events.get(c.id, ()), c.expected).state,
                          c.pinyin) for c in listing.children)

    @staticmethod
    def _zone(s: Session, center_id: int) -> ZoneInfo:
        center = s.get(Center, center_id)
        return ZoneInfo(center.time_zone if center else DEFAULT_TIME_ZONE)
