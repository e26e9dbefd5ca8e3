"""The pickup cards' figures: each child's name, program, photo and current card code."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from asc_desk.db.models import Center, Child, Enrollment, Program
from asc_desk.domain.name_search import pinyin_order
from asc_desk.services.calendar.program_service import ProgramInfo
from asc_desk.services.database import Database


@dataclass(frozen=True)
class PickupCard:
    child_id: int
    name: str
    program: str
    card_code: str
    photo: bytes | None  # the stored JPEG, if any


@dataclass(frozen=True)
class PickupCards:
    center_name: str
    cards: tuple[PickupCard, ...]  # by the name's pinyin


def pickup_cards(db: Database, center_id: int, today: dt.date,
                 program: ProgramInfo | None = None,
                 child_id: int | None = None) -> PickupCards:
    """The cards of the children on the roster (of one program, or one child): the code is
    the child's card code, the same the desk scans, so a reprint keeps it (a revoked card's
    child carries a new code: services/roster/card_revocation.py)."""
    with db.read() as s:
        center = s.get(Center, center_id)
        names = {p.id: p.name for p in s.scalars(select(Program).where(
            Program.center_id == center_id))}
        query = select(Child.id, Child.name, Child.name_pinyin, Child.card_code,
                       Child.photo).where(Child.center_id == center_id)
        if child_id is not None:
            query = query.where(Child.id == child_id)
        else:
            query = query.where(Child.status == "active")
        children = sorted(s.execute(query).all(),
                          key=lambda c: (*pinyin_order(c.name, c.name_pinyin), c.id))
        enrolled: dict[int, list] = {}
        for row in s.execute(select(Enrollment.child_id, Enrollment.program_id,
                                    Enrollment.from_date, Enrollment.to_date)
                             .join(Child, Child.id == Enrollment.child_id)
                             .where(Child.center_id == center_id)
                             .order_by(Enrollment.from_date)):
            if row.to_date is None or row.to_date >= today:
                enrolled.setdefault(row.child_id, []).append(row.program_id)
    cards = []
    for child in children:
        programs = enrolled.get(child.id, [])
        if program is not None and child_id is None and program.id not in programs:
            continue
        shown = program.name if program is not None and program.id in programs else (
            names.get(programs[0], "") if programs else "")
        cards.append(PickupCard(child.id, child.name, shown, child.card_code, child.photo))
    return PickupCards(center.name if center else "", tuple(cards))
