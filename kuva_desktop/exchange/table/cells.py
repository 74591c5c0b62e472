"""Turning a cell into plain paragraphs, and a goal cell into its title and description.

Cells exported from the web tool carry HTML (``<p>``, ``<b>``, ``<br>``); cells typed into a
spreadsheet are plain text and stay exactly as typed, so that "a < b" or "AT&T" survive.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bs4.element import Tag

# Tags that mark a cell (and so its table) as HTML. Only these count: a plain cell may well
# contain "<3 kk" or "<Helsinki>".
_HTML_TAG = re.compile(
    r"</?(?:p|b|strong|br|ul|ol|li|div|span|i|em|u|h[1-6]|table|tr|td|font)\b[^<>]*>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});")
_BLOCKS = frozenset(
    {"p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "blockquote"}
)
_BOLD = frozenset({"b", "strong"})
_SKIP = frozenset({"script", "style", "head", "title"})
_SPACE = re.compile(r"\s+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


def has_tags(text: str) -> bool:
    """Whether a cell holds HTML markup."""
    return _HTML_TAG.search(text) is not None


@dataclass(frozen=True)
class CellText:
    """A cell as plain paragraphs; ``bold_first`` when its first paragraph is all bold."""

    paragraphs: list[str]
    bold_first: bool = False

    @property
    def text(self) -> str:
        """The paragraphs separated by one blank line, as the year document keeps text."""
        return "\n\n".join(self.paragraphs)


def read_cell(cell: str, html_table: bool) -> CellText:
    """A cell's plain paragraphs. In an HTML table a cell with entities but no tags is HTML too."""
    if has_tags(cell) or (html_table and _ENTITY.search(cell)):
        return _from_html(cell)
    return CellText([p.strip() for p in _BLANK_LINE.split(cell.strip()) if p.strip()])


def _from_html(cell: str) -> CellText:
    # BeautifulSoup is imported only for cells with markup: a plain table (and the app's own
    # export) is read without it, and it is slow to import.
    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning

    with warnings.catch_warnings():
        # A short cell such as "Osallisuus" looks like a file name or URL to bs4, and a cell
        # pasted from XML looks like XML; bs4 warns about both, and both are fine here.
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(cell, "html.parser")
    collector = _Collector()
    collector.walk(soup, bold=False, list_tag=None)
    collector.flush()
    return CellText(
        [text for text, _ in collector.paragraphs],
        bool(collector.paragraphs) and collector.paragraphs[0][1],
    )


class _Collector:
    """Walks the parsed cell, cutting paragraphs at block tags and lines at ``<br>``."""

    def __init__(self) -> None:
        self.paragraphs: list[tuple[str, bool]] = []
        self._pieces: list[tuple[str, bool]] = []

    def walk(self, node: Tag, bold: bool, list_tag: str | None) -> None:
        from bs4.element import (
            Comment,
            Declaration,
            Doctype,
            NavigableString,
            ProcessingInstruction,
            Tag,
        )

        number = 0
        for child in node.children:
            if isinstance(child, Comment | Declaration | Doctype | ProcessingInstruction):
                continue
            if isinstance(child, NavigableString):
                self._pieces.append((_SPACE.sub(" ", str(child)), bold))
                continue
            if not isinstance(child, Tag) or child.name in _SKIP:
                continue
            name = child.name
            if name == "br":
                self._pieces.append(("\n", bold))
            elif name == "li":
                # A list stays one paragraph with one line per item.
                number += 1
                if self._pieces:
                    self._pieces.append(("\n", bold))
                marker = f"{number}. " if list_tag == "ol" else "- "
                self._pieces.append((marker, bold))
                self.walk(child, bold, None)
            elif name in _BLOCKS:
                self.flush()
                self.walk(child, bold, name if name in ("ul", "ol") else list_tag)
                self.flush()
            else:
                self.walk(child, bold or name in _BOLD, list_tag)

    def flush(self) -> None:
        pieces, self._pieces = self._pieces, []
        # Lines at <br>; two <br> in a row (an empty line) are how editors break a paragraph.
        lines: list[list[tuple[str, bool]]] = [[]]
        for piece, bold in pieces:
            if piece == "\n":
                lines.append([])
            else:
                lines[-1].append((piece, bold))
        block: list[list[tuple[str, bool]]] = []
        for line in [*lines, []]:
            if "".join(piece for piece, _ in line).strip():
                block.append(line)
            elif block:
                self._add(block)
                block = []

    def _add(self, block: list[list[tuple[str, bool]]]) -> None:
        text = "\n".join(_SPACE.sub(" ", "".join(p for p, _ in line)).strip() for line in block)
        # Bold when every visible piece is bold; list markers and spaces do not count.
        visible = [bold for line in block for piece, bold in line if piece.strip()]
        self.paragraphs.append((text, bool(visible) and all(visible)))


@dataclass(frozen=True)
class GoalText:
    """A goal cell split into its title and description; ``guessed`` when the split is a guess."""

    title: str
    description: str
    guessed: bool = False


def _words_key(text: str) -> str:
    return " ".join(text.casefold().split())


def split_goal(cell: CellText, known_titles: list[str]) -> GoalText:
    """The goal's title: the bold first paragraph, or else the first line.

    A one-line plain cell (the 2021 export ran title and description together) is split at a
    known title, else before a capitalised word that follows a lowercase one with nothing in
    between ("…perusteella Kulttuurin…"), else after the first sentence; those splits are
    guesses.
    """
    if not cell.paragraphs:
        return GoalText("", "")
    if cell.bold_first:
        return GoalText(cell.paragraphs[0], "\n\n".join(cell.paragraphs[1:]))
    first, _, rest = cell.paragraphs[0].partition("\n")
    others = cell.paragraphs[1:]
    if rest.strip() or others:
        description = "\n\n".join(p for p in [rest.strip(), *others] if p)
        return GoalText(first.strip(), description)
    return _split_line(first.strip(), known_titles)


def _split_line(line: str, known_titles: list[str]) -> GoalText:
    # Split at the original offsets so that the description keeps its spacing exactly.
    words = list(re.finditer(r"\S+", line))

    def cut(index: int, guessed: bool) -> GoalText:
        at = words[index].start()
        return GoalText(line[:at].rstrip(), line[at:].strip(), guessed)

    key = _words_key(line)
    for title in sorted(known_titles, key=len, reverse=True):
        title_key = _words_key(title)
        if title_key and key == title_key:
            return GoalText(line, "")
        if title_key and key.startswith(title_key + " "):
            return cut(len(title_key.split()), guessed=False)
    for index in range(1, len(words)):
        before, word = words[index - 1][0], words[index][0]
        if before[-1].islower() and word[0].isupper():
            return cut(index, guessed=True)
    sentence = re.match(r"(.+?[.!?])\s+(\S.*)$", line, re.DOTALL)
    if sentence:
        return GoalText(sentence[1].rstrip("."), sentence[2], guessed=True)
    return GoalText(line, "")
