"""The year document of DOMAIN.md section 6, as typed objects.

The same tree is what ``export-json`` writes, what ``import-json`` reads, and what the table
importer builds (there without ids: the database matches or assigns them). ``docs/year-document.md``
describes the format for other tools.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_serializer, field_validator

from kuva_desktop.domain.fields import DEFAULT_OWNER_LANGUAGE, OPEN, OwnerLanguage
from kuva_desktop.domain.fields import ROUND_KEYS as ROUND_KEYS
from kuva_desktop.domain.fields import Layout as Layout
from kuva_desktop.domain.fields import RoundKey as RoundKey
from kuva_desktop.domain.fields import RoundState as RoundState

FORMAT: Literal["kuva-year"] = "kuva-year"
VERSION: Literal[1] = 1


class _Model(BaseModel):
    # Unknown keys are allowed by the format ("keys not listed may be added") and ignored.
    model_config = ConfigDict(extra="ignore", validate_assignment=True)


class Text(_Model):
    """A text a reader sees: a Finnish value and maybe a Swedish one."""

    fi: str = ""
    sv: str | None = None

    @field_validator("sv")
    @classmethod
    def _empty_is_none(cls, value: str | None) -> str | None:
        return value or None


class Entry(_Model):
    """One metric in one round; the final round uses status and explanation only."""

    status: str | None = None
    forecast: str | None = None
    comment: str | None = None
    numeric: Decimal | None = None
    unit: str | None = None
    explanation: str | None = None

    @field_serializer("numeric")
    def _number(self, value: Decimal | None) -> int | float | None:
        # A JSON number, as other tools expect: 100, not "100" or 100.0.
        if value is None:
            return None
        value = value.normalize()
        return int(value) if value == value.to_integral_value() else float(value)


class Metric(_Model):
    id: str | None = None
    text: Text = Field(default_factory=Text)
    target: Text = Field(default_factory=Text)
    recovery: bool | None = None
    owners: list[str] = Field(default_factory=list)
    entries: dict[RoundKey, Entry] = Field(default_factory=dict)


class Outcome(_Model):
    status: str | None = None  # derived from the metrics; ignored when read
    explanation: str | None = None


class Goal(_Model):
    id: str | None = None
    key: str | None = None  # ties the same goal across years
    title: Text = Field(default_factory=Text)
    description: Text = Field(default_factory=Text)
    owners: list[str] = Field(default_factory=list)
    links: list[Text] = Field(default_factory=list)
    outcome: Outcome = Field(default_factory=Outcome)
    metrics: list[Metric] = Field(default_factory=list)


class Theme(_Model):
    id: str | None = None
    name: Text = Field(default_factory=Text)
    goals: list[Goal] = Field(default_factory=list)


class Round(_Model):
    key: RoundKey
    deadline: str | None = None  # ISO date
    state: RoundState = OPEN


class Owner(_Model):
    name: Annotated[str, Field(min_length=1)]
    email: str | None = None
    area: str | None = None  # KULP, LIIKU, NUP, KIR, or None for the division
    # The language of the e-mail drafts written to the owner; older documents have none.
    language: OwnerLanguage = DEFAULT_OWNER_LANGUAGE


class YearDocument(_Model):
    format: Literal["kuva-year"] = FORMAT
    version: Literal[1] = VERSION
    year: Annotated[int, Field(ge=1900, le=2999)]
    division: Text = Field(default_factory=Text)
    layout: Layout = "narrative"
    rounds: list[Round] = Field(default_factory=list)
    owners: list[Owner] = Field(default_factory=list)
    themes: list[Theme] = Field(default_factory=list)
    # The database the document was exported from and its newest change then (export-json), so
    # that import-json can tell which changes the document has not seen.
    database: str | None = None
    revision: Annotated[int, Field(ge=0)] | None = None
