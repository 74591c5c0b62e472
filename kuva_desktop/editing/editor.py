"""Field edits, structure edits (add, move, delete, restore), versions and new years."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, object_session

from kuva_desktop.domain import fields, rules, values
from kuva_desktop.editing.refs import UNCHECKED, EditConflict, EditRefused, Ref
from kuva_desktop.errors import InputError
from kuva_desktop.messages import Message
from kuva_desktop.storage import models as m
from kuva_desktop.storage.database import Database
from kuva_desktop.storage.keys import SOURCE_TYPED
from kuva_desktop.storage.queries import load_year
from kuva_desktop.storage.server import retry_concurrent

if TYPE_CHECKING:
    # The year document (and pydantic) is needed only to delete, restore and copy years: the
    # functions that do import it when called, which keeps about half a second (pydantic) out of
    # the window's start.
    from kuva_desktop.exchange import document as doc


# The fields a form may set, per kind. Lists of names for the many-to-many ones.
FIELDS: dict[str, tuple[str, ...]] = {
    "year": ("division_fi", "division_sv", "layout"),
    "round": ("deadline", "state"),
    "theme": ("name_fi", "name_sv"),
    "goal": (
        "title_fi",
        "title_sv",
        "description_fi",
        "description_sv",
        "outcome_explanation",
        "owners",
        "links",
    ),
    "metric": ("text_fi", "text_sv", "target_fi", "target_sv", "recovery", "owners"),
    "entry": fields.ENTRY_FIELDS,
}


F = TypeVar("F", bound=Callable[..., Any])


def _retried(method: F) -> F:
    """A change that met another coordinator's at the same moment on a server changed nothing:
    it runs again on fresh data a few times (a value the other changed is then a conflict), and
    only then is ``server.concurrent`` raised."""

    @functools.wraps(method)
    def run(self: Editor, *args: Any, **kwargs: Any) -> Any:
        return retry_concurrent(lambda: method(self, *args, **kwargs))

    return run  # type: ignore[return-value]


class Editor:
    """Changes to one database, each in its own transaction, recorded as typed by ``who``.

    Every change runs again, a few times, when it met another coordinator's change at the same
    moment on a server (``_retried``)."""

    def __init__(
        self,
        database: Database,
        who: str | None = None,
        source: str = SOURCE_TYPED,
        *,
        wait_ms: int | None = None,
    ):
        self.database = database
        self.who = who
        self.source = source
        # How long a field edit waits for another program's write lock before it fails (and
        # the window retries it later); None: the database's default.
        self.wait_ms = wait_ms

    # Reading

    def get(self, ref: Ref, field: str) -> Any:
        with self.database.reader() as session:
            row = _find(session, ref, create=False)
            return None if row is None else _read(row, field)

    # Field edits

    @_retried
    def set_field(self, ref: Ref, field: str, value: Any, *, based_on: Any = UNCHECKED) -> Any:
        """Write one field; returns the value it had (for undo). Refuses what the rules forbid.

        ``based_on`` is the value the writer saw (the form showed, the undo step wrote). When the
        stored value is another one, nothing is written and ``EditConflict`` carries both; the
        comparison and the write are one transaction holding the write lock, so two writers
        that saw the same value cannot both win.
        """
        if field not in FIELDS.get(ref.kind, ()):
            raise ValueError(f"{ref.kind} has no field {field!r}")
        value = _normalise(ref, field, value)
        checked = based_on is not UNCHECKED
        seen = _normalise(ref, field, based_on) if checked else None
        with self.database.session(
            source=self.source, who=self.who, write_lock=True, wait_ms=self.wait_ms
        ) as session:
            row = _find(session, ref, create=True)
            if self.database.path is None and inspect(row).persistent:
                session.refresh(row, with_for_update=True)  # a server: the row's lock
            _check_lock(session, ref, row)
            old = _read(row, field)
            if checked and not _same(old, seen) and not _same(old, value):
                raise EditConflict(ref, field, mine=value, theirs=old, based_on=seen)
            if old != value:
                _write(session, row, field, value)
        return old

    # Structure

    @_retried
    def add_theme(self, year: int, name: str = "") -> str:
        with self.database.session(source=self.source, who=self.who) as session:
            row = _year(session, year)
            theme = m.Theme(id=m.new_id(), name_fi=name, position=len(row.themes))
            row.themes.append(theme)
            return theme.id

    @_retried
    def add_goal(self, theme_id: str, title: str = "") -> str:
        with self.database.session(source=self.source, who=self.who) as session:
            theme = _get(session, m.Theme, theme_id)
            goal = m.Goal(id=m.new_id(), key=m.new_id(), title_fi=title, position=len(theme.goals))
            theme.goals.append(goal)
            return goal.id

    @_retried
    def add_metric(self, goal_id: str, text: str = "") -> str:
        with self.database.session(source=self.source, who=self.who) as session:
            goal = _get(session, m.Goal, goal_id)
            metric = m.Metric(id=m.new_id(), text_fi=text, position=len(goal.metrics))
            goal.metrics.append(metric)
            return metric.id

    @_retried
    def move(self, ref: Ref, position: int) -> int:
        """Move a theme, goal or metric among its siblings; returns its old position."""
        with self.database.session(source=self.source, who=self.who) as session:
            row, siblings = _with_siblings(session, ref)
            old = siblings.index(row)
            position = max(0, min(position, len(siblings) - 1))
            siblings.insert(position, siblings.pop(old))
            for index, sibling in enumerate(siblings):
                if sibling.position != index:
                    sibling.position = index
            return old

    @_retried
    def delete(self, ref: Ref) -> dict[str, Any]:
        """Delete a theme, goal or metric with all below it; returns what ``restore`` needs."""
        with self.database.session(source=self.source, who=self.who) as session:
            row, siblings = _with_siblings(session, ref)
            _refuse_locked_entries(session, row)
            snapshot = {
                "kind": ref.kind,
                "parent": _parent_key(row),
                "position": siblings.index(row),
                "item": _snapshot(row).model_dump(mode="json"),
            }
            session.delete(row)
            for index, sibling in enumerate(s for s in siblings if s is not row):
                sibling.position = index
            return snapshot

    @_retried
    def restore(self, snapshot: dict[str, Any]) -> None:
        """Put back what ``delete`` removed, with the same ids, at the same place."""
        from kuva_desktop.exchange import document as doc  # (start-up time, as above)
        from kuva_desktop.exchange import yeardoc

        kind, parent_key, position = snapshot["kind"], snapshot["parent"], snapshot["position"]
        with self.database.session(source=self.source, who=self.who) as session:
            if kind == "theme":
                item = doc.Theme.model_validate(snapshot["item"])
                year = _year(session, int(parent_key))
                theme = m.Theme(id=item.id)
                year.themes.insert(position, theme)
                siblings: list[Any] = list(year.themes)
                applier = yeardoc.Applier(session, replace=True, name="restore")
                applier.apply_theme(theme, item, year)
            elif kind == "goal":
                goal_doc = doc.Goal.model_validate(snapshot["item"])
                theme = _get(session, m.Theme, parent_key)
                goal = m.Goal(id=goal_doc.id, key=goal_doc.key)
                theme.goals.insert(position, goal)
                siblings = list(theme.goals)
                applier = yeardoc.Applier(session, replace=True, name="restore")
                applier.apply_goal(goal, goal_doc, position, theme.year)
            else:
                metric_doc = doc.Metric.model_validate(snapshot["item"])
                goal = _get(session, m.Goal, parent_key)
                metric = m.Metric(id=metric_doc.id)
                goal.metrics.insert(position, metric)
                siblings = list(goal.metrics)
                applier = yeardoc.Applier(session, replace=True, name="restore")
                applier.apply_metric(metric, metric_doc, position, goal.theme.year)
            for index, sibling in enumerate(siblings):
                sibling.position = index

    @_retried
    def new_year_from(self, previous: int, year: int) -> None:
        """A new year with the themes, goals, metrics, owners and links of ``previous``.

        Entries start empty; each goal keeps its predecessor's key, which ties the two.
        """
        from kuva_desktop.exchange import document as doc  # (start-up time, as above)
        from kuva_desktop.exchange import yeardoc

        with self.database.session(source=self.source, who=self.who) as session:
            if load_year(session, year) is not None:
                raise InputError("year.exists", year=year)
            document = yeardoc.export_year(session, previous)
            document.year = year
            # The forecast rounds open; the year end closed until the coordinator opens it.
            document.rounds = [
                doc.Round(key=key, state=fields.CLOSED if key == fields.FINAL else fields.OPEN)
                for key in fields.ROUND_KEYS
            ]
            for theme in document.themes:
                theme.id = None
                for goal in theme.goals:
                    goal.id = None
                    goal.outcome = doc.Outcome()
                    for metric in goal.metrics:
                        metric.id = None
                        metric.entries = {}
            yeardoc.apply_document(session, document, replace=True, name=f"new year {year}")

    # History

    def versions(self, ref: Ref) -> list[m.Change]:
        """Every recorded change of the item, newest first (also of its entries, for a metric)."""
        keys = [str(ref.key)]
        with self.database.reader() as session:
            statement = select(m.Change).where(m.Change.entity == ref.kind)
            statement = statement.where(m.Change.entity_id.in_(keys))
            if ref.kind == "metric":
                statement = select(m.Change).where(
                    (m.Change.entity_id == str(ref.key))
                    | ((m.Change.entity == "entry") & m.Change.entity_id.like(f"{ref.key}:%"))
                )
            return list(session.scalars(statement.order_by(m.Change.id.desc())))

    def restore_version(self, change: m.Change) -> Any:
        """Set the field back to the value it had before ``change``; returns the value replaced."""
        if change.field is None:
            raise InputError("edit.restore_field_only")
        value = json.loads(change.old) if change.old is not None else None
        return self.set_field(change_ref(change), change.field, value)


def change_ref(change: m.Change) -> Ref:
    """The item a recorded change is about, as the editor names it."""
    return entity_ref(change.entity, change.entity_id)


def entity_ref(entity: str, entity_id: str) -> Ref:
    """The item of a change row's ``entity`` and ``entity_id``, as the editor names it."""
    return Ref(entity, int(entity_id) if entity == "year" else entity_id)


# Helpers over the session


def _year(session: Session, year: int) -> m.Year:
    row = session.scalars(select(m.Year).where(m.Year.year == int(year))).one_or_none()
    if row is None:
        raise InputError("year.missing", year=year)
    return row


def _get(session: Session, model: Any, key: str) -> Any:
    row = session.get(model, key)
    if row is None:
        raise InputError("edit.gone", kind=model.__tablename__, key=key)
    return row


def _find(session: Session, ref: Ref, *, create: bool) -> Any:
    if ref.kind == "year":
        return _year(session, int(ref.key))
    if ref.kind == "round":
        year, key = ref.halves
        found = _year(session, int(year)).round(key)
        if found is None:
            raise InputError("year.no_round", year=year, round=key)
        return found
    if ref.kind == "entry":
        metric_id, round_key = ref.halves
        metric = _get(session, m.Metric, metric_id)
        entry = metric.entry(round_key)
        if entry is None and create:
            entry = m.Entry(round_key=round_key)
            metric.entries.append(entry)
        return entry
    model = {"theme": m.Theme, "goal": m.Goal, "metric": m.Metric}[ref.kind]
    return _get(session, model, str(ref.key))


def _round_of(session: Session, entry: m.Entry) -> m.Round | None:
    return entry.metric.goal.theme.year.round(entry.round_key)


def _check_lock(session: Session, ref: Ref, row: Any) -> None:
    """Rule 6: nothing changes in a locked round."""
    if ref.kind == "entry":
        round_ = _round_of(session, row)
        if round_ is not None and rules.may_change(round_.state, coordinator=True):
            raise EditRefused("round_locked", Message("round.locked", round=row.round_key))


def _refuse_locked_entries(session: Session, row: Any) -> None:
    metrics = {
        "theme": lambda: [mt for g in row.goals for mt in g.metrics],
        "goal": lambda: list(row.metrics),
        "metric": lambda: [row],
    }[type(row).__tablename__]()
    for metric in metrics:
        for entry in metric.entries:
            if entry.status or entry.forecast or entry.comment or entry.explanation:
                round_ = _round_of(session, entry)
                if round_ is not None and rules.may_change(round_.state, coordinator=True):
                    raise EditRefused(
                        "round_locked", Message("round.locked_entries", round=entry.round_key)
                    )


def _with_siblings(session: Session, ref: Ref) -> tuple[Any, list[Any]]:
    row = _find(session, ref, create=False)
    if isinstance(row, m.Theme):
        return row, list(row.year.themes)
    if isinstance(row, m.Goal):
        return row, list(row.theme.goals)
    if isinstance(row, m.Metric):
        return row, list(row.goal.metrics)
    raise ValueError(f"{ref.kind} cannot be moved or deleted")


def _parent_key(row: Any) -> str | int:
    if isinstance(row, m.Theme):
        return row.year.year
    if isinstance(row, m.Goal):
        return row.theme_id
    return str(row.goal_id)


def _snapshot(row: Any) -> doc.Theme | doc.Goal | doc.Metric:
    from kuva_desktop.exchange import yeardoc  # (start-up time, as above)

    document = yeardoc.export_year(row_session(row), _year_of(row))
    for theme in document.themes:
        if isinstance(row, m.Theme) and theme.id == row.id:
            return theme
        for goal in theme.goals:
            if isinstance(row, m.Goal) and goal.id == row.id:
                return goal
            for metric in goal.metrics:
                if metric.id == row.id:
                    return metric
    raise LookupError(row)


def row_session(row: Any) -> Session:
    session = object_session(row)
    assert session is not None
    return session


def _year_of(row: Any) -> int:
    if isinstance(row, m.Theme):
        return row.year.year
    if isinstance(row, m.Goal):
        return row.theme.year.year
    return int(row.goal.theme.year.year)


# Values


def _read(row: Any, field: str) -> Any:
    if field == "owners":
        return sorted(o.name for o in row.owners)
    if field == "links":
        return [link.name_fi for link in row.links]
    value = getattr(row, field)
    if isinstance(value, Decimal):
        value = value.normalize()
        return int(value) if value == value.to_integral_value() else value
    return value


def _same(a: Any, b: Any) -> bool:
    """Equal as stored values: an empty text and no text are the same."""
    if isinstance(a, str | None) and isinstance(b, str | None):
        return (a or "") == (b or "")
    return bool(a == b)


def _write(session: Session, row: Any, field: str, value: Any) -> None:
    if field == "owners":
        owners = {o.name: o for o in session.scalars(select(m.Owner))}
        row.owners = [owners.get(n) or m.Owner(name=n) for n in sorted(set(value))]
    elif field == "links":
        links = {link.name_fi: link for link in session.scalars(select(m.Link))}
        row.link_rows = [
            m.GoalLink(link=links.get(n) or m.Link(name_fi=n), position=i)
            for i, n in enumerate(dict.fromkeys(value))
        ]
    else:
        setattr(row, field, value)


def _normalise(ref: Ref, field: str, value: Any) -> Any:
    """Values as the database keeps them (``domain.values.normalise``)."""
    round_key = ref.halves[1] if ref.kind == "entry" else None
    return values.normalise(ref.kind, field, value, round_key)
