"""What the data may hold: round keys and states, an entry's fields, numbers and texts.

This module is the one home of these facts. The forms (through ``editing.Editor``), the table
import, the year document, work packages, submissions and the merge all check a value here (and
normalise it with ``domain.values.normalise``, built on these checks), and the database models
take their column lengths from here, so that whatever one door accepts every other door accepts
too: what the window takes can be issued in a package and merged
back, and what a document brings in can be exported again.

Texts: a control character other than tab and line break is refused, and so are the bidirectional
embedding, override and isolate characters U+202A–U+202E and U+2066–U+2069, which would show a text
in another order than it is stored (in the window and in the printed report alike). A Windows line
break (CR LF) or a lone CR becomes a line break. The marks U+200E and U+200F, which change no order
of their own, are kept. Texts are not trimmed or otherwise rewritten.

Numbers: a numeric forecast is a number from 0 to ``NUMERIC_MAX`` with at most ``NUMERIC_PLACES``
decimals: fifteen significant digits, which every backend keeps exactly (SQLite keeps a NUMERIC as a
double, and a double holds fifteen decimal digits exactly).

Every refusal is an ``EditRefused`` (an ``InputError`` and a ``ValueError``) with a message code of
``kuva_desktop.messages`` whose text starts with ``{where}``: the field's name in the person's
language, or, from a caller that knows the place in a file, the file and the place.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import Literal, get_args

from kuva_desktop.domain.statuses import FINAL_STATUSES, FORECAST_STATUSES, Status
from kuva_desktop.errors import InputError
from kuva_desktop.messages import field_name

# Rounds

RoundKey = Literal["1", "2", "3", "final"]
ROUND_KEYS: tuple[RoundKey, ...] = get_args(RoundKey)
FINAL: RoundKey = "final"
FORECAST_ROUNDS: tuple[RoundKey, ...] = tuple(k for k in ROUND_KEYS if k != FINAL)

RoundState = Literal["open", "closed", "locked"]
ROUND_STATES: tuple[RoundState, ...] = get_args(RoundState)
OPEN, CLOSED, LOCKED = ROUND_STATES

Layout = Literal["narrative", "status"]
LAYOUTS: tuple[Layout, ...] = get_args(Layout)

# The language an owner is written to in (the e-mail drafts of packages and reminders).
OwnerLanguage = Literal["fi", "sv"]
OWNER_LANGUAGES: tuple[OwnerLanguage, ...] = get_args(OwnerLanguage)
DEFAULT_OWNER_LANGUAGE: OwnerLanguage = "fi"

# An entry: one metric in one round

EntryField = Literal["status", "forecast", "comment", "numeric", "unit", "explanation"]
ENTRY_FIELDS: tuple[EntryField, ...] = get_args(EntryField)
FORECAST_FIELDS: tuple[EntryField, ...] = ("status", "forecast", "comment", "numeric", "unit")
FINAL_FIELDS: tuple[EntryField, ...] = ("status", "explanation")
# The entry's fields that hold a text as it was written (the status is a code, numeric a number).
ENTRY_TEXT_FIELDS: tuple[EntryField, ...] = tuple(
    f for f in ENTRY_FIELDS if f not in ("status", "numeric")
)


def entry_fields(round_key: str) -> tuple[EntryField, ...]:
    """The fields an entry of the round holds (the year document's keys for it)."""
    return FINAL_FIELDS if round_key == FINAL else FORECAST_FIELDS


def statuses_of(round_key: str) -> tuple[Status, ...]:
    """Rule 1: the status codes a round takes."""
    return FINAL_STATUSES if round_key == FINAL else FORECAST_STATUSES


# Numbers: the column keeps NUMERIC_PRECISION digits, NUMERIC_PLACES after the point; the range
# is what every backend keeps exactly (see the module doc).

NUMERIC_PRECISION = 18
NUMERIC_PLACES = 4
NUMERIC_EXACT_DIGITS = 15
NUMERIC_INTEGER_DIGITS = NUMERIC_EXACT_DIGITS - NUMERIC_PLACES
NUMERIC_MAX = Decimal(10) ** NUMERIC_INTEGER_DIGITS - Decimal(1).scaleb(-NUMERIC_PLACES)

# Lengths of stored texts, in characters. The models use them for their columns; a text column
# without a length (a theme's name, a comment) holds at most LONG_TEXT.

LONG_TEXT = 50_000
OWNER_NAME = 200
EMAIL = 200
AREA = 16
LANGUAGE = 8
LINK_NAME = 300
UNIT = 32
STATUS_CODE = 16
ROUND_KEY = 8
ROUND_STATE = 8
LAYOUT = 16

# The fields of stored texts that are one line (a name, an address, a unit), with their lengths.
_ONE_LINE = {"owners": OWNER_NAME, "email": EMAIL, "area": AREA, "unit": UNIT, "links": LINK_NAME}


def text_length(field: str) -> int:
    """The most characters the field holds (``links_sv`` as ``links``)."""
    return _ONE_LINE.get(_base(field), LONG_TEXT)


def _one_line(field: str) -> bool:
    return _base(field) in _ONE_LINE


def _base(field: str) -> str:
    return field[:-3] if field.endswith(("_fi", "_sv")) else field


class EditRefused(InputError, ValueError):
    """A value the rules refuse, or a change they forbid (a locked round).

    ``EditRefused(rule, code, **params)``: ``rule`` is a code of ``rules.RULES`` or a field's
    name, ``code`` a message code (a finished English sentence is still taken, as by
    ``InputError``). ``at(where)`` gives the same refusal naming another place.
    """

    def __init__(self, rule: str, code: str, /, **params: object) -> None:
        super().__init__(code, **params)
        self.rule = rule

    def at(self, where: object | None) -> EditRefused:
        """The refusal with ``where`` (a file and the place in it) instead of the field's name;
        None leaves the place out, for a message shown under its own field."""
        return EditRefused(self.rule, self.code, **{**self.params, "where": where})


# Texts

_BIDI = frozenset(range(0x202A, 0x202F)) | frozenset(range(0x2066, 0x206A))
# What the loop below refuses (control characters but tab and line feed, bidi controls, lone
# surrogates), as one character class.
_SUSPECT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def clean_text(value: str, field: str, *, where: object | None = None) -> str:
    """A stored text as it may be kept: checked, with line breaks made plain (see the module doc).

    Raises ``EditRefused`` for a control or bidi character, a line break in a one-line field, or
    a text longer than the field holds.
    """
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    limit = text_length(field)
    # Almost every text is clean: one search in C tells, and only a text with something to
    # refuse is walked character by character to name the first offence (a table import
    # checks some 25 000 cells).
    if not _SUSPECT.search(value) and ("\n" not in value or not _one_line(field)):
        if len(value) > limit:
            place = where if where is not None else field_name(field)
            raise EditRefused(field, "value.too_long", where=place, length=len(value), limit=limit)
        return value
    place = where if where is not None else field_name(field)
    for char in value:
        point = ord(char)
        if point < 0x20 or 0x7F <= point <= 0x9F:
            if char == "\t" or char == "\n":
                if char == "\n" and _one_line(field):
                    raise EditRefused(field, "value.line_break", where=place)
                continue
            raise EditRefused(field, "value.control", where=place, char=_char(char))
        if point in _BIDI:
            raise EditRefused(field, "value.bidi", where=place, char=_char(char))
        if 0xD800 <= point <= 0xDFFF:
            raise EditRefused(field, "value.control", where=place, char=_char(char))
    if len(value) > limit:
        raise EditRefused(field, "value.too_long", where=place, length=len(value), limit=limit)
    return value


def _char(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" {name}" if name else "")
