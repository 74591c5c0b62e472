"""Reading numeric forecasts as people type them in Finnish and Swedish ("87,5 %", "1 200 kpl")."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from kuva_desktop.domain.fields import EditRefused, check_numeric, clean_text, field_name

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
    rule 5), is out of the range or precision the database keeps (``fields.check_numeric``), or
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


def format_numeric(value: Decimal | float | int, unit: str | None, language: str = "fi") -> str:
    """The forecast as a reader expects it: "87,5 %" in Finnish and Swedish, "87.5 %" in English."""
    number = Decimal(str(value)).normalize()
    if number == number.to_integral_value():
        number = number.quantize(Decimal(1))
    text = f"{number:,f}".replace(",", "\u00a0")
    if language in ("fi", "sv"):
        text = text.replace(".", ",")
    return f"{text} {unit or DEFAULT_UNIT}"
