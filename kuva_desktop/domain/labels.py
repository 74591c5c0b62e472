"""Texts in the three languages of the product, picking one of them, and shortening one."""

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


def pick(fi: str | None, sv: str | None, language: str) -> str:
    """The text a reader of ``language`` sees: the Swedish one in Swedish when there is one, else
    the Finnish one (DOMAIN.md section 3); "" for neither."""
    return (sv if language == "sv" and sv else fi) or ""


def falls_back(fi: str | None, sv: str | None, language: str) -> bool:
    """Whether ``pick`` gives a reader of ``language`` the Finnish text for want of a Swedish
    one (a Swedish report lists such places and marks their language)."""
    return language == "sv" and not sv and bool(fi)


def shorten(text: str | None, width: int) -> str:
    """The text on one line (its whitespace collapsed), cut with an ellipsis to at most ``width``
    characters: how a message or a table cell names a long title."""
    line = " ".join((text or "").split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"
