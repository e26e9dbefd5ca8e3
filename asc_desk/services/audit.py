"""Writes the audit log: when, who, what, before and after (ids, never children's details)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from asc_desk.db.models import AuditEntry
from asc_desk.db.utc_datetime import utc_now


def record(
    session: Session,
    *,
    actor: str,
    entity: str,
    entity_id: object,
    action: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditEntry(
            at=utc_now(), actor=actor[:100], entity=entity, entity_id=str(entity_id),
            action=action, before=before, after=after,
        )
    )


def entries_for(session: Session, entity: str, entity_id: object) -> list[AuditEntry]:
    stmt = (
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        .order_by(AuditEntry.id)
    )
    return list(session.scalars(stmt))
