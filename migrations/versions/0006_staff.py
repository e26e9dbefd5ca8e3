"""Staff: caregivers and their qualifications, shifts and templates, leave, ratio rules, the
staff clock.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

from asc_desk.db.utc_datetime import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "caregiver",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("center_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("employee_id", sa.String(length=32), nullable=True),
        sa.Column("card_code", sa.String(length=16), nullable=False),
        sa.Column("max_hours_per_week", sa.Integer(), nullable=False),
        sa.Column("available_weekdays", sa.Integer(), nullable=False),
        sa.Column("available_from", sa.Time(), nullable=True),
        sa.Column("available_to", sa.Time(), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["center_id"],
            ["center.id"],
            name=op.f("fk_caregiver_center_id_center"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caregiver")),
        sa.UniqueConstraint("center_id", "card_code", name="uq_caregiver_center_card_code"),
        sa.UniqueConstraint("center_id", "employee_id", name="uq_caregiver_center_employee_id"),
    )
    with op.batch_alter_table("caregiver", schema=None) as batch_op:
        batch_op.create_index("ix_caregiver_center_name", ["center_id", "name"], unique=False)

    op.create_table(
        "ratio_band",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("center_id", sa.Integer(), nullable=False),
        sa.Column("from_age", sa.Integer(), nullable=False),
        sa.Column("to_age", sa.Integer(), nullable=True),
        sa.Column("children_per_caregiver", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["center_id"],
            ["center.id"],
            name=op.f("fk_ratio_band_center_id_center"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ratio_band")),
    )
    with op.batch_alter_table("ratio_band", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ratio_band_center_id"), ["center_id"], unique=False)

    op.create_table(
        "ratio_setting",
        sa.Column("center_id", sa.Integer(), nullable=False),
        sa.Column("minimum_on_duty", sa.Integer(), nullable=False),
        sa.Column("weights", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["center_id"],
            ["center.id"],
            name=op.f("fk_ratio_setting_center_id_center"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("center_id", name=op.f("pk_ratio_setting")),
    )
    op.create_table(
        "shift_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("center_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=False),
        sa.Column("ends_at", sa.Time(), nullable=False),
        sa.ForeignKeyConstraint(
            ["center_id"],
            ["center.id"],
            name=op.f("fk_shift_template_center_id_center"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shift_template")),
        sa.UniqueConstraint("center_id", "name", name="uq_shift_template_center_name"),
    )
    op.create_table(
        "caregiver_qualification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("caregiver_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=50), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["caregiver_id"],
            ["caregiver.id"],
            name=op.f("fk_caregiver_qualification_caregiver_id_caregiver"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caregiver_qualification")),
    )
    with op.batch_alter_table("caregiver_qualification", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_caregiver_qualification_caregiver_id"), ["caregiver_id"], unique=False
        )

    op.create_table(
        "shift",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("center_id", sa.Integer(), nullable=False),
        sa.Column("caregiver_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=False),
        sa.Column("ends_at", sa.Time(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["caregiver_id"],
            ["caregiver.id"],
            name=op.f("fk_shift_caregiver_id_caregiver"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["center_id"], ["center.id"], name=op.f("fk_shift_center_id_center"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_shift_program_id_program"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shift")),
    )
    with op.batch_alter_table("shift", schema=None) as batch_op:
        batch_op.create_index("ix_shift_caregiver_day", ["caregiver_id", "day"], unique=False)
        batch_op.create_index("ix_shift_center_day", ["center_id", "day"], unique=False)

    op.create_table(
        "staff_clock_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("center_id", sa.Integer(), nullable=False),
        sa.Column("caregiver_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("corrects", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["caregiver_id"],
            ["caregiver.id"],
            name=op.f("fk_staff_clock_event_caregiver_id_caregiver"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["center_id"],
            ["center.id"],
            name=op.f("fk_staff_clock_event_center_id_center"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["corrects"],
            ["staff_clock_event.id"],
            name=op.f("fk_staff_clock_event_corrects_staff_clock_event"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_clock_event")),
    )
    with op.batch_alter_table("staff_clock_event", schema=None) as batch_op:
        batch_op.create_index(
            "ix_staff_clock_event_caregiver_at", ["caregiver_id", "at"], unique=False
        )
        batch_op.create_index(
            "ix_staff_clock_event_center_day", ["center_id", "local_date"], unique=False
        )

    op.create_table(
        "staff_leave",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("center_id", sa.Integer(), nullable=False),
        sa.Column("caregiver_id", sa.Integer(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("from_time", sa.Time(), nullable=True),
        sa.Column("to_time", sa.Time(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["caregiver_id"],
            ["caregiver.id"],
            name=op.f("fk_staff_leave_caregiver_id_caregiver"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["center_id"],
            ["center.id"],
            name=op.f("fk_staff_leave_center_id_center"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_leave")),
    )
    with op.batch_alter_table("staff_leave", schema=None) as batch_op:
        batch_op.create_index(
            "ix_staff_leave_caregiver_days", ["caregiver_id", "first_day"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("staff_leave", schema=None) as batch_op:
        batch_op.drop_index("ix_staff_leave_caregiver_days")

    op.drop_table("staff_leave")
    with op.batch_alter_table("staff_clock_event", schema=None) as batch_op:
        batch_op.drop_index("ix_staff_clock_event_center_day")
        batch_op.drop_index("ix_staff_clock_event_caregiver_at")

    op.drop_table("staff_clock_event")
    with op.batch_alter_table("shift", schema=None) as batch_op:
        batch_op.drop_index("ix_shift_center_day")
        batch_op.drop_index("ix_shift_caregiver_day")

    op.drop_table("shift")
    with op.batch_alter_table("caregiver_qualification", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_caregiver_qualification_caregiver_id"))

    op.drop_table("caregiver_qualification")
    op.drop_table("shift_template")
    op.drop_table("ratio_setting")
    with op.batch_alter_table("ratio_band", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ratio_band_center_id"))

    op.drop_table("ratio_band")
    with op.batch_alter_table("caregiver", schema=None) as batch_op:
        batch_op.drop_index("ix_caregiver_center_name")

    op.drop_table("caregiver")
