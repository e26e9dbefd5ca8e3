"""What the check-out needs to verify a face: each person allowed to collect a child with
their relation and ID note, and the child's photo (a deferred column, read only here)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from asc_desk.db.models import AuthorizedPickup, Child, ChildGuardian, Guardian
from asc_desk.domain.attendance_rules import same_name
from asc_desk.domain.errors import N_, UserError


@dataclass(frozen=True)
class PickupPerson:
    name: str
    relation: str  # 母亲, 外婆...
    note: str  # what identifies them: 身份证后四位 1234
    guardian: bool  # a guardian of the child (else an authorized pickup)


@dataclass(frozen=True)
class PickupDetails:
    child_id: int
    people: tuple[PickupPerson, ...]  # in the order the check-out offers them
    photo: bytes | None


def pickup_details(s: Session, child_id: int) -> PickupDetails:
    child = s.get(Child, child_id)
    if child is None:
        raise UserError(N_("The child is no longer on the roster."))
    people: dict[str, PickupPerson] = {}
    for name, relation in s.execute(
            select(Guardian.name, ChildGuardian.relation)
            .join(ChildGuardian, ChildGuardian.guardian_id == Guardian.id)
            .where(ChildGuardian.child_id == child_id, ChildGuardian.may_pick_up)
            .order_by(ChildGuardian.position)):
        people.setdefault(same_name(name), PickupPerson(same_name(name), relation or "", "",
                                                        True))
    for name, relation, note in s.execute(
            select(AuthorizedPickup.name, AuthorizedPickup.relation, AuthorizedPickup.note)
            .where(AuthorizedPickup.child_id == child_id).order_by(AuthorizedPickup.id)):
        people.setdefault(same_name(name), PickupPerson(same_name(name), relation or "",
                                                        note or "", False))
    photo = s.scalar(select(Child.photo).where(Child.id == child_id))
    return PickupDetails(child_id, tuple(p for p in people.values() if p.name), photo)


def child_photo(s: Session, child_id: int) -> bytes | None:
    return s.scalar(select(Child.photo).where(Child.id == child_id))
