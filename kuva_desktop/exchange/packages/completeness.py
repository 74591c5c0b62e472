"""Completeness of a round: for each owner and assigned item, where their submission stands, and
for each owner how many of their metrics are filled and whether their submission came."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from kuva_desktop.domain.fields import CLOSED, DEFAULT_OWNER_LANGUAGE, FINAL
from kuva_desktop.domain.labels import pick
from kuva_desktop.errors import InputError
from kuva_desktop.exchange.packages.issue import assigned
from kuva_desktop.storage import models as m
from kuva_desktop.storage.database import Database
from kuva_desktop.storage.queries import load_year

# States, from the least to the most advanced; the labels are the command line's.
NOT_ISSUED = "not issued"  # assigned, but no package was issued for it
NOT_SENT = "not sent"
RECEIVED = "received"  # a submission came, the owner left this item as it was
MERGED = "merged"
CONFLICT = "in conflict"
UNDONE = "undone by an import"  # merged, then set back by import-json --replace
_STATES = {
    "not_sent": NOT_SENT,
    "received": RECEIVED,
    "merged": MERGED,
    "conflict": CONFLICT,
    "undone": UNDONE,
}


@dataclass(frozen=True)
class CompletenessRow:
    owner: str
    goal: str
    metric_id: str
    metric: str
    state: str  # one of the labels above
    late: bool  # the submission was written after the round's deadline
    received_at: dt.datetime | None
    package_id: str | None


def completeness(database: Database, year: int, round_key: str) -> list[CompletenessRow]:
    """One row per owner and item assigned now or in a package issued for the round."""
    with database.reader() as session:
        row = load_year(session, year)
        if row is None:
            raise InputError("year.missing", year=year)
        metrics = {mt.id: mt for t in row.themes for g in t.goals for mt in g.metrics}
        packages = list(
            session.scalars(
                select(m.IssuedPackage)
                .where(m.IssuedPackage.year == year, m.IssuedPackage.round_key == round_key)
                .order_by(m.IssuedPackage.issued_at)
            )
        )
        best: dict[tuple[str, str], tuple[m.PackageEntry, m.IssuedPackage]] = {}
        for package in packages:  # later packages and further states win
            for entry in package.entries:
                key = (package.owner, entry.metric_id)
                if key not in best or entry.state != "not_sent" or best[key][0].state == "not_sent":
                    best[key] = (entry, package)
        keys = set(best)
        owners = {o for (o, _) in keys} | {
            o.name for mt in metrics.values() for o in mt.effective_owners
        }
        for owner in owners:
            for _goal, assigned_metrics in assigned(row, owner):
                keys.update((owner, mt.id) for mt in assigned_metrics)
        out = []
        order = {mid: i for i, mid in enumerate(metrics)}
        for owner, metric_id in sorted(keys, key=lambda k: (k[0], order.get(k[1], len(order)))):
            metric = metrics.get(metric_id)
            found = best.get((owner, metric_id))
            last = found[1].submissions[-1] if found and found[1].submissions else None
            out.append(
                CompletenessRow(
                    owner=owner,
                    goal=metric.goal.title_fi if metric else "",
                    metric_id=metric_id,
                    metric=metric.text_fi if metric else "",
                    state=_STATES[found[0].state] if found else NOT_ISSUED,
                    late=bool(last and last.late),
                    received_at=last.received_at if last else None,
                    package_id=found[1].id if found else None,
                )
            )
        return out


@dataclass(frozen=True)
class OwnerProgress:
    """One owner's part of a round: metrics filled of those assigned, and their submission."""

    owner: str
    email: str | None
    language: str  # fi or sv: what is written to them is in this language
    assigned: int  # metrics assigned to them now
    filled: int  # of those, the ones whose entry of the round has a value (``filled``)
    # The texts of the others, in the year's order and the owner's language (Swedish where the
    # metric has a Swedish text, else Finnish).
    missing: tuple[str, ...]
    issued: bool  # a package was issued to them for the round
    sent: bool  # a submission of theirs for the round came
    received_at: dt.datetime | None  # the last one's (UTC, as stored)
    late: bool  # the last one was written after the deadline


@dataclass(frozen=True)
class RoundProgress:
    year: int
    round_key: str
    state: str  # open, closed, locked: owners send submissions only to an open round
    deadline: dt.date | None
    owners: tuple[OwnerProgress, ...]  # by name

    def not_sent(self) -> tuple[OwnerProgress, ...]:
        """The owners to remind: something assigned, and no submission came."""
        return tuple(o for o in self.owners if o.assigned and not o.sent)


def filled(layout: str, round_key: str, entry: m.Entry | None) -> bool:
    """Whether an entry holds the round's value: its status (a forecast, or achieved or not at
    year end), or in a narrative year the forecast's prose."""
    if entry is None:
        return False
    if entry.status:
        return True
    return layout == "narrative" and round_key != FINAL and bool((entry.forecast or "").strip())


def owner_progress(database: Database, year: int, round_key: str) -> RoundProgress:
    """Per owner with something assigned now or a package issued for the round, by name."""
    with database.reader() as session:
        row = load_year(session, year)
        if row is None:
            raise InputError("year.missing", year=year)
        packages = list(
            session.scalars(
                select(m.IssuedPackage)
                .where(m.IssuedPackage.year == year, m.IssuedPackage.round_key == round_key)
                .order_by(m.IssuedPackage.issued_at)
            )
        )
        contacts = {o.name: o for o in session.scalars(select(m.Owner))}
        names = {p.owner for p in packages} | {
            o.name
            for t in row.themes
            for g in t.goals
            for mt in g.metrics
            for o in mt.effective_owners
        }
        out = []
        for name in sorted(names):
            metrics = [mt for _goal, assigned_ in assigned(row, name) for mt in assigned_]
            contact = contacts.get(name)
            language = (contact.language if contact else None) or DEFAULT_OWNER_LANGUAGE
            missing = [
                # In the owner's language: the Swedish text where there is one.
                pick(mt.text_fi, mt.text_sv, language)
                for mt in metrics
                if not filled(
                    row.layout,
                    round_key,
                    next((e for e in mt.entries if e.round_key == round_key), None),
                )
            ]
            submissions = sorted(
                (s for p in packages if p.owner == name for s in p.submissions),
                key=lambda s: s.received_at,
            )
            last = submissions[-1] if submissions else None
            out.append(
                OwnerProgress(
                    owner=name,
                    email=contact.email if contact else None,
                    language=language,
                    assigned=len(metrics),
                    filled=len(metrics) - len(missing),
                    missing=tuple(missing),
                    issued=any(p.owner == name for p in packages),
                    sent=last is not None,
                    received_at=last.received_at if last else None,
                    late=bool(last and last.late),
                )
            )
        found = next((r for r in row.rounds if r.key == round_key), None)
        state = found.state if found else CLOSED
        deadline = found.deadline if found else None
        return RoundProgress(year, round_key, state, deadline, tuple(out))
