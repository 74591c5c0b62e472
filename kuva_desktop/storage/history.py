"""The history of every change: written by the session itself, whatever code made the change.

An ``after_flush`` hook (where ids and defaults are filled in and the attribute history is still
there) compares each new, changed or deleted row of the tracked tables with its loaded state and
writes one ``change`` row per field (or per row for creations and deletions), tagged with the
session's actor and source, in the same transaction. Code that changes data cannot forget it.

Typing is saved every second or so, and a version per save would bury the history: a typed
change of a field that continues the same person's previous change of that same field, within
``STRETCH`` of it, updates that version (its new value and time) instead of adding one, so that
a stretch of typing in one field is one version, from the value before it to the value after it.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, event, insert, inspect, select, update
from sqlalchemy.orm import Session

from kuva_desktop.storage.keys import SOURCE_TYPED, STRETCH, per_round_id
from kuva_desktop.storage.models import (
    Change,
    Entry,
    Goal,
    GoalLink,
    Link,
    Metric,
    Owner,
    Round,
    Theme,
    Year,
)

TRACKED: dict[type, str] = {
    Year: "year",
    Round: "round",
    Theme: "theme",
    Goal: "goal",
    Metric: "metric",
    Entry: "entry",
    GoalLink: "goal_link",
    Owner: "owner",
    Link: "link",
}
# Many-to-many collections recorded as the list of names before and after.
COLLECTIONS: dict[type, tuple[str, ...]] = {Goal: ("owners",), Metric: ("owners",)}


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service accounts and containers
        return "unknown"


def _json(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        value = format(value.normalize(), "f")
    elif isinstance(value, dt.date):
        value = value.isoformat()
    return json.dumps(value, ensure_ascii=False)


def _entity_id(obj: Any) -> str:
    """A natural id that names the row before it has a database id, and keeps naming it."""
    if isinstance(obj, Year):
        return str(obj.year)
    if isinstance(obj, Round):
        return per_round_id(obj.year.year, obj.key)
    if isinstance(obj, Entry):
        # A deleted entry taken out of its metric's entries no longer has its metric.
        metric_id = obj.metric.id if obj.metric is not None else obj.metric_id
        return per_round_id(metric_id, obj.round_key)
    if isinstance(obj, GoalLink):
        return f"{obj.goal.id}:{obj.link.name_fi}"
    if isinstance(obj, Owner):
        return obj.name
    if isinstance(obj, Link):
        return obj.name_fi
    return str(obj.id)


def _row(obj: Any) -> dict[str, Any]:
    return {attr.key: getattr(obj, attr.key) for attr in inspect(obj).mapper.column_attrs}


def _names(objs: Any) -> list[str]:
    return sorted(o.name for o in objs)


def _tagged(session: Session) -> dict[str, Any]:
    """Who, from where and when: what every change row of this flush says."""
    info = session.info
    return {
        "at": dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0),
        "who": info.get("who") or current_user(),
        "db_user": _database_user(session),
        "source": info.get("source") or SOURCE_TYPED,
    }


def record_created(session: Session, rows: list[tuple[type, str, dict[str, Any]]]) -> None:
    """The history of rows inserted in bulk, past the ORM (a new year of an import): for each
    (model, entity id, row with every column, and the owners of a goal or metric) the "create"
    change that the after_flush hook writes for a row the session adds."""
    if not rows:
        return
    tagged = _tagged(session)
    changes = [
        {
            **tagged,
            "entity": TRACKED[model],
            "entity_id": entity_id,
            "field": None,
            "action": "create",
            "old": None,
            "new": _json({key: _plain(value) for key, value in row.items()}),
        }
        for model, entity_id, row in rows
    ]
    session.connection().execute(insert(Change), changes)


def _record(session: Session) -> None:
    tagged = _tagged(session)
    source = tagged["source"]
    changes: list[dict[str, Any]] = []

    def add(obj: Any, action: str, field: str | None, old: Any, new: Any) -> None:
        changes.append(
            {
                **tagged,
                "entity": TRACKED[type(obj)],
                "entity_id": _entity_id(obj),
                "field": field,
                "action": action,
                "old": _json(old),
                "new": _json(new),
            }
        )

    for obj in session.new:
        if type(obj) in TRACKED:
            add(obj, "create", None, None, _row_for_history(obj))
    for obj in session.dirty:
        if type(obj) not in TRACKED or not session.is_modified(obj):
            continue
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            hist = state.attrs[attr.key].history
            if hist.has_changes():
                # A value set where there was none (None, or never loaded) has no "deleted".
                old = hist.deleted[0] if hist.deleted else None
                new = getattr(obj, attr.key)
                if old != new:
                    add(obj, "update", attr.key, old, new)
        for key in COLLECTIONS.get(type(obj), ()):
            hist = state.attrs[key].history
            if hist.added or hist.deleted:
                after = _names(getattr(obj, key))
                before = sorted(set(after) - set(_names(hist.added)) | set(_names(hist.deleted)))
                add(obj, "update", key, before, after)
    for obj in session.deleted:
        if type(obj) in TRACKED:
            add(obj, "delete", None, _row_for_history(obj), None)
    if source == SOURCE_TYPED:
        changes = [c for c in changes if not _continue_stretch(session, c)]
    if changes:
        session.connection().execute(insert(Change), changes)


def _database_user(session: Session) -> str | None:
    """The server role the session writes with; None for a file (SQLite has no users)."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        return None
    if "db_user" not in session.info:
        session.info["db_user"] = connection.exec_driver_sql("SELECT current_user").scalar()
    return session.info["db_user"]  # type: ignore[no-any-return]


def _continue_stretch(session: Session, change: dict[str, Any]) -> bool:
    """Fold a typed field change into the version of the same stretch of typing, if there is one.

    True when it was folded in (nothing else to write).
    """
    if change["action"] != "update" or change["field"] is None:
        return False
    table = Change
    connection = session.connection()
    last = connection.execute(
        select(table.id, table.who, table.source, table.at, table.old, table.new)
        .where(
            table.entity_id == change["entity_id"],
            table.entity == change["entity"],
            table.field == change["field"],
        )
        .order_by(table.id.desc())
        .limit(1)
    ).first()
    if (
        last is None
        or last.who != change["who"]
        or last.source != SOURCE_TYPED
        or last.new != change["old"]
        or change["at"] - last.at > STRETCH
    ):
        return False
    # Consecutive: the person changed nothing else since.
    since = connection.execute(
        select(table.id).where(table.id > last.id, table.who == change["who"]).limit(1)
    ).first()
    if since is not None:
        return False
    if last.old == change["new"]:  # typed back to what it was: no version at all
        connection.execute(delete(table).where(table.id == last.id))
    else:
        connection.execute(
            update(table).where(table.id == last.id).values(new=change["new"], at=change["at"])
        )
    return True


def _row_for_history(obj: Any) -> dict[str, Any]:
    row = {k: _plain(v) for k, v in _row(obj).items()}
    for key in COLLECTIONS.get(type(obj), ()):
        row[key] = _names(getattr(obj, key))
    return row


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def install(session_class: type[Session]) -> None:
    """Record the history of every session made from ``session_class``."""
    event.listen(session_class, "after_flush", lambda session, _ctx: _record(session))
