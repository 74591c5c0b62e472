"""The first schema: years, rounds, themes, goals, metrics, entries, owners, links, history.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "owner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(200), nullable=True),
        sa.Column("area", sa.String(16), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_owner"),
        sa.UniqueConstraint("name", name="uq_owner_name"),
    )
    op.create_table(
        "link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_fi", sa.String(300), nullable=False),
        sa.Column("name_sv", sa.String(300), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_link"),
        sa.UniqueConstraint("name_fi", name="uq_link_name_fi"),
    )
    op.create_table(
        "year",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("division_fi", sa.Text(), nullable=False),
        sa.Column("division_sv", sa.Text(), nullable=True),
        sa.Column("layout", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_year"),
        sa.UniqueConstraint("year", name="uq_year_year"),
    )
    op.create_table(
        "round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(8), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("state", sa.String(8), nullable=False),
        sa.ForeignKeyConstraint(
            ["year_id"], ["year.id"], name="fk_round_year_id_year", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_round"),
        sa.UniqueConstraint("year_id", "key", name="uq_round_year_id"),
    )
    op.create_index("ix_round_year_id", "round", ["year_id"])
    op.create_table(
        "theme",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("year_id", sa.Integer(), nullable=False),
        sa.Column("name_fi", sa.Text(), nullable=False),
        sa.Column("name_sv", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["year_id"], ["year.id"], name="fk_theme_year_id_year", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_theme"),
    )
    op.create_index("ix_theme_year_id", "theme", ["year_id"])
    op.create_table(
        "goal",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("theme_id", sa.String(36), nullable=False),
        sa.Column("title_fi", sa.Text(), nullable=False),
        sa.Column("title_sv", sa.Text(), nullable=True),
        sa.Column("description_fi", sa.Text(), nullable=False),
        sa.Column("description_sv", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("outcome_explanation", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["theme_id"], ["theme.id"], name="fk_goal_theme_id_theme", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_goal"),
    )
    op.create_index("ix_goal_theme_id", "goal", ["theme_id"])
    op.create_table(
        "goal_owner",
        sa.Column("goal_id", sa.String(36), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goal.id"], name="fk_goal_owner_goal_id_goal", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["owner.id"], name="fk_goal_owner_owner_id_owner", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("goal_id", "owner_id", name="pk_goal_owner"),
    )
    op.create_table(
        "goal_link",
        sa.Column("goal_id", sa.String(36), nullable=False),
        sa.Column("link_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goal.id"], name="fk_goal_link_goal_id_goal", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["link_id"], ["link.id"], name="fk_goal_link_link_id_link", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("goal_id", "link_id", name="pk_goal_link"),
    )
    op.create_table(
        "metric",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("goal_id", sa.String(36), nullable=False),
        sa.Column("text_fi", sa.Text(), nullable=False),
        sa.Column("text_sv", sa.Text(), nullable=True),
        sa.Column("target_fi", sa.Text(), nullable=False),
        sa.Column("target_sv", sa.Text(), nullable=True),
        sa.Column("recovery", sa.Boolean(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goal.id"], name="fk_metric_goal_id_goal", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_metric"),
    )
    op.create_index("ix_metric_goal_id", "metric", ["goal_id"])
    op.create_table(
        "metric_owner",
        sa.Column("metric_id", sa.String(36), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["metric_id"],
            ["metric.id"],
            name="fk_metric_owner_metric_id_metric",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["owner.id"], name="fk_metric_owner_owner_id_owner", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("metric_id", "owner_id", name="pk_metric_owner"),
    )
    op.create_table(
        "entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("metric_id", sa.String(36), nullable=False),
        sa.Column("round_key", sa.String(8), nullable=False),
        sa.Column("status", sa.String(16), nullable=True),
        sa.Column("forecast", sa.Text(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("numeric", sa.Numeric(18, 4), nullable=True),
        sa.Column("unit", sa.String(32), nullable=True),
        sa.Column("explanation", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["metric_id"], ["metric.id"], name="fk_entry_metric_id_metric", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_entry"),
        sa.UniqueConstraint("metric_id", "round_key", name="uq_entry_metric_id"),
    )
    op.create_index("ix_entry_metric_id", "entry", ["metric_id"])
    op.create_table(
        "change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("who", sa.String(200), nullable=False),
        sa.Column("source", sa.String(500), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("field", sa.String(64), nullable=True),
        sa.Column("action", sa.String(8), nullable=False),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_change"),
    )
    op.create_index("ix_change_entity_id", "change", ["entity_id"])


def downgrade() -> None:
    for table in (
        "change",
        "entry",
        "metric_owner",
        "metric",
        "goal_link",
        "goal_owner",
        "goal",
        "theme",
        "round",
        "year",
        "link",
        "owner",
    ):
        op.drop_table(table)
