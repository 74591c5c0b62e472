"""Status codes, their labels and colours (DOMAIN.md section 4), and reading typed spellings.

This table is the one home of the status vocabulary: forms, imports, merges, ``check`` and the
reports all take their codes, labels and colours from here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from kuva_desktop.domain.labels import Label


class Status(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    ACHIEVED = "achieved"
    NOT_ACHIEVED = "not_achieved"


@dataclass(frozen=True)
class StatusInfo:
    code: Status
    label: Label
    colour: str  # a light fill that keeps black text legible, also in black and white
    final: bool  # True for the year-end codes, False for the forecast codes


STATUS_TABLE: dict[Status, StatusInfo] = {
    info.code: info
    for info in (
        StatusInfo(
            Status.ON_TRACK, Label("Toteutuu", "Uppnås", "Will be achieved"), "#8fd18f", False
        ),
        StatusInfo(
            Status.AT_RISK,
            Label("Toteutuminen epävarma", "Osäkert", "At risk"),
            "#f5e17a",
            False,
        ),
        StatusInfo(
            Status.OFF_TRACK,
            Label("Ei toteudu", "Uppnås inte", "Will not be achieved"),
            "#f29a9a",
            False,
        ),
        StatusInfo(Status.ACHIEVED, Label("Toteutui", "Uppfylldes", "Achieved"), "#8fd18f", True),
        StatusInfo(
            Status.NOT_ACHIEVED,
            Label("Ei toteutunut", "Uppfylldes inte", "Not achieved"),
            "#f29a9a",
            True,
        ),
    )
}

FORECAST_STATUSES: tuple[Status, ...] = tuple(s for s, i in STATUS_TABLE.items() if not i.final)
FINAL_STATUSES: tuple[Status, ...] = tuple(s for s, i in STATUS_TABLE.items() if i.final)


def _spelling_key(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"[\s_]+", " ", text).strip()
    return text.strip(" .!:;,").strip()


_SPELLINGS: dict[str, Status] = {}
for _info in STATUS_TABLE.values():
    for _spelling in (_info.code.value, *_info.label):
        _SPELLINGS[_spelling_key(_spelling)] = _info.code


def parse_status(text: str) -> Status | None:
    """The code of a typed or imported spelling ("TOTEUTUU", "Toteutuu.", "Uppnås").

    Returns None for an empty text; raises ValueError for anything that is not a status.
    """
    key = _spelling_key(text)
    if not key:
        return None
    try:
        return _SPELLINGS[key]
    except KeyError:
        raise ValueError(f"unknown status {text.strip()!r}") from None


def status_label(code: str | Status, language: str) -> str:
    return STATUS_TABLE[Status(code)].label(language)


def status_colour(code: str | Status) -> str:
    return STATUS_TABLE[Status(code)].colour
