"""Queries that several layers share."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kuva_desktop.storage import models as m


def load_year(session: Session, year: int) -> m.Year | None:
    """A year with everything below it loaded in a few queries."""
    statement = (
        select(m.Year)
        .where(m.Year.year == year)
        .options(
            selectinload(m.Year.rounds),
            selectinload(m.Year.themes)
            .selectinload(m.Theme.goals)
            .options(
                selectinload(m.Goal.owners),
                selectinload(m.Goal.link_rows).selectinload(m.GoalLink.link),
                selectinload(m.Goal.metrics).options(
                    selectinload(m.Metric.owners), selectinload(m.Metric.entries)
                ),
            ),
        )
    )
    return session.scalars(statement).one_or_none()
