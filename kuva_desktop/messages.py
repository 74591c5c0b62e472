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
    "file.not_written": Text(
        "{path}: cannot be written ({reason})",
        "{path}: tiedostoa ei voi kirjoittaa ({reason})",
        "{path}: filen kan inte skrivas ({reason})",
    ),
    "server.none": Text(
        "migrate: name the server with --db-url or KUVA_DATABASE_URL (a file is migrated when "
        "it is opened)",
        "migrate: anna palvelin valitsimella --db-url tai muuttujassa KUVA_DATABASE_URL "
        "(tiedosto päivitetään, kun se avataan)",
        "migrate: ange servern med --db-url eller KUVA_DATABASE_URL (en fil uppdateras när den "
        "öppnas)",
    ),
    "server.bad_url": Text(
        "{url}: not a database URL",
        "{url}: ei ole tietokannan osoite",
        "{url}: är ingen databasadress",
    ),
    "server.password_in_url": Text(
        "{url}: the URL holds a password; put it in the password file (PGPASSFILE or ~/.pgpass) "
        "or in PGPASSWORD instead",
        "{url}: osoitteessa on salasana; laita se salasanatiedostoon (PGPASSFILE tai ~/.pgpass) "
        "tai ympäristömuuttujaan PGPASSWORD",
        "{url}: adressen innehåller ett lösenord; lägg det i lösenordsfilen (PGPASSFILE eller "
        "~/.pgpass) eller i PGPASSWORD i stället",
    ),
    "server.concurrent": Text(
        "{url}: another coordinator changed the same data at the same moment; nothing was "
        "changed, try again",
        "{url}: toinen koordinaattori muutti samoja tietoja samalla hetkellä; mitään ei "
        "muutettu, yritä uudelleen",
        "{url}: en annan koordinator ändrade samma uppgifter i samma stund; ingenting ändrades, "
        "försök igen",
    ),
    "server.locked": Text(
        "{url}: another coordinator is changing the same data; try again in a moment",
        "{url}: toinen koordinaattori muuttaa samoja tietoja; yritä hetken päästä uudelleen",
        "{url}: en annan koordinator ändrar samma uppgifter; försök igen om en stund",
    ),
    "server.timeout": Text(
        "{url}: the server took too long to answer; try again",
        "{url}: palvelin ei vastannut ajoissa; yritä uudelleen",
        "{url}: servern svarade inte i tid; försök igen",
    ),
    "server.read_only": Text(
        "{url}: your database role may only read: printing and exporting work, changes need a "
        "coordinator's role",
        "{url}: tietokantaroolisi saa vain lukea: tulostus ja vienti toimivat, muutoksiin "
        "tarvitaan koordinaattorin rooli",
        "{url}: din databasroll får bara läsa: utskrift och export fungerar, ändringar kräver en "
        "koordinators roll",
    ),
    "server.disk_full": Text(
        "{url}: the server's disk is full",
        "{url}: palvelimen levy on täynnä",
        "{url}: serverns disk är full",
    ),
    "server.login": Text(
        "{url}: the server refused the login (wrong user name or password)",
        "{url}: palvelin ei hyväksynyt kirjautumista (väärä käyttäjätunnus tai salasana)",
        "{url}: servern godtog inte inloggningen (fel användarnamn eller lösenord)",
    ),
    "server.no_database": Text(
        "{url}: the server has no such database",
        "{url}: palvelimella ei ole tätä tietokantaa",
        "{url}: servern har ingen sådan databas",
    ),
    "server.unreachable": Text(
        "{url}: cannot connect to the server, or it refused the login (check the host, the port, "
        "the user name and the password file)",
        "{url}: palvelimeen ei saada yhteyttä tai se ei hyväksynyt kirjautumista (tarkista "
        "palvelin, portti, käyttäjätunnus ja salasanatiedosto)",
        "{url}: det går inte att ansluta till servern, eller så godtog den inte inloggningen "
        "(kontrollera värden, porten, användarnamnet och lösenordsfilen)",
    ),
    "server.foreign": Text(
        "{url}: not a Kuva Desktop database (it holds tables of another application)",
        "{url}: ei ole Kuva Desktopin tietokanta (siinä on toisen sovelluksen tauluja)",
        "{url}: är ingen Kuva Desktop-databas (den innehåller tabeller från ett annat program)",
    ),
    "server.newer": Text(
        "{url}: this database was made by a newer version of Kuva Desktop (schema {revision}); "
        "update the application",
        "{url}: tietokanta on tehty Kuva Desktopin uudemmalla versiolla (skeema {revision}); "
        "päivitä sovellus",
        "{url}: databasen har gjorts med en nyare version av Kuva Desktop (schema {revision}); "
        "uppdatera programmet",
    ),
    "server.empty": Text(
        "{url}: the database has no Kuva Desktop tables yet; run 'kuva-desktop migrate' with a "
        "role that may create them",
        "{url}: tietokannassa ei vielä ole Kuva Desktopin tauluja; aja 'kuva-desktop migrate' "
        "roolilla, joka saa luoda ne",
        "{url}: databasen har ännu inga Kuva Desktop-tabeller; kör 'kuva-desktop migrate' med "
        "en roll som får skapa dem",
    ),
    "server.older": Text(
        "{url}: the database's schema ({revision}) is older than this application; run "
        "'kuva-desktop migrate' with a role that may change it",
        "{url}: tietokannan skeema ({revision}) on vanhempi kuin tämä sovellus; aja "
        "'kuva-desktop migrate' roolilla, joka saa muuttaa sitä",
        "{url}: databasens schema ({revision}) är äldre än det här programmet; kör "
        "'kuva-desktop migrate' med en roll som får ändra det",
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
