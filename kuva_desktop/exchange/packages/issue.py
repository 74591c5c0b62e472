"""Issuing work packages: one file per owner and open round, recorded in the master database."""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kuva_desktop.domain import fields
from kuva_desktop.domain.fields import ROUND_KEYS, EditRefused
from kuva_desktop.errors import InputError
from kuva_desktop.exchange.packages import format as fmt
from kuva_desktop.exchange.packages import values as v
from kuva_desktop.messages import Message
from kuva_desktop.storage import models as m
from kuva_desktop.storage.database import Database
from kuva_desktop.storage.queries import load_year

DATABASE_ID = "database_id"


def database_id(session: Session) -> str:
    """This master database's own id (made by migration 0003, or here for one made otherwise)."""
    row = session.get(m.Meta, DATABASE_ID)
    if row is None:
        row = m.Meta(key=DATABASE_ID, value=str(uuid.uuid4()))
        session.add(row)
        session.flush()
    return row.value


def assigned(year: m.Year, owner: str) -> list[tuple[m.Goal, list[m.Metric]]]:
    """The owner's goals and, in each, the metrics assigned to them (metric owners, else the
    goal's: ``Metric.effective_owners``), in the year's order."""
    found = []
    for theme in year.themes:
        for goal in theme.goals:
            metrics = [mt for mt in goal.metrics if owner in {o.name for o in mt.effective_owners}]
            if metrics:
                found.append((goal, metrics))
    return found


def owners_with_assignments(database: Database, year: int) -> list[str]:
    """The owners that have something assigned in the year, for the window's picker."""
    with database.reader() as session:
        row = _year(session, year)
        names = {
            o.name
            for t in row.themes
            for g in t.goals
            for mt in g.metrics
            for o in mt.effective_owners
        }
    return sorted(names)


@dataclass(frozen=True)
class IssuedPackage:
    """What ``issue_package`` wrote."""

    path: Path
    package_id: str
    owner: str
    year: int
    round_key: str
    items: int


def issue_package(
    database: Database, year: int, round_key: str, owner: str, output: Path
) -> IssuedPackage:
    """Write the owner's work package for an open round; ``output`` is a file or a folder.

    Refused (``InputError``) when the round is not open, the owner is unknown or has nothing
    assigned. The master keeps the package's key and each entry's base.
    """
    output = Path(output)
    package_id = str(uuid.uuid4())
    key = secrets.token_hex(32)
    with database.session(source="export-package") as session:
        row = _year(session, year)
        round_ = row.round(round_key)
        if round_ is None:
            raise InputError("year.no_round", year=year, round=round_key)
        if round_.state != fields.OPEN:
            state = Message(f"round.state.{round_.state}")
            raise InputError("round.not_open", year=year, round=round_key, state=state)
        fields.clean_text(owner, "owners", where=f"owner {owner[:60]!r}")
        if session.scalars(select(m.Owner).where(m.Owner.name == owner)).first() is None:
            raise InputError("owner.missing", name=owner)
        goals = assigned(row, owner)
        if not goals:
            raise InputError("owner.nothing_assigned", name=owner, year=year)
        owner_row = session.scalars(select(m.Owner).where(m.Owner.name == owner)).one()
        issued_at = dt.datetime.now().astimezone()
        package = m.IssuedPackage(
            id=package_id,
            owner=owner,
            year=year,
            round_key=round_key,
            secret=key,
            issued_at=issued_at.astimezone(dt.UTC).replace(tzinfo=None),
        )
        earlier_keys = ROUND_KEYS[: ROUND_KEYS.index(round_key)]
        items_out: list[fmt.Goal] = []
        count = 0
        for goal, metrics in goals:
            items = []
            for metric in metrics:
                base = _carried(metric, round_key)
                package.entries.append(m.PackageEntry(metric_id=metric.id, base=v.dumps(base)))
                earlier = {
                    k: fmt.Values(**_carried(metric, k))
                    for k in earlier_keys
                    if metric.entry(k) is not None
                }
                items.append(
                    fmt.Item(
                        id=metric.id,
                        text=fmt.Text(fi=metric.text_fi, sv=metric.text_sv),
                        target=fmt.Text(fi=metric.target_fi, sv=metric.target_sv),
                        recovery=metric.recovery,
                        entry=fmt.Values(**base),
                        base=v.revision(base),
                        earlier=earlier,
                    )
                )
                count += 1
            items_out.append(
                fmt.Goal(
                    id=goal.id,
                    theme=fmt.Text(fi=goal.theme.name_fi, sv=goal.theme.name_sv),
                    title=fmt.Text(fi=goal.title_fi, sv=goal.title_sv),
                    description=fmt.Text(fi=goal.description_fi, sv=goal.description_sv),
                    metrics=items,
                )
            )
        content = fmt.PackageContent(
            kind="package",
            package_id=package_id,
            database_id=database_id(session),
            issued_at=issued_at.isoformat(timespec="seconds"),
            owner=fmt.Owner(name=owner, email=owner_row.email),
            year=year,
            layout=row.layout,  # type: ignore[arg-type]
            round=fmt.RoundInfo(
                key=round_key,  # type: ignore[arg-type]
                deadline=round_.deadline.isoformat() if round_.deadline else None,
            ),
            fields=list(v.editable_fields(round_key)),  # type: ignore[arg-type]
            goals=items_out,
            key=key,
        )
        data = fmt.envelope(content)
        path = output / fmt.file_name(owner, year, round_key) if output.is_dir() else output
        session.add(package)
        # Written inside the transaction: a file that cannot be written issues nothing.
        fmt.write_atomically(path, data)
    return IssuedPackage(path, package_id, owner, year, round_key, count)


def issue_packages(
    database: Database, year: int, round_key: str, owners: list[str], folder: Path
) -> list[IssuedPackage]:
    """One package per owner into ``folder``, named by owner and round."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError("folder.missing", folder=folder)
    return [issue_package(database, year, round_key, owner, folder) for owner in owners]


def _carried(metric: m.Metric, round_key: str) -> v.Values:
    """The entry's values as a package carries them. A value the domain refuses (one stored
    before its limits, or by another program) is refused here, naming the metric and the round,
    rather than failing the package's schema."""
    values = v.from_row(metric.entry(round_key))
    for field, value in values.items():
        if value is not None:
            try:
                v.normalise(metric.id, round_key, field, value)
            except EditRefused as error:
                text = " ".join(metric.text_fi.split())[:60]
                raise error.at(f"metric “{text}”, round {round_key}, {field}") from None
    return values


def _year(session: Session, year: int) -> m.Year:
    row = load_year(session, year)
    if row is None:
        raise InputError("year.missing", year=year)
    return row
