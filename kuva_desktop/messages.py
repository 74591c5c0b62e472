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
    # The database file and its backups (storage/files.py, storage/backups.py; docs/database.md).
    "db.folder": Text(
        "{path}: is a folder, not a database file",
        "{path}: on kansio eikä tietokantatiedosto",
        "{path}: är en mapp, inte en databasfil",
    ),
    "db.missing": Text(
        "{path}: no such database (a command that only reads does not create one)",
        "{path}: tietokantaa ei ole (pelkkä lukeva komento ei luo sitä)",
        "{path}: databasen finns inte (ett kommando som bara läser skapar ingen)",
    ),
    "db.empty": Text(
        "{path}: an empty file, not a Kuva Desktop database (a command that only reads does not "
        "create one)",
        "{path}: tyhjä tiedosto eikä Kuva Desktopin tietokanta (pelkkä lukeva komento ei luo "
        "tietokantaa)",
        "{path}: en tom fil, inte en databas för Kuva Desktop (ett kommando som bara läser "
        "skapar ingen)",
    ),
    "db.unreadable": Text(
        "{path}: the database cannot be read (permission denied)",
        "{path}: tietokantaa ei voi lukea (ei oikeuksia)",
        "{path}: databasen kan inte läsas (åtkomst nekad)",
    ),
    "db.read_only": Text(
        "{path}: the database is read-only",
        "{path}: tietokanta on kirjoitussuojattu",
        "{path}: databasen är skrivskyddad",
    ),
    "db.no_folder": Text(
        "{path}: cannot create the database folder ({reason})",
        "{path}: tietokannan kansiota ei voi luoda ({reason})",
        "{path}: databasens mapp kan inte skapas ({reason})",
    ),
    "db.folder_read_only": Text(
        "{path}: cannot create the database here (folder is read-only)",
        "{path}: tietokantaa ei voi luoda tähän (kansio on kirjoitussuojattu)",
        "{path}: databasen kan inte skapas här (mappen är skrivskyddad)",
    ),
    "db.not_sqlite": Text(
        "{path}: not a Kuva Desktop database (not an SQLite file)",
        "{path}: ei ole Kuva Desktopin tietokanta (ei SQLite-tiedosto)",
        "{path}: inte en databas för Kuva Desktop (ingen SQLite-fil)",
    ),
    "db.not_ours": Text(
        "{path}: not a Kuva Desktop database (unknown tables)",
        "{path}: ei ole Kuva Desktopin tietokanta (tuntemattomia tauluja)",
        "{path}: inte en databas för Kuva Desktop (okända tabeller)",
    ),
    "db.newer": Text(
        "{path}: this database was made by a newer version of Kuva Desktop (schema {revision}); "
        "update the application to open it",
        "{path}: tietokanta on tehty Kuva Desktopin uudemmalla versiolla (skeema {revision}); "
        "päivitä sovellus avataksesi sen",
        "{path}: databasen gjordes med en nyare version av Kuva Desktop (schema {revision}); "
        "uppdatera programmet för att öppna den",
    ),
    "db.migration_failed": Text(
        "{path}: the database cannot be updated to this version of Kuva Desktop ({reason}); "
        "nothing was changed",
        "{path}: tietokantaa ei voi päivittää tälle Kuva Desktopin versiolle ({reason}); "
        "mitään ei muutettu",
        "{path}: databasen kan inte uppdateras till den här versionen av Kuva Desktop "
        "({reason}); inget ändrades",
    ),
    "db.busy": Text(
        "{path}: the database is in use by another program; try again",
        "{path}: tietokanta on toisen ohjelman käytössä; yritä uudelleen",
        "{path}: databasen används av ett annat program; försök igen",
    ),
    "db.locked": Text(
        "{path}: the database is locked by another program; try again",
        "{path}: tietokanta on toisen ohjelman lukitsema; yritä uudelleen",
        "{path}: databasen är låst av ett annat program; försök igen",
    ),
    "db.full": Text(
        "{path}: the disk is full; free some space and try again (nothing was changed)",
        "{path}: levy on täynnä; vapauta tilaa ja yritä uudelleen (mitään ei muutettu)",
        "{path}: disken är full; frigör utrymme och försök igen (inget ändrades)",
    ),
    "db.io_error": Text(
        "{path}: the disk could not be read or written (I/O error); check the disk or the network "
        "drive",
        "{path}: levyä ei voitu lukea tai kirjoittaa (I/O-virhe); tarkista levy tai verkkolevy",
        "{path}: disken kunde inte läsas eller skrivas (I/O-fel); kontrollera disken eller "
        "nätverksenheten",
    ),
    "db.cannot_open": Text(
        "{path}: the database cannot be opened (the file or its folder is not accessible)",
        "{path}: tietokantaa ei voi avata (tiedostoon tai sen kansioon ei pääse)",
        "{path}: databasen kan inte öppnas (filen eller mappen är inte åtkomlig)",
    ),
    "db.damaged": Text(
        "{path}: the database is damaged ({detail}); the newest backup that passes the check is "
        "{backup}: restore it with `kuva-desktop --db {path} restore {backup}` or in the window "
        "with File → Restore from a backup…",
        "{path}: tietokanta on vioittunut ({detail}); uusin tarkistuksen läpäisevä varmuuskopio "
        "on {backup}: palauta se komennolla `kuva-desktop --db {path} restore {backup}` tai "
        "ikkunassa valikosta Tiedosto → Palauta varmuuskopiosta…",
        "{path}: databasen är skadad ({detail}); den nyaste säkerhetskopian som klarar "
        "kontrollen är {backup}: återställ den med `kuva-desktop --db {path} restore {backup}` "
        "eller i fönstret med Arkiv → Återställ från en säkerhetskopia…",
    ),
    "db.damaged_no_backup": Text(
        "{path}: the database is damaged ({detail}) and no backup beside it passes the check; "
        "keep the file and ask for help to recover it",
        "{path}: tietokanta on vioittunut ({detail}), eikä yksikään sen varmuuskopio läpäise "
        "tarkistusta; säilytä tiedosto ja pyydä apua sen korjaamiseen",
        "{path}: databasen är skadad ({detail}) och ingen säkerhetskopia klarar kontrollen; "
        "behåll filen och be om hjälp med att rädda den",
    ),
    "output.folder": Text(
        "{path}: is a folder; name a file to write",
        "{path}: on kansio; anna kirjoitettavan tiedoston nimi",
        "{path}: är en mapp; ange en fil att skriva",
    ),
    "output.database": Text(
        "{path}: is the database {database} or one of its journal files; choose another file",
        "{path}: on tietokanta {database} tai sen lokitiedosto; valitse toinen tiedosto",
        "{path}: är databasen {database} eller en av dess journalfiler; välj en annan fil",
    ),
    "output.backups": Text(
        "{path}: is in the backups folder {folder}; choose another place",
        "{path}: on varmuuskopiokansiossa {folder}; valitse toinen paikka",
        "{path}: ligger i mappen för säkerhetskopior {folder}; välj en annan plats",
    ),
    "output.disk_full": Text(
        "{path}: cannot be written: the disk is full (nothing was written)",
        "{path}: ei voi kirjoittaa: levy on täynnä (mitään ei kirjoitettu)",
        "{path}: kan inte skrivas: disken är full (inget skrevs)",
    ),
    "output.denied": Text(
        "{path}: cannot be written (permission denied or read-only)",
        "{path}: ei voi kirjoittaa (ei oikeuksia tai kirjoitussuojattu)",
        "{path}: kan inte skrivas (åtkomst nekad eller skrivskyddad)",
    ),
    "output.failed": Text(
        "{path}: cannot be written ({reason})",
        "{path}: ei voi kirjoittaa ({reason})",
        "{path}: kan inte skrivas ({reason})",
    ),
    "backup.missing": Text(
        "{path}: no such backup (`kuva-desktop backups` lists them)",
        "{path}: varmuuskopiota ei ole (`kuva-desktop backups` luettelee ne)",
        "{path}: säkerhetskopian finns inte (`kuva-desktop backups` visar dem)",
    ),
    "backup.damaged": Text(
        "{path}: the backup is damaged ({detail}); choose another one",
        "{path}: varmuuskopio on vioittunut ({detail}); valitse toinen",
        "{path}: säkerhetskopian är skadad ({detail}); välj en annan",
    ),
    "backup.not_ours": Text(
        "{path}: not a backup of a Kuva Desktop database",
        "{path}: ei ole Kuva Desktopin tietokannan varmuuskopio",
        "{path}: inte en säkerhetskopia av en databas för Kuva Desktop",
    ),
    "backup.newer": Text(
        "{path}: this backup was made by a newer version of Kuva Desktop (schema {revision})",
        "{path}: varmuuskopio on tehty Kuva Desktopin uudemmalla versiolla (skeema {revision})",
        "{path}: säkerhetskopian gjordes med en nyare version av Kuva Desktop (schema {revision})",
    ),
    "backup.is_database": Text(
        "{path}: is the database itself, not one of its backups",
        "{path}: on itse tietokanta eikä sen varmuuskopio",
        "{path}: är själva databasen, inte en av dess säkerhetskopior",
    ),
    "backup.server": Text(
        "{url}: the backups of a server database are the server's own (pg_dump)",
        "{url}: palvelintietokannan varmuuskopiot ovat palvelimen omia (pg_dump)",
        "{url}: säkerhetskopiorna av en serverdatabas är serverns egna (pg_dump)",
    ),
    "backup.failed": Text(
        "{path}: the backup could not be made ({reason}); nothing was changed",
        "{path}: varmuuskopiota ei voitu tehdä ({reason}); mitään ei muutettu",
        "{path}: säkerhetskopian kunde inte göras ({reason}); inget ändrades",
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
