<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>BackupModel</name>
    <message>
        <source>Made</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Ennen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>tuontia</translation>
    </message>
    <message>
        <source>a merge</source>
        <translation>yhdistämistä</translation>
    </message>
    <message>
        <source>an update of the database</source>
        <translation>tietokannan päivitystä</translation>
    </message>
    <message>
        <source>loading the sample data</source>
        <translation>esimerkkiaineiston latausta</translation>
    </message>
    <message>
        <source>a restore</source>
        <translation>varmuuskopion palautusta</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>tarkistetaan…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>kunnossa</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>vioittunut: %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
</context>
<context>
    <name>CompletenessDialog</name>
    <message>
        <source>Completeness</source>
        <translation>Palautusten tilanne</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Vuosi</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Kierros</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>Completeness of the round</source>
        <translation>Kierroksen palautusten tilanne</translation>
    </message>
    <message>
        <source>By &amp;owner</source>
        <translation>Vastuu&amp;henkilöittäin</translation>
    </message>
    <message>
        <source>By &amp;metric</source>
        <translation>&amp;Mittareittain</translation>
    </message>
    <message>
        <source>Nothing is assigned in this round.</source>
        <translation>Tällä kierroksella ei ole osoitettu mitään.</translation>
    </message>
</context>
<context>
    <name>CompletenessModel</name>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mittari</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Ristiriidat</translation>
    </message>
    <message>
        <source>&amp;Base (as issued)</source>
        <translation>&amp;Lähtöarvo (jaettaessa)</translation>
    </message>
    <message>
        <source>O&amp;urs (master)</source>
        <translation>&amp;Meidän (pääkanta)</translation>
    </message>
    <message>
        <source>&amp;Theirs (owner)</source>
        <translation>&amp;Heidän (vastuuhenkilö)</translation>
    </message>
    <message>
        <source>&amp;Edited value</source>
        <translation>Mu&amp;okattu arvo</translation>
    </message>
    <message>
        <source>Keep t&amp;heirs</source>
        <translation>Pidä &amp;heidän</translation>
    </message>
    <message>
        <source>Keep &amp;ours</source>
        <translation>Pidä &amp;meidän</translation>
    </message>
    <message>
        <source>U&amp;se this</source>
        <translation>&amp;Käytä tätä</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Edellinen</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Seuraava</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;ulje</translation>
    </message>
    <message>
        <source>Conflicts waiting</source>
        <translation>Odottavat ristiriidat</translation>
    </message>
    <message>
        <source>No conflicts wait: every submission is merged.</source>
        <translation>Ristiriitoja ei ole: kaikki palautukset on yhdistetty.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · received %4</source>
        <translation>%1 · %2 · %3 · vastaanotettu %4</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Ei ratkaistu</translation>
    </message>
</context>
<context>
    <name>CoordinatorActions</name>
    <message>
        <source>&amp;New year from the previous one…</source>
        <translation>&amp;Uusi vuosi edellisen pohjalta…</translation>
    </message>
    <message>
        <source>&amp;Owners and links…</source>
        <translation>&amp;Vastuuhenkilöt ja kytkeytymiset…</translation>
    </message>
    <message>
        <source>&amp;Export board report…</source>
        <translation>Vie lautakunnan &amp;raportti…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <source>&amp;Issue work packages…</source>
        <translation>&amp;Jaa työpaketit…</translation>
    </message>
    <message>
        <source>I&amp;mport submissions…</source>
        <translation>Tuo &amp;palautukset…</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Palauta &amp;varmuuskopiosta…</translation>
    </message>
    <message>
        <source>Import &amp;table…</source>
        <translation>Tuo taulu&amp;kko…</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>&amp;Ratkaise ristiriidat…</translation>
    </message>
    <message>
        <source>&amp;Completeness…</source>
        <translation>Palautusten &amp;tilanne…</translation>
    </message>
    <message>
        <source>&amp;Add below the selected item</source>
        <translation>&amp;Lisää valitun alle</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Siirrä &amp;alas</translation>
    </message>
</context>
<context>
    <name>CoordinatorFiles</name>
    <message>
        <source>Imported</source>
        <translation>Tuotu</translation>
    </message>
    <message>
        <source>Year %1 restored from %2</source>
        <translation>Vuosi %1 palautettu varmuuskopiosta %2</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Varmuuskopiota ei palautettu</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Palautettu varmuuskopiosta %1</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Changed meanwhile</source>
        <translation>Muutettu välillä</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere (another window, a merge or another person) while you were editing it. Nothing was overwritten: choose the value to keep.</source>
        <translation>Kohtaa ”%1” muutettiin muualla (toisessa ikkunassa, yhdistämisessä tai toisen henkilön toimesta) sillä aikaa, kun muokkasit sitä. Mitään ei kirjoitettu yli: valitse säilytettävä arvo.</translation>
    </message>
    <message>
        <source>&amp;Yours</source>
        <translation>&amp;Sinun arvosi</translation>
    </message>
    <message>
        <source>&amp;Saved meanwhile</source>
        <translation>Tallennettu &amp;välillä</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Pidä &amp;oma</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Pidä &amp;toisen</translation>
    </message>
    <message>
        <source>&amp;Edited value</source>
        <translation>&amp;Muokattu arvo</translation>
    </message>
    <message>
        <source>&amp;Use this</source>
        <translation>&amp;Käytä tätä</translation>
    </message>
</context>
<context>
    <name>EntryBlock</name>
    <message>
        <source>Metric %1</source>
        <translation>Mittari %1</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Tila</translation>
    </message>
    <message>
        <source>&amp;Forecast</source>
        <translation>&amp;Ennuste</translation>
    </message>
    <message>
        <source>&amp;Copy from the previous round</source>
        <translation>Kop&amp;ioi edellisestä kierroksesta</translation>
    </message>
    <message>
        <source>metric %1</source>
        <translation>mittari %1</translation>
    </message>
    <message>
        <source>Status, %1</source>
        <translation>Tila, %1</translation>
    </message>
    <message>
        <source>Forecast, %1</source>
        <translation>Ennuste, %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Copy from the previous round, %1</source>
        <translation>Kopioi edellisestä kierroksesta, %1</translation>
    </message>
    <message>
        <source>The previous round has no values.</source>
        <translation>Edellisellä kierroksella ei ole arvoja.</translation>
    </message>
    <message>
        <source>Copy from the previous round</source>
        <translation>Kopioi edellisestä kierroksesta</translation>
    </message>
    <message>
        <source>e.g. 87,5 % or 1 200 kpl</source>
        <translation>esim. 87,5 % tai 1 200 kpl</translation>
    </message>
    <message>
        <source>The number and its unit; without a unit the number is a percentage (%).</source>
        <translation>Luku ja sen yksikkö; ilman yksikköä luku on prosentteja (%).</translation>
    </message>
</context>
<context>
    <name>FormStack</name>
    <message>
        <source>This item is no longer in the database.</source>
        <translation>Kohdetta ei ole enää tietokannassa.</translation>
    </message>
    <message>
        <source>Select an item in the tree.</source>
        <translation>Valitse kohde puusta.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Lomake</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <source>&amp;Title (Finnish)</source>
        <translation>&amp;Otsikko (suomeksi)</translation>
    </message>
    <message>
        <source>Title (Finnish)</source>
        <translation>Otsikko (suomeksi)</translation>
    </message>
    <message>
        <source>T&amp;itle (Swedish)</source>
        <translation>Ots&amp;ikko (ruotsiksi)</translation>
    </message>
    <message>
        <source>Title (Swedish)</source>
        <translation>Otsikko (ruotsiksi)</translation>
    </message>
    <message>
        <source>&amp;Description (Finnish)</source>
        <translation>Ku&amp;vaus (suomeksi)</translation>
    </message>
    <message>
        <source>Description (Finnish)</source>
        <translation>Kuvaus (suomeksi)</translation>
    </message>
    <message>
        <source>D&amp;escription (Swedish)</source>
        <translation>Kuv&amp;aus (ruotsiksi)</translation>
    </message>
    <message>
        <source>Description (Swedish)</source>
        <translation>Kuvaus (ruotsiksi)</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>Vastuu&amp;henkilöt</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Vastuuhenkilöt</translation>
    </message>
    <message>
        <source>Forecasts and year-end outcome of the metrics:</source>
        <translation>Mittareiden ennusteet ja toteuma:</translation>
    </message>
</context>
<context>
    <name>GoalTreeModel</name>
    <message>
        <source>Goals and metrics</source>
        <translation>Tavoitteet ja mittarit</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Vastuuhenkilöt</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>From where</source>
        <translation>Mistä</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Vanha arvo</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Uusi arvo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Ennuste</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Selvitys</translation>
    </message>
    <message>
        <source>Text (Finnish)</source>
        <translation>Teksti (suomeksi)</translation>
    </message>
    <message>
        <source>Text (Swedish)</source>
        <translation>Teksti (ruotsiksi)</translation>
    </message>
    <message>
        <source>Target level (Finnish)</source>
        <translation>Tavoitetaso (suomeksi)</translation>
    </message>
    <message>
        <source>Target level (Swedish)</source>
        <translation>Tavoitetaso (ruotsiksi)</translation>
    </message>
    <message>
        <source>Title (Finnish)</source>
        <translation>Otsikko (suomeksi)</translation>
    </message>
    <message>
        <source>Title (Swedish)</source>
        <translation>Otsikko (ruotsiksi)</translation>
    </message>
    <message>
        <source>Description (Finnish)</source>
        <translation>Kuvaus (suomeksi)</translation>
    </message>
    <message>
        <source>Description (Swedish)</source>
        <translation>Kuvaus (ruotsiksi)</translation>
    </message>
    <message>
        <source>Name (Finnish)</source>
        <translation>Nimi (suomeksi)</translation>
    </message>
    <message>
        <source>Name (Swedish)</source>
        <translation>Nimi (ruotsiksi)</translation>
    </message>
    <message>
        <source>Division (Finnish)</source>
        <translation>Toimiala (suomeksi)</translation>
    </message>
    <message>
        <source>Division (Swedish)</source>
        <translation>Toimiala (ruotsiksi)</translation>
    </message>
    <message>
        <source>Explanation of the outcome</source>
        <translation>Toteuman selvitys</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Vastuuhenkilöt</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Kytkeytymiset</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Raportin muoto</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Järjestys</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>%1
Recorded by %2</source>
        <translation>%1
Kirjasi %2</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Restore %1</source>
        <translation>Palauta: %1</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Palauta tämä versio</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Select an item to see its history.</source>
        <translation>Valitse kohde, niin näet sen historian.</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>Ei tallennettuja muutoksia.</translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation>Versioita: %1</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Palauta tämä versio</translation>
    </message>
    <message>
        <source>Set %1 back to “%2”? Ctrl+Z undoes it.</source>
        <translation>Palautetaanko %1 arvoon ”%2”? Ctrl+Z peruu sen.</translation>
    </message>
    <message>
        <source>Set the field back to this row&apos;s new value (Ctrl+Z undoes it)</source>
        <translation>Palauttaa kenttään tämän rivin uuden arvon (Ctrl+Z peruu sen)</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue work packages</source>
        <translation>Jaa työpaketit</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Vuosi</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Kierros</translation>
    </message>
    <message>
        <source>Ow&amp;ners</source>
        <translation>V&amp;astuuhenkilöt</translation>
    </message>
    <message>
        <source>&amp;All owners</source>
        <translation>&amp;Kaikki vastuuhenkilöt</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>Ka&amp;nsio</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Kansio</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Vastuuhenkilöt</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Jaa</translation>
    </message>
    <message>
        <source>No round of %1 is open: packages are issued only for an open round. Open one in the year&apos;s form.</source>
        <translation>Mikään vuoden %1 kierros ei ole avoin: työpaketit jaetaan vain avoimelle kierrokselle. Avaa kierros vuoden lomakkeella.</translation>
    </message>
    <message>
        <source>Folder for the work packages</source>
        <translation>Työpakettien kansio</translation>
    </message>
    <message>
        <source>No round of this year is open.</source>
        <translation>Tämän vuoden mikään kierros ei ole avoinna.</translation>
    </message>
    <message>
        <source>Choose at least one owner.</source>
        <translation>Valitse vähintään yksi vastuuhenkilö.</translation>
    </message>
    <message>
        <source>Choose the folder for the packages (Browse…).</source>
        <translation>Valitse työpakettien kansio (Selaa…).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: make it with Browse….</source>
        <translation>Kansiota %1 ei ole: tee se Selaa…-painikkeella.</translation>
    </message>
</context>
<context>
    <name>IssuedDialog</name>
    <message>
        <source>Work packages issued</source>
        <translation>Työpaketit jaettu</translation>
    </message>
    <message numerus="yes">
        <source>%n work packages written into %1:</source>
        <translation>
            <numerusform>%n työpaketti kirjoitettu kansioon %1:</numerusform>
            <numerusform>%n työpakettia kirjoitettu kansioon %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Lähetä sähköpostilla</translation>
    </message>
    <message>
        <source>A message to %1 in their language, naming the file to attach</source>
        <translation>Viesti osoitteeseen %1 vastaanottajan kielellä; se nimeää liitettävän tiedoston</translation>
    </message>
    <message>
        <source>%1 has no e-mail address: add one in File → Owners and links…</source>
        <translation>Vastuuhenkilöllä %1 ei ole sähköpostiosoitetta: lisää se kohdassa Tiedosto → Vastuuhenkilöt ja kytkeytymiset…</translation>
    </message>
    <message>
        <source>Send by e-mail opens a message in your e-mail program, in the owner&apos;s language (Owners and links…). Attach the file it names before sending: a link cannot attach it.</source>
        <translation>Lähetä sähköpostilla avaa viestin sähköpostiohjelmaasi vastuuhenkilön kielellä (Vastuuhenkilöt ja kytkeytymiset…). Liitä viestiin sen nimeämä tiedosto ennen lähettämistä: linkki ei voi liittää sitä.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Avaa kansio</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>No e-mail program opened the message. Its address, subject and text are on the clipboard: paste them into a new message.</source>
        <translation>Mikään sähköpostiohjelma ei avannut viestiä. Sen osoite, aihe ja teksti ovat leikepöydällä: liitä ne uuteen viestiin.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Avaa kansio</translation>
    </message>
    <message>
        <source>No file manager opened the folder %1.</source>
        <translation>Mikään tiedostonhallinta ei avannut kansiota %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kuva Desktop</source>
        <translation>Kuva Desktop</translation>
    </message>
    <message>
        <source>Search all texts (Ctrl+F)</source>
        <translation>Hae kaikista teksteistä (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <source>Goals and metrics</source>
        <translation>Tavoitteet ja mittarit</translation>
    </message>
    <message>
        <source>&amp;Colours of:</source>
        <translation>&amp;Värit kierrokselta:</translation>
    </message>
    <message>
        <source>Round whose statuses colour the tree</source>
        <translation>Kierros, jonka tilat värittävät puun</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Avataan tietokantaa…</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Lomake</translation>
    </message>
    <message>
        <source>Year overview</source>
        <translation>Vuoden yleiskuva</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Muutoshistoria</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rule problems (see the year overview)</source>
        <translation>
            <numerusform>%1: %n sääntöpoikkeama (katso vuoden yleiskuva)</numerusform>
            <numerusform>%1: %n sääntöpoikkeamaa (katso vuoden yleiskuva)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the rules are met</source>
        <translation>%1: säännöt täyttyvät</translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation>Tyhjä tietokanta</translation>
    </message>
    <message>
        <source>The database is empty. Load the sample data (2019–2021)?</source>
        <translation>Tietokanta on tyhjä. Ladataanko esimerkkiaineisto (2019–2021)?</translation>
    </message>
    <message>
        <source>The sample data was not loaded</source>
        <translation>Esimerkkiaineistoa ei ladattu</translation>
    </message>
    <message>
        <source>Open work package</source>
        <translation>Avaa työpaketti</translation>
    </message>
    <message>
        <source>Work packages (*%1)</source>
        <translation>Työpaketit (*%1)</translation>
    </message>
    <message>
        <source>The work package was not opened</source>
        <translation>Työpakettia ei avattu</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Yhdistetty</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>Tie&amp;dosto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>Open &amp;work package…</source>
        <translation>&amp;Avaa työpaketti…</translation>
    </message>
    <message>
        <source>&amp;Save submission…</source>
        <translation>Tallenna palautu&amp;s…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>M&amp;uokkaa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>N&amp;äytä</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Lomake</translation>
    </message>
    <message>
        <source>Year &amp;overview</source>
        <translation>Vuoden &amp;yleiskuva</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Haku</translation>
    </message>
    <message>
        <source>&amp;Tree</source>
        <translation>&amp;Puu</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
</context>
<context>
    <name>MetricForm</name>
    <message>
        <source>&amp;Metric (Finnish)</source>
        <translation>&amp;Mittari (suomeksi)</translation>
    </message>
    <message>
        <source>Metric (Finnish)</source>
        <translation>Mittari (suomeksi)</translation>
    </message>
    <message>
        <source>M&amp;etric (Swedish)</source>
        <translation>M&amp;ittari (ruotsiksi)</translation>
    </message>
    <message>
        <source>Metric (Swedish)</source>
        <translation>Mittari (ruotsiksi)</translation>
    </message>
    <message>
        <source>&amp;Target level (Finnish)</source>
        <translation>T&amp;avoitetaso (suomeksi)</translation>
    </message>
    <message>
        <source>Target level (Finnish)</source>
        <translation>Tavoitetaso (suomeksi)</translation>
    </message>
    <message>
        <source>T&amp;arget level (Swedish)</source>
        <translation>Ta&amp;voitetaso (ruotsiksi)</translation>
    </message>
    <message>
        <source>Target level (Swedish)</source>
        <translation>Tavoitetaso (ruotsiksi)</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>Vastuu&amp;henkilöt</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Vastuuhenkilöt</translation>
    </message>
    <message>
        <source>None checked: the goal&apos;s owners (%1).</source>
        <translation>Jos ketään ei ole valittu, vastuussa ovat tavoitteen vastuuhenkilöt (%1).</translation>
    </message>
    <message>
        <source>Metric of the goal “%1”</source>
        <translation>Tavoitteen ”%1” mittari</translation>
    </message>
</context>
<context>
    <name>OutcomeBlock</name>
    <message>
        <source>Metric %1</source>
        <translation>Mittari %1</translation>
    </message>
    <message>
        <source>&amp;Outcome of the metric</source>
        <translation>Mittarin &amp;toteuma</translation>
    </message>
    <message>
        <source>&amp;Explanation</source>
        <translation>&amp;Selvitys</translation>
    </message>
    <message>
        <source>metric %1</source>
        <translation>mittari %1</translation>
    </message>
    <message>
        <source>Outcome, %1</source>
        <translation>Toteuma, %1</translation>
    </message>
    <message>
        <source>Explanation, %1</source>
        <translation>Selvitys, %1</translation>
    </message>
</context>
<context>
    <name>OwnerPackage</name>
    <message>
        <source>none</source>
        <translation>ei määräaikaa</translation>
    </message>
    <message>
        <source>Work package of %1 · %2 · deadline %3 · everything you type is kept; File → Save submission (Ctrl+S) writes the file to send back.</source>
        <translation>Työpaketti: %1 · %2 · määräaika %3 · kaikki kirjoittamasi tallentuu; Tiedosto → Tallenna palautus (Ctrl+S) kirjoittaa tiedoston, jonka lähetät takaisin.</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Työpaketti</translation>
    </message>
    <message>
        <source>%1 – work package – Kuva Desktop</source>
        <translation>%1 – työpaketti – Kuva Desktop</translation>
    </message>
    <message>
        <source>Save submission</source>
        <translation>Tallenna palautus</translation>
    </message>
    <message>
        <source>Submissions (*%1)</source>
        <translation>Palautukset (*%1)</translation>
    </message>
    <message>
        <source>The submission was not saved</source>
        <translation>Palautusta ei tallennettu</translation>
    </message>
    <message>
        <source>Submission saved: %1</source>
        <translation>Palautus tallennettu: %1</translation>
    </message>
    <message>
        <source>“%1” shows “%2”, which is not a valid value. Correct or clear it, then save again.</source>
        <translation>Kentässä ”%1” on ”%2”, joka ei ole kelvollinen arvo. Korjaa tai tyhjennä se ja tallenna sitten uudelleen.</translation>
    </message>
    <message>
        <source>Save submission?</source>
        <translation>Tallennetaanko palautus?</translation>
    </message>
    <message>
        <source>Your changes have not been saved as a submission.</source>
        <translation>Muutoksiasi ei ole tallennettu palautukseksi.</translation>
    </message>
    <message>
        <source>What you typed is kept with the package, but the coordinator gets it only in a submission file.</source>
        <translation>Kirjoittamasi on tallessa työpaketin kanssa, mutta koordinaattori saa sen vain palautustiedostossa.</translation>
    </message>
    <message>
        <source>&amp;Save submission…</source>
        <translation>Tallenna palautu&amp;s…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Hylkää</translation>
    </message>
</context>
<context>
    <name>OwnerProgressModel</name>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Metrics filled</source>
        <translation>Mittareita täytetty</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Palautus</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>vastaanotettu %1</translation>
    </message>
    <message>
        <source>Without a value:</source>
        <translation>Ilman tietoa:</translation>
    </message>
</context>
<context>
    <name>OwnerProgressPanel</name>
    <message>
        <source>Only those who have &amp;not sent</source>
        <translation>Vain ne, jotka eivät ole &amp;lähettäneet</translation>
    </message>
    <message>
        <source>Remind by &amp;e-mail</source>
        <translation>Muistuta sähköp&amp;ostilla</translation>
    </message>
    <message>
        <source>Progress per owner</source>
        <translation>Vastuuhenkilöiden edistyminen</translation>
    </message>
    <message>
        <source>The round is not open: owners cannot send submissions to it.</source>
        <translation>Kierros ei ole avoinna: vastuuhenkilöt eivät voi lähettää sille palautuksia.</translation>
    </message>
    <message>
        <source>Choose an owner to remind.</source>
        <translation>Valitse vastuuhenkilö, jota muistutetaan.</translation>
    </message>
    <message>
        <source>%1 has sent a submission for this round.</source>
        <translation>Vastuuhenkilö %1 on lähettänyt palautuksen tälle kierrokselle.</translation>
    </message>
    <message>
        <source>%1 has no e-mail address: add one in File → Owners and links…</source>
        <translation>Vastuuhenkilöllä %1 ei ole sähköpostiosoitetta: lisää se kohdassa Tiedosto → Vastuuhenkilöt ja kytkeytymiset…</translation>
    </message>
    <message>
        <source>A message to %1 in their language: what is missing, and the deadline</source>
        <translation>Viesti osoitteeseen %1 vastaanottajan kielellä: mitä puuttuu ja määräaika</translation>
    </message>
    <message>
        <source>Sent: %1 of %2 owners</source>
        <translation>Lähettänyt: %1 / %2 vastuuhenkilöä</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>määräaika %1</translation>
    </message>
</context>
<context>
    <name>Packages</name>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Ennuste</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentit</translation>
    </message>
    <message>
        <source>Numeric forecast</source>
        <translation>Numeerinen ennuste</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Selvitys</translation>
    </message>
    <message>
        <source>not issued</source>
        <translation>ei jaettu</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>ei lähetetty</translation>
    </message>
    <message>
        <source>received</source>
        <translation>vastaanotettu</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>yhdistetty</translation>
    </message>
    <message>
        <source>in conflict</source>
        <translation>ristiriidassa</translation>
    </message>
    <message>
        <source>late</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>will be merged</source>
        <translation>yhdistetään</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>kierros %1</translation>
    </message>
    <message>
        <source>Applied: %1 · %2 · %3 · %4</source>
        <translation>Päivitetty: %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>To apply: %1 · %2 · %3 · %4</source>
        <translation>Tuodaan: %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Conflict: %1 · %2 · %3 · %4</source>
        <translation>Ristiriita: %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Warning: %1 · %2 · %3: rule %4: %5</source>
        <translation>Varoitus: %1 · %2 · %3: sääntö %4: %5</translation>
    </message>
    <message>
        <source>nothing to apply</source>
        <translation>ei päivitettävää</translation>
    </message>
    <message>
        <source>merged before</source>
        <translation>yhdistetty jo aiemmin</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>hylätty</translation>
    </message>
    <message>
        <source>undone by an import</source>
        <translation>tuonnin kumoama</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read only: your database role may only read. Printing and exporting work; changes need a coordinator&apos;s role.</source>
        <translation>Vain luku: tietokantaroolisi saa vain lukea. Tulostus ja vienti toimivat; muutoksiin tarvitaan koordinaattorin rooli.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Print board report</source>
        <translation>Tulosta lautakunnan raportti</translation>
    </message>
    <message>
        <source>Export board report</source>
        <translation>Vie lautakunnan raportti</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Vuosi:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Kierros:</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>Raportin &amp;kieli:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Paperi:</translation>
    </message>
    <message>
        <source>&amp;Only the column of this round (as in the 2021 print)</source>
        <translation>&amp;Vain tämän kierroksen sarake (kuten vuoden 2021 tulosteessa)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Kierros</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Raportin kieli</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paperi</translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>Export board report</source>
        <translation>Vie lautakunnan raportti</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Excel-työkirja (*.xlsx);;Verkkosivu (*.html)</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Raporttia tehdään…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Piilota</translation>
    </message>
    <message>
        <source>The report was not made</source>
        <translation>Raporttia ei tehty</translation>
    </message>
    <message>
        <source>Preparing page %1 of %2…</source>
        <translation>Valmistellaan sivua %1 / %2…</translation>
    </message>
    <message>
        <source>Board report exported</source>
        <translation>Lautakunnan raportti viety</translation>
    </message>
    <message>
        <source>The report was saved as %1, but no program opened it. Open it from that folder with a PDF reader or a spreadsheet.</source>
        <translation>Raportti tallennettiin tiedostoon %1, mutta mikään ohjelma ei avannut sitä. Avaa se kansiosta PDF-lukijalla tai taulukkolaskentaohjelmalla.</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Valmistellaan sivuja…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Backups of %1, newest first. Restoring one replaces the database with it; the current state is backed up first, so the restore can be undone by restoring that backup.</source>
        <translation>Tietokannan %1 varmuuskopiot, uusin ensin. Palautettu varmuuskopio korvaa tietokannan; nykyinen tila varmuuskopioidaan ensin, joten palautuksen voi perua palauttamalla sen varmuuskopion.</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Tietokannasta ei ole vielä varmuuskopioita.</translation>
    </message>
    <message>
        <source>Replace the database with the backup made %1? The current state is backed up first.</source>
        <translation>Korvataanko tietokanta varmuuskopiolla, joka on tehty %1? Nykyinen tila varmuuskopioidaan ensin.</translation>
    </message>
</context>
<context>
    <name>RoundForm</name>
    <message>
        <source>&amp;Back to the goal</source>
        <translation>&amp;Palaa tavoitteeseen</translation>
    </message>
    <message>
        <source>The goal has no metrics.</source>
        <translation>Tavoitteella ei ole mittareita.</translation>
    </message>
</context>
<context>
    <name>RoundTop</name>
    <message>
        <source>Deadline: %1 · State: %2</source>
        <translation>Määräaika: %1 · Tila: %2</translation>
    </message>
    <message>
        <source>Round %1 is locked: nothing can change.</source>
        <translation>Kierros %1 on lukittu: mitään ei voi muuttaa.</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 klo %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <source>%1

What you typed is kept in the form and saved as soon as the database takes it (tried again every few seconds).</source>
        <translation>%1

Kirjoittamasi teksti säilyy lomakkeella ja tallennetaan heti, kun tietokanta ottaa sen vastaan (yritetään uudelleen muutaman sekunnin välein).</translation>
    </message>
    <message>
        <source>Some of what you typed is not saved.</source>
        <translation>Osa kirjoittamastasi on tallentamatta.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Yritä uudelleen</translation>
    </message>
    <message>
        <source>&amp;Keep the window open</source>
        <translation>&amp;Pidä ikkuna auki</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Hylkää se</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message numerus="yes">
        <source>%n goals and metrics match</source>
        <translation>
            <numerusform>%n tavoite tai mittari vastaa hakua</numerusform>
            <numerusform>%n tavoitetta ja mittaria vastaa hakua</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StructureEdits</name>
    <message>
        <source>Add a theme</source>
        <translation>Lisää teema</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Lisää tavoite</translation>
    </message>
    <message>
        <source>Add a metric</source>
        <translation>Lisää mittari</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Delete “%1” and everything below it? You can undo this with Ctrl+Z.</source>
        <translation>Poistetaanko ”%1” ja kaikki sen alla oleva? Voit perua poiston näppäimillä Ctrl+Z.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Siirrä</translation>
    </message>
    <message>
        <source>New year</source>
        <translation>Uusi vuosi</translation>
    </message>
    <message>
        <source>A new year from %1 (its themes, goals, metrics, owners and links):</source>
        <translation>Uusi vuosi vuoden %1 pohjalta (sen teemat, tavoitteet, mittarit, vastuuhenkilöt ja kytkeytymiset):</translation>
    </message>
</context>
<context>
    <name>SubmissionImport</name>
    <message>
        <source>Import submissions</source>
        <translation>Tuo palautukset</translation>
    </message>
    <message>
        <source>Submissions (*%1)</source>
        <translation>Palautukset (*%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Checking the submissions…</source>
        <translation>Tarkistetaan palautuksia…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Yhdistetään…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries will be applied</source>
        <translation>
            <numerusform>%n kirjaus tuodaan</numerusform>
            <numerusform>%n kirjausta tuodaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n ristiriita</numerusform>
            <numerusform>%n ristiriitaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files refused</source>
        <translation>
            <numerusform>%n tiedosto hylätty</numerusform>
            <numerusform>%n tiedostoa hylätty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries applied</source>
        <translation>
            <numerusform>%n kirjaus tuotu</numerusform>
            <numerusform>%n kirjausta tuotu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to resolve</source>
        <translation>
            <numerusform>%n ristiriita ratkaistavana</numerusform>
            <numerusform>%n ristiriitaa ratkaistavana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files were merged before and change nothing.</source>
        <translation>
            <numerusform>%n tiedosto on jo yhdistetty eikä muuta mitään.</numerusform>
            <numerusform>%n tiedostoa on jo yhdistetty eivätkä muuta mitään.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submissions were written after the deadline.</source>
        <translation>
            <numerusform>%n palautus kirjoitettiin määräajan jälkeen.</numerusform>
            <numerusform>%n palautusta kirjoitettiin määräajan jälkeen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Hylätyt:</translation>
    </message>
    <message>
        <source>Nothing more was merged: %1</source>
        <translation>Enempää ei yhdistetty: %1</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Yhdistä</translation>
    </message>
    <message>
        <source>There is nothing to merge.</source>
        <translation>Yhdistettävää ei ole.</translation>
    </message>
    <message>
        <source>Submissions merged</source>
        <translation>Palautukset yhdistetty</translation>
    </message>
    <message>
        <source>The conflicts are shown next, side by side.</source>
        <translation>Ristiriidat näytetään seuraavaksi rinnakkain.</translation>
    </message>
</context>
<context>
    <name>SubmissionSummaryDialog</name>
    <message>
        <source>Submission saved</source>
        <translation>Palautus tallennettu</translation>
    </message>
    <message>
        <source>Saved as %1 (submission number %2). Send this file to the coordinator.</source>
        <translation>Tallennettu tiedostoon %1 (palautus numero %2). Lähetä tämä tiedosto koordinaattorille.</translation>
    </message>
    <message numerus="yes">
        <source>What changed since the package was issued (%n values)</source>
        <translation>
            <numerusform>Muutokset työpaketin jakamisen jälkeen (%n arvo)</numerusform>
            <numerusform>Muutokset työpaketin jakamisen jälkeen (%n arvoa)</numerusform>
        </translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mittari</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Ennen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Jälkeen</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Muutokset</translation>
    </message>
    <message>
        <source>Nothing changed since the package was issued.</source>
        <translation>Mikään ei ole muuttunut työpaketin jakamisen jälkeen.</translation>
    </message>
    <message>
        <source>The rules</source>
        <translation>Säännöt</translation>
    </message>
    <message>
        <source>The rules are met.</source>
        <translation>Säännöt täyttyvät.</translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <source>Import table</source>
        <translation>Tuo taulukko</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>V&amp;uosi:</translation>
    </message>
    <message>
        <source>&amp;Round of the comments:</source>
        <translation>&amp;Kommenttien kierros:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Esikatsele</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Tu&amp;o</translation>
    </message>
    <message>
        <source>Allow &amp;goals to move to other themes</source>
        <translation>Salli tavoitteiden &amp;siirtyä toisiin teemoihin</translation>
    </message>
    <message>
        <source>Allow new items &amp;named as existing items are in the other language</source>
        <translation>Salli uudet kohdat, joiden &amp;nimi on olemassa olevan kohdan nimi toisella kielellä</translation>
    </message>
    <message>
        <source>The last round with values</source>
        <translation>Viimeinen kierros, jolla on arvoja</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Kierros %1</translation>
    </message>
    <message>
        <source>Tables (%1)</source>
        <translation>Taulukot (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>Luetaan taulukkoa…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Tuodaan…</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Ruotsinkielinen</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Suomenkielinen</translation>
    </message>
    <message>
        <source>%1 table: %2 themes, %3 goals, %4 metrics, %5 entries.</source>
        <translation>%1 taulukko: %2 teemaa, %3 tavoitetta, %4 mittaria, %5 merkintää.</translation>
    </message>
    <message>
        <source>Would add %1 and change %2; %3 warnings. Nothing is written yet.</source>
        <translation>Lisäisi %1 ja muuttaisi %2; %3 varoitusta. Mitään ei ole vielä kirjoitettu.</translation>
    </message>
    <message>
        <source>The import would change nothing.</source>
        <translation>Tuonti ei muuttaisi mitään.</translation>
    </message>
    <message>
        <source>Some changes need your choice below.</source>
        <translation>Osa muutoksista vaatii valintasi alla.</translation>
    </message>
    <message>
        <source>Imported: %1 values changed.</source>
        <translation>Tuotu: %1 arvoa muuttui.</translation>
    </message>
    <message>
        <source>Imported: nothing changed.</source>
        <translation>Tuotu: mikään ei muuttunut.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Ei tuotu: %1</translation>
    </message>
</context>
<context>
    <name>ThemeForm</name>
    <message>
        <source>&amp;Name (Finnish)</source>
        <translation>&amp;Nimi (suomeksi)</translation>
    </message>
    <message>
        <source>Name (S&amp;wedish)</source>
        <translation>Nimi (&amp;ruotsiksi)</translation>
    </message>
    <message>
        <source>Name (Finnish)</source>
        <translation>Nimi (suomeksi)</translation>
    </message>
    <message>
        <source>Name (Swedish)</source>
        <translation>Nimi (ruotsiksi)</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <source>Vocabularies</source>
        <translation>Sanastot</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>&amp;Vastuuhenkilöt</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>&amp;Kytkeytymiset</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>Palvelukokonaisuus</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Vastuuhenkilöt</translation>
    </message>
    <message>
        <source>Finnish name</source>
        <translation>Suomenkielinen nimi</translation>
    </message>
    <message>
        <source>Swedish name</source>
        <translation>Ruotsinkielinen nimi</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Kytkeytymiset</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Ni&amp;mi:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
    <message>
        <source>Service &amp;area:</source>
        <translation>Pa&amp;lvelukokonaisuus:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Ki&amp;eli:</translation>
    </message>
    <message>
        <source>&amp;Finnish name:</source>
        <translation>&amp;Suomenkielinen nimi:</translation>
    </message>
    <message>
        <source>S&amp;wedish name:</source>
        <translation>&amp;Ruotsinkielinen nimi:</translation>
    </message>
    <message>
        <source>Division (no service area)</source>
        <translation>Toimiala (ei palvelukokonaisuutta)</translation>
    </message>
    <message>
        <source>name@hel.fi</source>
        <translation>nimi@hel.fi</translation>
    </message>
    <message>
        <source>The language of the e-mail sent to the owner with a work package or a reminder</source>
        <translation>Kieli, jolla vastuuhenkilölle kirjoitetaan työpaketin tai muistutuksen sähköposti</translation>
    </message>
    <message>
        <source>&amp;New owner</source>
        <translation>&amp;Uusi vastuuhenkilö</translation>
    </message>
    <message>
        <source>&amp;Delete owner</source>
        <translation>&amp;Poista vastuuhenkilö</translation>
    </message>
    <message>
        <source>&amp;New link</source>
        <translation>&amp;Uusi kytkeytyminen</translation>
    </message>
    <message>
        <source>&amp;Delete link</source>
        <translation>&amp;Poista kytkeytyminen</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Nimi puuttuu.</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>”%1” on jo luettelossa.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>”%1” ei ole sähköpostiosoite.</translation>
    </message>
    <message>
        <source>The owner is in use</source>
        <translation>Vastuuhenkilö on käytössä</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it is the owner of
%2</source>
        <translation>Vastuuhenkilöä ”%1” ei voi poistaa, koska hän on vastuuhenkilönä kohteissa
%2</translation>
    </message>
    <message>
        <source>Delete owner</source>
        <translation>Poista vastuuhenkilö</translation>
    </message>
    <message>
        <source>Delete the owner “%1”?</source>
        <translation>Poistetaanko vastuuhenkilö ”%1”?</translation>
    </message>
    <message>
        <source>The Finnish name is empty.</source>
        <translation>Suomenkielinen nimi puuttuu.</translation>
    </message>
    <message>
        <source>The link is in use</source>
        <translation>Kytkeytyminen on käytössä</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it is a link of
%2</source>
        <translation>Kytkeytymistä ”%1” ei voi poistaa, koska se on käytössä tavoitteissa
%2</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>Poista kytkeytyminen</translation>
    </message>
    <message>
        <source>Delete the link “%1”?</source>
        <translation>Poistetaanko kytkeytyminen ”%1”?</translation>
    </message>
    <message>
        <source>%1: goal “%2”</source>
        <translation>%1: tavoite ”%2”</translation>
    </message>
    <message>
        <source>%1: metric “%2”</source>
        <translation>%1: mittari ”%2”</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>ja %1 muuta</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
</context>
<context>
    <name>YearEndForm</name>
    <message>
        <source>Outcome of the goal (derived from its metrics)</source>
        <translation>Tavoitteen toteuma (johdettu mittareista)</translation>
    </message>
    <message>
        <source>Explanation of the &amp;goal&apos;s outcome</source>
        <translation>Tavoitteen toteuman se&amp;lvitys</translation>
    </message>
    <message>
        <source>Explanation of the goal&apos;s outcome</source>
        <translation>Tavoitteen toteuman selvitys</translation>
    </message>
    <message>
        <source>&amp;Back to the goal</source>
        <translation>&amp;Palaa tavoitteeseen</translation>
    </message>
    <message>
        <source>Not known yet: some metric has no outcome.</source>
        <translation>Ei vielä tiedossa: joltakin mittarilta puuttuu toteuma.</translation>
    </message>
</context>
<context>
    <name>YearForm</name>
    <message>
        <source>&amp;Division (Finnish)</source>
        <translation>&amp;Toimiala (suomeksi)</translation>
    </message>
    <message>
        <source>D&amp;ivision (Swedish)</source>
        <translation>T&amp;oimiala (ruotsiksi)</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Raportin muoto</translation>
    </message>
    <message>
        <source>Division (Finnish)</source>
        <translation>Toimiala (suomeksi)</translation>
    </message>
    <message>
        <source>Division (Swedish)</source>
        <translation>Toimiala (ruotsiksi)</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Raportin muoto</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Kierrokset</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Kierros</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Ei määräaikaa</translation>
    </message>
    <message>
        <source>Deadline of %1</source>
        <translation>Määräaika: %1</translation>
    </message>
    <message>
        <source>No deadline for %1</source>
        <translation>Ei määräaikaa: %1</translation>
    </message>
    <message>
        <source>State of %1</source>
        <translation>Tila: %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>Lock %1? Nothing in it can be changed after that.</source>
        <translation>Lukitaanko %1? Sen jälkeen siihen ei voi muuttaa mitään.</translation>
    </message>
    <message>
        <source>These owners have sent nothing for it: %1</source>
        <translation>Nämä vastuuhenkilöt eivät ole lähettäneet siihen mitään: %1</translation>
    </message>
    <message>
        <source>Lock the round</source>
        <translation>Lukitse kierros</translation>
    </message>
</context>
<context>
    <name>YearOverview</name>
    <message>
        <source>Year overview</source>
        <translation>Vuoden yleiskuva</translation>
    </message>
    <message>
        <source>One row per metric; double-click or press Enter to open a cell&apos;s item.</source>
        <translation>Rivi kutakin mittaria kohden; avaa solun kohde kaksoisnapsautuksella tai Enter-näppäimellä.</translation>
    </message>
    <message>
        <source>No year selected.</source>
        <translation>Vuotta ei ole valittu.</translation>
    </message>
</context>
<context>
    <name>YearOverviewModel</name>
    <message>
        <source>Problems</source>
        <translation>Puutteet</translation>
    </message>
    <message>
        <source>No entry</source>
        <translation>Ei kirjausta</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>YearRestoreDialog</name>
    <message>
        <source>The years of the server database %1 as they were before each import and merge, saved in %2, newest first. Restoring one replaces that year with it; the year as it is now is saved first, so the restore can be undone by restoring that backup. The whole database is backed up on the server (pg_dump).</source>
        <translation>Palvelintietokannan %1 vuodet sellaisina kuin ne olivat ennen kutakin tuontia ja yhdistämistä, tallennettuina kansioon %2, uusin ensin. Palautettu varmuuskopio korvaa vuotensa; vuoden nykyinen tila tallennetaan ensin, joten palautuksen voi perua palauttamalla sen varmuuskopion. Koko tietokanta varmuuskopioidaan palvelimella (pg_dump).</translation>
    </message>
    <message>
        <source>No year of this server database has been saved on this computer yet.</source>
        <translation>Tämän palvelintietokannan vuosia ei ole vielä tallennettu tälle tietokoneelle.</translation>
    </message>
    <message>
        <source>Replace the year %1 with the backup made %2? The year %1 as it is now is saved first (before-restore), so that this can be undone.</source>
        <translation>Korvataanko vuosi %1 varmuuskopiolla, joka on tehty %2? Vuoden %1 nykyinen tila tallennetaan ensin (before-restore), joten palautuksen voi perua.</translation>
    </message>
</context>
<context>
    <name>_BackupsDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Varmuuskopiota ei palautettu</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Kuva Desktop</source>
        <translation>Kuva Desktop</translation>
    </message>
    <message>
        <source>Something went wrong inside Kuva Desktop. Everything saved so far is kept. Please send the details below to the coordinator.</source>
        <translation>Kuva Desktopissa tapahtui virhe. Kaikki tähän mennessä tallennettu on tallessa. Lähetä alla olevat tiedot koordinaattorille.</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <source>Kuva Desktop</source>
        <translation>Kuva Desktop</translation>
    </message>
    <message>
        <source>The database could not be opened because of a bug.</source>
        <translation>Tietokantaa ei voitu avata ohjelmavirheen vuoksi.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Palauta varmuuskopiosta…</translation>
    </message>
</context>
</TS>
