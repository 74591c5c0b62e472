"""Finding the table's columns by their titles, wherever they are and whatever their order."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from enum import Enum

from kuva_desktop.domain import terms
from kuva_desktop.domain.fields import FORECAST_ROUNDS
from kuva_desktop.exchange.table.cells import has_tags, read_cell
from kuva_desktop.exchange.table.rows import Row, Sheet
from kuva_desktop.messages import Message


class Role(Enum):
    """What a column holds."""

    THEME = "theme"
    GOAL = "goal"
    METRIC = "metric"
    RECOVERY = "recovery"
    COMMENTS = "comments"
    NUMERIC = "numeric"
    TARGET = "target"
    LINKS = "links"
    IDS = "ids"


# The official titles (DOMAIN.md section 5) and the variants met in real tables, Finnish and
# Swedish. A column matches when its normalised title equals one of these or begins with it
# (the links title is often cut short, or longer). A title naming a round ("… ennuste 1/2019")
# is a round column unless it is exactly one of these or the numeric forecast's.
# The official titles come from ``domain.terms``; only the variants are spelt here.
_METRIC_FI, _METRIC_SV = (
    "Sitovan toiminnan tavoitteen mittari",
    "Indikator för det bindande verksamhetsmålet",
)


def _start(title: str, words: int = 2) -> str:
    return " ".join(title.split()[:words])


TITLES: dict[Role, tuple[str, ...]] = {
    Role.THEME: (terms.COLUMN_THEME.fi, terms.COLUMN_THEME.sv),
    Role.METRIC: (terms.COLUMN_METRICS.fi, _METRIC_FI, terms.COLUMN_METRICS.sv, _METRIC_SV),
    Role.GOAL: (terms.COLUMN_GOAL.fi, terms.COLUMN_GOAL.sv),
    Role.RECOVERY: ("Palautusmittari", terms.COLUMN_RECOVERY.fi, terms.COLUMN_RECOVERY.sv),
    Role.COMMENTS: (terms.COLUMN_COMMENTS.fi, "Kommentti", terms.COLUMN_COMMENTS.sv),
    Role.NUMERIC: (terms.COLUMN_NUMERIC.fi, terms.COLUMN_NUMERIC.sv),
    Role.TARGET: (terms.TARGET_LEVEL.fi, terms.TARGET_LEVEL.sv),
    Role.LINKS: (_start(terms.COLUMN_LINKS.fi), _start(terms.COLUMN_LINKS.sv, 3)),
    # The hidden column of the app's own Excel export (``reports/xlsx_ids.py``).
    Role.IDS: (terms.ID_COLUMN_TITLE,),
}
# The Swedish titles of the required columns: a header that uses them is a Swedish table.
SWEDISH_TITLES = (terms.COLUMN_THEME.sv, terms.COLUMN_GOAL.sv, terms.COLUMN_METRICS.sv, _METRIC_SV)
REQUIRED: tuple[Role, ...] = (Role.THEME, Role.GOAL, Role.METRIC)
ROUND_TITLE = terms.round_label("{round}", "{year}", "fi")  # "Ennuste {round}/{year}"

_ROUND = re.compile(r"(?:ennuste|prognos)\s*(\d+)\s*/\s*(\d{4})")


def title_key(title: str) -> str:
    """A title as compared: casefolded, soft hyphens and hyphenated line breaks joined
    ("Palautumis-mittari", "Palautumis- mittari"), whitespace collapsed."""
    if "<" in title and has_tags(title):
        title = read_cell(title, True).text
    elif "&" in title:
        title = html.unescape(title)
    text = title.replace("\u00ad", "").casefold()
    text = re.sub(r"(?<=\w)-\s*(?=\w)", "", text)
    return " ".join(text.split()).strip(" :*")


_KEYS: dict[Role, tuple[str, ...]] = {
    role: tuple(title_key(title) for title in titles) for role, titles in TITLES.items()
}
_SWEDISH_KEYS = tuple(title_key(title) for title in SWEDISH_TITLES)


@dataclass(frozen=True)
class RoundColumn:
    """A forecast round's column: the round key ("1"–"3"), its year, index and title."""

    key: str
    year: int
    index: int
    title: str


@dataclass
class Columns:
    """Where each column is in the header row; ``titles`` keeps the titles as written."""

    header: Row
    index: dict[Role, int] = field(default_factory=dict)
    rounds: list[RoundColumn] = field(default_factory=list)
    ignored_rounds: list[RoundColumn] = field(default_factory=list)
    titles: dict[int, str] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)  # titles of columns nothing reads
    swedish: bool = False  # the titles are the Swedish ones

    def missing(self, year: int | str = "YYYY") -> list[str]:
        """The titles of the required columns this header lacks."""
        titles = [TITLES[role][0] for role in REQUIRED if role not in self.index]
        if not self.rounds:
            titles.append(ROUND_TITLE.format(round="N", year=year))
        return titles

    @property
    def found(self) -> int:
        return sum(role in self.index for role in REQUIRED) + bool(self.rounds)

    def is_header(self, row: Row) -> bool:
        """Whether a later row repeats the header (exports repeat it above every goal)."""
        return all(
            title_key(row.cell(self.index[role])) == title_key(self.header.cell(self.index[role]))
            for role in REQUIRED
        )

    def title(self, index: int) -> str:
        return self.titles.get(index, Message("table.at.column_number", number=index + 1))


def read_header(row: Row) -> Columns:
    """The columns a row names, if it were the header."""
    columns = Columns(row)
    for index, title in enumerate(row.cells):
        key = title_key(title)
        if not key:
            continue
        role = _role(key)
        match = _ROUND.search(key)
        if role is not None and (match is None or role is Role.NUMERIC or key in _KEYS[role]):
            if role not in columns.index:
                columns.index[role] = index
                columns.titles[index] = " ".join(key_title(title).split())
                if role in (Role.THEME, Role.GOAL, Role.METRIC):
                    columns.swedish = columns.swedish or key.startswith(_SWEDISH_KEYS)
            continue
        if match:
            column = RoundColumn(match[1], int(match[2]), index, " ".join(key_title(title).split()))
            columns.titles[index] = column.title
            known = {r.key for r in columns.rounds}
            if column.key in FORECAST_ROUNDS and column.key not in known:
                columns.rounds.append(column)
            else:
                columns.ignored_rounds.append(column)
            continue
        columns.unknown.append(" ".join(key_title(title).split()))
    return columns


def key_title(title: str) -> str:
    """A header cell's title as shown: its text without markup."""
    if "<" in title and has_tags(title):
        return read_cell(title, True).text
    return html.unescape(title) if "&" in title else title


def _role(key: str) -> Role | None:
    for role, keys in _KEYS.items():
        if any(key == known or key.startswith(known) for known in keys):
            return role
    return None


@dataclass(frozen=True)
class Table:
    """The sheet holding the table, its columns, and the rows below the header."""

    sheet: Sheet
    columns: Columns
    above: list[Row]
    rows: list[Row]


def find_table(sheets: list[Sheet]) -> Table | Columns | None:
    """The first row (on the first sheet that has one) naming every required column.

    When no row does, the row that comes closest (at least two required columns) is returned so
    that the caller can name what is missing; None when nothing looks like a header at all.
    """
    closest: Columns | None = None
    for sheet in sheets:
        for position, row in enumerate(sheet.rows):
            if not any(row.cells):
                continue
            columns = read_header(row)
            if not columns.missing():
                return Table(sheet, columns, sheet.rows[:position], sheet.rows[position + 1 :])
            if columns.found >= 2 and (closest is None or columns.found > closest.found):
                closest = columns
    return closest
