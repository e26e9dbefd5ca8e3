"""Who is expected on a date: active children enrolled in a program that is open that day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from asc_desk.db.models import CalendarOverride, Child, ChildGuardian, Program
from asc_desk.domain.calendar_rules import DayStatus, day_status
from asc_desk.services.calendar_service import CalendarService, _override, rules_of
from asc_desk.services.program_service import _info


@dataclass(frozen=True)
class ChildOfDay:
    id: int
    name: str
    card_code: str
    external_id: str
    expected: bool
    program_name: str  # the program that expects the child (or the first enrolled one)
    opens_at: dt.time | None
    closes_at: dt.time | None
    enrolled_from: dt.date | None
    guardians: tuple[str, ...]
    phones: tuple[str, ...]
    may_collect: tuple[str, ...]  # guardians who may pick up, and authorized pickups
    shifts: tuple[tuple[str, dt.time | None, dt.time | None], ...]
    allergies: str
    sibling_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class DayListing:
    open_programs: tuple[str, ...]
    statuses: dict[int, DayStatus]  # program id -> its status that day
    children: tuple[ChildOfDay, ...]


def children_of_day(s: Session, center_id: int, day: dt.date,
                    child_ids: list[int] | None = None) -> DayListing:
    official = CalendarService._official(s)
    programs = [_info(p) for p in s.scalars(select(Program).where(
        Program.center_id == center_id))]
    overrides = [_override(r) for r in s.scalars(select(CalendarOverride).where(
        CalendarOverride.center_id == center_id, CalendarOverride.day == day))]
    statuses = {p.id: day_status(rules_of(p), day, official, overrides) for p in programs}
    names = {p.id: p.name for p in programs}
    query = (select(Child).where(Child.center_id == center_id).options(
        selectinload(Child.guardian_links).selectinload(ChildGuardian.guardian),
        selectinload(Child.pickups), selectinload(Child.enrollments)).order_by(Child.name))
    if child_ids is not None:
        query = query.where(Child.id.in_(child_ids))
    out = []
    for child in s.scalars(query):
        on_roster = child.status == "active" or (child.withdrawn_on is not None
                                                 and child.withdrawn_on > day)
        current = [e for e in child.enrollments if e.from_date <= day
                   and (e.to_date is None or e.to_date >= day)]
        expecting = [e for e in current if statuses[e.program_id].open
                     and e.weekdays & (1 << day.weekday())]
        chosen = (expecting or current or sorted(child.enrollments, key=lambda e: e.from_date)
                  or [None])[0]
        status = statuses.get(chosen.program_id) if chosen else None
        guardians = [link.guardian for link in child.guardian_links]
        out.append(ChildOfDay(
            child.id, child.name, child.card_code, child.external_id or "",
            on_roster and bool(expecting), names.get(chosen.program_id, "") if chosen else "",
            status.opens_at if status else None, status.closes_at if status else None,
            min((e.from_date for e in child.enrollments), default=None),
            tuple(g.name for g in guardians), tuple(g.phone for g in guardians if g.phone),
            tuple(link.guardian.name for link in child.guardian_links if link.may_pick_up)
            + tuple(p.name for p in child.pickups),
            tuple((g.shift_pattern, g.shift_start, g.shift_end) for g in guardians),
            child.allergies,
        ))
    open_programs = tuple(names[pid] for pid, st in statuses.items() if st.open)
    return DayListing(open_programs, statuses, tuple(out))
