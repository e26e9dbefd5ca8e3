"""Calendar: program holiday options, center overrides, official days entered by hand.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from asc_desk.db.utc_datetime import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("program") as batch:
        batch.add_column(sa.Column("open_on_public_holidays", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column("adjusted_workday_counts", sa.Boolean(), nullable=False,
                                   server_default=sa.true()))
    op.create_table(
        "calendar_override",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("center_id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("opens_at", sa.Time(), nullable=True),
        sa.Column("closes_at", sa.Time(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["center_id"], ["center.id"],
                                name=op.f("fk_calendar_override_center_id_center"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["program_id"], ["program.id"],
                                name=op.f("fk_calendar_override_program_id_program"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_override")),
    )
    op.create_index("ix_calendar_override_center_day", "calendar_override",
                    ["center_id", "day"], unique=False)
    op.create_index(op.f("ix_calendar_override_program_id"), "calendar_override",
                    ["program_id"], unique=False)
    op.create_table(
        "official_day",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("name_zh", sa.String(length=100), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_official_day")),
        sa.UniqueConstraint("day", name=op.f("uq_official_day_day")),
    )


def downgrade() -> None:
    op.drop_table("official_day")
    op.drop_index(op.f("ix_calendar_override_program_id"), table_name="calendar_override")
    op.drop_index("ix_calendar_override_center_day", table_name="calendar_override")
    op.drop_table("calendar_override")
    with op.batch_alter_table("program") as batch:
        batch.drop_column("adjusted_workday_counts")
        batch.drop_column("open_on_public_holidays")
