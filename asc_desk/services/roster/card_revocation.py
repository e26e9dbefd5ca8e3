"""Revoking a child's pickup card: the old code is kept in `revoked_card` (so a scan of it
says why it no longer works) and the child gets a new code. A reprint alone keeps the code."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from asc_desk.db.models import Child, RevokedCard
from asc_desk.db.utc_datetime import utc_now
from asc_desk.domain.actor import ActorProvider, as_provider, current_actor
from asc_desk.domain.changes import Area, Changes
from asc_desk.domain.errors import N_, UserError, ValidationError
from asc_desk.services import audit
from asc_desk.services.database import Database
from asc_desk.services.roster.roster_service import unique_card_code

REASON_MAX = 200  # revoked_card.reason is String(200)


@dataclass(frozen=True)
class CardRevoked:
    child_id: int
    name: str
    old_code: str
    new_code: str
    revoked_at: dt.datetime
    reason: str
    changes: Changes


def clean_reason(reason: str) -> str:
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError(N_("Say why the old card is revoked (lost, stolen...)."),
                              field="reason")
    if len(reason) > REASON_MAX:
        raise ValidationError(N_("The reason is longer than {max} characters."),
                              field="reason", max=REASON_MAX)
    return reason


def revoke_card(db: Database, actor: str | ActorProvider, child_id: int,
                reason: str) -> CardRevoked:
    """Takes the child's card out of use: its code is recorded as revoked, the child carries a
    new code from now on (print a new card), and a scan of the old one is refused."""
    reason = clean_reason(reason)
    provider = as_provider(actor)
    with db.unit_of_work() as s:
        child = s.get(Child, child_id)
        if child is None:
            raise UserError(N_("The child is no longer on the roster."))
        old = child.card_code
        # Made where every card code is made: never a child's, a caregiver's or a revoked one.
        new = unique_card_code(s)
        at = utc_now()
        s.add(RevokedCard(center_id=child.center_id, child_id=child.id, card_code=old,
                          revoked_at=at, revoked_by=current_actor(provider), reason=reason))
        child.card_code = new
        s.flush()
        audit.record(s, actor=provider, entity="child", entity_id=child.id,
                     action="revoke_card", before={"card_code": old, "reason": ""},
                     after={"card_code": new, "reason": reason})
        return CardRevoked(child.id, child.name, old, new, at, reason,
                           Changes.of(Area.ROSTER))
