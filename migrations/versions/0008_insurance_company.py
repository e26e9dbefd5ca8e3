"""The enrollment's insurance company, in its own column.

Until now an imported 保险公司 was glued in front of the policy number ("平安保险 P-2026-001").
Existing rows get an empty company (the server default) and keep their policy text as it
is: a glued value cannot be split back safely (a policy number may contain spaces).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Batch: plain ALTER TABLE ADD COLUMN on both databases here (nothing to recreate).
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("insurance_company", sa.String(length=100),
                                      server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.drop_column("insurance_company")
