"""What the package dialogs say: field names, refusal reasons, values, in the UI language."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
)
from PySide6.QtWidgets import (
    QLabel,
)

from kuva_desktop.domain.labels import shorten
from kuva_desktop.domain.rules import RULES
from kuva_desktop.domain.statuses import status_label
from kuva_desktop.messages import render
from kuva_desktop.ui.formatting import decimal_text
from kuva_desktop.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from kuva_desktop.exchange.packages.merge import MergeReport, Refusal

CONTEXT = "Packages"
FIELD_LABELS = {
    "status": QT_TRANSLATE_NOOP("Packages", "Status"),
    "forecast": QT_TRANSLATE_NOOP("Packages", "Forecast"),
    "comment": QT_TRANSLATE_NOOP("Packages", "Comments"),
    "numeric": QT_TRANSLATE_NOOP("Packages", "Numeric forecast"),
    "unit": QT_TRANSLATE_NOOP("Packages", "Unit"),
    "explanation": QT_TRANSLATE_NOOP("Packages", "Explanation"),
}
# What became of each file in a merge (MergeReport.files' status), and the detail lines.
FILE_STATUS_LABELS = {
    "merged": QT_TRANSLATE_NOOP("Packages", "merged"),
    "conflict": QT_TRANSLATE_NOOP("Packages", "in conflict"),
    "unchanged": QT_TRANSLATE_NOOP("Packages", "nothing to apply"),
    "already": QT_TRANSLATE_NOOP("Packages", "merged before"),
    "refused": QT_TRANSLATE_NOOP("Packages", "refused"),
}
# The same in a dry run, where nothing is merged yet.
DRY_RUN_STATUS_LABELS = {"merged": QT_TRANSLATE_NOOP("Packages", "will be merged")}
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
ROUND = QT_TRANSLATE_NOOP("Packages", "round %1")
APPLIED = QT_TRANSLATE_NOOP("Packages", "Applied: %1 · %2 · %3 · %4")
WILL_APPLY = QT_TRANSLATE_NOOP("Packages", "To apply: %1 · %2 · %3 · %4")
CONFLICT = QT_TRANSLATE_NOOP("Packages", "Conflict: %1 · %2 · %3 · %4")
RULE_BROKEN = QT_TRANSLATE_NOOP("Packages", "Warning: %1 · %2 · %3: rule %4: %5")
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
            return decimal_text(value, language)
    except (ValueError, ArithmeticError):
        pass
    return value


def refusal_text(refusal: Refusal, language: str) -> str:
    """ "file: why (details)" in ``language``, the file by its name alone."""
    if refusal.error is None:
        return refusal.message
    error = refusal.error
    return render(error.code, {**error.params, "name": Path(refusal.file).name}, language)


def merge_details(report: MergeReport, language: str) -> str:
    """The lines under a merge's summary: each file, each entry applied or in conflict, each
    rule broken, in ``language`` (the command line prints the English ``report.lines()``)."""
    lines = []
    for result in report.files:
        labels = (
            {**FILE_STATUS_LABELS, **DRY_RUN_STATUS_LABELS}
            if report.dry_run
            else FILE_STATUS_LABELS
        )
        status = translate(labels.get(result.status, result.status))
        if result.late:
            status += ", " + translate(LATE)
        who = f" ({result.owner})" if result.owner else ""
        lines.append(f"{Path(result.file).name}{who}: {status}")
    applied = WILL_APPLY if report.dry_run else APPLIED
    for entries, label in ((report.applied, applied), (report.conflicts, CONFLICT)):
        for entry in entries:
            fields = ", ".join(field_label(f) for f in entry.fields)
            where = fill(translate(ROUND), entry.round_key)
            lines.append(
                fill(translate(label), entry.owner, shorten(entry.metric, 50), where, fields)
            )
    for warning in report.warnings:
        rule = RULES[warning.rule]
        where = fill(translate(ROUND), warning.round_key)
        metric, number, label = shorten(warning.metric, 50), str(rule.number), rule.label(language)
        lines.append(fill(translate(RULE_BROKEN), warning.owner, metric, where, number, label))
    return "\n".join(lines)


def fill(template: str, *values: str) -> str:
    """Qt's %1, %2 … filled in one pass, so that a value's own "%2" stays as it is."""
    return re.sub(r"%(\d)", lambda m: values[int(m[1]) - 1], template)


def bold_label(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


# Issuing
