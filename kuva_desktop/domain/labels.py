"""Texts in the three languages of the product, and picking one of them."""

from __future__ import annotations

from typing import Literal, NamedTuple

Language = Literal["fi", "sv", "en"]
LANGUAGES: tuple[Language, ...] = ("fi", "sv", "en")


class Label(NamedTuple):
    """One official term in Finnish, Swedish and English."""

    fi: str
    sv: str
    en: str

    def __call__(self, language: str) -> str:
        return str(getattr(self, language, self.fi))
