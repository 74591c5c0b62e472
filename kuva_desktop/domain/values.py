"""One value of one field, from a form or a file, as the database keeps it.

``normalise`` is the one door every value goes through: the forms (through ``editing.Editor``),
the year document, work packages, submissions and the merge. It puts together the checks of
``domain.fields`` (texts, numbers, round states, layouts) and ``domain.numbers`` (a typed number)
and ``domain.statuses`` (a status's spellings).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kuva_desktop.domain.fields import (
    LAYOUTS,
    ROUND_STATES,
    EditRefused,
    clean_text,
    statuses_of,
)
from kuva_desktop.domain.numbers import check_numeric, parse_numeric, plain_number
from kuva_desktop.domain.statuses import parse_status
from kuva_desktop.messages import field_name


def normalise(kind: str, field: str, value: Any, round_key: str | None = None) -> Any:
    """A typed or read value as the database keeps it; refuses what the rules forbid.

    ``kind`` is what the field belongs to (year, round, theme, goal, metric, entry); an entry's
    ``round_key`` decides which statuses it takes (rule 1). Texts go through ``clean_text``; an
    empty or blank text is None, or "" for a Finnish text (which is never missing). A status is
    read from its spellings (rule 7); a numeric forecast from the Finnish and Swedish forms
    (rule 5, ``numbers.parse_numeric``) and kept in the documented range.
    """
    if isinstance(value, str) and field not in ("owners", "links"):
        value = value if value.strip() else ("" if field.endswith("_fi") else None)
    if value is None:
        return None
    if kind == "entry" and field == "status":
        try:
            status = parse_status(str(value))
        except ValueError:
            raise EditRefused(
                "status_spelling", "value.status_unknown", where=field_name(field), text=str(value)
            ) from None
        if status is not None and round_key is not None and status not in statuses_of(round_key):
            raise EditRefused(
                "round_codes",
                "value.status_round",
                where=field_name(field),
                text=status.value,
                round=round_key,
            )
        return status.value if status else None
    if field == "numeric":
        if isinstance(value, str):
            parsed = parse_numeric(value)
            if parsed is None:
                return None
            value = parsed[0]
        if isinstance(value, bool):
            raise EditRefused(
                "numeric_not_negative", "value.not_number", where=field_name(field), text=str(value)
            )
        return plain_number(check_numeric(value))
    if field == "deadline":
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise EditRefused(
                field, "value.date", where=field_name(field), text=str(value)
            ) from None
    if field == "state":
        return _choice(field, value, ROUND_STATES)
    if field == "layout":
        return _choice(field, value, LAYOUTS)
    if field == "recovery":
        return bool(value)
    if field in ("owners", "links"):
        return [clean_text(str(v), field) for v in value if str(v).strip()]
    if isinstance(value, str):
        return clean_text(value, field)
    return value


def _choice(field: str, value: Any, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise EditRefused(
            field,
            "value.choice",
            where=field_name(field),
            text=str(value),
            choices=", ".join(choices),
        )
    return str(value)
