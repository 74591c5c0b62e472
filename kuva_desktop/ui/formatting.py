"""Dates, times and numbers as the window shows them: one formatter per UI language.

Finnish and Finland-Swedish write ``30.4.2022`` and ``14.05`` (CLDR's fi_FI and sv_FI: Qt's plain
``sv`` is Sweden's ``2022-04-30`` and ``14:05``), numbers with a no-break space between thousands
and a decimal comma, ``1 200 %``. Every form, table and dialog of the window formats through
here, so that the overview, the history, the completeness table and the forms agree. English uses
the conventions of English in Finland (en_FI), the same order of day and month.

Times stored in the database are UTC without an offset (the history, received submissions); they
are shown in the local time zone.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, QTime

from kuva_desktop.domain.numbers import format_number, format_numeric

LANGUAGES = ("fi", "sv", "en")
LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_FI"}


def ui_language() -> str:
    """The current UI language (fi, sv or en): ``i18n.Translations.set_language`` sets Qt's
    default locale to it."""
    name = QLocale().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def locale(language: str | None = None) -> QLocale:
    """The QLocale of a UI language (the current one by default)."""
    if language is None:
        language = ui_language()
    return QLocale(LOCALES.get(language, LOCALES["en"]))


def date_text(value: dt.date | str | None, language: str | None = None, empty: str = "") -> str:
    """``30.4.2022`` (fi, sv), of a date or of its ISO text (``2022-04-30``)."""
    if value is None or value == "":
        return empty
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    date = QDate(value.year, value.month, value.day)
    return locale(language).toString(date, QLocale.FormatType.ShortFormat)


def time_text(value: dt.time | dt.datetime | None = None, language: str | None = None) -> str:
    """``14.05`` (fi, sv); the local time now by default."""
    if value is None:
        value = dt.datetime.now()
    time = QTime(value.hour, value.minute)
    return locale(language).toString(time, QLocale.FormatType.ShortFormat)


def datetime_text(value: dt.datetime | None, language: str | None = None, empty: str = "") -> str:
    """``30.4.2022 14.05`` (fi, sv) of a local time, or of an aware one in the local time zone."""
    if value is None:
        return empty
    if value.tzinfo is not None:
        value = value.astimezone()
    return f"{date_text(value.date(), language)} {time_text(value, language)}"


def stored_time_text(
    value: dt.datetime | None, language: str | None = None, empty: str = ""
) -> str:
    """A time as the database keeps it (UTC, no offset), shown in the local time zone."""
    if value is None:
        return empty
    return datetime_text(value.replace(tzinfo=dt.UTC), language)


def number_text(
    value: Decimal | float | int | None, unit: str | None, language: str | None = None
) -> str:
    """A numeric forecast with its unit, ``1 200 %`` / ``87,5 %`` (fi, sv): the domain's one
    formatter, the same as the forms and the report."""
    if value is None:
        return ""
    if language is None:
        language = ui_language()
    return format_numeric(value, unit, language)


def decimal_text(value: Decimal | float | int | str, language: str | None = None) -> str:
    """A number alone, without a unit: ``1 200``, ``87,5`` (fi, sv)."""
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        return str(value)
    if language is None:
        language = ui_language()
    return format_number(number, language)
