"""Writes the audit log: when, who, what, before and after (ids, never children's details)."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from asc_desk.db.bulk import insert_columns, insert_many
from asc_desk.db.models import AuditEntry, table_of
from asc_desk.db.utc_datetime import utc_now
from asc_desk.domain.actor import ActorProvider, as_provider, current_actor

_PLAIN = (str, int, float, bool, type(None))


def jsonable(value: Any) -> Any:
    """Dates, times, enums and tuples as JSON holds them, so any draft can be logged."""
    if type(value) in _PLAIN:  # most values: no isinstance chain (an import logs 10,000)
        return value
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, enum.Enum):
        return value.value
    return value


@dataclass(frozen=True)
class Entry:
    """One audit line of a bulk write (see record_many)."""

    entity_id: object
    action: str
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None


def _shaped(at: dt.datetime, actor: str, entity: str, entity_id: object, action: str,
            before: dict[str, Any] | None, after: dict[str, Any] | None,
            plain: bool = False) -> dict[str, Any]:
    """One row of the audit log, the same shape for every writer: before and after, when
    both are given, name the same fields (a reader compares them key by key)."""
    if before is not None and after is not None and before.keys() != after.keys():
        raise ValueError(f"audit of {entity} {action}: before and after differ in keys: "
                         f"{sorted(before.keys() ^ after.keys())}")
    if not plain:
        before, after = jsonable(before), jsonable(after)
    return dict(at=at, actor=actor, entity=entity, entity_id=str(entity_id), action=action,
                before=before, after=after)


def record(
    session: Session,
    *,
    actor: str | ActorProvider,
    entity: str,
    entity_id: object,
    action: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """One audit line; a before and an after with different keys is a programming error
    (ValueError)."""
    session.add(AuditEntry(**_shaped(utc_now(), current_actor(as_provider(actor)), entity,
                                     entity_id, action, before, after)))


def record_many(session: Session, *, actor: str | ActorProvider, entity: str,
                entries: Iterable[Entry], plain: bool = False) -> None:
    """Many audit lines of one action (an import) in one bulk insert, shaped as record()
    shapes one. `plain`: the values are JSON's own types already (lists, str, int, None),
    so they are not walked again."""
    at, who = utc_now(), current_actor(as_provider(actor))
    rows = [_shaped(at, who, entity, e.entity_id, e.action, e.before, e.after, plain)
            for e in entries]
    session.flush()  # rows added through the session first: the bulk insert goes around it
    insert_many(session.connection(), table_of(AuditEntry), rows)


def record_texts(session: Session, *, actor: str | ActorProvider, entity: str, action: str,
                 entity_ids: Sequence[object], afters: Sequence[str]) -> None:
    """Many audit lines of one action with no before, in one bulk insert: each entity's after
    is JSON text already (db.bulk.json_text's, the text record() stores for the same view),
    made by a writer that builds it straight from its own values (an import of thousands)."""
    session.flush()  # rows added through the session first: the bulk insert goes around it
    insert_columns(session.connection(), table_of(AuditEntry),
                   {"entity_id": list(map(str, entity_ids)), "after": afters},
                   {"at": utc_now(), "actor": current_actor(as_provider(actor)),
                    "entity": entity, "action": action, "before": None},
                   json_text=("after",))


def entries_for(session: Session, entity: str, entity_id: object) -> list[AuditEntry]:
    stmt = (
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        .order_by(AuditEntry.id)
    )
    return list(session.scalars(stmt))
