"""A key that ties the same goal across years.

Existing goals get their own id as key; the column is then made NOT NULL, which SQLite can only do
by rebuilding the goal table (batch mode). With foreign keys on, dropping the old table would
delete every metric and entry through ON DELETE CASCADE: the migration runner turns them off.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("goal") as batch:
        batch.add_column(sa.Column("key", sa.String(36), nullable=True))
    op.execute(sa.text("UPDATE goal SET key = id"))
    with op.batch_alter_table("goal") as batch:
        batch.alter_column("key", existing_type=sa.String(36), nullable=False)
        batch.create_index("ix_goal_key", ["key"])


def downgrade() -> None:
    with op.batch_alter_table("goal") as batch:
        batch.drop_index("ix_goal_key")
        batch.drop_column("key")
