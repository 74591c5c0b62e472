"""Messages: files in and out: tables, year documents, sample data."""

from __future__ import annotations

from kuva_desktop.messages.text import Text

MESSAGES: dict[str, Text] = {
    # Sample data.
    "sample.present": Text(
        "{path}: the database already has {years}; the sample data loads only into a database "
        "without those years",
        "{path}: tietokannassa on jo vuodet {years}; esimerkkiaineiston voi ladata vain "
        "tietokantaan, jossa niitä ei ole",
        "{path}: databasen har redan åren {years}; exempeldata kan bara läsas in i en databas "
        "utan de åren",
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
