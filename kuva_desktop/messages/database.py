"""Messages: the database file, the server, backups and the files written."""

from __future__ import annotations

from kuva_desktop.messages.text import Text

MESSAGES: dict[str, Text] = {
    "folder.missing": Text(
        "{folder}: not a folder", "{folder}: ei ole kansio", "{folder}: är inte en mapp"
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
    "json.duplicate_key": Text(
        '{file}: the key "{key}" appears twice in one object; nothing was read',
        '{file}: avain "{key}" esiintyy kahdesti samassa objektissa; mitään ei luettu',
        '{file}: nyckeln "{key}" förekommer två gånger i ett objekt; inget lästes',
    ),
    # Why the system refused a file operation, by its errno (`errors.os_reason`): the OS's own
    # text (strerror) is English only.
    "os.no_space": Text("the disk is full", "levy on täynnä", "disken är full"),
    "os.denied": Text("permission denied", "ei käyttöoikeutta", "åtkomst nekad"),
    "os.read_only": Text(
        "the file system is read-only",
        "tiedostojärjestelmään ei voi kirjoittaa",
        "filsystemet är skrivskyddat",
    ),
    "os.not_found": Text(
        "no such file or folder", "tiedostoa tai kansiota ei ole", "filen eller mappen finns inte"
    ),
    "os.name_too_long": Text("the name is too long", "nimi on liian pitkä", "namnet är för långt"),
    "os.is_folder": Text("it is a folder", "se on kansio", "det är en mapp"),
    "os.not_folder": Text(
        "a part of the path is not a folder",
        "osa polusta ei ole kansio",
        "en del av sökvägen är inte en mapp",
    ),
    "os.exists": Text("it already exists", "se on jo olemassa", "den finns redan"),
    "os.other": Text("system error {errno}", "järjestelmävirhe {errno}", "systemfel {errno}"),
}
