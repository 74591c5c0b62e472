"""Reading a table (the 2020 and 2021 layouts, as text or .xlsx) into a year document."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kuva_desktop.domain import fields, terms
from kuva_desktop.domain.fields import EditRefused
from kuva_desktop.domain.numbers import parse_numeric
from kuva_desktop.domain.statuses import FORECAST_STATUSES, STATUS_TABLE, parse_status
from kuva_desktop.errors import InputError
from kuva_desktop.exchange.document import (
    Entry,
    Goal,
    Layout,
    Metric,
    RoundKey,
    Text,
    Theme,
    YearDocument,
)
from kuva_desktop.exchange.table.cells import CellText, has_tags, read_cell, split_goal
from kuva_desktop.exchange.table.columns import (
    REQUIRED,
    ROUND_TITLE,
    TITLES,
    Role,
    RoundColumn,
    Table,
    find_table,
)
from kuva_desktop.exchange.table.links import LinkSplitter, default_vocabulary
from kuva_desktop.exchange.table.messages import group_warnings, quote, where
from kuva_desktop.exchange.table.reader import Row, read_file, read_sheets
from kuva_desktop.messages import Message

FORECAST_ROUNDS = fields.FORECAST_ROUNDS

_YES = frozenset({"kyllä", "kylla", "ja", "yes", "x", "true", "1", "k", "y"})
_NO = frozenset({"ei", "nej", "no", "false", "0", "e", "n", "-"})
# "Sitovat tavoitteet / Kulttuurin ja vapaa-ajan toimiala" above the header names the division.
_TITLE_LINE = re.compile(
    r"^\s*(sitovat tavoitteet|bindande verksamhetsmål)\s*/\s*(\S.*?)\s*$", re.I
)
# The target level that the board table appends to a metric's cell when it has no column.
_TARGET_LINE = re.compile(r"\n\n(?:Tavoitetaso|Målnivå): (?P<target>.*)\Z", re.DOTALL)
_IDS = re.compile(r"[0-9a-fA-F-]{8,64}")


@dataclass
class TableImport:
    """What a table gave: the year document and what the reader should check.

    The document's texts are the table's, in ``.fi`` whatever the table's ``language``: a
    Swedish table's texts go to the Swedish fields when the import is matched with the year
    (``plan.plan_import``). Ids are set only where the app's own export gave them.
    """

    document: YearDocument  # rounds list may be empty; owners empty
    warnings: list[Message]  # each naming the file and row/column where it applies
    label: str = ""  # the file as messages name it
    language: str = "fi"  # "sv" when the header has the Swedish titles
    rows: dict[int, int] = field(default_factory=dict)  # id() of a theme, goal, metric → its row
    round_key: str | None = None  # the round the comments and numeric forecasts belong to
    exported: bool = False  # the app's own export (the hidden column of ids)
    new_links: list[tuple[int, str]] = field(default_factory=list)  # (row, name) not known


def read_table(
    path: Path,
    *,
    year: int,
    round_key: str | None = None,
    vocabulary: Sequence[Text] = (),
    known_goal_titles: Sequence[str] = (),
) -> TableImport:
    """Read a table file into a year document; raises InputError for anything unusable.

    ``round_key`` chooses the round that the comments and numeric-forecast columns belong to;
    by default the last round the table has values for. ``vocabulary`` is the link vocabulary
    (the default one from ``resources/links.json`` when empty) and ``known_goal_titles`` help
    to split a goal cell whose title and description were run together.
    """
    label = path.name
    if round_key is not None and round_key not in FORECAST_ROUNDS:
        raise InputError("table.bad_round", path=label, round=quote(round_key))
    sheets = read_sheets(read_file(path), label)
    found = find_table(sheets)
    if found is None:
        titles = [TITLES[role][0] for role in REQUIRED] + [ROUND_TITLE.format(round="N", year=year)]
        raise InputError(
            "table.not_found", path=label, titles=", ".join(f'"{title}"' for title in titles)
        )
    if not isinstance(found, Table):
        missing = ", ".join(f'"{title}"' for title in found.missing(year))
        raise InputError("table.missing_column", path=label, titles=missing)
    splitter = LinkSplitter(list(vocabulary) or default_vocabulary())
    return _Builder(found, year, round_key, splitter, list(known_goal_titles)).build()


@dataclass
class _GoalState:
    """A goal being built, and the links it has (to keep them without duplicates)."""

    goal: Goal
    link_keys: set[str] = field(default_factory=set)


class _Builder:
    """Walks the rows once, keeping the theme and goal that empty cells continue."""

    def __init__(
        self,
        table: Table,
        year: int,
        round_key: str | None,
        splitter: LinkSplitter,
        known_titles: list[str],
    ) -> None:
        self.table = table
        self.columns = table.columns
        self.label = table.sheet.label
        self.year = year
        self.splitter = splitter
        self.known_titles = known_titles
        self.warnings: list[Message] = []
        self.notes: list[Message] = []
        self.rows = [
            row for row in table.rows if any(row.cells) and not self.columns.is_header(row)
        ]
        self.rows = _join_continued(self.rows)
        self._skip_notes()
        if not self.rows:
            raise InputError("table.no_rows", path=self.label)
        # Cells with HTML mark the whole table as the web tool's export, where a goal cell
        # without a bold title continues the goal above.
        self.html = any(has_tags(cell) for row in self.rows for cell in row.cells)
        # A goal cell without a bold title continues the goal above only where goal titles are
        # bold at all: a Word table with a bold word in a comment but plain titles has HTML
        # cells too, and each of its goal cells is a goal.
        goal_column = self.columns.index.get(Role.GOAL)
        self.bold_titles = self.html and any(
            read_cell(row.cell(goal_column), True).bold_first
            for row in self.rows
            if has_tags(row.cell(goal_column))
        )
        self.layout = self._layout()
        self.round_key = self._comment_round(round_key)
        self.themes: dict[str, Theme] = {}
        self.goals: dict[tuple[int, str], _GoalState] = {}
        self.theme: Theme | None = None
        self.goal: _GoalState | None = None
        self.places: dict[int, int] = {}
        self.new_links: list[tuple[int, str]] = []
        self.exported = Role.IDS in self.columns.index

    def _skip_notes(self) -> None:
        """Rows under the table with one cell of text ("Lähde: …", the Swedish report's note of
        the cells that fell back to Finnish) are notes, not themes without goals."""
        content = {self.columns.index.get(role) for role in (Role.GOAL, Role.METRIC)}
        content |= {column.index for column in self.columns.rounds}
        while self.rows:
            row = self.rows[-1]
            filled = [i for i, cell in enumerate(row.cells) if cell.strip()]
            if len(filled) != 1 or filled[0] in content:
                break
            self.rows.pop()
            self.notes.append(
                Message(
                    "table.note",
                    at=where(self.label, row.number),
                    text=quote(read_cell(row.cells[filled[0]], True).text),
                )
            )

    # -- the table as a whole -----------------------------------------------------------------

    def build(self) -> TableImport:
        for column in self.columns.rounds:
            if column.year != self.year:
                self.warnings.append(
                    Message(
                        "table.round_year",
                        at=where(self.label, column=column.title),
                        found=column.year,
                        year=self.year,
                    )
                )
        for column in self.columns.ignored_rounds:
            self.warnings.append(
                Message("table.round_ignored", at=where(self.label, column=column.title))
            )
        if self.columns.unknown:
            self.warnings.append(
                Message(
                    "table.unknown_columns",
                    at=where(self.label),
                    titles=", ".join(f'"{title}"' for title in self.columns.unknown),
                )
            )
        for row in self.rows:
            self._row(row)
        self.warnings += reversed(self.notes)
        document = YearDocument(
            year=self.year,
            division=self._division(),
            layout=self.layout,
            themes=list(self.themes.values()),
        )
        return TableImport(
            document,
            group_warnings(self.warnings),
            label=self.label,
            language="sv" if self.columns.swedish else "fi",
            rows=self.places,
            round_key=self.round_key,
            exported=self.exported,
            new_links=self.new_links,
        )

    def _layout(self) -> Layout:
        if any(r in self.columns.index for r in (Role.RECOVERY, Role.COMMENTS, Role.NUMERIC)):
            return "status"
        values = [
            read_cell(row.cell(column.index), self.html).text
            for row in self.rows
            for column in self.columns.rounds
        ]
        values = [value for value in values if value]
        if values and all(_is_status(value) for value in values):
            return "status"
        return "narrative"

    def _comment_round(self, chosen: str | None) -> RoundKey:
        if chosen is not None:
            key = _round(chosen)
            has_extra = Role.COMMENTS in self.columns.index or Role.NUMERIC in self.columns.index
            if has_extra and key not in {c.key for c in self.columns.rounds}:
                self.warnings.append(
                    Message("table.comment_round", at=where(self.label), round=key)
                )
            return key
        exported = self._exported_round()
        if exported is not None:
            return exported
        rounds = sorted(self.columns.rounds, key=lambda column: column.key)
        filled = [c for c in rounds if any(row.cell(c.index) for row in self.rows)]
        return _round((filled or rounds)[-1].key)

    def _exported_round(self) -> RoundKey | None:
        """The round of the app's own export (its id column's title: "kuva-ids 2021 1 fi"),
        whose comments and numeric forecasts are that round's even when its statuses are
        empty; a sheet of another year is said in a warning."""
        index = self.columns.index.get(Role.IDS)
        if index is None:
            return None
        words = self.columns.header.cell(index).split()
        if len(words) < 3 or words[2] not in FORECAST_ROUNDS:
            return None
        if words[1].isdigit() and int(words[1]) != self.year:
            self.warnings.append(
                Message("table.exported_year", at=where(self.label), found=words[1], year=self.year)
            )
        return _round(words[2])

    def _division(self) -> Text:
        division = Text()
        for row in self.table.above:
            for cell in row.cells:
                match = _TITLE_LINE.match(read_cell(cell, self.html).text)
                if match and match[1].casefold().startswith("sitovat"):
                    division.fi = division.fi or match[2]
                elif match:
                    division.sv = division.sv or match[2]
        return division

    # -- one row --------------------------------------------------------------------------------

    def _row(self, row: Row) -> None:
        self._theme(row)
        goal = self._goal(row)
        self._links(row, goal)
        metric = self._metric(row)
        if metric is not None:
            goal.goal.metrics.append(metric)

    def _theme(self, row: Row) -> None:
        cell = self._cell(row, Role.THEME)
        if not cell:
            if self.theme is None:
                raise InputError("table.no_theme", at=self._at(row, Role.THEME))
            return
        name = read_cell(cell, self.html).text
        key = " ".join(name.casefold().split())
        theme_id = self._ids(row)[0]
        if theme_id:
            key = f"{key}\n{theme_id}"
        theme = self.themes.get(key)
        if theme is None:
            theme = self.themes[key] = Theme(name=Text(fi=name))
            if theme_id:
                theme.id = theme_id
            self.places[id(theme)] = row.number
        if theme is not self.theme:
            self.theme, self.goal = theme, None

    def _goal(self, row: Row) -> _GoalState:
        assert self.theme is not None  # _theme refuses a first row without one
        cell = self._cell(row, Role.GOAL)
        if not cell:
            if self.goal is None:
                raise InputError("table.no_goal", at=self._at(row, Role.GOAL))
            return self.goal
        # The same goal cell again (merged cells filled down, or the goal repeated) is the
        # same goal, not a second one with the same title.
        key = (id(self.theme), " ".join(cell.split()))
        if key in self.goals:
            self.goal = self.goals[key]
            return self.goal
        text = read_cell(cell, self.html)
        if self.bold_titles and not text.bold_first and self.goal is not None:
            self._describe(self.goal.goal, text)
            return self.goal
        self.goal = self.goals[key] = self._new_goal(row, text)
        goal_id = self._ids(row)[1]
        if goal_id:
            self.goal.goal.id = goal_id
        self.places[id(self.goal.goal)] = row.number
        self.theme.goals.append(self.goal.goal)
        return self.goal

    def _new_goal(self, row: Row, text: CellText) -> _GoalState:
        split = split_goal(text, self.known_titles)
        if split.guessed:
            self.warnings.append(
                Message(
                    "table.title_guessed", at=self._at(row, Role.GOAL), title=quote(split.title)
                )
            )
        goal = Goal(title=Text(fi=split.title), description=Text(fi=split.description))
        if Role.LINKS in self.columns.index:
            goal.links = []  # marks the links as given, so that an import replaces them
        return _GoalState(goal)

    @staticmethod
    def _describe(goal: Goal, text: CellText) -> None:
        description = "\n\n".join(p for p in [goal.description.fi, text.text] if p)
        goal.description = Text(fi=description, sv=goal.description.sv)

    def _links(self, row: Row, state: _GoalState) -> None:
        cell = self._cell(row, Role.LINKS)
        if not cell:
            return
        for match in self.splitter.split(read_cell(cell, self.html).paragraphs):
            if match.kind == "close":
                self.warnings.append(
                    Message(
                        "table.link_close",
                        at=self._at(row, Role.LINKS),
                        written=quote(match.written),
                        link=quote(match.link.fi),
                    )
                )
            elif match.kind == "new":
                self.new_links.append((row.number, match.written))
                self.warnings.append(
                    Message(
                        "table.link_new",
                        at=self._at(row, Role.LINKS),
                        written=quote(match.written),
                    )
                )
            try:
                fields.clean_text(match.link.fi, "links")
            except EditRefused as error:
                raise error.at(self._at(row, Role.LINKS)) from None
            key = " ".join(match.link.fi.casefold().split())
            if key not in state.link_keys:
                state.link_keys.add(key)
                state.goal.links.append(match.link)

    def _metric(self, row: Row) -> Metric | None:
        text = read_cell(self._cell(row, Role.METRIC), self.html).text
        target = read_cell(self._cell(row, Role.TARGET), self.html).text
        shown_target = _TARGET_LINE.search(text) if self.exported else None
        if shown_target and Role.TARGET not in self.columns.index:
            text, target = text[: shown_target.start()], shown_target["target"]
        recovery = self._recovery(row)
        entries = self._entries(row)
        if not text and not target and recovery is None and not entries:
            return None  # the row only adds to the goal's description or links
        if not text:
            self.warnings.append(Message("table.metric_no_text", at=self._at(row, Role.METRIC)))
        # Only what the table has columns for is set: an import leaves the rest as it was.
        metric = Metric(text=Text(fi=text), entries=entries)
        metric_id = self._ids(row)[2]
        if metric_id:
            metric.id = metric_id
        self.places[id(metric)] = row.number
        if Role.TARGET in self.columns.index or shown_target:
            metric.target = Text(fi=target)
        if Role.RECOVERY in self.columns.index:
            metric.recovery = recovery
        return metric

    def _recovery(self, row: Row) -> bool | None:
        value = self._cell(row, Role.RECOVERY)
        key = " ".join(read_cell(value, self.html).text.casefold().split()).strip(" .")
        if not key:
            return None
        if key in _YES:
            return True
        if key in _NO:
            return False
        raise InputError("table.not_yes_no", at=self._at(row, Role.RECOVERY), value=quote(value))

    def _entries(self, row: Row) -> dict[RoundKey, Entry]:
        entries: dict[RoundKey, Entry] = {}
        for column in self.columns.rounds:
            try:
                raw = fields.clean_text(row.cell(column.index), "forecast")
            except EditRefused as error:
                raise error.at(where(self.label, row.number, column.title)) from None
            value = read_cell(raw, self.html).text
            if not value:
                continue
            key = _round(column.key)
            if self.layout == "status":
                entries[key] = Entry(status=self._status(row, column, value))
            else:
                entries[key] = Entry(forecast=value)
        if self.layout == "status":
            self._extras(row, entries)
        return entries

    def _extras(self, row: Row, entries: dict[RoundKey, Entry]) -> None:
        comment = read_cell(self._cell(row, Role.COMMENTS), self.html).text
        raw = self._cell(row, Role.NUMERIC)
        number = read_cell(raw, self.html).text
        if not comment and not number:
            return
        entry = entries.setdefault(self.round_key, Entry())
        if comment:
            entry.comment = comment
        if number:
            try:
                parsed = parse_numeric(number)
            except EditRefused as error:
                at = self._at(row, Role.NUMERIC)
                raise EditRefused(
                    error.rule, error.code, **{**error.params, "where": at, "text": quote(raw)}
                ) from None
            if parsed is not None:
                entry.numeric, entry.unit = parsed

    def _status(self, row: Row, column: RoundColumn, value: str) -> str:
        at = where(self.label, row.number, column.title)
        try:
            code = parse_status(value)
        except ValueError:
            raise InputError(
                "table.unknown_status", at=at, value=quote(value), statuses=_FORECAST_LABELS
            ) from None
        if code is None:  # pragma: no cover - empty cells are skipped before
            raise InputError("table.no_status", at=at)
        if code not in FORECAST_STATUSES:
            raise InputError(
                "table.final_status", at=at, value=quote(value), statuses=_FORECAST_LABELS
            )
        return code.value

    # -- helpers ----------------------------------------------------------------------------------

    def _cell(self, row: Row, role: Role) -> str:
        """The cell's text, refused with its place when the domain refuses it as a text."""
        text = row.cell(self.columns.index.get(role))
        field = _FIELDS.get(role, "text")
        try:
            return fields.clean_text(text, field)
        except EditRefused as error:
            raise error.at(self._at(row, role)) from None

    def _ids(self, row: Row) -> tuple[str | None, str | None, str | None]:
        """The theme's, goal's and metric's ids from the export's hidden column."""
        ids = _IDS.findall(self._cell(row, Role.IDS))
        if len(ids) == 2:  # the row of a goal without metrics
            return ids[0], ids[1], None
        if len(ids) != 3:
            return None, None, None
        return ids[0], ids[1], ids[2]

    def _at(self, row: Row, role: Role) -> str:
        index = self.columns.index.get(role)
        title = self.columns.title(index) if index is not None else TITLES[role][0]
        return where(self.label, row.number, title)


# The spellings a table is written in: Finnish, as the city's tables are.
_FORECAST_LABELS = ", ".join(f"'{STATUS_TABLE[code].label.fi}'" for code in FORECAST_STATUSES)


_CONTINUED = tuple(terms.CONTINUED(language) for language in ("fi", "sv"))


def _join_continued(rows: list[Row]) -> list[Row]:
    """The app's own export cuts a text too long for one row over the rows below it, each piece
    but the last ending in "(jatkuu)" (``reports.xlsx_cells.split_text``): a row whose every
    filled cell continues a cell of the row above that ends so is joined to it again, giving
    each text back exactly (also when the id column was removed)."""
    joined: list[Row] = []
    for row in rows:
        previous = joined[-1] if joined else None
        open_cells = (
            {i for i, cell in enumerate(previous.cells) if cell.endswith(_CONTINUED)}
            if previous is not None
            else set()
        )
        filled = {i for i, cell in enumerate(row.cells) if cell.strip()}
        if previous is None or not open_cells or not filled <= open_cells:
            joined.append(row)
            continue
        cells = list(previous.cells)
        for index in open_cells:
            mark = next(m for m in _CONTINUED if cells[index].endswith(m))
            cells[index] = cells[index].removesuffix(mark) + row.cell(index)
        joined[-1] = Row(previous.number, cells)
    return joined


def _is_status(value: str) -> bool:
    try:
        return parse_status(value) is not None
    except ValueError:
        return False


# The stored field a column's text goes to, for its checks (domain.fields.clean_text); a cell of
# links is checked name by name.
_FIELDS = {Role.COMMENTS: "comment", Role.LINKS: "description"}


def _round(key: str) -> RoundKey:
    return FORECAST_ROUNDS[FORECAST_ROUNDS.index(key)]
