"""A year document into the database (see the package's doc: replace and merge modes)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from kuva_desktop.domain import fields, rules
from kuva_desktop.domain.fields import ENTRY_FIELDS, ROUND_KEYS
from kuva_desktop.domain.statuses import parse_status
from kuva_desktop.domain.terms import DIVISION
from kuva_desktop.errors import InputError
from kuva_desktop.exchange import document as doc
from kuva_desktop.exchange.yeardoc.export import newest_change
from kuva_desktop.exchange.yeardoc.files import check_document
from kuva_desktop.messages import Message
from kuva_desktop.storage import models as m
from kuva_desktop.storage.history import record_created
from kuva_desktop.storage.keys import per_round_id
from kuva_desktop.storage.queries import load_year


@dataclass
class ApplyResult:
    """What a document changed."""

    created: bool = False
    changed_fields: int = 0
    warnings: list[str] = field(default_factory=list)
    undone: int = 0  # values changed since the document's revision that it set back (import)


class Applier:
    """Writes document items onto rows, counting what changed (see the module doc)."""

    def __init__(self, session: Session, replace: bool, name: str) -> None:
        self.session = session
        self.replace = replace
        self.name = name
        self.result = ApplyResult()
        self.owners = {o.name: o for o in session.scalars(select(m.Owner))}
        self.links = {link.name_fi: link for link in session.scalars(select(m.Link))}
        self.used: set[int] = set()  # rows already matched to a document item

    def set(self, obj: Any, attr: str, value: Any) -> None:
        if getattr(obj, attr) != value:
            setattr(obj, attr, value)
            self.result.changed_fields += 1

    def set_text(self, obj: Any, prefix: str, text: doc.Text) -> None:
        self.set(obj, f"{prefix}_fi", text.fi)
        if self.replace or "sv" in text.model_fields_set:
            self.set(obj, f"{prefix}_sv", text.sv)

    def wanted(self, model: doc._Model, name: str) -> bool:
        return self.replace or name in model.model_fields_set

    def owner(self, name: str) -> m.Owner:
        if name not in self.owners:
            self.owners[name] = m.Owner(name=name)
            self.session.add(self.owners[name])
        return self.owners[name]

    def link(self, text: doc.Text) -> m.Link:
        link = self.links.get(text.fi)
        if link is None:
            link = self.links[text.fi] = m.Link(name_fi=text.fi, name_sv=text.sv)
            self.session.add(link)
        elif text.sv is not None:
            self.set(link, "name_sv", text.sv)
        return link

    def set_owners(self, obj: m.Goal | m.Metric, names: list[str]) -> None:
        wanted = sorted(set(names))
        if sorted(o.name for o in obj.owners) != wanted:
            obj.owners = [self.owner(n) for n in wanted]
            self.result.changed_fields += 1

    def remove(self, collection: list[Any], kept: list[Any]) -> None:
        """In replace mode, what the document no longer lists goes (the history keeps it)."""
        if self.replace:
            for row in list(collection):
                if row not in kept:
                    collection.remove(row)
                    self._delete(row)
                    self.result.changed_fields += 1

    def _delete(self, row: Any) -> None:
        # Said outright, not left to delete-orphan: the history sees only rows deleted so.
        if row in self.session and inspect(row).persistent:
            self.session.delete(row)

    def apply_themes(self, year: m.Year, themes: list[doc.Theme]) -> None:
        kept = []
        for position, theme_doc in enumerate(themes):
            theme = _match(
                year.themes,
                theme_doc.id,
                lambda r, d=theme_doc: r.name_fi == d.name.fi,
                -1,
                self.used,
            )
            if theme is None:
                # Through the parent's collection: SQLAlchemy 2 does not cascade along backrefs.
                theme = m.Theme(id=theme_doc.id or m.new_id())
                year.themes.append(theme)
            self.set(theme, "position", position)
            kept.append(theme)
            self.apply_theme(theme, theme_doc, year)
        self.remove(year.themes, kept)

    def apply_theme(self, theme: m.Theme, theme_doc: doc.Theme, year: m.Year) -> None:
        self.used.add(id(theme))
        self.set_text(theme, "name", theme_doc.name)
        kept = []
        for position, goal_doc in enumerate(theme_doc.goals):
            candidates = [g for t in year.themes for g in t.goals]
            goal = _match(
                candidates,
                goal_doc.id,
                lambda r, d=goal_doc: r.title_fi == d.title.fi,
                -1,
                self.used,
            )
            if goal is None:
                goal = m.Goal(id=goal_doc.id or m.new_id(), key=goal_doc.key or m.new_id())
            if goal not in theme.goals:
                if goal.theme is not None:
                    goal.theme.goals.remove(goal)
                theme.goals.append(goal)
            kept.append(goal)
            self.apply_goal(goal, goal_doc, position, year)
        self.remove(theme.goals, kept)

    def apply_goal(self, goal: m.Goal, goal_doc: doc.Goal, position: int, year: m.Year) -> None:
        self.used.add(id(goal))
        self.set(goal, "position", position)
        if goal_doc.key is not None:
            self.set(goal, "key", goal_doc.key)
        self.set_text(goal, "title", goal_doc.title)
        if self.wanted(goal_doc, "description"):
            self.set_text(goal, "description", goal_doc.description)
        if self.wanted(goal_doc, "owners"):
            self.set_owners(goal, goal_doc.owners)
        if self.wanted(goal_doc, "links"):
            wanted: list[m.Link] = []
            for text in goal_doc.links:
                if text.fi and text.fi not in {link.name_fi for link in wanted}:
                    wanted.append(self.link(text))
            if [r.link for r in goal.link_rows] != wanted:
                goal.link_rows = [
                    m.GoalLink(link=link, position=i) for i, link in enumerate(wanted)
                ]
                self.result.changed_fields += 1
        if self.wanted(goal_doc, "outcome") and (
            self.replace or "explanation" in goal_doc.outcome.model_fields_set
        ):
            self.set(goal, "outcome_explanation", goal_doc.outcome.explanation)
        kept = []
        for position_, metric_doc in enumerate(goal_doc.metrics):
            metric = _match(
                goal.metrics,
                metric_doc.id,
                lambda r, d=metric_doc: r.text_fi == d.text.fi,
                position_,
                self.used,
            )
            if metric is None:
                metric = m.Metric(id=metric_doc.id or m.new_id())
                goal.metrics.append(metric)
            kept.append(metric)
            self.apply_metric(metric, metric_doc, position_, year)
        self.remove(goal.metrics, kept)

    def apply_metric(
        self, metric: m.Metric, metric_doc: doc.Metric, position: int, year: m.Year
    ) -> None:
        self.used.add(id(metric))
        self.set(metric, "position", position)
        self.set_text(metric, "text", metric_doc.text)
        if self.wanted(metric_doc, "target"):
            self.set_text(metric, "target", metric_doc.target)
        if self.wanted(metric_doc, "recovery"):
            self.set(metric, "recovery", metric_doc.recovery)
        if self.wanted(metric_doc, "owners"):
            self.set_owners(metric, metric_doc.owners)
        self.apply_entries(metric, metric_doc, year)

    def apply_entries(self, metric: m.Metric, metric_doc: doc.Metric, year: m.Year) -> None:
        # Rule 6 as for the coordinator: an import changes nothing in a locked round.
        locked = {
            r.key
            for r in year.rounds
            if r.id is not None and rules.may_change(r.state, coordinator=True)
        }
        for key, entry_doc in metric_doc.entries.items():
            status = _checked_status(self.name, year.year, metric_doc, key, entry_doc.status)
            entry = metric.entry(key)
            if entry is None:
                entry = m.Entry(round_key=key)
                metric.entries.append(entry)
                self.result.changed_fields += 1
            before = self.result.changed_fields
            for name in ENTRY_FIELDS:
                if not self.wanted(entry_doc, name):
                    continue
                value: Any = status if name == "status" else getattr(entry_doc, name)
                if name == "numeric" and value is not None:
                    if value < 0:
                        at = _at_entry(self.name, year.year, metric_doc, key)
                        raise InputError("yeardoc.negative", at=at, value=value)
                    if entry.numeric is not None and Decimal(entry.numeric) == Decimal(value):
                        continue
                self.set(entry, name, value)
            if key in locked and self.result.changed_fields != before:
                raise InputError("yeardoc.locked", file=self.name, round=key, year=year.year)
        if self.replace:
            for entry in list(metric.entries):
                if entry.round_key not in metric_doc.entries:
                    if entry.round_key in locked:
                        raise InputError(
                            "yeardoc.locked", file=self.name, round=entry.round_key, year=year.year
                        )
                    metric.entries.remove(entry)
                    self._delete(entry)
                    self.result.changed_fields += 1


class NewYear:
    """The themes, goals, metrics and entries of a year this import creates, written in bulk.

    What ``Applier.apply_themes`` would write into an empty year, row for row, with the same
    count of changed values and the same history (``history.record_created``), without an ORM
    object per row: a year of a thousand metrics has some 6 000 rows, and the unit of work and
    the history hook spent most of an import's time on them. Owners and links, a few rows shared
    with other years, still go through the ORM.
    """

    def __init__(self, applier: Applier, year: m.Year) -> None:
        self.applier = applier
        self.session = applier.session
        self.year = year
        self.rows: dict[type, list[dict[str, Any]]] = {
            m.Theme: [],
            m.Goal: [],
            m.Metric: [],
            m.Entry: [],
            m.GoalLink: [],
        }
        self.history: list[tuple[type, str, dict[str, Any]]] = []
        self.goal_owners: list[dict[str, Any]] = []
        self.metric_owners: list[dict[str, Any]] = []
        self.link_rows: list[tuple[str, m.Link, int]] = []
        self.owner_rows: list[tuple[dict[str, Any], list[m.Owner]]] = []

    def count(self, changed: int) -> None:
        self.applier.result.changed_fields += changed

    def text(self, row: dict[str, Any], prefix: str, text: doc.Text) -> None:
        """A text set as ``Applier.set_text`` sets it on a new row, counted as it counts."""
        row[f"{prefix}_fi"] = text.fi
        self.count(1)
        if self.applier.replace or "sv" in text.model_fields_set:
            row[f"{prefix}_sv"] = text.sv
            self.count(text.sv is not None)

    def insert(self, themes: list[doc.Theme]) -> None:
        for position, theme_doc in enumerate(themes):
            row: dict[str, Any] = {
                "id": theme_doc.id or m.new_id(), "year_id": None, "name_fi": "",
                "name_sv": None, "position": position,
            }  # fmt: skip
            self.count(1)
            self.text(row, "name", theme_doc.name)
            self.rows[m.Theme].append(row)
            for goal_position, goal_doc in enumerate(theme_doc.goals):
                self.goal(goal_doc, row["id"], goal_position)
        # The year, its rounds, and the owners and links new to the database get their ids.
        self.session.flush()
        for row in self.rows[m.Theme]:
            row["year_id"] = self.year.id
        for goal_id, link, position in self.link_rows:
            self.rows[m.GoalLink].append(
                {"goal_id": goal_id, "link_id": link.id, "position": position}
            )
        for row, owners in self.owner_rows:
            table = self.goal_owners if "theme_id" in row else self.metric_owners
            key = "goal_id" if "theme_id" in row else "metric_id"
            table.extend({key: row["id"], "owner_id": owner.id} for owner in owners)
        self._write()
        self.session.expire(self.year, ["themes"])

    def goal(self, goal_doc: doc.Goal, theme_id: str, position: int) -> None:
        applier = self.applier
        row: dict[str, Any] = {
            "id": goal_doc.id or m.new_id(), "theme_id": theme_id,
            "key": goal_doc.key or m.new_id(), "title_fi": "", "title_sv": None,
            "description_fi": "", "description_sv": None, "position": position,
            "outcome_explanation": None,
        }  # fmt: skip
        self.count(1)
        self.text(row, "title", goal_doc.title)
        if applier.wanted(goal_doc, "description"):
            self.text(row, "description", goal_doc.description)
        owners: list[m.Owner] = []
        if applier.wanted(goal_doc, "owners"):
            owners = [applier.owner(name) for name in sorted(set(goal_doc.owners))]
            self.count(bool(owners))
        self.owner_rows.append((row, owners))
        if applier.wanted(goal_doc, "links"):
            wanted: list[m.Link] = []
            for text in goal_doc.links:
                if text.fi and text.fi not in {link.name_fi for link in wanted}:
                    wanted.append(applier.link(text))
            self.count(bool(wanted))
            self.link_rows += [(row["id"], link, i) for i, link in enumerate(wanted)]
        if applier.wanted(goal_doc, "outcome") and (
            applier.replace or "explanation" in goal_doc.outcome.model_fields_set
        ):
            row["outcome_explanation"] = goal_doc.outcome.explanation
            self.count(goal_doc.outcome.explanation is not None)
        self.rows[m.Goal].append(row)
        for metric_position, metric_doc in enumerate(goal_doc.metrics):
            self.metric(metric_doc, row["id"], metric_position)

    def metric(self, metric_doc: doc.Metric, goal_id: str, position: int) -> None:
        applier = self.applier
        row: dict[str, Any] = {
            "id": metric_doc.id or m.new_id(), "goal_id": goal_id, "text_fi": "",
            "text_sv": None, "target_fi": "", "target_sv": None, "recovery": None,
            "position": position,
        }  # fmt: skip
        self.count(1)
        self.text(row, "text", metric_doc.text)
        if applier.wanted(metric_doc, "target"):
            self.text(row, "target", metric_doc.target)
        if applier.wanted(metric_doc, "recovery"):
            row["recovery"] = metric_doc.recovery
            self.count(metric_doc.recovery is not None)
        owners: list[m.Owner] = []
        if applier.wanted(metric_doc, "owners"):
            owners = [applier.owner(name) for name in sorted(set(metric_doc.owners))]
            self.count(bool(owners))
        self.owner_rows.append((row, owners))
        self.rows[m.Metric].append(row)
        for key, entry_doc in metric_doc.entries.items():
            status = _checked_status(
                applier.name, self.year.year, metric_doc, key, entry_doc.status
            )
            entry: dict[str, Any] = {"metric_id": row["id"], "round_key": key}
            entry.update(dict.fromkeys(ENTRY_FIELDS))
            self.count(1)
            for name in ENTRY_FIELDS:
                if not applier.wanted(entry_doc, name):
                    continue
                value: Any = status if name == "status" else getattr(entry_doc, name)
                if name == "numeric" and value is not None and value < 0:
                    at = _at_entry(applier.name, self.year.year, metric_doc, key)
                    raise InputError("yeardoc.negative", at=at, value=value)
                entry[name] = value
                self.count(value is not None)
            self.rows[m.Entry].append(entry)

    def _write(self) -> None:
        session = self.session
        models: tuple[type[Any], ...] = (m.Theme, m.Goal, m.Metric, m.GoalLink)
        # Plain executemany on the tables: the ORM's bulk insert asks for the rows back one by
        # one where it cannot tell their order, which costs more than it saves.
        tables: list[tuple[Any, list[dict[str, Any]]]] = [
            (model.__table__, self.rows[model]) for model in models
        ]
        tables += [(m.goal_owner, self.goal_owners), (m.metric_owner, self.metric_owners)]
        tables.append((m.Entry.__table__, self.rows[m.Entry]))
        for table, rows in tables:
            if rows:
                session.execute(table.insert(), rows)
        if self.rows[m.Entry]:
            ids = {
                (metric_id, round_key): entry_id
                for entry_id, metric_id, round_key in session.execute(
                    select(m.Entry.id, m.Entry.metric_id, m.Entry.round_key)
                    .join(m.Metric)
                    .join(m.Goal)
                    .join(m.Theme)
                    .where(m.Theme.year_id == self.year.id)
                )
            }
            for entry in self.rows[m.Entry]:
                entry["id"] = ids[entry["metric_id"], entry["round_key"]]
        names = {row["id"]: [o.name for o in owners] for row, owners in self.owner_rows}
        links = {link.id: link.name_fi for _, link, _ in self.link_rows}
        history = self.history
        every: tuple[type[Any], ...] = (*models, m.Entry)
        for model in every:
            columns = [attr.key for attr in model.__mapper__.column_attrs]
            for row in self.rows[model]:
                shown = {key: row[key] for key in columns}
                if model in (m.Goal, m.Metric):
                    shown["owners"] = sorted(names[row["id"]])
                if model is m.Entry:
                    entity_id = f"{row['metric_id']}:{row['round_key']}"
                elif model is m.GoalLink:
                    entity_id = f"{row['goal_id']}:{links[row['link_id']]}"
                else:
                    entity_id = str(row["id"])
                history.append((model, entity_id, shown))
        record_created(session, history)


def apply_document(
    session: Session, document: doc.YearDocument, *, replace: bool, name: str
) -> ApplyResult:
    """Write ``document`` into the database in the caller's transaction (see the module doc)."""
    check_document(document, name)
    applier = Applier(session, replace, name)
    for owner in document.owners:
        row = applier.owner(owner.name)
        applier.set(row, "email", owner.email)
        applier.set(row, "area", owner.area)
        if "language" in owner.model_fields_set:  # a document before it keeps the stored one
            applier.set(row, "language", owner.language)

    year = load_year(session, document.year)
    if year is None:
        year = m.Year(year=document.year, layout=document.layout)
        _default_division(session, year)
        session.add(year)
        applier.result.created = True
    elif year.layout != document.layout and any(t.goals for t in year.themes):
        raise InputError(
            "yeardoc.layout",
            file=name,
            year=document.year,
            layout=year.layout,
            given=document.layout,
        )
    applier.set(year, "layout", document.layout)
    if document.division.fi:
        applier.set_text(year, "division", document.division)

    rounds = {r.key: r for r in year.rounds}
    for position, key in enumerate(ROUND_KEYS):
        if key not in rounds:
            rounds[key] = m.Round(key=key, position=position, state=fields.OPEN)
            year.rounds.append(rounds[key])

    def set_rounds() -> None:
        for given in document.rounds:
            deadline = dt.date.fromisoformat(given.deadline) if given.deadline else None
            applier.set(rounds[given.key], "deadline", deadline)
            applier.set(rounds[given.key], "state", given.state)

    if applier.result.created:
        # The rounds first: their rows are written whole before the themes go in past the ORM.
        set_rounds()
        NewYear(applier, year).insert(document.themes)
    else:
        applier.apply_themes(year, document.themes)
        set_rounds()
    return applier.result


def import_document(
    session: Session, document: doc.YearDocument, *, name: str, undo_later: bool
) -> ApplyResult:
    """``import-json``: the document as the whole truth of its year, guarded against undoing.

    A value changed in the database after the document's ``revision`` (a merge, an edit, another
    import) that the document would set to something else is *undone*. Unless ``undo_later``
    (``--replace``), a document that would undo any is refused and nothing changes. A document
    without a revision, or with the revision of another database, is taken as older than every
    change: then every value it would change that the database already holds counts. The entries
    of submissions whose merged values an import undoes count as ``undone`` in the completeness.
    """
    this_database = session.get(m.Meta, "database_id")
    known = (
        document.revision is not None
        and this_database is not None
        and document.database == this_database.value
    )
    since = document.revision if known and document.revision is not None else 0
    later: set[tuple[str, str, str | None]] = set()
    for entity, entity_id, field_ in session.execute(
        select(m.Change.entity, m.Change.entity_id, m.Change.field).where(m.Change.id > since)
    ):
        later.add((entity, entity_id, field_))
    rows_later = {(entity, entity_id) for entity, entity_id, _ in later}
    before = newest_change(session)
    result = apply_document(session, document, replace=True, name=name)
    session.flush()
    undone_entries: set[str] = set()
    for entity, entity_id, field_ in session.execute(
        select(m.Change.entity, m.Change.entity_id, m.Change.field).where(m.Change.id > before)
    ):
        # A field changed later, or on a row made later; a row made or changed later, deleted.
        if (
            (entity, entity_id, field_) in later
            or (entity, entity_id, None) in later
            or (field_ is None and (entity, entity_id) in rows_later)
        ):
            result.undone += 1
            if entity == "entry":
                undone_entries.add(entity_id)
    if result.undone and not undo_later:
        code = "yeardoc.would_undo" if known else "yeardoc.would_undo_unknown"
        raise InputError(code, file=name, count=result.undone)
    if undone_entries:
        for package_entry, round_key in session.execute(
            select(m.PackageEntry, m.IssuedPackage.round_key)
            .join(m.IssuedPackage)
            .where(m.IssuedPackage.year == document.year, m.PackageEntry.state == "merged")
        ):
            if per_round_id(package_entry.metric_id, round_key) in undone_entries:
                package_entry.state = "undone"
    return result


def _default_division(session: Session, year: m.Year) -> None:
    """A new year takes the division's name from the latest year, or the official one."""
    latest = session.scalars(select(m.Year).order_by(m.Year.year.desc()).limit(1)).first()
    year.division_fi = latest.division_fi if latest else DIVISION.fi
    year.division_sv = latest.division_sv if latest else DIVISION.sv


def _match(
    existing: Sequence[Any], wanted_id: str | None, same: Any, position: int, used: set[int]
) -> Any:
    """The existing row a document item stands for: by id, else by content, else by place."""
    for row in existing:
        if id(row) not in used and wanted_id is not None and row.id == wanted_id:
            return row
    if wanted_id is None:
        for row in existing:
            if id(row) not in used and same(row):
                return row
        if 0 <= position < len(existing) and id(existing[position]) not in used:
            return existing[position]
    return None


def _at_entry(name: str, year: int, metric_doc: doc.Metric, key: str) -> Message:
    return Message(
        "yeardoc.at_entry", file=name, year=year, metric=metric_doc.text.fi[:60], round=key
    )


def _checked_status(
    name: str, year: int, metric_doc: doc.Metric, key: str, value: str | None
) -> str | None:
    """Rules 7 and 1 for a status that comes in from a file."""
    if value is None:
        return None
    at = _at_entry(name, year, metric_doc, key)
    try:
        status = parse_status(value)
    except ValueError:
        raise InputError("yeardoc.unknown_status", at=at, value=repr(value)) from None
    if status is not None and status not in rules.allowed_statuses(key):
        raise InputError("yeardoc.status_round", at=at, value=repr(value))
    return status.value if status else None
