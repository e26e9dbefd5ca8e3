"""Who is expected on a date: the service loads the rows, `domain.expected_day.expected_on`
decides (the rule the shift plan and the reports share)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from asc_desk.db.models import (
    AuthorizedPickup,
    Child,
    ChildGuardian,
    Enrollment,
    Guardian,
    Program,
)
from asc_desk.domain.attendance_rules import siblings_by_child
from asc_desk.domain.calendar_rules import DayStatus, day_status
from asc_desk.domain.expected_day import EnrollmentSpan, expected_on
from asc_desk.domain.name_search import pinyin_order
from asc_desk.services.calendar.calendar_service import (
    official_calendar_in,
    overrides_in,
    rules_of,
)
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
    sibling_ids: tuple[int, ...] = ()  # children sharing a guardian (on the roster or not)
    # The name's stored pinyin (the order's key): lists made from the day's children sort
    # by it without pypinyin's dictionaries.
    pinyin: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True)
class DayListing:
    open_programs: tuple[str, ...]
    statuses: dict[int, DayStatus]  # program id -> its status that day
    children: tuple[ChildOfDay, ...]


@dataclass(frozen=True)
class DayFacts:
    """What a day's listing needs besides the children: each program's status and name.
    It changes only with the calendar or the programs, so the desk keeps it between scans."""

    statuses: dict[int, DayStatus]  # program id -> its status that day
    names: dict[int, str]


def day_facts(s: Session, center_id: int, day: dt.date) -> DayFacts:
    official = official_calendar_in(s)
    programs = [program_info(p) for p in s.scalars(select(Program).where(
        Program.center_id == center_id))]
    overrides = overrides_in(s, center_id, day, day)
    return DayFacts({p.id: day_status(rules_of(p), day, official, overrides)
                     for p in programs}, {p.id: p.name for p in programs})


def children_of_day(s: Session, center_id: int, day: dt.date,
                    child_ids: list[int] | None = None,
                    facts: DayFacts | None = None) -> DayListing:
    """`facts`: the day's programs as read before (see `day_facts`); None reads them."""
    if facts is None:
        facts = day_facts(s, center_id, day)
    statuses, names = facts.statuses, facts.names
    # Plain column reads, not ORM objects: the desk asks for the whole day after every scan,
    # and building 500 children with their relations as objects took most of the time. Run
    # on the session's connection (Core rows, built in C): the ORM's row loading of the same
    # columns cost as much again at 5,000 children.
    run = s.connection().execute
    scope = [Child.center_id == center_id]
    if child_ids is not None:
        scope.append(Child.id.in_(child_ids))
    # In pinyin order (the stored reading: no dictionary work per scan), as every list of
    # children is shown: the desk's dialogs and the CLI take this order as it comes.
    children = sorted(run(select(
        Child.id, Child.name, Child.card_code, Child.external_id, Child.status,
        Child.withdrawn_on, Child.allergies, Child.name_pinyin).where(*scope)).all(),
        key=_child_order)
    enrollments: dict[int, list[EnrollmentSpan]] = {}
    for enrolled, program, from_date, to_date, weekdays in run(
            select(Enrollment.child_id, Enrollment.program_id, Enrollment.from_date,
                   Enrollment.to_date, Enrollment.weekdays)
            .join(Child, Child.id == Enrollment.child_id).where(*scope)).all():
        enrollments.setdefault(enrolled, []).append(
            EnrollmentSpan(program, from_date, to_date, weekdays))
    guardians: dict[int, list] = {}
    for link in run(select(ChildGuardian.child_id, ChildGuardian.guardian_id,
                           ChildGuardian.may_pick_up, Guardian.name,
                           Guardian.phone, Guardian.shift_pattern, Guardian.shift_start,
                           Guardian.shift_end)
                    .join(Guardian, Guardian.id == ChildGuardian.guardian_id)
                    .join(Child, Child.id == ChildGuardian.child_id).where(*scope)
                    .order_by(ChildGuardian.child_id, ChildGuardian.position)).all():
        guardians.setdefault(link[0], []).append(link)
    siblings = siblings_by_child(_guardian_links(s, guardians, child_ids))
    pickups: dict[int, list[str]] = {}
    for pickup_child, name in run(select(AuthorizedPickup.child_id, AuthorizedPickup.name)
                              .join(Child, Child.id == AuthorizedPickup.child_id)
                              .where(*scope).order_by(AuthorizedPickup.id)).all():
        pickups.setdefault(pickup_child, []).append(name)
    open_ids = {pid for pid, st in statuses.items() if st.open}
    out = []
    no_links: tuple[tuple, tuple, tuple, tuple] = ((), (), (), ())
    same: dict[tuple, tuple] = {}
    for (child_id, name, card_code, external_id, status, withdrawn_on, allergies,
         pinyin) in children:
        rule = expected_on(day, enrollments.get(child_id, ()), open_ids, status=status,
                           withdrawn_on=withdrawn_on)
        program_id = rule.program_id
        program_day = statuses.get(program_id) if program_id is not None else None
        links = guardians.get(child_id)
        # (child_id, guardian_id, may_pick_up, name, phone, shift_pattern, start, end)
        names_, phones, may, shifts = no_links if links is None else (
            tuple(g[3] for g in links), tuple(g[4] for g in links if g[4]),
            tuple(g[3] for g in links if g[2]), tuple((g[5], g[6], g[7]) for g in links))
        # Equal tuples shared: fewer objects for the collector to walk at 5,000 children
        # (most rosters have a handful of shift patterns; most guardians may collect).
        shifts = same.setdefault(shifts, shifts)
        if may == names_:
            may = names_
        extra = pickups.get(child_id)
        out.append(ChildOfDay(
            child_id, name, card_code, external_id or "",
            rule.expected, names.get(program_id, "") if program_id is not None else "",
            program_day.opens_at if program_day else None,
            program_day.closes_at if program_day else None,
            rule.enrolled_from, names_, phones, may + tuple(extra) if extra else may,
            shifts, allergies, siblings.get(child_id, ()), pinyin or "",
        ))
    open_programs = tuple(names[pid] for pid, st in statuses.items() if st.open)
    return DayListing(open_programs, statuses, tuple(out))


def _child_order(child) -> tuple[str, str, int]:
    return (*pinyin_order(child[1], child[7]), child[0])  # name, name_pinyin; id


def _guardian_links(s: Session, guardians: dict[int, list],
                    child_ids: list[int] | None) -> list[tuple[int, int]]:
    """(child id, guardian id) of every child sharing a guardian with the children read."""
    if child_ids is None:  # the whole center: its links are all there is
        return [(child_id, g[1]) for child_id, rows in guardians.items() for g in rows]
    ids = {g[1] for rows in guardians.values() for g in rows}
    if not ids:
        return []
    rows = s.execute(select(ChildGuardian.child_id, ChildGuardian.guardian_id)
                     .where(ChildGuardian.guardian_id.in_(ids)))
    return [(child_id, guardian_id) for child_id, guardian_id in rows]
