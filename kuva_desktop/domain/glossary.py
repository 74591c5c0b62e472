"""The glossary: the words of the domain in English, Finnish and Swedish, in one place.

The translations follow it: wherever an English text of the window (``translations/*.ts``) or of
the message table (``kuva_desktop.messages``) uses a term, its Finnish and Swedish texts use the
term's Finnish and Swedish word (``tests/test_translations.py`` checks it, by the word's stems,
since Finnish and Swedish inflect: *mittarin*, *indikatorns*). The official titles of the board
report are the Labels of ``domain/terms.py``; ``REPORT_TERMS`` lists them here too, and
``docs/translations.md`` shows both tables as ``markdown()`` makes them (a test keeps the two the
same).

The sources are DOMAIN.md sections 1, 3 and 5: the Swedish words marked in the Helsinki sources
are official (``official``); the others are proposals, corrected here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kuva_desktop.domain import terms
from kuva_desktop.domain.labels import Label


@dataclass(frozen=True)
class Term:
    """One term: its words, how to find the English one in a sentence, and the stems that find
    the Finnish and Swedish words in their inflected forms."""

    en: str
    fi: str
    sv: str
    english: str  # a regular expression for the English word, matched case-insensitively
    fi_stems: tuple[str, ...]
    sv_stems: tuple[str, ...]
    official: bool = False
    note: str = ""

    def in_english(self, text: str) -> bool:
        return re.search(rf"\b(?:{self.english})\b", _plain(text), re.IGNORECASE) is not None

    def in_language(self, text: str, language: str) -> bool:
        stems = self.fi_stems if language == "fi" else self.sv_stems
        plain = _plain(text).lower()
        return any(stem in plain for stem in stems)


def _plain(text: str) -> str:
    # Mnemonics ("&Round"), placeholders (%1, {owner}) and quoted literals ('"kuva-submission"')
    # do not belong to the words.
    return re.sub(r'%\d|%n|\{\w+\}|"[^"]*"', " ", text.replace("&", ""))


TERMS: tuple[Term, ...] = (
    Term(
        "board",
        "lautakunta",
        "nämnd",
        r"board",
        ("lautakun",),
        ("nämnd",),
        official=True,
        note="the Kulttuuri- ja vapaa-aikalautakunta / kultur- och fritidsnämnden; "
        "never johtokunta",
    ),
    Term(
        "binding goal",
        "sitova toiminnan tavoite",
        "bindande verksamhetsmål",
        r"binding goals?",
        ("sitov",),
        ("bindande verksamhetsmål",),
        official=True,
    ),
    Term("goal", "tavoite", "mål", r"goals?", ("tavoit",), ("mål",)),
    Term("theme", "teema", "tema", r"themes?", ("teem",), ("tema",)),
    Term(
        "metric",
        "mittari",
        "indikator",
        r"metrics?",
        ("mittar",),
        ("indikator",),
        official=True,
    ),
    Term(
        "recovery metric",
        "palautumismittari",
        "återhämtningsindikator",
        r"recovery metrics?",
        ("palautumismittar",),
        ("återhämtningsindikator",),
    ),
    Term(
        "target level",
        "tavoitetaso",
        "målnivå",
        r"target levels?",
        ("tavoitetas",),
        ("målnivå",),
        official=True,
    ),
    Term(
        "round",
        "kierros",
        "omgång",
        r"rounds?",
        ("kierro",),
        ("omgång",),
        note="a forecast round (Ennuste 1/2021 / Prognos 1/2021) or the year end",
    ),
    Term(
        "forecast",
        "ennuste",
        "prognos",
        r"forecasts?",
        ("ennust",),
        ("prognos",),
        official=True,
    ),
    Term(
        "outcome",
        "toteuma",
        "utfall",
        r"outcomes?",
        ("toteum",),
        ("utfall",),
        official=True,
        note="the year-end realisation",
    ),
    Term(
        "explanation",
        "selvitys",
        "utredning",
        r"explanations?",
        ("selvity",),
        ("utredning",),
        official=True,
        note="of a goal or metric not achieved, for the council",
    ),
    Term(
        "comments",
        "kommentit",
        "kommentarer",
        r"comments?",
        ("komment",),
        ("kommentar",),
    ),
    Term("status", "tila", "status", r"status(?:es)?", ("tila", "tilat"), ("status",)),
    Term(
        "division",
        "toimiala",
        "sektor",
        r"division",
        ("toimiala",),
        ("sektor",),
        official=True,
        note="Kulttuurin ja vapaa-ajan toimiala / Kultur- och fritidssektorn",
    ),
    Term(
        "owner",
        "vastuuhenkilö",
        "ansvarsperson",
        r"owners?",
        ("vastuuhenkilö",),
        ("ansvarsperson",),
    ),
    Term(
        "link",
        "kytkeytyminen",
        "koppling",
        r"links?",
        ("kytkeyty",),
        ("koppling",),
        note="to city-wide projects and co-planning themes",
    ),
    Term(
        "work package",
        "työpaketti",
        "arbetspaket",
        r"(?:work )?packages?",
        ("työpaket",),
        ("arbetspaket",),
    ),
    Term(
        "submission",
        "palautus",
        "inlämning",
        r"submissions?",
        ("palautu",),
        ("inlämning",),
    ),
    Term(
        "conflict",
        "ristiriita",
        "konflikt",
        r"conflicts?",
        ("ristirii",),
        ("konflikt",),
    ),
    Term(
        "merge",
        "yhdistää",
        "sammanfoga",
        r"merge[sd]?|merging",
        ("yhdist",),
        ("sammanfog",),
    ),
    Term(
        "deadline",
        "määräaika",
        "tidsfrist",
        r"deadlines?",
        ("määräa",),
        ("tidsfrist",),
    ),
    Term(
        "coordinator",
        "koordinaattori",
        "koordinator",
        r"coordinators?",
        ("koordinaattor",),
        ("koordinator",),
    ),
)

# The official titles of the board report (DOMAIN.md section 5), as domain/terms.py keeps them.
REPORT_TERMS: tuple[tuple[str, Label], ...] = (
    ("report title", terms.REPORT_TITLE),
    ("division", terms.DIVISION),
    ("column: theme", terms.COLUMN_THEME),
    ("column: goal", terms.COLUMN_GOAL),
    ("column: metrics", terms.COLUMN_METRICS),
    ("column: recovery metric", terms.COLUMN_RECOVERY),
    ("column: comments", terms.COLUMN_COMMENTS),
    ("column: numeric forecast", terms.COLUMN_NUMERIC),
    ("column: links", terms.COLUMN_LINKS),
    ("target level", terms.TARGET_LEVEL),
    (
        "forecast round",
        Label(
            terms.round_label("1", 2021, "fi"),
            terms.round_label("1", 2021, "sv"),
            terms.round_label("1", 2021, "en"),
        ),
    ),
    (
        "year end",
        Label(
            terms.round_label("final", 2021, "fi"),
            terms.round_label("final", 2021, "sv"),
            terms.round_label("final", 2021, "en"),
        ),
    ),
)


def markdown() -> str:
    """The two tables of docs/translations.md: the words, then the report's titles."""
    lines = [
        "| English | suomi | svenska | official | note |",
        "| --- | --- | --- | --- | --- |",
    ]
    for term in TERMS:
        official = "✓" if term.official else ""
        lines.append(f"| {term.en} | {term.fi} | {term.sv} | {official} | {term.note} |")
    lines += ["", "| in the report | suomi | svenska | English |", "| --- | --- | --- | --- |"]
    for what, label in REPORT_TERMS:
        lines.append(f"| {what} | {label.fi} | {label.sv} | {label.en} |")
    return "\n".join(lines)
