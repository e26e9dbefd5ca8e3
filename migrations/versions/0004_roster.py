"""Roster: children, guardians (parent workers), authorized pickups, enrollments.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from asc_desk.db.utc_datetime import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "child",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("center_id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=32), nullable=True),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("name_pinyin", sa.String(length=400), nullable=False),
        sa.Column("name_initials", sa.String(length=100), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("school", sa.String(length=100), nullable=False),
        sa.Column("grade", sa.String(length=30), nullable=False),
        sa.Column("allergies", sa.String(length=500), nullable=False),
        sa.Column("medical_notes", sa.String(length=1000), nullable=False),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("card_code", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("withdrawal_reason", sa.String(length=200), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["center_id"], ["center.id"], name=op.f("fk_child_center_id_center"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_child")),
        sa.UniqueConstraint("card_code", name=op.f("uq_child_card_code")),
        sa.UniqueConstraint("center_id", "external_id", name="uq_child_center_external_id"),
    )
    with op.batch_alter_table("child", schema=None) as batch_op:
        batch_op.create_index("ix_child_center_name", ["center_id", "name"], unique=False)

    op.create_table(
        "guardian",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("center_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("employee_id", sa.String(length=32), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("workshop", sa.String(length=100), nullable=False),
        sa.Column("shift_pattern", sa.String(length=10), nullable=False),
        sa.Column("shift_start", sa.Time(), nullable=True),
        sa.Column("shift_end", sa.Time(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["center_id"],
            ["center.id"],
            name=op.f("fk_guardian_center_id_center"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guardian")),
    )
    with op.batch_alter_table("guardian", schema=None) as batch_op:
        batch_op.create_index("ix_guardian_center_phone", ["center_id", "phone"], unique=False)

    op.create_table(
        "authorized_pickup",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("relation", sa.String(length=20), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("note", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_authorized_pickup_child_id_child"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_authorized_pickup")),
    )
    with op.batch_alter_table("authorized_pickup", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_authorized_pickup_child_id"), ["child_id"], unique=False
        )

    op.create_table(
        "child_guardian",
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("guardian_id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.String(length=20), nullable=False),
        sa.Column("may_pick_up", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_child_guardian_child_id_child"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["guardian_id"],
            ["guardian.id"],
            name=op.f("fk_child_guardian_guardian_id_guardian"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("child_id", "guardian_id", name=op.f("pk_child_guardian")),
    )
    with op.batch_alter_table("child_guardian", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_child_guardian_guardian_id"), ["guardian_id"], unique=False
        )

    op.create_table(
        "enrollment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("from_date", sa.Date(), nullable=False),
        sa.Column("to_date", sa.Date(), nullable=True),
        sa.Column("weekdays", sa.Integer(), nullable=False),
        sa.Column("agreement_signed_on", sa.Date(), nullable=True),
        sa.Column("insurance_policy", sa.String(length=50), nullable=False),
        sa.Column("insurance_expires", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["child.id"],
            name=op.f("fk_enrollment_child_id_child"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_enrollment_program_id_program"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrollment")),
    )
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enrollment_child_id"), ["child_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_enrollment_program_id"), ["program_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrollment_program_id"))
        batch_op.drop_index(batch_op.f("ix_enrollment_child_id"))

    op.drop_table("enrollment")
    with op.batch_alter_table("child_guardian", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_child_guardian_guardian_id"))

    op.drop_table("child_guardian")
    with op.batch_alter_table("authorized_pickup", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_authorized_pickup_child_id"))

    op.drop_table("authorized_pickup")
    with op.batch_alter_table("guardian", schema=None) as batch_op:
        batch_op.drop_index("ix_guardian_center_phone")

    op.drop_table("guardian")
    with op.batch_alter_table("child", schema=None) as batch_op:
        batch_op.drop_index("ix_child_center_name")

    op.drop_table("child")
