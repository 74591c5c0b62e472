"""Conflicts a merge left for the coordinator: listed side by side, resolved per field.

Resolving never deletes the conflict row: base, ours and theirs stay, with the choice, so both
sides of every conflict are kept besides the history of the entry itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kuva_desktop.domain import rules
from kuva_desktop.domain.fields import EditRefused
from kuva_desktop.errors import InputError
from kuva_desktop.exchange.packages import values as v
from kuva_desktop.messages import Message
from kuva_desktop.storage import models as m
from kuva_desktop.storage.database import Database
from kuva_desktop.storage.history import current_user

Choice = Literal["theirs", "ours", "edited"]


@dataclass(frozen=True)
class ConflictView:
    """One field in conflict: the base the owner started from, ours (the master's value now),
    theirs (the owner's), and the resolution once made."""

    id: int
    package_id: str
    owner: str
    year: int
    round_key: str
    metric_id: str
    metric: str
    field: str
    base: str | None
    ours: str | None
    theirs: str | None
    ours_at_merge: str | None
    resolution: str | None
    received_at: dt.datetime


def list_conflicts(
    database: Database,
    year: int | None = None,
    round_key: str | None = None,
    *,
    unresolved_only: bool = True,
) -> list[ConflictView]:
    with database.reader() as session:
        statement = (
            select(m.Conflict, m.ReceivedSubmission, m.IssuedPackage)
            .join(m.ReceivedSubmission, m.Conflict.submission_id == m.ReceivedSubmission.id)
            .join(m.IssuedPackage, m.ReceivedSubmission.package_id == m.IssuedPackage.id)
            .order_by(m.Conflict.id)
        )
        if year is not None:
            statement = statement.where(m.IssuedPackage.year == year)
        if round_key is not None:
            statement = statement.where(m.Conflict.round_key == round_key)
        if unresolved_only:
            statement = statement.where(m.Conflict.resolution.is_(None))
        out = []
        for conflict, received, package in session.execute(statement):
            metric = session.get(m.Metric, conflict.metric_id)
            current = v.from_row(metric.entry(conflict.round_key) if metric else None)
            out.append(
                ConflictView(
                    id=conflict.id,
                    package_id=package.id,
                    owner=package.owner,
                    year=package.year,
                    round_key=conflict.round_key,
                    metric_id=conflict.metric_id,
                    metric=metric.text_fi if metric else "",
                    field=conflict.field,
                    base=v.field_from_json(conflict.base),
                    ours=current[conflict.field],
                    theirs=v.field_from_json(conflict.theirs),
                    ours_at_merge=v.field_from_json(conflict.ours),
                    resolution=conflict.resolution,
                    received_at=received.received_at,
                )
            )
        return out


def resolve_conflict(
    database: Database, conflict_id: int, choice: Choice, value: Any = None
) -> str | None:
    """Keep theirs, keep ours, or write an edited value (checked as the forms check it).

    Returns the value the field has now. Refused (``InputError``) for a conflict already
    resolved or an entry in a locked round.
    """
    if choice not in ("theirs", "ours", "edited"):
        raise ValueError(f"not a choice: {choice!r}")
    with database.reader() as session:
        conflict, package = _conflict(session, conflict_id)
        source = f"submission {package.id} ({package.owner})"
        if choice == "edited":
            source = f"conflict resolution of {source}"
    with database.session(source=source) as session:
        conflict, package = _conflict(session, conflict_id)
        if conflict.resolution is not None:
            resolution = Message(f"conflict.resolution.{conflict.resolution}")
            raise InputError("conflict.resolved", id=conflict_id, resolution=resolution)
        round_ = session.scalars(
            select(m.Round)
            .join(m.Year)
            .where(m.Year.year == package.year, m.Round.key == conflict.round_key)
        ).one_or_none()
        refused = rules.may_change(round_.state, coordinator=True) if round_ is not None else None
        if refused is not None:
            raise EditRefused(refused, "round.locked", round=conflict.round_key)
        metric = session.get(m.Metric, conflict.metric_id)
        if metric is None:
            raise InputError("conflict.metric_gone", id=conflict_id)
        entry = metric.entry(conflict.round_key)
        current = v.from_row(entry)[conflict.field]
        if choice == "ours":
            result = current
        else:
            if choice == "theirs":
                result = v.field_from_json(conflict.theirs)
            else:
                result = v.normalise(metric.id, conflict.round_key, conflict.field, value)
            if result != current:
                if entry is None:
                    entry = m.Entry(round_key=conflict.round_key)
                    metric.entries.append(entry)
                v.to_row(entry, conflict.field, result)
        conflict.resolution = choice
        conflict.resolved_value = v.field_json(result)
        conflict.resolved_at = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        conflict.resolved_by = current_user()
        session.flush()
        _settle(session, package, conflict)
    return result


def _conflict(session: Session, conflict_id: int) -> tuple[m.Conflict, m.IssuedPackage]:
    conflict = session.get(m.Conflict, conflict_id)
    if conflict is None:
        raise InputError("conflict.missing", id=conflict_id)
    return conflict, conflict.submission.package


def _settle(session: Session, package: m.IssuedPackage, conflict: m.Conflict) -> None:
    """When no field of the entry waits any more, the entry counts as merged."""
    waiting = session.scalars(
        select(m.Conflict.id)
        .join(m.ReceivedSubmission)
        .where(
            m.ReceivedSubmission.package_id == package.id,
            m.Conflict.metric_id == conflict.metric_id,
            m.Conflict.resolution.is_(None),
        )
    ).first()
    if waiting is None:
        for package_entry in package.entries:
            if package_entry.metric_id == conflict.metric_id:
                package_entry.state = "merged"
        submission = conflict.submission
        if not session.scalars(
            select(m.Conflict.id).where(
                m.Conflict.submission_id == submission.id, m.Conflict.resolution.is_(None)
            )
        ).first():
            submission.status = "merged"
