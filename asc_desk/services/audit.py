"""Writes the audit log: when, who, what, before and after (ids, never children's details)."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from asc_desk.db.models import AuditEntry
from asc_desk.db.utc_datetime import utc_now
from asc_desk.domain.actor import ActorProvider, as_provider, current_actor


def jsonable(value: Any) -> Any:
    """Dates, times, enums and tuples as JSON holds them, so any draft can be logged."""
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
    session.add(
        AuditEntry(
            at=utc_now(), actor=current_actor(as_provider(actor)), entity=entity,
            entity_id=str(entity_id),
            action=action, before=jsonable(before), after=jsonable(after),
        )
    )


def entries_for(session: Session, entity: str, entity_id: object) -> list[AuditEntry]:
    stmt = (
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        .order_by(AuditEntry.id)
    )
    return list(session.scalars(stmt))
