"""The history's newest rows, as the change watcher (``ui/watcher.py``) follows them.

Read through the model after the database is open: the watcher starts with the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select

from kuva_desktop.storage import models as m
from kuva_desktop.storage.database import Database

__all__ = ["ChangeRow", "change_mark", "changes_after", "newest_changes"]


@dataclass(frozen=True)
class ChangeRow:
    """One row of the history, as the change watcher (``ui/watcher.py``) follows it."""

    id: int
    entity: str
    entity_id: str
    field: str | None
    action: str
    at: dt.datetime
    new: str | None


def _change_rows(database: Database, statement: Any) -> tuple[ChangeRow, ...]:
    change = m.Change
    columns = (change.id, change.entity, change.entity_id, change.field, change.action)
    columns += (change.at, change.new)  # type: ignore[assignment]
    with database.reader() as session:
        return tuple(ChangeRow(*row) for row in session.execute(statement(select(*columns))))


def newest_changes(database: Database, limit: int) -> tuple[ChangeRow, ...]:
    """The ``limit`` newest rows of the history, newest first."""
    return _change_rows(database, lambda s: s.order_by(m.Change.id.desc()).limit(limit))


def changes_after(database: Database, last_id: int, ids: list[int]) -> tuple[ChangeRow, ...]:
    """The rows newer than ``last_id``, and those of ``ids`` (still open to a stretch of typing,
    ``storage.history``), oldest first."""
    return _change_rows(
        database,
        lambda s: s.where(or_(m.Change.id > last_id, m.Change.id.in_(ids))).order_by(m.Change.id),
    )


def change_mark(database: Database) -> tuple[int | None, dt.datetime | None]:
    """The newest change's id and time: what a server database says instead of SQLite's
    ``data_version`` when another connection has written."""
    with database.reader() as session:
        newest, at = session.execute(select(func.max(m.Change.id), func.max(m.Change.at))).one()
    return newest, at
