"""Who is expected on a date: active children enrolled in a program that is open that day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from asc_desk.db.models import (
    AuthorizedPickup,
    CalendarOverride,
    Child,
    ChildGuardian,
    Enrollment,
    Guardian,
    Program,
)
from asc_desk.domain.calendar_rules import DayStatus, day_status
from asc_desk.services.calendar.calendar_service import official_calendar_in, override_of, rules_of
from asc_desk.services.calendar.program_service import program_info


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
    official = official_calendar_in(s)
    programs = [program_info(p) for p in s.scalars(select(Program).where(
        Program.center_id == center_id))]
    overrides = [override_of(r) for r in s.scalars(select(CalendarOverride).where(
        CalendarOverride.center_id == center_id, CalendarOverride.day == day))]
    statuses = {p.id: day_status(rules_of(p), day, official, overrides) for p in programs}
    names = {p.id: p.name for p in programs}
    # Plain column reads, not ORM objects: the desk asks for the whole day after every scan,
    # and building 500 children with their relations as objects took most of the time.
    scope = [Child.center_id == center_id]
    if child_ids is not None:
        scope.append(Child.id.in_(child_ids))
    children = s.execute(select(
        Child.id, Child.name, Child.card_code, Child.external_id, Child.status,
        Child.withdrawn_on, Child.allergies).where(*scope).order_by(Child.name, Child.id)).all()
    enrollments: dict[int, list] = {}
    for row in s.execute(select(Enrollment.child_id, Enrollment.program_id,
                                Enrollment.from_date, Enrollment.to_date, Enrollment.weekdays)
                         .join(Child, Child.id == Enrollment.child_id).where(*scope)):
        enrollments.setdefault(row.child_id, []).append(row)
    guardians: dict[int, list] = {}
    for row in s.execute(select(ChildGuardian.child_id, ChildGuardian.may_pick_up, Guardian.name,
                                Guardian.phone, Guardian.shift_pattern, Guardian.shift_start,
                                Guardian.shift_end)
                         .join(Guardian, Guardian.id == ChildGuardian.guardian_id)
                         .join(Child, Child.id == ChildGuardian.child_id).where(*scope)
                         .order_by(ChildGuardian.child_id, ChildGuardian.position)):
        guardians.setdefault(row.child_id, []).append(row)
    pickups: dict[int, list[str]] = {}
    for child_id, name in s.execute(select(AuthorizedPickup.child_id, AuthorizedPickup.name)
                                    .join(Child, Child.id == AuthorizedPickup.child_id)
                                    .where(*scope).order_by(AuthorizedPickup.id)):
        pickups.setdefault(child_id, []).append(name)
    bit = 1 << day.weekday()
    out = []
    for child in children:
        on_roster = child.status == "active" or (child.withdrawn_on is not None
                                                 and child.withdrawn_on > day)
        mine = enrollments.get(child.id, [])
        current = [e for e in mine if e.from_date <= day
                   and (e.to_date is None or e.to_date >= day)]
        expecting = [e for e in current if statuses[e.program_id].open and e.weekdays & bit]
        chosen = (expecting or current or sorted(mine, key=lambda e: e.from_date) or [None])[0]
        status = statuses.get(chosen.program_id) if chosen else None
        links = guardians.get(child.id, [])
        out.append(ChildOfDay(
            child.id, child.name, child.card_code, child.external_id or "",
            on_roster and bool(expecting), names.get(chosen.program_id, "") if chosen else "",
            status.opens_at if status else None, status.closes_at if status else None,
            min((e.from_date for e in mine), default=None),
            tuple(g.name for g in links), tuple(g.phone for g in links if g.phone),
            tuple(g.name for g in links if g.may_pick_up) + tuple(pickups.get(child.id, ())),
            tuple((g.shift_pattern, g.shift_start, g.shift_end) for g in links),
            child.allergies,
        ))
    open_programs = tuple(names[pid] for pid, st in statuses.items() if st.open)
    return DayListing(open_programs, statuses, tuple(out))
