"""The history's item ids and people as wide as what they name, and the database user.

A goal link's history id is ``goal-uuid:link name`` (a link name may be 300 characters) and the
person a submission's value came from is its owner (200 characters), with the database user beside
it on a server. SQLite ignores declared lengths, so only a server ever refused them: PostgreSQL
failed at the first link name over 27 characters.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("change") as batch:
        batch.alter_column(
            "entity_id", existing_type=sa.String(64), type_=sa.String(400), existing_nullable=False
        )
        batch.alter_column(
            "who", existing_type=sa.String(200), type_=sa.String(400), existing_nullable=False
        )
        batch.add_column(sa.Column("db_user", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("change") as batch:
        batch.drop_column("db_user")
        batch.alter_column("who", existing_type=sa.String(400), type_=sa.String(200))
        batch.alter_column("entity_id", existing_type=sa.String(400), type_=sa.String(64))
