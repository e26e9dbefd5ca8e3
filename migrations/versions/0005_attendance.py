"""Attendance: the desk's append-only events, its settings, caregivers on duty.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from asc_desk.db.utc_datetime import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "caregivers_on_duty",
        sa.Column("center_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["center_id"],
            ["center.id"],
            name=op.f("fk_caregivers_on_duty_center_id_center"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("center_id", "day", name=op.f("pk_caregivers_on_duty")),
    )
    op.create_table(
        "desk_setting",
        sa.Column("center_id", sa.Integer(), nullable=False),
        sa.Column("late_grace_minutes", sa.Integer(), nullable=False),
        sa.Column("duplicate_scan_minutes", sa.Integer(), nullable=False),
        sa.Column("children_per_caregiver", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["center_id"],
            ["center.id"],
            name=op.f("fk_desk_setting_center_id_center"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("center_id", name=op.f("pk_desk_setting")),
    )
    op.create_table(
        "attendance_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("center_id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("pickup_name", sa.String(length=50), nullable=True),
        sa.Column("override_reason", sa.String(length=200), nullable=True),
        sa.Column("absence_reason", sa.String(length=10), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("corrects", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["center_id"],
            ["center.id"],
            name=op.f("fk_attendance_event_center_id_center"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_attendance_event_child_id_child"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["corrects"],
            ["attendance_event.id"],
            name=op.f("fk_attendance_event_corrects_attendance_event"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance_event")),
    )
    with op.batch_alter_table("attendance_event", schema=None) as batch_op:
        batch_op.create_index(
            "ix_attendance_event_center_day", ["center_id", "local_date"], unique=False
        )
        batch_op.create_index(
            "ix_attendance_event_child_day", ["child_id", "local_date"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("attendance_event", schema=None) as batch_op:
        batch_op.drop_index("ix_attendance_event_child_day")
        batch_op.drop_index("ix_attendance_event_center_day")

    op.drop_table("attendance_event")
    op.drop_table("desk_setting")
    op.drop_table("caregivers_on_duty")
