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
    # -- The table import: where, refusals, warnings, the preview (section of `tables`) --------
    "table.at.file": Text("{path}", "{path}", "{path}"),
    "table.at.sheet": Text(
        '{path}, sheet "{sheet}"', '{path}, taulukko "{sheet}"', '{path}, blad "{sheet}"'
    ),
    "table.at.row": Text("{path}: row {row}", "{path}: rivi {row}", "{path}: rad {row}"),
    "table.at.column": Text(
        '{path}: column "{column}"', '{path}: sarake "{column}"', '{path}: kolumn "{column}"'
    ),
    "table.at.row_column": Text(
        '{path}: row {row}, column "{column}"',
        '{path}: rivi {row}, sarake "{column}"',
        '{path}: rad {row}, kolumn "{column}"',
    ),
    "table.at.rows": Text(
        "{path}: rows {rows} … ({count} rows)",
        "{path}: rivit {rows} … ({count} riviä)",
        "{path}: rader {rows} … ({count} rader)",
    ),
    "table.at.rows_column": Text(
        '{path}: rows {rows} … ({count} rows), column "{column}"',
        '{path}: rivit {rows} … ({count} riviä), sarake "{column}"',
        '{path}: rader {rows} … ({count} rader), kolumn "{column}"',
    ),
    "table.at.row_only": Text("row {row}", "rivi {row}", "rad {row}"),
    "table.at.column_number": Text("column {number}", "sarake {number}", "kolumn {number}"),
    "table.item.theme": Text("theme", "teema", "tema"),
    "table.item.goal": Text("goal", "tavoite", "mål"),
    "table.item.metric": Text("metric", "mittari", "indikator"),
    "table.item.link": Text("link", "kytkeytyminen", "koppling"),
    "table.bad_round": Text(
        "{path}: the round must be 1, 2 or 3, not {round}",
        "{path}: kierroksen on oltava 1, 2 tai 3, ei {round}",
        "{path}: omgången måste vara 1, 2 eller 3, inte {round}",
    ),
    "table.not_found": Text(
        "{path}: no table found (no row with the column titles {titles})",
        "{path}: taulukkoa ei löytynyt (ei riviä, jolla on sarakeotsikot {titles})",
        "{path}: ingen tabell hittades (ingen rad med kolumnrubrikerna {titles})",
    ),
    "table.missing_column": Text(
        "{path}: the table has no column {titles}",
        "{path}: taulukossa ei ole saraketta {titles}",
        "{path}: tabellen har ingen kolumn {titles}",
    ),
    "table.no_rows": Text(
        "{path}: the table has a header but no rows",
        "{path}: taulukossa on otsikkorivi mutta ei muita rivejä",
        "{path}: tabellen har en rubrikrad men inga andra rader",
    ),
    "table.no_theme": Text(
        "{at}: the first row has no theme",
        "{at}: ensimmäisellä rivillä ei ole teemaa",
        "{at}: den första raden har inget tema",
    ),
    "table.no_goal": Text(
        "{at}: the row has no goal above it",
        "{at}: rivin yläpuolella ei ole tavoitetta",
        "{at}: raden har inget mål ovanför sig",
    ),
    "table.not_yes_no": Text(
        "{at}: not yes or no ({value})",
        "{at}: ei kyllä eikä ei ({value})",
        "{at}: varken ja eller nej ({value})",
    ),
    "table.unknown_status": Text(
        "{at}: unknown status {value}; a forecast round takes {statuses}",
        "{at}: tuntematon tila {value}; ennustekierroksen tila on jokin näistä: {statuses}",
        "{at}: okänd status {value}; en prognosomgångs status är en av dessa: {statuses}",
    ),
    "table.no_status": Text("{at}: no status", "{at}: ei tilaa", "{at}: ingen status"),
    "table.final_status": Text(
        "{at}: {value} is a year-end status; a forecast round takes {statuses}",
        "{at}: {value} on vuoden lopun tila; ennustekierroksen tila on jokin näistä: {statuses}",
        "{at}: {value} är en status för årets slut; en prognosomgångs status är en av dessa: "
        "{statuses}",
    ),
    "table.too_large": Text(
        "{path}: the file is too large for a table ({size} bytes)",
        "{path}: tiedosto on liian suuri taulukoksi ({size} tavua)",
        "{path}: filen är för stor för en tabell ({size} byte)",
    ),
    "table.cannot_read": Text(
        "{path}: cannot read the file ({reason})",
        "{path}: tiedostoa ei voi lukea ({reason})",
        "{path}: filen kan inte läsas ({reason})",
    ),
    "table.empty": Text(
        "{path}: the file is empty", "{path}: tiedosto on tyhjä", "{path}: filen är tom"
    ),
    "table.not_a_table": Text(
        "{path}: not a table ({what})",
        "{path}: ei taulukko ({what})",
        "{path}: inte en tabell ({what})",
    ),
    "table.kind.png": Text("a PNG image", "PNG-kuva", "en PNG-bild"),
    "table.kind.jpeg": Text("a JPEG image", "JPEG-kuva", "en JPEG-bild"),
    "table.kind.gif": Text("a GIF image", "GIF-kuva", "en GIF-bild"),
    "table.kind.pdf": Text("a PDF document", "PDF-asiakirja", "ett PDF-dokument"),
    "table.kind.gzip": Text("a gzip archive", "gzip-arkisto", "ett gzip-arkiv"),
    "table.kind.rar": Text("a RAR archive", "RAR-arkisto", "ett RAR-arkiv"),
    "table.kind.7z": Text("a 7-Zip archive", "7-Zip-arkisto", "ett 7-Zip-arkiv"),
    "table.kind.damaged_zip": Text(
        "a damaged zip file", "vioittunut zip-tiedosto", "en skadad zip-fil"
    ),
    "table.kind.other_zip": Text(
        "a zip archive, not an Excel workbook, OpenDocument spreadsheet or Word document",
        "zip-arkisto, ei Excel-työkirja, OpenDocument-laskentataulukko eikä Word-asiakirja",
        "ett zip-arkiv, varken en Excel-arbetsbok, ett OpenDocument-kalkylblad eller ett "
        "Word-dokument",
    ),
    "table.kind.broken_text": Text(
        "broken {encoding} text", "rikkinäistä {encoding}-tekstiä", "trasig {encoding}-text"
    ),
    "table.kind.binary": Text("binary data", "binääridataa", "binära data"),
    "table.bad_line": Text(
        "{at}: cannot read the line ({reason})",
        "{at}: riviä ei voi lukea ({reason})",
        "{at}: raden kan inte läsas ({reason})",
    ),
    "table.line.too_long": Text(
        "a cell longer than {limit} characters",
        "solu, jossa on yli {limit} merkkiä",
        "en cell med mer än {limit} tecken",
    ),
    "table.unreadable_workbook": Text(
        "{path}: not a readable Excel workbook ({reason})",
        "{path}: Excel-työkirjaa ei voi lukea ({reason})",
        "{path}: Excel-arbetsboken kan inte läsas ({reason})",
    ),
    # Warnings of a table import.
    "table.note": Text(
        "{at}: skipped as a note under the table ({text})",
        "{at}: ohitettu taulukon alla olevana huomautuksena ({text})",
        "{at}: hoppades över som en anteckning under tabellen ({text})",
    ),
    "table.round_year": Text(
        "{at}: the round is of {found}, read into {year}",
        "{at}: kierros on vuodelta {found}, luetaan vuoteen {year}",
        "{at}: omgången är från {found}, läses in i {year}",
    ),
    "table.round_ignored": Text(
        "{at}: ignored (not round 1, 2 or 3, or a second column for the same round)",
        "{at}: ohitettu (ei kierros 1, 2 tai 3, tai saman kierroksen toinen sarake)",
        "{at}: hoppades över (inte omgång 1, 2 eller 3, eller en andra kolumn för samma omgång)",
    ),
    "table.unknown_columns": Text(
        "{at}: columns not read (their titles are unknown): {titles}",
        "{at}: sarakkeita ei luettu (niiden otsikot ovat tuntemattomia): {titles}",
        "{at}: kolumnerna lästes inte (deras rubriker är okända): {titles}",
    ),
    "table.comment_round": Text(
        "{at}: the comments and numeric forecasts go to round {round}, which has no column in "
        "the table",
        "{at}: kommentit ja numeeriset ennusteet kirjataan kierrokselle {round}, jolla ei ole "
        "saraketta taulukossa",
        "{at}: kommentarerna och de numeriska prognoserna förs till omgång {round}, som inte har "
        "någon kolumn i tabellen",
    ),
    "table.exported_year": Text(
        "{at}: the sheet was exported from {found}, read into {year}",
        "{at}: taulukko on viety vuodesta {found}, luetaan vuoteen {year}",
        "{at}: bladet exporterades från {found}, läses in i {year}",
    ),
    "table.title_guessed": Text(
        "{at}: the goal's title was guessed as {title}; check where the title ends",
        "{at}: tavoitteen otsikoksi arvattiin {title}; tarkista, mihin otsikko päättyy",
        "{at}: målets rubrik gissades vara {title}; kontrollera var rubriken slutar",
    ),
    "table.link_close": Text(
        "{at}: {written} read as {link}",
        "{at}: {written} luettiin kytkeytymiseksi {link}",
        "{at}: {written} lästes som kopplingen {link}",
    ),
    "table.link_new": Text(
        "{at}: {written} is not in the link vocabulary; added as a new link",
        "{at}: {written} ei ole kytkeytymisten luettelossa; lisätty uutena kytkeytymisenä",
        "{at}: {written} finns inte i förteckningen över kopplingar; tillagd som en ny koppling",
    ),
    "table.metric_no_text": Text(
        "{at}: the metric has no text",
        "{at}: mittarilla ei ole tekstiä",
        "{at}: indikatorn har ingen text",
    ),
    "table.metric_other_goal": Text(
        "{at}: the metric came from another goal; added as a new metric",
        "{at}: mittari tuli toisesta tavoitteesta; lisätty uutena mittarina",
        "{at}: indikatorn kom från ett annat mål; tillagd som en ny indikator",
    ),
    # What a table import would add and change, and the choices it needs.
    "table.add": Text("{at}: {what} {name}", "{at}: {what} {name}", "{at}: {what} {name}"),
    "table.change": Text(
        "{at}: {what}: {old} → {new}", "{at}: {what}: {old} → {new}", "{at}: {what}: {old} → {new}"
    ),
    "table.change.division": Text("division", "toimiala", "sektor"),
    "table.change.layout": Text("layout", "asettelu", "uppställning"),
    "table.change.theme": Text("theme", "teema", "tema"),
    "table.change.goal_title": Text("goal title", "tavoitteen otsikko", "målets rubrik"),
    "table.change.goal_description": Text(
        "goal description", "tavoitteen kuvaus", "målets beskrivning"
    ),
    "table.change.metric": Text("metric", "mittari", "indikator"),
    "table.change.target": Text("target level", "tavoitetaso", "målnivå"),
    "table.change.recovery": Text("recovery metric", "palautumismittari", "återhämtningsindikator"),
    "table.change.links": Text(
        "{at}: links of {goal}: {links}",
        "{at}: tavoitteen {goal} kytkeytymiset: {links}",
        "{at}: kopplingar för {goal}: {links}",
    ),
    "table.change.entry": Text(
        "{at}: round {round}, {field}: {old} → {new}",
        "{at}: kierros {round}, {field}: {old} → {new}",
        "{at}: omgång {round}, {field}: {old} → {new}",
    ),
    "table.order.themes": Text(
        "{at}: the order of the themes changes",
        "{at}: teemojen järjestys muuttuu",
        "{at}: temanas ordning ändras",
    ),
    "table.order.goals": Text(
        "{at}: the order of the goals of {name} changes",
        "{at}: teeman {name} tavoitteiden järjestys muuttuu",
        "{at}: ordningen av målen i temat {name} ändras",
    ),
    "table.order.metrics": Text(
        "{at}: the order of the metrics of {name} changes",
        "{at}: tavoitteen {name} mittareiden järjestys muuttuu",
        "{at}: ordningen av indikatorerna i målet {name} ändras",
    ),
    "table.yes": Text("yes", "kyllä", "ja"),
    "table.no": Text("no", "ei", "nej"),
    "table.choice.move": Text(
        "{at}: the goal {goal} moves from the theme {old} to {new}",
        "{at}: tavoite {goal} siirtyy teemasta {old} teemaan {new}",
        "{at}: målet {goal} flyttas från temat {old} till {new}",
    ),
    "table.choice.names": Text(
        "{at}: a new {what} {name} is named as the {what} {other} is in Swedish",
        "{at}: lisättävä {what} {name} on nimetty niin kuin {what} {other} on ruotsiksi",
        "{at}: {what} {name} läggs till och heter som {what} {other} heter på svenska",
    ),
    "table.preview": Text(
        "{path}: {year}, {language} table: {themes} themes, {goals} goals, {metrics} metrics, "
        "{entries} entries; would add {added}, change {changed}, {choices} need a choice, "
        "{warnings} warnings (nothing written)",
        "{path}: {year}, {language} taulukko: {themes} teemaa, {goals} tavoitetta, {metrics} "
        "mittaria, {entries} kirjausta; lisättäisiin {added}, muutettaisiin {changed}, "
        "{choices} vaatii valinnan, {warnings} varoitusta (mitään ei kirjoitettu)",
        "{path}: {year}, {language} tabell: {themes} teman, {goals} mål, {metrics} indikatorer, "
        "{entries} uppgifter; skulle lägga till {added}, ändra {changed}, {choices} kräver ett "
        "val, {warnings} varningar (inget skrevs)",
    ),
    "table.language.fi": Text("Finnish", "suomenkielinen", "finsk"),
    "table.language.sv": Text("Swedish", "ruotsinkielinen", "svensk"),
    "table.preview.add": Text("add: {line}", "lisätään: {line}", "läggs till: {line}"),
    "table.preview.change": Text("change: {line}", "muutetaan: {line}", "ändras: {line}"),
    "table.preview.choice": Text(
        "needs a choice: {line}", "vaatii valinnan: {line}", "kräver ett val: {line}"
    ),
    "table.preview.warning": Text("warning: {line}", "varoitus: {line}", "varning: {line}"),
    # The year document (import-json), a working copy, a report's arguments.
    "yeardoc.cannot_read": Text(
        "{file}: cannot be read ({reason})",
        "{file}: tiedostoa ei voi lukea ({reason})",
        "{file}: filen kan inte läsas ({reason})",
    ),
    "yeardoc.empty": Text(
        "{file}: the file is empty", "{file}: tiedosto on tyhjä", "{file}: filen är tom"
    ),
    "yeardoc.not_utf8": Text(
        "{file}: not a year document (not UTF-8 text)",
        "{file}: ei vuosiasiakirja (ei UTF-8-tekstiä)",
        "{file}: inte ett årsdokument (inte UTF-8-text)",
    ),
    "yeardoc.bad_json": Text(
        "{file}: line {line}, column {column}: not valid JSON ({error})",
        "{file}: rivi {line}, sarake {column}: ei kelvollista JSONia ({error})",
        "{file}: rad {line}, kolumn {column}: inte giltig JSON ({error})",
    ),
    "yeardoc.not_ours": Text(
        '{file}: not a Kuva year document (no "format": "{format}")',
        '{file}: ei Kuvan vuosiasiakirja (kenttä "format": "{format}" puuttuu)',
        '{file}: inte ett årsdokument från Kuva (fältet "format": "{format}" saknas)',
    ),
    "yeardoc.version": Text(
        "{file}: year document version {found} is not supported (this version of Kuva Desktop "
        "reads version {version})",
        "{file}: vuosiasiakirjan versiota {found} ei tueta (tämä Kuva Desktopin versio lukee "
        "version {version})",
        "{file}: årsdokumentets version {found} stöds inte (denna version av Kuva Desktop läser "
        "version {version})",
    ),
    "yeardoc.at": Text("{file}: at {where}", "{file}: kohdassa {where}", "{file}: vid {where}"),
    "yeardoc.invalid": Text("{at}: {error}", "{at}: {error}", "{at}: {error}"),
    "yeardoc.at_entry": Text(
        "{file}: {year}, metric “{metric}”, round {round}",
        "{file}: {year}, mittari ”{metric}”, kierros {round}",
        "{file}: {year}, indikatorn ”{metric}”, omgång {round}",
    ),
    "yeardoc.negative": Text(
        "{at}: a numeric forecast cannot be below zero ({value})",
        "{at}: numeerinen ennuste ei voi olla alle nollan ({value})",
        "{at}: en numerisk prognos kan inte vara under noll ({value})",
    ),
    "yeardoc.unknown_status": Text(
        "{at}: unknown status {value}",
        "{at}: tuntematon tila {value}",
        "{at}: okänd status {value}",
    ),
    "yeardoc.status_round": Text(
        "{at}: status {value} does not belong in this round (rule 1)",
        "{at}: tila {value} ei kuulu tälle kierrokselle (sääntö 1)",
        "{at}: status {value} hör inte till denna omgång (regel 1)",
    ),
    "yeardoc.locked": Text(
        "{file}: round {round} of {year} is locked and cannot change; nothing was imported",
        "{file}: vuoden {year} kierros {round} on lukittu eikä muutu; mitään ei tuotu",
        "{file}: omgång {round} för {year} är låst och kan inte ändras; inget importerades",
    ),
    "yeardoc.layout": Text(
        "{file}: {year} is a {layout} year, but this is in the {given} layout; nothing was "
        "imported",
        "{file}: vuoden {year} asettelu on {layout}, mutta tämän asiakirjan asettelu on {given}; "
        "mitään ei tuotu",
        "{file}: {year} har uppställningen {layout}, men detta dokument har uppställningen "
        "{given}; inget importerades",
    ),
}
