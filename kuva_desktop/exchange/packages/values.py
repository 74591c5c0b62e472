"""An entry's values as packages carry them: plain strings, one canonical form, one hash.

Every value is a string or None (the numeric forecast too: "87.5", in the range and precision of
``domain.fields``, as the database keeps it), so that the canonical JSON of a package is the same
in every language. The *revision* of an entry is the SHA-256 of its canonical values: no revision
counter is kept in the entry table; the master keeps each package's base values instead
(``package_entry.base``).
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from typing import Any

from kuva_desktop.domain import fields, rules
from kuva_desktop.domain.fields import NUMERIC_PLACES
from kuva_desktop.domain.values import normalise as normalise_value
from kuva_desktop.storage import models as m

FIELDS = fields.ENTRY_FIELDS
Values = dict[str, str | None]


def editable_fields(round_key: str) -> tuple[str, ...]:
    """The fields an owner fills in for a round (those the year document has for it)."""
    return fields.entry_fields(round_key)


def empty() -> Values:
    return dict.fromkeys(FIELDS)


def numeric_text(value: Decimal | int | float | None) -> str | None:
    """The canonical text of a numeric forecast: plain digits, no exponent, no trailing zeros."""
    if value is None:
        return None
    number = Decimal(str(value)).quantize(Decimal(1).scaleb(-NUMERIC_PLACES)).normalize()
    text = format(number, "f")
    return "0" if text in ("-0", "0") else text


def from_row(entry: m.Entry | None) -> Values:
    if entry is None:
        return empty()
    return {
        "status": entry.status,
        "forecast": entry.forecast,
        "comment": entry.comment,
        "numeric": numeric_text(entry.numeric),
        "unit": entry.unit,
        "explanation": entry.explanation,
    }


def to_row(entry: m.Entry, field: str, value: str | None) -> None:
    """Write one canonical value onto an entry row (the numeric one as a Decimal)."""
    setattr(entry, field, Decimal(value) if field == "numeric" and value is not None else value)


def canonical(values: Values) -> bytes:
    return json.dumps(
        {f: values.get(f) for f in FIELDS},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode("utf-8")


def revision(values: Values) -> str:
    """The content hash that names an entry's state: ``sha256:`` and 64 hex digits."""
    return "sha256:" + hashlib.sha256(canonical(values)).hexdigest()


def dumps(values: Values) -> str:
    return json.dumps({f: values.get(f) for f in FIELDS}, ensure_ascii=False, sort_keys=True)


def loads(text: str) -> Values:
    data = json.loads(text)
    return {f: data.get(f) for f in FIELDS}


def field_json(value: str | None) -> str | None:
    """A field value as the history and the conflict table keep it (JSON, None for none)."""
    return None if value is None else json.dumps(value, ensure_ascii=False)


def field_from_json(text: str | None) -> str | None:
    return None if text is None else json.loads(text)


def normalise(metric_id: str, round_key: str, field: str, value: Any) -> str | None:
    """A typed or read value in canonical form, by the rules the forms use (``domain.values``).

    Raises ``EditRefused`` (an ``InputError``) for an unknown status spelling, a status of the
    wrong round, a numeric forecast out of the range the database keeps, or a text the domain
    refuses.
    """
    result = normalise_value("entry", field, value, round_key)
    if result is None:
        return None
    if field == "numeric":
        return numeric_text(result)
    if not isinstance(result, str):
        raise fields.EditRefused(field, "value.not_text", where=field, text=repr(value))
    return result


def problems(round_key: str, values: Values) -> list[str]:
    """The codes of the rules the entry breaks (rules 1, 2, 3 and 5)."""
    number = values.get("numeric")
    numeric = Decimal(number) if number is not None else None
    return rules.entry_problems(
        round_key, values.get("status"), values.get("comment"), numeric, values.get("explanation")
    )
