"""A message in the three languages."""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("en", "fi", "sv")


@dataclass(frozen=True, slots=True)
class Text:
    """One message in the three languages."""

    en: str
    fi: str
    sv: str

    def get(self, language: str) -> str:
        return getattr(self, language) if language in LANGUAGES else self.en
