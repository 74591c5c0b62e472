"""Completeness of a round: for each owner and assigned item, where their submission stands."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

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
