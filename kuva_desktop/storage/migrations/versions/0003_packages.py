"""Offline work packages: the database's own id, issued packages, received submissions, conflicts.

The ``meta`` table gets ``database_id``, a new UUID, so that every master database (also one made
before this revision) can tell its own packages from another database's.

Revision ID: 0003
Revises: 0002
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    meta = op.create_table(
        "meta",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_meta"),
    )
    op.bulk_insert(meta, [{"key": "database_id", "value": str(uuid.uuid4())}])
    op.create_table(
        "issued_package",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("round_key", sa.String(8), nullable=False),
        sa.Column("secret", sa.String(64), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_issued_package"),
    )
    with op.batch_alter_table("issued_package") as batch:
        batch.create_index("ix_issued_package_owner", ["owner"])
        batch.create_index("ix_issued_package_year", ["year"])
    op.create_table(
        "package_entry",
        sa.Column("package_id", sa.String(36), nullable=False),
        sa.Column("metric_id", sa.String(36), nullable=False),
        sa.Column("base", sa.Text(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["issued_package.id"],
            name="fk_package_entry_package_id_issued_package",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("package_id", "metric_id", name="pk_package_entry"),
    )
    op.create_table(
        "received_submission",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.String(36), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["issued_package.id"],
            name="fk_received_submission_package_id_issued_package",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_received_submission"),
        sa.UniqueConstraint("package_id", "content_hash", name="uq_received_submission_package_id"),
    )
    with op.batch_alter_table("received_submission") as batch:
        batch.create_index("ix_received_submission_package_id", ["package_id"])
    op.create_table(
        "conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("metric_id", sa.String(36), nullable=False),
        sa.Column("round_key", sa.String(8), nullable=False),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("ours", sa.Text(), nullable=True),
        sa.Column("theirs", sa.Text(), nullable=True),
        sa.Column("resolution", sa.String(16), nullable=True),
        sa.Column("resolved_value", sa.Text(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(200), nullable=True),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["received_submission.id"],
            name="fk_conflict_submission_id_received_submission",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_conflict"),
    )
    with op.batch_alter_table("conflict") as batch:
        batch.create_index("ix_conflict_submission_id", ["submission_id"])
        batch.create_index("ix_conflict_metric_id", ["metric_id"])


def downgrade() -> None:
    for table in ("conflict", "received_submission", "package_entry", "issued_package", "meta"):
        op.drop_table(table)
