"""The language an owner is written to in: ``fi`` or ``sv``.

The e-mail drafts of issued packages and reminders are in the owner's language. Every owner of an
older database gets Finnish, the language most owners read; the coordinator changes it in the
owners' form.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("owner") as batch:
        batch.add_column(sa.Column("language", sa.String(8), nullable=False, server_default="fi"))


def downgrade() -> None:
    with op.batch_alter_table("owner") as batch:
        batch.drop_column("language")
