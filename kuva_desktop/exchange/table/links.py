"""Splitting a links cell into names of the link vocabulary.

The 2021 export ran the names together with single spaces ("Hyvinvoinnin ja terveyden
edistäminen Liikkumishohjelma"), so each paragraph is segmented into vocabulary names by dynamic
programming over its words, allowing close misspellings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from kuva_desktop.exchange.document import Text
from kuva_desktop.resources import resource_path

MIN_RATIO = 0.85

# Separators people put between names; a name never contains them.
_SEPARATORS = re.compile(r"[\n,;/|•·]+")
# A cell of dashes ("----") or other punctuation says "no links".
_NOTHING = re.compile(r"[\W_]*")

# Scores of the segmentation, lower is better: an unmatched word costs far more than any match,
# so the most words end up in vocabulary names; then close matches cost their distance, and
# each name a little, so that one long name wins over two short ones.
_UNMATCHED = 10.0
_PER_NAME = 0.01


def default_vocabulary() -> list[Text]:
    """The link names of DOMAIN.md section 3, shipped in ``resources/links.json``."""
    with resource_path("links.json").open(encoding="utf-8") as file:
        return [Text.model_validate(item) for item in json.load(file)]


@dataclass(frozen=True)
class LinkMatch:
    """One link read from a cell: the vocabulary entry (or a new name) and how it was read."""

    link: Text
    written: str
    kind: str  # "exact", "close" (a misspelling) or "new" (not in the vocabulary)


@dataclass
class _Name:
    key: str
    words: int
    text: Text


@dataclass
class LinkSplitter:
    """Splits links cells against one vocabulary."""

    vocabulary: Sequence[Text]
    _names: list[_Name] = field(init=False)

    def __post_init__(self) -> None:
        self._names = []
        for text in self.vocabulary:
            for spelling in (text.fi, text.sv):
                if spelling and spelling.strip():
                    key = _key(spelling)
                    self._names.append(_Name(key, len(key.split()), text))
        self._longest = max((name.words for name in self._names), default=1) + 1
        self._exact: dict[str, _Name] = {}
        for name in self._names:
            self._exact.setdefault(name.key, name)
        self._cache: dict[tuple[str, ...], list[LinkMatch]] = {}

    def split(self, paragraphs: Sequence[str]) -> list[LinkMatch]:
        """The links of a cell's paragraphs, in order."""
        matches: list[LinkMatch] = []
        for paragraph in paragraphs:
            for chunk in _SEPARATORS.split(paragraph):
                words = tuple(w for w in chunk.split() if not _NOTHING.fullmatch(w))
                if words:
                    matches.extend(self._chunk(words))
        return matches

    def _chunk(self, words: tuple[str, ...]) -> list[LinkMatch]:
        # A table repeats its links cells (a goal's on each of its rows, the same names for
        # many goals): each distinct chunk is segmented once. A chunk that is one name exactly,
        # as the app's own export writes them (one per line), needs no segmenting at all.
        found = self._cache.get(words)
        if found is None:
            name = self._exact.get(_key(" ".join(words)))
            if name is not None:
                found = [LinkMatch(name.text, " ".join(words), "exact")]
            else:
                found = self._segment(list(words))
            self._cache[words] = found
        return found

    def _segment(self, words: list[str]) -> list[LinkMatch]:
        count = len(words)
        # best[i]: (cost, previous cut, match or None) for words[:i].
        best: list[tuple[float, int, _Name | None, float]] = [(0.0, 0, None, 1.0)]
        for end in range(1, count + 1):
            options: list[tuple[float, int, _Name | None, float]] = [
                (best[end - 1][0] + _UNMATCHED, end - 1, None, 0.0)
            ]
            for start in range(max(0, end - self._longest), end):
                name, ratio = self._closest(" ".join(words[start:end]), end - start)
                if name is not None:
                    options.append((best[start][0] + (1 - ratio) + _PER_NAME, start, name, ratio))
            best.append(min(options, key=lambda option: option[0]))
        pieces: list[tuple[int, int, _Name | None, float]] = []
        end = count
        while end > 0:
            _, start, name, ratio = best[end]
            pieces.append((start, end, name, ratio))
            end = start
        pieces.reverse()
        return self._matches(words, pieces)

    def _matches(
        self, words: list[str], pieces: list[tuple[int, int, _Name | None, float]]
    ) -> list[LinkMatch]:
        matches: list[LinkMatch] = []
        unmatched: list[str] = []
        for start, end, name, ratio in pieces:
            written = " ".join(words[start:end])
            if name is None:
                unmatched.append(written)
                continue
            if unmatched:
                matches.append(_new(unmatched))
                unmatched = []
            matches.append(LinkMatch(name.text, written, "exact" if ratio == 1.0 else "close"))
        if unmatched:
            matches.append(_new(unmatched))
        return matches

    def _closest(self, written: str, words: int) -> tuple[_Name | None, float]:
        key = _key(written)
        found: tuple[_Name | None, float] = (None, 0.0)
        for name in self._names:
            if abs(name.words - words) > 1:
                continue
            if key == name.key:
                return name, 1.0
            matcher = SequenceMatcher(None, key, name.key, autojunk=False)
            if matcher.real_quick_ratio() < MIN_RATIO or matcher.quick_ratio() < MIN_RATIO:
                continue
            ratio = matcher.ratio()
            if ratio >= MIN_RATIO and ratio > found[1]:
                found = (name, min(ratio, 0.999))
        return found


def _new(words: list[str]) -> LinkMatch:
    written = " ".join(words)
    return LinkMatch(Text(fi=written), written, "new")


def _key(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .:;,")
