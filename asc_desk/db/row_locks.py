"""Serialise writes per child (or per caregiver) inside a unit of work.

"Read the child's events of the day, then insert unless it is a repeat" races between two
desks on PostgreSQL's READ COMMITTED: both read nothing and both insert. Call
`lock_children(session, [child_id])` first, inside the same unit of work, before reading
the state the decision depends on: a second desk's unit of work then waits at the same call
until the first one commits, and reads its result.

- PostgreSQL: `pg_advisory_xact_lock(kind, id)` per entity, taken in ascending id order (so
  two actions on several children never deadlock), released by the commit or rollback.
  The lock needs no row, so it also serialises the creation of a caregiver's first shift.
- SQLite: nothing to do. Write units of work start with BEGIN IMMEDIATE, which already lets
  one writer at a time in (see `db/engine.py`).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

# The first key of the two-key advisory lock: which kind of entity the id belongs to.
CHILD = 1
CAREGIVER = 2
CENTER = 3

_LOCK = text("SELECT pg_advisory_xact_lock(:kind, :id)")


def lock_entities(session: Session, kind: int, ids: Iterable[int]) -> None:
    """Wait until no other transaction holds any of these entities, then hold them until
    this transaction ends. A no-op on SQLite."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for entity_id in sorted({int(i) for i in ids}):
        session.execute(_LOCK, {"kind": kind, "id": entity_id})


def lock_children(session: Session, child_ids: Iterable[int]) -> None:
    """Serialise writes that depend on these children's state (check-in/out, absence,
    correction, undo). Call it first in the unit of work."""
    lock_entities(session, CHILD, child_ids)


def lock_caregivers(session: Session, caregiver_ids: Iterable[int]) -> None:
    """Serialise writes that depend on these caregivers' shifts, leave or hours."""
    lock_entities(session, CAREGIVER, caregiver_ids)


def lock_center(session: Session, center_id: int) -> None:
    """Serialise whole-center work (a roster import against another import)."""
    lock_entities(session, CENTER, [center_id])
