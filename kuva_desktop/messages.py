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

import re
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

# Why a package or submission file is refused (docs/package-format.md): the reason code of
# `exchange.packages.format.PackageRefused`, with "package." in front as its message code.
PACKAGE_REASONS: dict[str, Text] = {
    "unreadable": Text("the file cannot be read", "tiedostoa ei voi lukea", "filen kan inte läsas"),
    "too_large": Text(
        "the file is larger than a package can be",
        "tiedosto on suurempi kuin työpaketti voi olla",
        "filen är större än ett arbetspaket kan vara",
    ),
    "not_a_package": Text(
        "not a Kuva package or submission",
        "ei Kuvan työpaketti eikä palautus",
        "varken ett arbetspaket eller en inlämning från Kuva",
    ),
    "version": Text(
        "a format version this application does not read",
        "tiedostomuodon versio, jota tämä ohjelma ei lue",
        "en formatversion som detta program inte läser",
    ),
    "damaged": Text(
        "incomplete or damaged", "puutteellinen tai vahingoittunut", "ofullständig eller skadad"
    ),
    "invalid": Text(
        "does not follow the package format",
        "ei noudata työpakettien tiedostomuotoa",
        "följer inte arbetspaketens filformat",
    ),
    "not_a_submission": Text(
        "a package, not a submission",
        "työpaketti, ei palautus",
        "ett arbetspaket, inte en inlämning",
    ),
    "altered": Text(
        "changed after it was written",
        "muutettu kirjoittamisen jälkeen",
        "ändrad efter att den skrevs",
    ),
    "other_package": Text(
        "signed with the key of another package",
        "allekirjoitettu toisen työpaketin avaimella",
        "signerad med ett annat arbetspakets nyckel",
    ),
    "other_database": Text(
        "from another database", "toisesta tietokannasta", "från en annan databas"
    ),
    "unknown_package": Text(
        "a package this database did not issue",
        "työpaketti, jota tämä tietokanta ei ole jakanut",
        "ett arbetspaket som denna databas inte har delat ut",
    ),
    "wrong_year_round": Text(
        "for another year, round or owner than its package",
        "eri vuodelle, kierrokselle tai vastuuhenkilölle kuin sen työpaketti",
        "för ett annat år, en annan omgång eller ansvarsperson än dess arbetspaket",
    ),
    "locked": Text("for a locked round", "lukitulle kierrokselle", "för en låst omgång"),
    "outside_assignment": Text(
        "changes something outside the owner's assignment",
        "muuttaa jotain vastuuhenkilölle osoitetun ulkopuolelta",
        "ändrar något utanför det som ansvarspersonen har tilldelats",
    ),
    "invalid_value": Text(
        "a value the rules refuse",
        "arvo, jota säännöt eivät salli",
        "ett värde som reglerna inte tillåter",
    ),
    "stale": Text(
        "older than a submission already merged from the same package",
        "vanhempi kuin samasta työpaketista jo yhdistetty palautus",
        "äldre än en redan sammanfogad inlämning från samma arbetspaket",
    ),
}

# The fields of an entry, as a sentence names them.
FIELDS: dict[str, Text] = {
    "status": Text("status", "tila", "status"),
    "forecast": Text("forecast", "ennuste", "prognos"),
    "comment": Text("comments", "kommentit", "kommentarer"),
    "numeric": Text("numeric forecast", "numeerinen ennuste", "numerisk prognos"),
    "unit": Text("unit", "yksikkö", "enhet"),
    "explanation": Text("explanation", "selvitys", "utredning"),
}

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
    # Packages and submissions: "file: why (details)".
    "package.refused": Text("{name}: {reason}", "{name}: {reason}", "{name}: {reason}"),
    "package.refused.detail": Text(
        "{name}: {reason} ({detail})", "{name}: {reason} ({detail})", "{name}: {reason} ({detail})"
    ),
    **{f"package.{reason}": text for reason, text in PACKAGE_REASONS.items()},
    "package.detail.too_large": Text("more than {mb} MB", "yli {mb} Mt", "mer än {mb} MB"),
    "package.detail.not_json": Text(
        "not a JSON document", "ei JSON-asiakirja", "inte ett JSON-dokument"
    ),
    "package.detail.duplicate_key": Text(
        'the key "{key}" appears twice in one object',
        'avain "{key}" esiintyy kahdesti samassa objektissa',
        'nyckeln "{key}" förekommer två gånger i samma objekt',
    ),
    "package.detail.not_utf8": Text("not UTF-8 text", "ei UTF-8-tekstiä", "inte UTF-8-text"),
    "package.detail.incomplete_json": Text(
        "not a complete JSON document: line {line}: {error}",
        "JSON-asiakirja ei ole kokonainen: rivi {line}: {error}",
        "inte ett fullständigt JSON-dokument: rad {line}: {error}",
    ),
    "package.detail.unreadable_json": Text(
        "not a readable JSON document",
        "JSON-asiakirjaa ei voi lukea",
        "JSON-dokumentet kan inte läsas",
    ),
    "package.detail.no_format": Text(
        'no "format": "kuva-submission"',
        'kenttä "format": "kuva-submission" puuttuu',
        'fältet "format": "kuva-submission" saknas',
    ),
    "package.detail.version": Text(
        "version {found}; this application reads {version}",
        "versio {found}; tämä ohjelma lukee version {version}",
        "version {found}; detta program läser version {version}",
    ),
    "package.detail.not_text": Text(
        "the content is not valid text",
        "sisältö ei ole kelvollista tekstiä",
        "innehållet är inte giltig text",
    ),
    "package.detail.check": Text(
        "the content does not match its check: damaged or edited",
        "sisältö ei vastaa tarkistussummaansa: vahingoittunut tai muokattu",
        "innehållet stämmer inte med sin kontrollsumma: skadat eller redigerat",
    ),
    "package.detail.invalid_at": Text(
        "at {where}: {error}", "kohdassa {where}: {error}", "vid {where}: {error}"
    ),
    "package.detail.is_submission": Text(
        "this is a submission, not a work package",
        "tämä on palautus, ei työpaketti",
        "detta är en inlämning, inte ett arbetspaket",
    ),
    "package.detail.send_submission": Text(
        "send the saved submission instead",
        "lähetä sen sijaan tallennettu palautus",
        "skicka den sparade inlämningen i stället",
    ),
    "package.detail.no_signature": Text(
        "the signature is missing", "allekirjoitus puuttuu", "signaturen saknas"
    ),
    "package.detail.listed_twice": Text(
        "metric {id} is listed twice",
        "mittari {id} on luettelossa kahdesti",
        "indikator {id} förekommer två gånger",
    ),
    "package.detail.stale": Text(
        "number {sequence}; number {merged} is merged",
        "numero {sequence}; numero {merged} on jo yhdistetty",
        "nummer {sequence}; nummer {merged} är redan sammanfogat",
    ),
    "package.detail.database": Text("database {id}", "tietokanta {id}", "databas {id}"),
    "package.detail.package": Text("package {id}", "työpaketti {id}", "arbetspaket {id}"),
    "package.detail.other_key": Text(
        "the file names package {package}, but was signed with the key of package {other} "
        "({owner}, {year} round {round})",
        "tiedosto nimeää työpaketin {package}, mutta se on allekirjoitettu työpaketin {other} "
        "avaimella ({owner}, {year} kierros {round})",
        "filen anger arbetspaket {package} men är signerad med nyckeln till arbetspaket {other} "
        "({owner}, {year} omgång {round})",
    ),
    "package.detail.bad_signature": Text(
        "the signature does not match", "allekirjoitus ei täsmää", "signaturen stämmer inte"
    ),
    "package.detail.issued_to": Text(
        "{owner}, {year} round {round}; the package was issued to {issued_owner} for "
        "{issued_year} round {issued_round}",
        "{owner}, {year} kierros {round}; työpaketti jaettiin vastuuhenkilölle {issued_owner}, "
        "{issued_year} kierros {issued_round}",
        "{owner}, {year} omgång {round}; arbetspaketet delades ut till {issued_owner} för "
        "{issued_year} omgång {issued_round}",
    ),
    "package.detail.round_gone": Text(
        "{year} round {round} is gone",
        "vuoden {year} kierrosta {round} ei enää ole",
        "{year} omgång {round} finns inte längre",
    ),
    "package.detail.round_locked": Text(
        "{year} round {round} is locked",
        "vuoden {year} kierros {round} on lukittu",
        "{year} omgång {round} är låst",
    ),
    "package.detail.not_in_package": Text(
        "metric “{metric}” ({id}) is not in the package",
        "mittari ”{metric}” ({id}) ei ole työpaketissa",
        "indikatorn ”{metric}” ({id}) finns inte i arbetspaketet",
    ),
    "package.detail.field_not_taken": Text(
        "metric “{metric}”: round {round} takes no {field}",
        "mittari ”{metric}”: kierrokselle {round} ei anneta kenttää ”{field}”",
        "indikatorn ”{metric}”: omgång {round} tar inte emot fältet ”{field}”",
    ),
    "package.detail.invalid_value": Text(
        "metric “{metric}”, {error}",
        "mittari ”{metric}”, {error}",
        "indikatorn ”{metric}”, {error}",
    ),
    "package.detail.metric_gone": Text(
        "metric “{metric}” is no longer in the database",
        "mittari ”{metric}” ei ole enää tietokannassa",
        "indikatorn ”{metric}” finns inte längre i databasen",
    ),
    **{f"field.{name}": text for name, text in FIELDS.items()},
    # Lists in a sentence.
    "list.more": Text(" and {count} more", " ja {count} muuta", " och {count} till"),
    "use.goal": Text("{year} goal “{title}”", "{year} tavoite ”{title}”", "{year} mål ”{title}”"),
    "use.metric": Text(
        "{year} metric “{title}”", "{year} mittari ”{title}”", "{year} indikator ”{title}”"
    ),
    # The vocabulary of owners and links.
    "owner.no_name": Text(
        "an owner needs a name",
        "vastuuhenkilöllä on oltava nimi",
        "en ansvarsperson måste ha ett namn",
    ),
    "owner.bad_email": Text(
        "owner “{name}”: “{email}” is not an e-mail address",
        "vastuuhenkilö ”{name}”: ”{email}” ei ole sähköpostiosoite",
        "ansvarspersonen ”{name}”: ”{email}” är inte en e-postadress",
    ),
    "owner.bad_area": Text(
        "owner “{name}”: unknown service area “{area}”",
        "vastuuhenkilö ”{name}”: tuntematon palvelukokonaisuus ”{area}”",
        "ansvarspersonen ”{name}”: okänt serviceområde ”{area}”",
    ),
    "owner.exists": Text(
        "owner “{name}” is already in the vocabulary",
        "vastuuhenkilö ”{name}” on jo luettelossa",
        "ansvarspersonen ”{name}” finns redan i förteckningen",
    ),
    "owner.in_use": Text(
        "owner “{name}” is in use and cannot be deleted: {uses}{more}",
        "vastuuhenkilö ”{name}” on käytössä eikä sitä voi poistaa: {uses}{more}",
        "ansvarspersonen ”{name}” används och kan inte tas bort: {uses}{more}",
    ),
    "owner.gone": Text(
        "owner “{name}”: no longer in the database",
        "vastuuhenkilö ”{name}”: ei ole enää tietokannassa",
        "ansvarspersonen ”{name}”: finns inte längre i databasen",
    ),
    "owner.missing": Text(
        "owner “{name}”: not in the database",
        "vastuuhenkilö ”{name}”: ei ole tietokannassa",
        "ansvarspersonen ”{name}”: finns inte i databasen",
    ),
    "owner.nothing_assigned": Text(
        "owner “{name}”: nothing is assigned to them in {year}",
        "vastuuhenkilö ”{name}”: hänelle ei ole osoitettu mitään vuonna {year}",
        "ansvarspersonen ”{name}”: har inget tilldelat för {year}",
    ),
    "link.no_name": Text(
        "a link needs a Finnish name",
        "kytkeytymisellä on oltava suomenkielinen nimi",
        "en koppling måste ha ett finskt namn",
    ),
    "link.exists": Text(
        "link “{name}” is already in the vocabulary",
        "kytkeytyminen ”{name}” on jo luettelossa",
        "kopplingen ”{name}” finns redan i förteckningen",
    ),
    "link.in_use": Text(
        "link “{name}” is in use and cannot be deleted: {uses}{more}",
        "kytkeytyminen ”{name}” on käytössä eikä sitä voi poistaa: {uses}{more}",
        "kopplingen ”{name}” används och kan inte tas bort: {uses}{more}",
    ),
    "link.gone": Text(
        "link “{name}”: no longer in the database",
        "kytkeytyminen ”{name}”: ei ole enää tietokannassa",
        "kopplingen ”{name}”: finns inte längre i databasen",
    ),
    # Sample data, packages issued, folders.
    "sample.present": Text(
        "{path}: the database already has {years}; the sample data loads only into a database "
        "without those years",
        "{path}: tietokannassa on jo vuodet {years}; esimerkkiaineiston voi ladata vain "
        "tietokantaan, jossa niitä ei ole",
        "{path}: databasen har redan åren {years}; exempeldata kan bara läsas in i en databas "
        "utan de åren",
    ),
    "round.not_open": Text(
        "{year} round {round} is {state}: packages are issued only for an open round",
        "vuoden {year} kierros {round} on {state}: työpaketteja jaetaan vain avoimelle "
        "kierrokselle",
        "{year} omgång {round} är {state}: arbetspaket delas bara ut för en öppen omgång",
    ),
    "round.state.open": Text("open", "avoin", "öppen"),
    "round.state.closed": Text("closed", "suljettu", "stängd"),
    "round.state.locked": Text("locked", "lukittu", "låst"),
    "folder.missing": Text(
        "{folder}: not a folder", "{folder}: ei ole kansio", "{folder}: är inte en mapp"
    ),
    # Conflicts.
    "conflict.resolved": Text(
        "conflict {id}: already resolved ({resolution})",
        "ristiriita {id}: on jo ratkaistu ({resolution})",
        "konflikt {id}: är redan löst ({resolution})",
    ),
    "conflict.resolution.theirs": Text(
        "their value kept", "vastuuhenkilön arvo pidetty", "ansvarspersonens värde behållet"
    ),
    "conflict.resolution.ours": Text(
        "our value kept", "tietokannan arvo pidetty", "databasens värde behållet"
    ),
    "conflict.resolution.edited": Text("edited", "muokattu", "redigerat"),
    "conflict.resolution.superseded": Text(
        "superseded by a newer submission",
        "uudempi palautus korvasi sen",
        "ersatt av en nyare inlämning",
    ),
    "conflict.metric_gone": Text(
        "conflict {id}: the metric is no longer in the database",
        "ristiriita {id}: mittari ei ole enää tietokannassa",
        "konflikt {id}: indikatorn finns inte längre i databasen",
    ),
    "conflict.missing": Text(
        "conflict {id}: not in the database",
        "ristiriita {id}: ei ole tietokannassa",
        "konflikt {id}: finns inte i databasen",
    ),
    # Where a change came from (the history's "from where"), by the kind of its stored source.
    "source.typed": Text("Typed", "Käsin syötetty", "Manuellt inmatad"),
    "source.sample": Text("Sample data", "Esimerkkiaineisto", "Exempeldata"),
    "source.import_table": Text(
        "Table import: {file}", "Taulukon tuonti: {file}", "Import av tabell: {file}"
    ),
    "source.import_json": Text(
        "Year document import: {file}",
        "Vuosiasiakirjan tuonti: {file}",
        "Import av årsdokument: {file}",
    ),
    "source.round_command": Text(
        "Round state from the command line",
        "Kierroksen tila komentoriviltä",
        "Omgångens status från kommandoraden",
    ),
    "source.export_package": Text(
        "Work package issued", "Työpaketin jakaminen", "Utdelning av arbetspaket"
    ),
    "source.work_package": Text("Work package {file}", "Työpaketti {file}", "Arbetspaket {file}"),
    "source.submission": Text(
        "Submission of {owner}", "Vastuuhenkilön {owner} palautus", "Inlämning av {owner}"
    ),
    "source.resolution": Text(
        "Conflict resolved: submission of {owner}",
        "Ristiriidan ratkaisu: vastuuhenkilön {owner} palautus",
        "Konfliktlösning: inlämning av {owner}",
    ),
    "source.self_test": Text("Self-test", "Itsetestaus", "Självtest"),
    # Edits the rules refuse (EditRefused).
    "round.locked": Text(
        "round {round} is locked", "kierros {round} on lukittu", "omgång {round} är låst"
    ),
    "round.locked_entries": Text(
        "round {round} is locked: what has entries there stays",
        "kierros {round} on lukittu: mitä sillä on kirjattu, pysyy",
        "omgång {round} är låst: det som har uppgifter där finns kvar",
    ),
    "status.unknown": Text(
        "unknown status {text}", "tuntematon tila {text}", "okänd status {text}"
    ),
    "status.wrong_round": Text(
        "{status} does not belong in round {round}",
        "tila {status} ei kuulu kierrokselle {round}",
        "status {status} hör inte till omgång {round}",
    ),
    "numeric.not_a_number": Text(
        "not a number: {text}", "ei ole luku: {text}", "inte ett tal: {text}"
    ),
    "numeric.below_zero": Text(
        "below zero: {value}", "alle nollan: {value}", "under noll: {value}"
    ),
    "numeric.too_large": Text(
        "too large a number: {value}", "liian suuri luku: {value}", "för stort tal: {value}"
    ),
    "edit.restore_field_only": Text(
        "only the change of a field can be restored",
        "vain kentän muutoksen voi palauttaa",
        "bara ändringen av ett fält kan återställas",
    ),
    "edit.gone": Text(
        "{kind} {key}: no longer in the database",
        "{kind} {key}: ei ole enää tietokannassa",
        "{kind} {key}: finns inte längre i databasen",
    ),
    # Files written.
    "file.cannot_write": Text(
        "{path}: cannot be written ({reason})",
        "{path}: tiedostoa ei voi kirjoittaa ({reason})",
        "{path}: filen kan inte skrivas ({reason})",
    ),
    "file.is_folder": Text("it is a folder", "se on kansio", "det är en mapp"),
    "file.no_folder": Text(
        "no folder {folder}", "kansiota {folder} ei ole", "mappen {folder} finns inte"
    ),
    "file.permission": Text("permission denied", "ei kirjoitusoikeutta", "skrivrättighet saknas"),
    # A work package being filled in.
    "package.metric_not_in": Text(
        "metric {id}: not in this package",
        "mittari {id}: ei ole tässä työpaketissa",
        "indikator {id}: finns inte i detta arbetspaket",
    ),
    "package.field_not_taken": Text(
        "round {round} does not take {field}",
        "kierrokselle {round} ei anneta kenttää ”{field}”",
        "omgång {round} tar inte emot fältet ”{field}”",
    ),
    "report.paper": Text(
        "paper {paper}: choose A4 or A3",
        "paperi {paper}: valitse A4 tai A3",
        "papper {paper}: välj A4 eller A3",
    ),
    # Reports.
    "report.not_a_forecast_round": Text(
        "round {round}: the board table is for rounds 1, 2 and 3",
        "kierros {round}: lautakunnan taulukko tehdään kierroksille 1, 2 ja 3",
        "omgång {round}: nämndens tabell görs för omgångarna 1, 2 och 3",
    ),
    "report.language": Text(
        "language {language}: choose fi or sv",
        "kieli {language}: valitse fi tai sv",
        "språk {language}: välj fi eller sv",
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
    "backup.failed": Text(
        "{path}: the backup could not be made ({reason}); nothing was changed",
        "{path}: varmuuskopiota ei voitu tehdä ({reason}); mitään ei muutettu",
        "{path}: säkerhetskopian kunde inte göras ({reason}); inget ändrades",
    ),
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
        "{where}: unknown status '{text}'",
        "{where}: tuntematon tila '{text}'",
        "{where}: okänd status '{text}'",
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
    "edit.conflict": Text(
        "someone else changed the value after it was read: nothing was overwritten",
        "joku muu muutti arvoa sen jälkeen, kun se luettiin: mitään ei kirjoitettu yli",
        "någon annan ändrade värdet efter att det lästes: inget skrevs över",
    ),
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


class Message(str):
    """A code and its parameters, made into a sentence only where it is shown: a refusal's
    details, a reason, a field name. A parameter may itself be a ``Message`` (or an
    ``InputError``); it is rendered in the same language.

    As a ``str`` it is the English sentence, so it goes wherever a finished English message went
    (``EditRefused(rule, Message("round.locked", round="1"))``): an ``InputError`` made of it keeps
    the message and the window renders it in the UI language.
    """

    code: str
    params: dict[str, object]

    def __new__(cls, code: str, /, **params: object) -> Message:
        if code not in MESSAGES:
            raise KeyError(f"no message {code!r}")
        message = super().__new__(cls, render(code, params))
        message.code = code
        message.params = params
        return message

    def text(self, language: str = "en") -> str:
        return render(self.code, self.params, language)

    def __repr__(self) -> str:
        return f"Message({self.code!r}, {self.params!r})"


class Joined:
    """Items of a sentence (messages or texts) joined in the language of the sentence."""

    __slots__ = ("items", "separator")

    def __init__(self, items: list[object], separator: str = "; ") -> None:
        self.items = items
        self.separator = separator

    def text(self, language: str = "en") -> str:
        return self.separator.join(str(_shown(item, language)) for item in self.items)

    def __str__(self) -> str:
        return self.text()


def field_name(field: str) -> Message | str:
    """An entry field's name as a message (an unknown one as it is)."""
    return Message(f"field.{field}") if field in FIELDS else field


def placeholders(template: str) -> set[str]:
    """The parameter names a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def render(code: str, params: Mapping[str, object], language: str = "en") -> str:
    """The sentence of ``code`` in ``language`` with its parameters filled in."""
    template = MESSAGES[code].get(language)
    if "where" in params and params["where"] is None:
        # No place: a refusal shown under its own field ("ei ole luku (paljon)").
        template = template.removeprefix("{where}: ")
    return template.format_map({name: _shown(value, language) for name, value in params.items()})


def _shown(value: object, language: str) -> object:
    # A Text (a field's name) and a message (or an error: anything with text(language)) speak the
    # same language; paths and other objects are shown as their text; numbers keep their own
    # formatting.
    if isinstance(value, Text):
        return value.get(language)
    text = getattr(value, "text", None)
    if callable(text):
        return text(language)
    return value if isinstance(value, int | float | str) else str(value)


# The stored sources of the history (``database.session(source=…)``), by kind: a fixed text, or a
# prefix followed by a file name, or a submission with its package and owner.
_FIXED_SOURCES = {
    "typed": "source.typed",
    "sample data": "source.sample",
    "round command": "source.round_command",
    "export-package": "source.export_package",
    "self-test": "source.self_test",
}
_NAMED_SOURCES = (
    ("import-table ", "source.import_table"),
    ("import-json ", "source.import_json"),
    ("work package ", "source.work_package"),
)
_SUBMISSION = re.compile(
    r"^(?P<resolution>conflict resolution of )?submission \S+ \((?P<owner>.*)\)$"
)


def history_source(source: str, language: str) -> str:
    """Where a change came from, as a sentence in ``language``: by the kind of the stored source,
    a submission by its owner's name. A source of no known kind is shown as it is stored."""
    if source in _FIXED_SOURCES:
        return render(_FIXED_SOURCES[source], {}, language)
    for prefix, code in _NAMED_SOURCES:
        if source.startswith(prefix):
            return render(code, {"file": source[len(prefix) :]}, language)
    match = _SUBMISSION.match(source)
    if match:
        code = "source.resolution" if match["resolution"] else "source.submission"
        return render(code, {"owner": match["owner"]}, language)
    return source
