"""The owner's working database: a work package opened in the same forms as the master.

The window edits a database through ``Editor``; so an opened package becomes a small database of
its own beside the package file (``<package>.work.db``): a year document holding only the goals
and metrics assigned to the owner, the package's round ``open``, every other round ``locked``
(earlier rounds' entries there for reference), and the master's ids. Everything typed goes into
that database as it is typed, with its history, so nothing is lost if the laptop dies; opening
the same package again reopens it. "Save submission" copies the round's entries into the
package's ``WorkingCopy`` (``sync_working_copy``), which signs and writes the submission.
"""

from __future__ import annotations

import contextlib
import uuid
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from kuva_desktop.domain import fields
from kuva_desktop.domain.fields import ROUND_KEYS
from kuva_desktop.exchange import document as doc
from kuva_desktop.exchange.packages import values as v
from kuva_desktop.exchange.packages.submission import WorkingCopy
from kuva_desktop.exchange.yeardoc import apply_document
from kuva_desktop.storage import models as m
from kuva_desktop.storage.database import Database, open_database

WORK_DB_SUFFIX = ".work.db"
PACKAGE_ID = "package_id"  # the meta key that ties a working database to its package
_SQLITE_COMPANIONS = ("", "-wal", "-shm")


def working_db_path(package_path: Path) -> Path:
    package_path = Path(package_path)
    return package_path.with_name(package_path.name + WORK_DB_SUFFIX)


def _entry(values: v.Values, round_key: str) -> doc.Entry:
    fields = v.editable_fields(round_key)
    numeric = values.get("numeric")
    given: dict[str, object] = {f: values.get(f) for f in fields if f != "numeric"}
    if "numeric" in fields:
        given["numeric"] = Decimal(numeric) if numeric is not None else None
    return doc.Entry.model_validate(given)


def package_document(copy: WorkingCopy) -> doc.YearDocument:
    """The year document of a package: the assignment, its round open, the others locked.

    The round's entries are the working copy's values (the package's, or what the owner typed
    into the working copy before); themes, which a package names by text only, get ids derived
    from the package, so that the same package always gives the same document.
    """
    package = copy.package
    round_key = package.round.key
    owner = package.owner.name
    themes: dict[str, doc.Theme] = {}
    for goal in package.goals:
        theme = themes.get(goal.theme.fi)
        if theme is None:
            theme_id = str(uuid.uuid5(uuid.UUID(package.package_id), "theme:" + goal.theme.fi))
            theme = themes[goal.theme.fi] = doc.Theme(
                id=theme_id, name=doc.Text(fi=goal.theme.fi, sv=goal.theme.sv)
            )
        metrics = []
        for item in goal.metrics:
            entries: dict[str, doc.Entry] = {
                key: _entry(values.model_dump(), key) for key, values in item.earlier.items()
            }
            entries[round_key] = _entry(copy.values[item.id], round_key)
            metrics.append(
                doc.Metric(
                    id=item.id,
                    text=doc.Text(fi=item.text.fi, sv=item.text.sv),
                    target=doc.Text(fi=item.target.fi, sv=item.target.sv),
                    recovery=item.recovery,
                    entries={k: entries[k] for k in ROUND_KEYS if k in entries},
                )
            )
        theme.goals.append(
            doc.Goal(
                id=goal.id,
                title=doc.Text(fi=goal.title.fi, sv=goal.title.sv),
                description=doc.Text(fi=goal.description.fi, sv=goal.description.sv),
                owners=[owner],
                metrics=metrics,
            )
        )
    return doc.YearDocument(
        year=package.year,
        layout=package.layout,
        rounds=[
            doc.Round(
                key=key,
                deadline=package.round.deadline if key == round_key else None,
                state=fields.OPEN if key == round_key else fields.LOCKED,
            )
            for key in ROUND_KEYS
        ],
        owners=[doc.Owner(name=owner, email=package.owner.email)],
        themes=list(themes.values()),
    )


def open_working_database(copy: WorkingCopy) -> Database:
    """The package's working database: reopened when it is this package's, made otherwise.

    A working database of another package at the same path (a package issued again under the
    same name) is set aside beside it, never deleted.
    """
    path = working_db_path(copy.package_path)
    package_id = copy.package.package_id
    if path.exists():
        database = open_database(path)
        with database.reader() as session:
            row = session.get(m.Meta, PACKAGE_ID)
            if row is not None and row.value == package_id:
                return database
        database.dispose()
        aside = path.with_name(f"{path.name[: -len(WORK_DB_SUFFIX)]}.other-package")
        aside = aside.with_name(f"{aside.name}-{uuid.uuid4().hex[:8]}{WORK_DB_SUFFIX}")
        for companion in _SQLITE_COMPANIONS:
            with contextlib.suppress(FileNotFoundError):
                Path(f"{path}{companion}").replace(Path(f"{aside}{companion}"))
    database = open_database(path)
    name = copy.package_path.name
    try:
        with database.session(source=f"work package {name}") as session:
            apply_document(session, package_document(copy), replace=True, name=name)
            session.add(m.Meta(key=PACKAGE_ID, value=package_id))
    except BaseException:
        database.dispose()
        raise
    return database


def working_db_values(database: Database, copy: WorkingCopy) -> dict[str, v.Values]:
    """The working database's values of the package round, per assigned metric."""
    round_key = copy.round_key
    with database.reader() as session:
        metrics = {
            mt.id: mt
            for mt in session.scalars(select(m.Metric).where(m.Metric.id.in_(list(copy.items))))
        }
        return {
            metric_id: v.from_row(metrics[metric_id].entry(round_key))
            if metric_id in metrics
            else v.empty()
            for metric_id in copy.items
        }


def working_db_changes(database: Database, copy: WorkingCopy) -> list[tuple[str, str, str | None]]:
    """(metric id, field, value) of every field the database has otherwise than the copy."""
    out = []
    for metric_id, values in working_db_values(database, copy).items():
        for field in copy.fields:
            if values[field] != copy.get(metric_id, field):
                out.append((metric_id, field, values[field]))
    return out


def sync_working_copy(database: Database, copy: WorkingCopy) -> int:
    """Copy the working database's round entries into the working copy; how many fields."""
    changes = working_db_changes(database, copy)
    for metric_id, field, value in changes:
        copy.set_field(metric_id, field, value)
    return len(changes)
