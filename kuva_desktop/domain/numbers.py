"""Numeric forecasts: read as people type them in Finnish and Swedish ("87,5 %", "1 200 kpl"),
checked against the range the database keeps (``domain.fields``), and shown as readers expect.

The one home of number formatting: the window (``ui.formatting``), the forms, the reports and
the messages all show a number through ``format_number`` / ``format_numeric``.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from kuva_desktop.domain.fields import (
    NUMERIC_MAX,
    NUMERIC_PLACES,
    EditRefused,
    clean_text,
)
from kuva_desktop.messages import Text, field_name

DEFAULT_UNIT = "%"

# Digits with optional thousands groups separated by a space, a no-break space or a narrow
# no-break space (all three appear in numbers copied from office programs), then an optional
# decimal part after a comma or a point, then an optional unit.
_NUMBER = re.compile(
    r"""^(?P<sign>[-+−])?\s*
        (?P<int>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)
        (?:[,.](?P<frac>\d+))?
        \s*(?P<unit>[^\d\s,.;:+\-−].*)?$""",
    re.VERBOSE,
)


def parse_numeric(text: str, *, where: object | None = None) -> tuple[Decimal, str] | None:
    """A number and its unit from a typed forecast; None for an empty text.

    Raises ``EditRefused`` (a ValueError) when the text is not a number, is below zero (DOMAIN.md
    rule 5), is out of the range or precision the database keeps (``check_numeric``), or
    has a unit that is not a short plain text. ``where`` names the place in messages.
    """
    place = where if where is not None else field_name("numeric")
    cleaned = text.strip()
    if not cleaned:
        return None
    match = _NUMBER.match(cleaned)
    if match is None:
        raise EditRefused("numeric_not_negative", "value.not_number", where=place, text=cleaned)
    digits = re.sub(r"\D", "", match["int"])
    if match["frac"]:
        digits += "." + match["frac"]
    try:
        value = Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        raise EditRefused(
            "numeric_not_negative", "value.not_number", where=place, text=cleaned
        ) from None
    if match["sign"] in ("-", "−") and value != 0:
        raise EditRefused("numeric_not_negative", "value.negative", where=place, text=cleaned)
    check_numeric(value, where=place, shown=cleaned)
    unit = (match["unit"] or "").strip() or DEFAULT_UNIT
    clean_text(unit, "unit", where=place)
    return value, unit


def format_number(value: Decimal | float | int, language: str = "fi") -> str:
    """A number as a reader expects it: "1 200,5" in Finnish and Swedish (a no-break space
    between thousands, a decimal comma), "1 200.5" in English; no trailing zeros."""
    number = Decimal(str(value)).normalize()
    if number == number.to_integral_value():
        number = number.quantize(Decimal(1))
    text = f"{number:,f}".replace(",", "\u00a0")
    if language in ("fi", "sv"):
        text = text.replace(".", ",")
    return text


def format_numeric(value: Decimal | float | int, unit: str | None, language: str = "fi") -> str:
    """The forecast as a reader expects it: "87,5 %" in Finnish and Swedish, "87.5 %" in English."""
    return f"{format_number(value, language)} {unit or DEFAULT_UNIT}"


def check_numeric(
    value: Decimal | int | float | str, *, where: object | None = None, shown: str | None = None
) -> Decimal:
    """A numeric forecast in the documented range, exactly; refused as ``EditRefused``.

    ``shown`` is the value as the person wrote it, for the message.
    """
    place = where if where is not None else field_name("numeric")
    shown = str(value) if shown is None else shown
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise EditRefused(
            "numeric_not_negative", "value.not_number", where=place, text=shown
        ) from None
    if not number.is_finite():
        raise EditRefused("numeric_not_negative", "value.not_number", where=place, text=shown)
    if number < 0:
        raise EditRefused("numeric_not_negative", "value.negative", where=place, text=shown)
    if number > NUMERIC_MAX:
        raise EditRefused(
            "numeric_not_negative", "value.too_large", where=place, text=shown, limit=_MAX_SHOWN
        )
    exact = number.normalize()
    if exact.as_tuple().exponent < -NUMERIC_PLACES:  # type: ignore[operator]
        raise EditRefused(
            "numeric_not_negative",
            "value.too_precise",
            where=place,
            text=shown,
            places=NUMERIC_PLACES,
        )
    return number


# The largest number in a message: English as a file has it (the point, no grouping), Finnish
# and Swedish as people write it.
_MAX_SHOWN = Text(
    format(NUMERIC_MAX, "f"), format_number(NUMERIC_MAX, "fi"), format_number(NUMERIC_MAX, "sv")
)


def plain_number(number: Decimal) -> int | Decimal:
    """The number as the editor returns it: an int when whole, else the normalised Decimal."""
    value = number.normalize()
    return int(value) if value == value.to_integral_value() else value
