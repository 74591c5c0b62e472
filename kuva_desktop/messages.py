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
    # A value refused by the domain (domain/fields.py); {where} is the field's name, or a file
    # and the place in it.
    "value.control": Text(
        "{where}: a control character ({char}) is not allowed; only tab and line break are",
        "{where}: ohjausmerkki ({char}) ei ole sallittu; vain sarkain ja rivinvaihto ovat",
        "{where}: ett styrtecken ({char}) är inte tillåtet; bara tabb och radbrytning är det",
    ),
    "value.bidi": Text(
        "{where}: the character {char} would show the text in another order than it is written; "
        "remove it",
        "{where}: merkki {char} näyttäisi tekstin eri järjestyksessä kuin se on kirjoitettu; "
        "poista se",
        "{where}: tecknet {char} skulle visa texten i en annan ordning än den är skriven; "
        "ta bort det",
    ),
    "value.line_break": Text(
        "{where}: must be on one line",
        "{where}: on kirjoitettava yhdelle riville",
        "{where}: ska stå på en rad",
    ),
    "value.too_long": Text(
        "{where}: {length} characters; at most {limit} are allowed",
        "{where}: {length} merkkiä; enintään {limit} on sallittu",
        "{where}: {length} tecken; högst {limit} är tillåtna",
    ),
    "value.not_number": Text(
        "{where}: not a number ({text})",
        "{where}: ei ole luku ({text})",
        "{where}: inte ett tal ({text})",
    ),
    "value.negative": Text(
        "{where}: a numeric forecast cannot be below zero ({text})",
        "{where}: numeerinen ennuste ei voi olla alle nollan ({text})",
        "{where}: en numerisk prognos kan inte vara under noll ({text})",
    ),
    "value.not_text": Text(
        "{where}: not a text ({text})",
        "{where}: ei ole tekstiä ({text})",
        "{where}: inte en text ({text})",
    ),
    "value.too_large": Text(
        "{where}: {text} is too large; a numeric forecast is at most {limit}",
        "{where}: {text} on liian suuri; numeerinen ennuste on enintään {limit}",
        "{where}: {text} är för stort; en numerisk prognos är högst {limit}",
    ),
    "value.too_precise": Text(
        "{where}: {text} has more than {places} decimals",
        "{where}: luvussa {text} on yli {places} desimaalia",
        "{where}: {text} har fler än {places} decimaler",
    ),
    "value.status_unknown": Text(
        "{where}: unknown status ({text})",
        "{where}: tuntematon tila ({text})",
        "{where}: okänd status ({text})",
    ),
    "value.status_round": Text(
        "{where}: the status {text} does not belong in round {round}",
        "{where}: tila {text} ei kuulu kierrokselle {round}",
        "{where}: statusen {text} hör inte till omgång {round}",
    ),
    "value.choice": Text(
        "{where}: {text} is not one of {choices}",
        "{where}: {text} ei ole mikään arvoista {choices}",
        "{where}: {text} är inte något av {choices}",
    ),
    "value.date": Text(
        "{where}: not a date ({text}); write it as YYYY-MM-DD",
        "{where}: ei ole päivämäärä ({text}); kirjoita muodossa VVVV-KK-PP",
        "{where}: inte ett datum ({text}); skriv det som ÅÅÅÅ-MM-DD",
    ),
    "json.duplicate_key": Text(
        '{file}: the key "{key}" appears twice in one object; nothing was read',
        '{file}: avain "{key}" esiintyy kahdesti samassa objektissa; mitään ei luettu',
        '{file}: nyckeln "{key}" förekommer två gånger i ett objekt; inget lästes',
    ),
    "yeardoc.would_undo": Text(
        "{file}: would set back {count} of the values changed in the database since the document "
        "was exported; nothing was imported (give --replace to import it all the same)",
        "{file}: kumoaisi {count} arvoa, joita tietokannassa on muutettu asiakirjan viennin "
        "jälkeen; mitään ei tuotu (--replace tuo sen silti)",
        "{file}: skulle ångra {count} av värdena som ändrats i databasen sedan dokumentet "
        "exporterades; inget importerades (--replace importerar det ändå)",
    ),
    "yeardoc.would_undo_unknown": Text(
        '{file}: does not say when it was exported (no "revision"), and would change {count} of '
        "the values already in the database; nothing was imported (give --replace to import it "
        "all the same)",
        '{file}: ei kerro, milloin se on viety (ei "revision"-avainta), ja muuttaisi {count} '
        "tietokannassa jo olevaa arvoa; mitään ei tuotu (--replace tuo sen silti)",
        '{file}: anger inte när det exporterades (ingen "revision"), och skulle ändra {count} av '
        "värdena som redan finns i databasen; inget importerades (--replace importerar det ändå)",
    ),
}


def placeholders(template: str) -> set[str]:
    """The parameter names a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def render(code: str, params: Mapping[str, object], language: str = "en") -> str:
    """The sentence of ``code`` in ``language`` with its parameters filled in."""
    template = MESSAGES[code].get(language)
    return template.format_map({name: _shown(value, language) for name, value in params.items()})


def _shown(value: object, language: str) -> object:
    # A Text (a field's name) in the language; paths and other objects as their text; numbers
    # keep their own formatting.
    if isinstance(value, Text):
        return value.get(language)
    return value if isinstance(value, int | float | str) else str(value)
