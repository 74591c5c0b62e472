"""A year out of the database as a year document."""

from __future__ import annotations

from typing import cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kuva_desktop.domain import fields, rules
from kuva_desktop.domain.fields import ROUND_KEYS
from kuva_desktop.errors import InputError
from kuva_desktop.exchange import document as doc
from kuva_desktop.storage import models as m
from kuva_desktop.storage.queries import load_year


def export_year(session: Session, year: int) -> doc.YearDocument:
    row = load_year(session, year)
    if row is None:
        raise InputError("year.missing", year=year)
    owners: dict[str, m.Owner] = {}
    themes = []
    for theme in row.themes:
        goals = []
        for goal in theme.goals:
            metrics = []
            for metric in goal.metrics:
                owners.update({o.name: o for o in metric.owners})
                metrics.append(
                    doc.Metric(
                        id=metric.id,
                        text=doc.Text(fi=metric.text_fi, sv=metric.text_sv),
                        target=doc.Text(fi=metric.target_fi, sv=metric.target_sv),
                        recovery=metric.recovery,
                        owners=[o.name for o in metric.owners],
                        entries={
                            cast(doc.RoundKey, e.round_key): _export_entry(e)
                            for e in sorted(metric.entries, key=lambda e: _round_order(e.round_key))
                        },
                    )
                )
            owners.update({o.name: o for o in goal.owners})
            goals.append(
                doc.Goal(
                    id=goal.id,
                    key=goal.key,
                    title=doc.Text(fi=goal.title_fi, sv=goal.title_sv),
                    description=doc.Text(fi=goal.description_fi, sv=goal.description_sv),
                    owners=[o.name for o in goal.owners],
                    links=[doc.Text(fi=link.name_fi, sv=link.name_sv) for link in goal.links],
                    outcome=doc.Outcome(
                        status=rules.derive_outcome(
                            (e.status if (e := mt.entry(rules.FINAL)) else None)
                            for mt in goal.metrics
                        ),
                        explanation=goal.outcome_explanation,
                    ),
                    metrics=metrics,
                )
            )
        themes.append(
            doc.Theme(id=theme.id, name=doc.Text(fi=theme.name_fi, sv=theme.name_sv), goals=goals)
        )
    return doc.YearDocument(
        year=row.year,
        division=doc.Text(fi=row.division_fi, sv=row.division_sv),
        layout=row.layout,
        rounds=[
            doc.Round(
                key=r.key,
                deadline=r.deadline.isoformat() if r.deadline else None,
                state=r.state,
            )
            for r in row.rounds
        ],
        owners=[
            doc.Owner(
                name=o.name,
                email=o.email,
                area=o.area,
                language=cast(fields.OwnerLanguage, o.language or fields.DEFAULT_OWNER_LANGUAGE),
            )
            for o in sorted(owners.values(), key=lambda o: o.name)
        ],
        themes=themes,
    )


def export_document(session: Session, year: int) -> doc.YearDocument:
    """``export-json``: the year, with the database and revision it was exported at."""
    document = export_year(session, year)
    meta = session.get(m.Meta, "database_id")
    document.database = meta.value if meta is not None else None
    document.revision = newest_change(session)
    return document


def newest_change(session: Session) -> int:
    """The id of the newest change in the database (0 when there is none): its revision."""
    return session.scalar(select(func.max(m.Change.id))) or 0


def _export_entry(entry: m.Entry) -> doc.Entry:
    if entry.round_key == rules.FINAL:
        return doc.Entry(status=entry.status, explanation=entry.explanation)
    return doc.Entry(
        status=entry.status,
        forecast=entry.forecast,
        comment=entry.comment,
        numeric=entry.numeric,
        unit=entry.unit,
    )


def _round_order(key: str) -> int:
    return ROUND_KEYS.index(key) if key in ROUND_KEYS else len(ROUND_KEYS)
