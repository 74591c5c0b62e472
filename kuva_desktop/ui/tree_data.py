"""Reading the tree's nodes from the database (kept apart so the tree model needs no SQLAlchemy)."""

from __future__ import annotations

from sqlalchemy import select

from kuva_desktop.storage import models as m
from kuva_desktop.storage.database import Database
from kuva_desktop.ui.tree_model import GOAL, METRIC, THEME, YEAR, Node


def read_tree(database: Database) -> list[Node]:
    """The year nodes with everything below them, in the order of the reports."""
    with database.reader() as session:
        years = {
            row.id: Node(YEAR, row.year, str(row.year), row=number)
            for number, row in enumerate(
                session.execute(select(m.Year.id, m.Year.year).order_by(m.Year.year))
            )
        }
        themes: dict[str, Node] = {}
        for row in session.execute(
            select(m.Theme.id, m.Theme.year_id, m.Theme.name_fi, m.Theme.name_sv).order_by(
                m.Theme.year_id, m.Theme.position
            )
        ):
            themes[row.id] = years[row.year_id].add(Node(THEME, row.id, row.name_fi, row.name_sv))
        goal_owners: dict[str, list[str]] = {}
        for goal_id, name in session.execute(
            select(m.goal_owner.c.goal_id, m.Owner.name)
            .join(m.Owner, m.Owner.id == m.goal_owner.c.owner_id)
            .order_by(m.Owner.name)
        ):
            goal_owners.setdefault(goal_id, []).append(name)
        metric_owners: dict[str, list[str]] = {}
        for metric_id, name in session.execute(
            select(m.metric_owner.c.metric_id, m.Owner.name)
            .join(m.Owner, m.Owner.id == m.metric_owner.c.owner_id)
            .order_by(m.Owner.name)
        ):
            metric_owners.setdefault(metric_id, []).append(name)
        goals: dict[str, Node] = {}
        for row in session.execute(
            select(m.Goal.id, m.Goal.theme_id, m.Goal.title_fi, m.Goal.title_sv).order_by(
                m.Goal.theme_id, m.Goal.position
            )
        ):
            owners = tuple(goal_owners.get(row.id, ()))
            goals[row.id] = themes[row.theme_id].add(
                Node(GOAL, row.id, row.title_fi, row.title_sv, owners)
            )
        for row in session.execute(
            select(m.Metric.id, m.Metric.goal_id, m.Metric.text_fi, m.Metric.text_sv).order_by(
                m.Metric.goal_id, m.Metric.position
            )
        ):
            goal = goals[row.goal_id]
            # A metric without owners of its own belongs to the goal's (DOMAIN.md section 3).
            owners = tuple(metric_owners.get(row.id, ())) or goal.owners
            goal.add(Node(METRIC, row.id, row.text_fi, row.text_sv, owners))
        metrics = {n.key: n for g in goals.values() for n in g.children}
        for metric_id, round_key, status in session.execute(
            select(m.Entry.metric_id, m.Entry.round_key, m.Entry.status).where(
                m.Entry.status.is_not(None)
            )
        ):
            metrics[metric_id].statuses[round_key] = status
    return list(years.values())
