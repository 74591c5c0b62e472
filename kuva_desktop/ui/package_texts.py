"""What the package dialogs say: field names, refusal reasons, values, in the UI language."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
)
from PySide6.QtWidgets import (
    QLabel,
)

from kuva_desktop.domain.numbers import format_numeric
from kuva_desktop.domain.statuses import status_label

if TYPE_CHECKING:
    pass

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
CONTEXT = "Packages"
FIELD_LABELS = {
    "status": QT_TRANSLATE_NOOP("Packages", "Status"),
    "forecast": QT_TRANSLATE_NOOP("Packages", "Forecast"),
    "comment": QT_TRANSLATE_NOOP("Packages", "Comments"),
    "numeric": QT_TRANSLATE_NOOP("Packages", "Numeric forecast"),
    "unit": QT_TRANSLATE_NOOP("Packages", "Unit"),
    "explanation": QT_TRANSLATE_NOOP("Packages", "Explanation"),
}
# The refusals of docs/package-format.md, as the window says them (the details stay as they are).
REASON_LABELS = {
    "unreadable": QT_TRANSLATE_NOOP("Packages", "the file cannot be read"),
    "too_large": QT_TRANSLATE_NOOP("Packages", "the file is larger than a package can be"),
    "not_a_package": QT_TRANSLATE_NOOP("Packages", "not a Kuva package or submission"),
    "version": QT_TRANSLATE_NOOP("Packages", "a format version this application does not read"),
    "damaged": QT_TRANSLATE_NOOP("Packages", "incomplete or damaged"),
    "invalid": QT_TRANSLATE_NOOP("Packages", "does not follow the package format"),
    "not_a_submission": QT_TRANSLATE_NOOP("Packages", "a package, not a submission"),
    "altered": QT_TRANSLATE_NOOP("Packages", "changed after it was written"),
    "other_package": QT_TRANSLATE_NOOP("Packages", "signed with the key of another package"),
    "other_database": QT_TRANSLATE_NOOP("Packages", "from another database"),
    "unknown_package": QT_TRANSLATE_NOOP("Packages", "a package this database did not issue"),
    "wrong_year_round": QT_TRANSLATE_NOOP(
        "Packages", "for another year, round or owner than its package"
    ),
    "locked": QT_TRANSLATE_NOOP("Packages", "for a locked round"),
    "outside_assignment": QT_TRANSLATE_NOOP(
        "Packages", "changes something outside the owner's assignment"
    ),
    "invalid_value": QT_TRANSLATE_NOOP("Packages", "a value the rules refuse"),
    "stale": QT_TRANSLATE_NOOP(
        "Packages", "older than a submission already merged from the same package"
    ),
}
# Completeness states (the API's labels) as the window says them, with their colours.
STATE_LABELS = {
    "not issued": QT_TRANSLATE_NOOP("Packages", "not issued"),
    "not sent": QT_TRANSLATE_NOOP("Packages", "not sent"),
    "received": QT_TRANSLATE_NOOP("Packages", "received"),
    "merged": QT_TRANSLATE_NOOP("Packages", "merged"),
    "in conflict": QT_TRANSLATE_NOOP("Packages", "in conflict"),
    "undone by an import": QT_TRANSLATE_NOOP("Packages", "undone by an import"),
}
LATE = QT_TRANSLATE_NOOP("Packages", "late")
STATE_COLOURS = {
    "not issued": "#e4e4e4",
    "not sent": "#f6c9c4",
    "received": "#fbe7a1",
    "merged": "#c8e6c0",
    "in conflict": "#f9b97a",
    "undone by an import": "#f6c9c4",
}


def translate(text: str) -> str:
    return QCoreApplication.translate("Packages", text)


def field_label(field: str) -> str:
    return translate(FIELD_LABELS.get(field, field))


def shown_value(field: str, value: str | None, language: str) -> str:
    """A field's value as a person reads it: a status by its label, a number in their form."""
    if value is None or value == "":
        return "—"
    try:
        if field == "status":
            return status_label(value, language)
        if field == "numeric":
            return format_numeric(Decimal(value), None, language).rsplit(" ", 1)[0]
    except (ValueError, ArithmeticError):
        pass
    return value


def refusal_text(reason: str, file: str, message: str) -> str:
    """ "file: why (details)", the why in the UI language."""
    name = Path(file).name
    detail = message.split(" (", 1)[1].rstrip(")") if " (" in message else ""
    text = f"{name}: {translate(REASON_LABELS.get(reason, reason))}"
    return text + (f" ({detail})" if detail else "")


def bold_label(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


# Issuing
