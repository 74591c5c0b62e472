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
    # import-table (exchange/table)
    "table.password": Text(
        "{path}: the workbook is protected with a password; open it, save a copy without the "
        "password and import the copy",
        "{path}: työkirja on suojattu salasanalla; avaa se, tallenna kopio ilman salasanaa ja "
        "tuo kopio",
        "{path}: arbetsboken är skyddad med ett lösenord; öppna den, spara en kopia utan "
        "lösenord och importera kopian",
    ),
    "table.old_office": Text(
        "{path}: an old Excel 97–2003 (.xls) or Word 97–2003 (.doc) file; open it and save it as "
        "an Excel workbook (.xlsx) or a Word document (.docx), then import that",
        "{path}: vanha Excel 97–2003 (.xls) tai Word 97–2003 (.doc) -tiedosto; avaa se, "
        "tallenna Excel-työkirjana (.xlsx) tai Word-asiakirjana (.docx) ja tuo se",
        "{path}: en gammal Excel 97–2003-fil (.xls) eller Word 97–2003-fil (.doc); öppna den, "
        "spara den som Excel-arbetsbok (.xlsx) eller Word-dokument (.docx) och importera den",
    ),
    "table.control": Text(
        "{path}: line {line}: not a table (binary data: the control character {code}, which no "
        "text table holds; the file may be damaged)",
        "{path}: rivi {line}: ei taulukko (binääridataa: ohjausmerkki {code}, jota "
        "tekstitaulukossa ei ole; tiedosto voi olla vioittunut)",
        "{path}: rad {line}: inte en tabell (binära data: styrtecknet {code}, som ingen "
        "texttabell innehåller; filen kan vara skadad)",
    ),
    "table.unreadable": Text(
        "{path}: not a readable {kind} file ({reason})",
        "{path}: {kind}-tiedostoa ei voi lukea ({reason})",
        "{path}: {kind}-filen kan inte läsas ({reason})",
    ),
    "table.no_html_table": Text(
        "{path}: the web page has no table",
        "{path}: verkkosivulla ei ole taulukkoa",
        "{path}: webbsidan har ingen tabell",
    ),
    "table.html_frames": Text(
        "{path}: the web page shows its sheets from other files (Excel saves them in the "
        "folder beside it, as sheet001.htm); import the sheet's file",
        "{path}: verkkosivu näyttää taulukkonsa muista tiedostoista (Excel tallentaa ne sen "
        "viereiseen kansioon nimellä sheet001.htm); tuo taulukon tiedosto",
        "{path}: webbsidan visar sina blad från andra filer (Excel sparar dem i mappen bredvid, "
        "som sheet001.htm); importera bladets fil",
    ),
    "table.locked": Text(
        "{path}: row {row}, metric {metric}: round {round} of {year} is locked and cannot "
        "change; nothing was imported",
        "{path}: rivi {row}, mittari {metric}: vuoden {year} kierros {round} on lukittu eikä "
        "muutu; mitään ei tuotu",
        "{path}: rad {row}, indikator {metric}: omgång {round} för {year} är låst och kan inte "
        "ändras; inget importerades",
    ),
    "table.swedish_new": Text(
        "{path}: row {row}: a Swedish table only adds Swedish texts to what the year has, and "
        "{what} {name} is not in {year}; add it in Finnish first; nothing was imported",
        "{path}: rivi {row}: ruotsinkielinen taulukko lisää vain ruotsinkielisiä tekstejä "
        "vuoden kohtiin, eikä {what} {name} ole vuodessa {year}; lisää se ensin suomeksi; "
        "mitään ei tuotu",
        "{path}: rad {row}: en svensk tabell lägger bara till svenska texter i det som året "
        "har, och {what} {name} finns inte i {year}; lägg först till den på finska; inget "
        "importerades",
    ),
    "table.needs_choice": Text(
        "{path}: {count} change(s) need a choice, the first: {what}; see them all with "
        "--dry-run and allow them with {flag}; nothing was imported",
        "{path}: {count} muutos(ta) vaatii valinnan, ensimmäinen: {what}; katso kaikki "
        "valitsimella --dry-run ja salli ne valitsimella {flag}; mitään ei tuotu",
        "{path}: {count} ändring(ar) kräver ett val, den första: {what}; se alla med "
        "--dry-run och tillåt dem med {flag}; inget importerades",
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
