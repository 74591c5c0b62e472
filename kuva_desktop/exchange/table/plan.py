"""Matching a table with the year it goes into: what it adds, changes and may not do alone.

``plan_import`` takes what ``read_table`` gave and the year as ``export_year`` reads it (or None
for a new year) and returns a ``Plan``: the document to write (``apply_document`` in merge mode),
with every table item tied to the item it stands for by id, and the lists a person reads before
anything is written (the preview of the window, ``import-table --dry-run``).

Items are matched by the ids of the app's own export, else by their text in the table's language,
else (metrics) by their place in the goal. A Swedish table (Swedish column titles) writes only
Swedish texts, and only to items the year has: a cell that shows the Finnish text because there is
no Swedish one (the Swedish report falls back) changes nothing. Two kinds of change need a choice
(``Plan.choices``): moving a goal to another theme, and creating an item whose name is another
language's name of an existing item (what a Swedish table read as Finnish would do).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

from kuva_desktop.domain import rules
from kuva_desktop.domain.fields import FORECAST_FIELDS
from kuva_desktop.domain.labels import pick
from kuva_desktop.errors import InputError
from kuva_desktop.exchange.document import Entry, Goal, Metric, Text, Theme, YearDocument
from kuva_desktop.exchange.table.importer import TableImport
from kuva_desktop.exchange.table.messages import quote, where
from kuva_desktop.messages import Message, field_name

MOVE = "move"  # a goal moves to another theme
NAMES = "names"  # a new item is named as an existing item is in the other language
CHOICES = (MOVE, NAMES)
_ENTRY_FIELDS = FORECAST_FIELDS  # a table holds forecast rounds only
_T = TypeVar("_T", Theme, Goal, Metric)


@dataclass(frozen=True)
class Choice:
    """A change the import makes only when allowed: its kind (MOVE, NAMES) and what it does."""

    kind: str
    text: Message

    def in_file(self) -> Message:
        """The text without the file's name, for a sentence that names the file already."""
        at = self.text.params.get("at")
        if isinstance(at, Message) and "row" in at.params:
            return Message(
                self.text.code,
                **{**self.text.params, "at": Message("table.at.row_only", row=at.params["row"])},
            )
        return self.text


@dataclass
class Plan:
    """What importing a table would do, before anything is written."""

    document: YearDocument
    added: list[Message] = field(default_factory=list)
    changed: list[Message] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    choices: list[Choice] = field(default_factory=list)
    new_year: bool = False

    @property
    def writes(self) -> bool:
        """Whether importing would write anything at all."""
        return self.new_year or bool(self.added or self.changed)

    def needs(self, allowed: Iterable[str]) -> list[Choice]:
        """The choices not among ``allowed``."""
        allowed = set(allowed)
        return [choice for choice in self.choices if choice.kind not in allowed]


@dataclass
class _Year:
    """The existing year, indexed."""

    document: YearDocument
    theme_of: dict[str, Theme] = field(default_factory=dict)  # goal id -> its theme
    goal_of: dict[str, Goal] = field(default_factory=dict)  # metric id -> its goal
    themes: dict[str, Theme] = field(default_factory=dict)
    goals: dict[str, Goal] = field(default_factory=dict)
    metrics: dict[str, Metric] = field(default_factory=dict)
    locked: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, document: YearDocument | None, year: int) -> _Year:
        index = cls(document or YearDocument(year=year))
        for theme in index.document.themes:
            index.themes[theme.id or ""] = theme
            for goal in theme.goals:
                index.goals[goal.id or ""] = goal
                index.theme_of[goal.id or ""] = theme
                for metric in goal.metrics:
                    index.metrics[metric.id or ""] = metric
                    index.goal_of[metric.id or ""] = goal
        index.locked = {
            r.key for r in index.document.rounds if rules.may_change(r.state, coordinator=True)
        }
        return index


def plan_import(table: TableImport, existing: YearDocument | None) -> Plan:
    """The plan of importing ``table`` into the year ``existing`` (None: a new year).

    Raises InputError when the table may not be imported at all: a Swedish table that would
    create items, or a change to a locked round (naming the row and the metric).
    """
    return _Planner(table, existing).plan()


class _Planner:
    def __init__(self, table: TableImport, existing: YearDocument | None) -> None:
        self.table = table
        self.sv = table.language == "sv"
        self.year = _Year.of(existing, table.document.year)
        self.result = Plan(YearDocument(year=table.document.year), new_year=existing is None)
        self.used: set[str] = set()

    def plan(self) -> Plan:
        source = self.table.document
        document = self.result.document
        document.division = source.division
        document.layout = source.layout
        for row, name in self.table.new_links:
            if self.sv:
                self._swedish_new(row, "link", name)
        document.themes = [self._theme(theme) for theme in source.themes]
        old = self.year.document
        if not self.result.new_year:
            if source.division.fi and source.division.fi != old.division.fi:
                self.result.changed.append(
                    Message(
                        "table.change",
                        at=where(self.table.label),
                        what=Message("table.change.division"),
                        old=quote(old.division.fi),
                        new=quote(source.division.fi),
                    )
                )
            if source.layout != old.layout:
                self.result.changed.append(
                    Message(
                        "table.change",
                        at=where(self.table.label),
                        what=Message("table.change.layout"),
                        old=old.layout,
                        new=source.layout,
                    )
                )
            self._order(document.themes, old.themes, "table.order.themes")
        self.result.warnings = list(self.table.warnings) + self.result.warnings
        return self.result

    def _order(
        self, new: Sequence[Theme | Goal | Metric], old: Sequence[Any], code: str, name: str = ""
    ) -> None:
        """An item that keeps its place keeps its position; one that moves is a change (``code``
        says of what: the themes, or the goals or metrics of ``name``)."""
        places = {item.id: index for index, item in enumerate(old)}
        moved = [
            item for index, item in enumerate(new) if item.id in places and places[item.id] != index
        ]
        if moved:
            params = {"name": name} if name else {}
            self.result.changed.append(Message(code, at=self._at(moved[0]), **params))

    # -- texts ------------------------------------------------------------------------------------

    def _text(self, old: Text | None, value: str) -> tuple[Text, bool]:
        """The text to write for a table cell's ``value``, and whether it changes anything."""
        if old is None:
            return Text(fi=value), True
        if not self.sv:
            return Text(fi=value), value != old.fi
        if value == (old.sv or "") or (old.sv is None and value == old.fi):
            return Text(fi=old.fi), False  # the same, or the Finnish text a Swedish report shows
        return Text(fi=old.fi, sv=value), True

    def _shown(self, text: Text) -> str:
        return pick(text.fi, text.sv, "sv" if self.sv else "fi")

    def _same_name(self, value: str, old: Text) -> bool:
        return value == self._shown(old) if self.sv else value == old.fi

    def _row(self, item: object) -> int:
        return self.table.rows.get(id(item), 0)

    def _at(self, item: object) -> Message:
        return where(self.table.label, self._row(item) or None)

    def _swedish_new(self, row: int, what: str, name: str) -> None:
        raise InputError(
            "table.swedish_new",
            path=self.table.label,
            row=row,
            what=Message(f"table.item.{what}"),
            name=quote(name),
            year=self.table.document.year,
        )

    def _other_language(self, value: str, names: Iterable[Text], item: object, what: str) -> None:
        """A new item named as an existing one is in the other language needs a choice."""
        key = " ".join(value.casefold().split())
        for name in names:
            if name.sv and " ".join(name.sv.casefold().split()) == key:
                self.result.choices.append(
                    Choice(
                        NAMES,
                        Message(
                            "table.choice.names",
                            at=self._at(item),
                            what=Message(f"table.item.{what}"),
                            name=quote(value),
                            other=quote(name.fi),
                        ),
                    )
                )
                return

    # -- themes, goals, metrics -------------------------------------------------------------------

    def _theme(self, theme: Theme) -> Theme:
        old = self._by_id(theme.id, self.year.themes)
        if old is None:
            old = next(
                (
                    t
                    for t in self.year.document.themes
                    if t.id not in self.used and self._same_name(theme.name.fi, t.name)
                ),
                None,
            )
        if old is None:
            if self.sv:
                self._swedish_new(self._row(theme), "theme", theme.name.fi)
            self._other_language(
                theme.name.fi, (t.name for t in self.year.document.themes), theme, "theme"
            )
            self.result.added.append(self._added(theme, "theme", theme.name.fi))
            out = Theme(id=_new_id(), name=Text(fi=theme.name.fi))
        else:
            self.used.add(old.id or "")
            name, changed = self._text(old.name, theme.name.fi)
            if changed:
                self._changed(theme, "theme", old.name, theme.name.fi)
            out = Theme(id=old.id, name=name)
        out.goals = [self._goal(goal, out, old) for goal in theme.goals]
        if old is not None:
            self._order(out.goals, old.goals, "table.order.goals", quote(old.name.fi))
        return out

    def _goal(self, goal: Goal, theme: Theme, old_theme: Theme | None) -> Goal:
        old = self._by_id(goal.id, self.year.goals)
        if old is None:
            old = next(
                (
                    g
                    for t in self.year.document.themes
                    for g in t.goals
                    if g.id not in self.used and self._same_name(goal.title.fi, g.title)
                ),
                None,
            )
        if old is None:
            if self.sv:
                self._swedish_new(self._row(goal), "goal", goal.title.fi)
            self._other_language(
                goal.title.fi,
                (g.title for t in self.year.document.themes for g in t.goals),
                goal,
                "goal",
            )
            self.result.added.append(self._added(goal, "goal", goal.title.fi))
            # A shallow copy: the table's items are read, never changed, after this.
            out = goal.model_copy(update={"id": _new_id()})
            out.metrics = [
                self._metric(metric, out, None, i) for i, metric in enumerate(goal.metrics)
            ]
            return out
        self.used.add(old.id or "")
        was = self.year.theme_of.get(old.id or "")
        if was is not None and was.id != theme.id:
            self.result.choices.append(
                Choice(
                    MOVE,
                    Message(
                        "table.choice.move",
                        at=self._at(goal),
                        goal=quote(old.title.fi),
                        old=quote(was.name.fi),
                        new=quote(theme.name.fi),
                    ),
                )
            )
        out = Goal(id=old.id)
        title, description = goal.title.fi, goal.description.fi
        # The goal cell is the title, a blank line and the description: when it shows this
        # goal's own texts, they are taken whole rather than split again.
        shown = _joined(self._shown(old.title), self._shown(old.description))
        if _joined(title, description) == shown:
            title, description = self._shown(old.title), self._shown(old.description)
        out.title, changed = self._text(old.title, title)
        if changed:
            self._changed(goal, "goal_title", old.title, title)
        if "description" in goal.model_fields_set:
            out.description, changed = self._text(old.description, description)
            if changed:
                self._changed(goal, "goal_description", old.description, description)
        if "links" in goal.model_fields_set:
            out.links = goal.links
            if [link.fi for link in goal.links] != [link.fi for link in old.links]:
                self.result.changed.append(
                    Message(
                        "table.change.links",
                        at=self._at(goal),
                        goal=quote(old.title.fi),
                        links=", ".join(quote(link.fi) for link in goal.links),
                    )
                )
        out.metrics = [self._metric(metric, out, old, i) for i, metric in enumerate(goal.metrics)]
        self._order(out.metrics, old.metrics, "table.order.metrics", quote(old.title.fi))
        return out

    def _metric(self, metric: Metric, goal: Goal, old_goal: Goal | None, place: int) -> Metric:
        old = self._by_id(metric.id, self.year.metrics)
        if old is not None and self.year.goal_of.get(old.id or "") is not old_goal:
            self.result.warnings.append(Message("table.metric_other_goal", at=self._at(metric)))
            old = None
        elif old is None and old_goal is not None:
            # As apply_document matches: by the text, else by the place in the goal.
            free = [m for m in old_goal.metrics if m.id not in self.used]
            old = next((m for m in free if self._same_name(metric.text.fi, m.text)), None)
            if old is None and place < len(old_goal.metrics):
                candidate = old_goal.metrics[place]
                old = candidate if candidate.id not in self.used else None
        if old is None:
            if self.sv:
                self._swedish_new(self._row(metric), "metric", metric.text.fi)
            self._other_language(
                metric.text.fi,
                (m.text for t in self.year.document.themes for g in t.goals for m in g.metrics),
                metric,
                "metric",
            )
            self.result.added.append(self._added(metric, "metric", metric.text.fi))
            return metric.model_copy(update={"id": _new_id()})
        self.used.add(old.id or "")
        out = Metric(id=old.id)
        out.text, changed = self._text(old.text, metric.text.fi)
        if changed:
            self._changed(metric, "metric", old.text, metric.text.fi)
        if "target" in metric.model_fields_set:
            out.target, changed = self._text(old.target, metric.target.fi)
            if changed:
                self._changed(metric, "target", old.target, metric.target.fi)
        if "recovery" in metric.model_fields_set:
            out.recovery = metric.recovery
            if metric.recovery != old.recovery:
                self.result.changed.append(
                    Message(
                        "table.change",
                        at=self._at(metric),
                        what=Message("table.change.recovery"),
                        old=_yes_no(old.recovery),
                        new=_yes_no(metric.recovery),
                    )
                )
        out.entries = {}
        for key, entry in metric.entries.items():
            out.entries[key] = entry
            self._entry(metric, old, key, entry)
        return out

    def _entry(self, metric: Metric, old: Metric, key: str, entry: Entry) -> None:
        before = old.entries.get(key)  # type: ignore[call-overload]
        for name in _ENTRY_FIELDS:
            if name not in entry.model_fields_set:
                continue
            value = getattr(entry, name)
            was = getattr(before, name) if before is not None else None
            if _same(value, was):
                continue
            if key in self.year.locked:
                raise InputError(
                    "table.locked",
                    path=self.table.label,
                    row=self._row(metric),
                    metric=quote(old.text.fi),
                    round=key,
                    year=self.table.document.year,
                )
            self.result.changed.append(
                Message(
                    "table.change.entry",
                    at=self._at(metric),
                    round=key,
                    field=field_name(name),
                    old=quote(str(was)) if was is not None else "—",
                    new=quote(str(value)),
                )
            )

    # -- helpers ----------------------------------------------------------------------------------

    def _by_id(self, wanted: str | None, pool: dict[str, _T]) -> _T | None:
        if wanted is None or wanted in self.used:
            return None
        return pool.get(wanted)

    def _changed(self, item: object, what: str, old: Text, value: str) -> None:
        self.result.changed.append(
            Message(
                "table.change",
                at=self._at(item),
                what=Message(f"table.change.{what}"),
                old=quote(self._shown(old)),
                new=quote(value),
            )
        )

    def _added(self, item: object, what: str, name: str) -> Message:
        return Message(
            "table.add", at=self._at(item), what=Message(f"table.item.{what}"), name=quote(name)
        )


def _yes_no(value: bool | None) -> Message | str:
    return "—" if value is None else Message("table.yes" if value else "table.no")


def _same(value: object, was: object) -> bool:
    if isinstance(value, Decimal | int | float) and isinstance(was, Decimal | int | float):
        return Decimal(value) == Decimal(was)
    return value == was


def _joined(title: str, description: str) -> str:
    return f"{title}\n\n{description}" if title and description else title or description


def _new_id() -> str:
    # A new item gets its id here, so that apply_document cannot match it by place instead.
    return str(uuid.uuid4())
