"""Demo attendance: three months of arrivals, pickups (some late), absences and a correction;
each past day closed at the desk after its last pickup, as a coordinator does."""

from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select

from asc_desk.db.models import AttendanceEventRow, Center, ClosedDeskDay
from asc_desk.services.attendance.expected_children import children_of_day
from asc_desk.services.database import Database

ABSENCES = ("sick", "sick", "leave", "notified", "other")


def fill_attendance(db: Database, center_id: int, first: dt.date, last: dt.date,
                    rng: random.Random, actor: str = "demo") -> int:
    """Events for every open day from first to last, in one transaction; returns the count."""
    rows = []
    with db.unit_of_work() as s:
        center = s.get(Center, center_id)
        assert center is not None  # the demo made it
        zone = ZoneInfo(center.time_zone)
        day = first
        closings = []
        while day <= last:
            listing = children_of_day(s, center_id, day)
            of_day = []
            for child in listing.children:
                if not child.expected or child.closes_at is None:
                    continue
                of_day += _child_day(child, day, zone, rng, actor, center_id)
            if of_day:
                # Every child accounted for: closed a few minutes after the last one left.
                last_out = max(r["at"] for r in of_day)
                # (Minutes from the date, not from `rng`: the rest of the demo stays the same.)
                closings.append(dict(center_id=center_id, day=day, closed_by=actor,
                                     closed_at=last_out + dt.timedelta(
                                         minutes=3 + day.toordinal() % 12), left_open=[]))
            rows += of_day
            day += dt.timedelta(days=1)
        if rows:
            s.execute(insert(AttendanceEventRow), rows)
            s.execute(insert(ClosedDeskDay), closings)
            _one_correction(s, center_id, rng, actor, zone)
    return len(rows)


def _at(day: dt.date, hour: int, minute: int, zone: ZoneInfo) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def _child_day(child, day, zone, rng, actor, center_id) -> list[dict]:
    base = dict(center_id=center_id, child_id=child.id, local_date=day, recorded_by=actor,
                note="", pickup_name=None, override_reason=None, absence_reason=None,
                corrects=None, void_reason=None)
    roll = rng.random()
    if roll < 0.05:
        at = _at(day, 12, 0, zone)
        return [dict(base, kind="absent", at=at, recorded_at=at - dt.timedelta(hours=4),
                     absence_reason=rng.choice(ABSENCES))]
    opens = dt.datetime.combine(day, child.opens_at, zone)
    closes = dt.datetime.combine(day, child.closes_at, zone)
    arrive = opens + dt.timedelta(minutes=rng.randint(-10, 25))
    if roll < 0.10:  # a late pickup: a parent kept on the line
        leave = closes + dt.timedelta(minutes=rng.randint(20, 55))
    else:
        leave = closes - dt.timedelta(minutes=rng.randint(5, 110))
    leave = max(leave, arrive + dt.timedelta(minutes=rng.randint(20, 40)))  # short days
    pickup = rng.choice(child.may_collect) if child.may_collect else "家长"
    return [dict(base, kind="check_in", at=arrive, recorded_at=arrive),
            dict(base, kind="check_out", at=leave, recorded_at=leave, pickup_name=pickup)]


def _one_correction(s, center_id, rng, actor, zone) -> None:
    """A pickup typed at the wrong time, fixed by the coordinator the next morning."""
    row = s.scalars(select(AttendanceEventRow).where(
        AttendanceEventRow.center_id == center_id, AttendanceEventRow.kind == "check_out")
        .order_by(AttendanceEventRow.id.desc()).limit(1)).first()
    if row is None:
        return
    fixed_at = row.at - dt.timedelta(minutes=30)
    recorded = row.at + dt.timedelta(hours=13)
    common = dict(center_id=center_id, child_id=row.child_id, local_date=row.local_date,
                  recorded_at=recorded, recorded_by=actor, note="", override_reason=None,
                  absence_reason=None)
    s.execute(insert(AttendanceEventRow), [
        dict(common, kind="correction_void", at=row.at, pickup_name=None, corrects=row.id,
             void_reason="签退时间录错"),
        dict(common, kind="check_out", at=fixed_at, pickup_name=row.pickup_name,
             corrects=row.id, void_reason=None),
    ])
