"""What the application says to a person, by code: one table, three languages.

Errors a user can cause or fix (`errors.InputError`) and the other texts the layers below the UI
hand up (summaries, reasons) carry a code and their parameters rather than a finished sentence.
This table gives each code its English, Finnish and Swedish text; the window shows the UI
language, the command line English (stable for scripts, see docs/cli.md). Parameters go in with
``str.format`` names (``{path}``, ``{row}``), the same names in all three languages; a test keeps
every entry complete and its placeholders equal.

Finnish and Swedish follow the official terms of DOMAIN.md section 5 (the glossary in
docs/translations.md): *lautakunta* / *nämnd* for the board, *mittari* / *indikator*, *kierros* /
*omgång*.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
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


# A refusal not yet given a code of its own: its English sentence, shown as it is in every
# language. New refusals never use it (issue 12 converts the remaining ones).
PLAIN = "plain"

MESSAGES: dict[str, Text] = {
    PLAIN: Text("{text}", "{text}", "{text}"),
    "year.missing": Text(
        "year {year}: not in the database",
        "vuosi {year}: ei ole tietokannassa",
        "år {year}: finns inte i databasen",
    ),
    "year.exists": Text(
        "year {year}: already in the database",
        "vuosi {year}: on jo tietokannassa",
        "år {year}: finns redan i databasen",
    ),
    "year.no_round": Text(
        "year {year}: has no round {round}",
        "vuodella {year} ei ole kierrosta {round}",
        "år {year} har ingen omgång {round}",
    ),
    "edit.conflict": Text(
        "someone else changed the value after it was read: nothing was overwritten",
        "joku muu muutti arvoa sen jälkeen, kun se luettiin: mitään ei kirjoitettu yli",
        "någon annan ändrade värdet efter att det lästes: inget skrevs över",
    ),
}


def placeholders(template: str) -> set[str]:
    """The parameter names a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def render(code: str, params: Mapping[str, object], language: str = "en") -> str:
    """The sentence of ``code`` in ``language`` with its parameters filled in."""
    template = MESSAGES[code].get(language)
    return template.format_map({name: _shown(value) for name, value in params.items()})


def _shown(value: object) -> object:
    # Paths and other objects are shown as their text; numbers keep their own formatting.
    return value if isinstance(value, int | float | str) else str(value)
