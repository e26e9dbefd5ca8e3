"""The desk's answer to a revoked pickup card: a scan of an old code checks no one in and
says when and why the card was revoked, and whose new card to use."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from asc_desk.db.models import Center, Child, RevokedCard
from asc_desk.domain.errors import N_, UserError
from asc_desk.services.database import Database


class RevokedCardError(UserError):
    """A scanned code belongs to a card the coordinator revoked."""

    def __init__(self, *, date: str, reason: str, child: str) -> None:
        super().__init__(N_("This card was revoked on {date} ({reason}); use {child}'s new "
                            "card."), date=date, reason=reason, child=child)


def revoked_card_refusal(s: Session, center_id: int, code: str) -> RevokedCardError | None:
    """The refusal for `code` when it is a revoked card of the center (and no child's current
    code: a current code always wins), else None."""
    code = code.strip().upper()
    if not code:
        return None
    row = s.execute(select(RevokedCard.revoked_at, RevokedCard.reason, Child.name,
                           Center.time_zone)
                    .join(Child, Child.id == RevokedCard.child_id)
                    .join(Center, Center.id == RevokedCard.center_id)
                    .where(RevokedCard.center_id == center_id, RevokedCard.card_code == code)
                    ).first()
    if row is None or s.scalars(select(Child.id).where(Child.card_code == code)).first():
        return None
    day: dt.date = row.revoked_at.astimezone(ZoneInfo(row.time_zone)).date()
    return RevokedCardError(date=day.isoformat(), reason=row.reason, child=row.name)


def check_not_revoked(db: Database, center_id: int, code: str) -> None:
    """Raises RevokedCardError when `code` is a revoked card (the desk calls this for a scan
    that matched no child)."""
    with db.read() as s:
        refusal = revoked_card_refusal(s, center_id, code)
    if refusal is not None:
        raise refusal
