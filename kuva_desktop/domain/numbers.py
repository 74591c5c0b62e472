"""Reading numeric forecasts as people type them in Finnish and Swedish ("87,5 %", "1 200 kpl")."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

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


def parse_numeric(text: str) -> tuple[Decimal, str] | None:
    """A number and its unit from a typed forecast; None for an empty text.

    Raises ValueError when the text is not a number, or is below zero (DOMAIN.md rule 5).
    """
    cleaned = text.strip()
    if not cleaned:
        return None
    match = _NUMBER.match(cleaned)
    if match is None:
        raise ValueError(f"not a number: {text.strip()!r}")
    digits = re.sub(r"\D", "", match["int"])
    if match["frac"]:
        digits += "." + match["frac"]
    try:
        value = Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        raise ValueError(f"not a number: {text.strip()!r}") from None
    if match["sign"] in ("-", "−") and value != 0:
        raise ValueError(f"a numeric forecast cannot be below zero: {text.strip()!r}")
    unit = (match["unit"] or "").strip() or DEFAULT_UNIT
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
