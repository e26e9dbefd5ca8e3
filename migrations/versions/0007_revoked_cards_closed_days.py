"""Pickup cards taken out of use, and the days the desk closed.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

from asc_desk.db.utc_datetime import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "revoked_card",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("center_id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("card_code", sa.String(length=16), nullable=False),
        sa.Column("revoked_at", UTCDateTime(), nullable=False),
        sa.Column("revoked_by", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["center_id"], ["center.id"],
                                name=op.f("fk_revoked_card_center_id_center"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"],
                                name=op.f("fk_revoked_card_child_id_child"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revoked_card")),
        sa.UniqueConstraint("center_id", "card_code", name="uq_revoked_card_center_card_code"),
    )
    op.create_table(
        "closed_desk_day",
        sa.Column("center_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("closed_at", UTCDateTime(), nullable=False),
        sa.Column("closed_by", sa.String(length=100), nullable=False),
        sa.Column("left_open", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["center_id"], ["center.id"],
                                name=op.f("fk_closed_desk_day_center_id_center"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("center_id", "day", name=op.f("pk_closed_desk_day")),
    )


def downgrade() -> None:
    op.drop_table("closed_desk_day")
    op.drop_table("revoked_card")
