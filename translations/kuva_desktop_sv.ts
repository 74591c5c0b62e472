<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>BackupModel</name>
    <message>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>en import</translation>
    </message>
    <message>
        <source>a merge</source>
        <translation>en sammanfogning</translation>
    </message>
    <message>
        <source>an update of the database</source>
        <translation>en uppdatering av databasen</translation>
    </message>
    <message>
        <source>loading the sample data</source>
        <translation>inläsning av exempeldata</translation>
    </message>
    <message>
        <source>a restore</source>
        <translation>en återställning</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>kontrolleras…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>i ordning</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>skadad: %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
</context>
<context>
    <name>CompletenessDialog</name>
    <message>
        <source>Completeness</source>
        <translation>Inlämningsläge</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;År</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Omgång</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Completeness of the round</source>
        <translation>Omgångens inlämningsläge</translation>
    </message>
    <message>
        <source>By &amp;owner</source>
        <translation>Per &amp;ansvarsperson</translation>
    </message>
    <message>
        <source>By &amp;metric</source>
        <translation>Per &amp;indikator</translation>
    </message>
    <message>
        <source>Nothing is assigned in this round.</source>
        <translation>Inget är tilldelat i denna omgång.</translation>
    </message>
</context>
<context>
    <name>CompletenessModel</name>
    <message>
        <source>Owner</source>
        <translation>Ansvarsperson</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottaget</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>&amp;Base (as issued)</source>
        <translation>&amp;Utgångsvärde (vid utdelning)</translation>
    </message>
    <message>
        <source>O&amp;urs (master)</source>
        <translation>&amp;Vårt (huvuddatabasen)</translation>
    </message>
    <message>
        <source>&amp;Theirs (owner)</source>
        <translation>&amp;Deras (ansvarsperson)</translation>
    </message>
    <message>
        <source>&amp;Edited value</source>
        <translation>R&amp;edigerat värde</translation>
    </message>
    <message>
        <source>Keep t&amp;heirs</source>
        <translation>Behåll d&amp;eras</translation>
    </message>
    <message>
        <source>Keep &amp;ours</source>
        <translation>Behåll &amp;vårt</translation>
    </message>
    <message>
        <source>U&amp;se this</source>
        <translation>Använd &amp;detta</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Föregående</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Conflicts waiting</source>
        <translation>Väntande konflikter</translation>
    </message>
    <message>
        <source>No conflicts wait: every submission is merged.</source>
        <translation>Inga konflikter väntar: alla inlämningar är sammanfogade.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · received %4</source>
        <translation>%1 · %2 · %3 · mottaget %4</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Inte löst</translation>
    </message>
</context>
<context>
    <name>CoordinatorActions</name>
    <message>
        <source>&amp;New year from the previous one…</source>
        <translation>&amp;Nytt år utifrån föregående…</translation>
    </message>
    <message>
        <source>&amp;Owners and links…</source>
        <translation>Ansvarspersoner och &amp;kopplingar…</translation>
    </message>
    <message>
        <source>&amp;Export board report…</source>
        <translation>&amp;Exportera nämndrapporten…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skri&amp;v ut…</translation>
    </message>
    <message>
        <source>&amp;Issue work packages…</source>
        <translation>&amp;Dela ut arbetspaket…</translation>
    </message>
    <message>
        <source>I&amp;mport submissions…</source>
        <translation>&amp;Importera inlämningar…</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Återställ från en &amp;säkerhetskopia…</translation>
    </message>
    <message>
        <source>Import &amp;table…</source>
        <translation>Importera &amp;tabell…</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>Lös &amp;konflikter…</translation>
    </message>
    <message>
        <source>&amp;Completeness…</source>
        <translation>&amp;Inlämningsläge…</translation>
    </message>
    <message>
        <source>&amp;Add below the selected item</source>
        <translation>&amp;Lägg till under det valda</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
</context>
<context>
    <name>CoordinatorFiles</name>
    <message>
        <source>Imported</source>
        <translation>Importerat</translation>
    </message>
    <message>
        <source>Year %1 restored from %2</source>
        <translation>År %1 återställt från %2</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Säkerhetskopian återställdes inte</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Återställd från %1</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Changed meanwhile</source>
        <translation>Ändrat under tiden</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere (another window, a merge or another person) while you were editing it. Nothing was overwritten: choose the value to keep.</source>
        <translation>”%1” ändrades på annat håll (i ett annat fönster, när en inlämning sammanfogades eller av en annan person) medan du redigerade det. Inget skrevs över: välj vilket värde som ska behållas.</translation>
    </message>
    <message>
        <source>&amp;Yours</source>
        <translation>&amp;Ditt värde</translation>
    </message>
    <message>
        <source>&amp;Saved meanwhile</source>
        <translation>&amp;Sparat under tiden</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Behåll &amp;mitt</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Behåll &amp;andras</translation>
    </message>
    <message>
        <source>&amp;Edited value</source>
        <translation>&amp;Redigerat värde</translation>
    </message>
    <message>
        <source>&amp;Use this</source>
        <translation>A&amp;nvänd detta</translation>
    </message>
</context>
<context>
    <name>EntryBlock</name>
    <message>
        <source>Metric %1</source>
        <translation>Indikator %1</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Forecast</source>
        <translation>&amp;Prognos</translation>
    </message>
    <message>
        <source>&amp;Copy from the previous round</source>
        <translation>Kopi&amp;era från föregående omgång</translation>
    </message>
    <message>
        <source>metric %1</source>
        <translation>indikator %1</translation>
    </message>
    <message>
        <source>Status, %1</source>
        <translation>Status, %1</translation>
    </message>
    <message>
        <source>Forecast, %1</source>
        <translation>Prognos, %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Copy from the previous round, %1</source>
        <translation>Kopiera från föregående omgång, %1</translation>
    </message>
    <message>
        <source>The previous round has no values.</source>
        <translation>Föregående omgång har inga värden.</translation>
    </message>
    <message>
        <source>Copy from the previous round</source>
        <translation>Kopiera från föregående omgång</translation>
    </message>
    <message>
        <source>e.g. 87,5 % or 1 200 kpl</source>
        <translation>t.ex. 87,5 % eller 1 200 st.</translation>
    </message>
    <message>
        <source>The number and its unit; without a unit the number is a percentage (%).</source>
        <translation>Talet och dess enhet; utan enhet är talet en procentsats (%).</translation>
    </message>
</context>
<context>
    <name>FormStack</name>
    <message>
        <source>This item is no longer in the database.</source>
        <translation>Objektet finns inte längre i databasen.</translation>
    </message>
    <message>
        <source>Select an item in the tree.</source>
        <translation>Välj ett objekt i trädet.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulär</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <source>&amp;Title (Finnish)</source>
        <translation>&amp;Rubrik (på finska)</translation>
    </message>
    <message>
        <source>Title (Finnish)</source>
        <translation>Rubrik (på finska)</translation>
    </message>
    <message>
        <source>T&amp;itle (Swedish)</source>
        <translation>R&amp;ubrik (på svenska)</translation>
    </message>
    <message>
        <source>Title (Swedish)</source>
        <translation>Rubrik (på svenska)</translation>
    </message>
    <message>
        <source>&amp;Description (Finnish)</source>
        <translation>&amp;Beskrivning (på finska)</translation>
    </message>
    <message>
        <source>Description (Finnish)</source>
        <translation>Beskrivning (på finska)</translation>
    </message>
    <message>
        <source>D&amp;escription (Swedish)</source>
        <translation>B&amp;eskrivning (på svenska)</translation>
    </message>
    <message>
        <source>Description (Swedish)</source>
        <translation>Beskrivning (på svenska)</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>Ansvarsper&amp;soner</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Ansvarspersoner</translation>
    </message>
    <message>
        <source>Forecasts and year-end outcome of the metrics:</source>
        <translation>Indikatorernas prognoser och utfall:</translation>
    </message>
</context>
<context>
    <name>GoalTreeModel</name>
    <message>
        <source>Goals and metrics</source>
        <translation>Mål och indikatorer</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Ansvarspersoner</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>From where</source>
        <translation>Varifrån</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Gammalt värde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nytt värde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Utredning</translation>
    </message>
    <message>
        <source>Text (Finnish)</source>
        <translation>Text (på finska)</translation>
    </message>
    <message>
        <source>Text (Swedish)</source>
        <translation>Text (på svenska)</translation>
    </message>
    <message>
        <source>Target level (Finnish)</source>
        <translation>Målnivå (på finska)</translation>
    </message>
    <message>
        <source>Target level (Swedish)</source>
        <translation>Målnivå (på svenska)</translation>
    </message>
    <message>
        <source>Title (Finnish)</source>
        <translation>Rubrik (på finska)</translation>
    </message>
    <message>
        <source>Title (Swedish)</source>
        <translation>Rubrik (på svenska)</translation>
    </message>
    <message>
        <source>Description (Finnish)</source>
        <translation>Beskrivning (på finska)</translation>
    </message>
    <message>
        <source>Description (Swedish)</source>
        <translation>Beskrivning (på svenska)</translation>
    </message>
    <message>
        <source>Name (Finnish)</source>
        <translation>Namn (på finska)</translation>
    </message>
    <message>
        <source>Name (Swedish)</source>
        <translation>Namn (på svenska)</translation>
    </message>
    <message>
        <source>Division (Finnish)</source>
        <translation>Sektor (på finska)</translation>
    </message>
    <message>
        <source>Division (Swedish)</source>
        <translation>Sektor (på svenska)</translation>
    </message>
    <message>
        <source>Explanation of the outcome</source>
        <translation>Utredning om utfallet</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Ansvarspersoner</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Kopplingar</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Rapportens form</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>%1
Recorded by %2</source>
        <translation>%1
Registrerad av %2</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Restore %1</source>
        <translation>Återställ: %1</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Återställ den här versionen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Select an item to see its history.</source>
        <translation>Välj ett objekt för att se dess historik.</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>Inga registrerade ändringar.</translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation>Versioner: %1</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Återställ den här versionen</translation>
    </message>
    <message>
        <source>Set %1 back to “%2”? Ctrl+Z undoes it.</source>
        <translation>Återställa %1 till ”%2”? Ctrl+Z ångrar det.</translation>
    </message>
    <message>
        <source>Set the field back to this row&apos;s new value (Ctrl+Z undoes it)</source>
        <translation>Återställer fältet till radens nya värde (Ctrl+Z ångrar det)</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue work packages</source>
        <translation>Dela ut arbetspaket</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;År</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Omgång</translation>
    </message>
    <message>
        <source>Ow&amp;ners</source>
        <translation>A&amp;nsvarspersoner</translation>
    </message>
    <message>
        <source>&amp;All owners</source>
        <translation>A&amp;lla ansvarspersoner</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Mapp</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Ansvarspersoner</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Dela ut</translation>
    </message>
    <message>
        <source>No round of %1 is open: packages are issued only for an open round. Open one in the year&apos;s form.</source>
        <translation>Ingen omgång av %1 är öppen: arbetspaket delas ut bara för en öppen omgång. Öppna en i årets formulär.</translation>
    </message>
    <message>
        <source>Folder for the work packages</source>
        <translation>Mapp för arbetspaketen</translation>
    </message>
    <message>
        <source>No round of this year is open.</source>
        <translation>Ingen omgång för det här året är öppen.</translation>
    </message>
    <message>
        <source>Choose at least one owner.</source>
        <translation>Välj minst en ansvarsperson.</translation>
    </message>
    <message>
        <source>Choose the folder for the packages (Browse…).</source>
        <translation>Välj mappen för arbetspaketen (Bläddra…).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: make it with Browse….</source>
        <translation>Mappen %1 finns inte: skapa den med Bläddra…</translation>
    </message>
</context>
<context>
    <name>IssuedDialog</name>
    <message>
        <source>Work packages issued</source>
        <translation>Arbetspaketen utdelade</translation>
    </message>
    <message numerus="yes">
        <source>%n work packages written into %1:</source>
        <translation>
            <numerusform>%n arbetspaket skrivet i mappen %1:</numerusform>
            <numerusform>%n arbetspaket skrivna i mappen %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarsperson</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Skicka per e-post</translation>
    </message>
    <message>
        <source>A message to %1 in their language, naming the file to attach</source>
        <translation>Ett meddelande till %1 på mottagarens språk, med namnet på filen som ska bifogas</translation>
    </message>
    <message>
        <source>%1 has no e-mail address: add one in File → Owners and links…</source>
        <translation>%1 har ingen e-postadress: lägg till en under Arkiv → Ansvarspersoner och kopplingar…</translation>
    </message>
    <message>
        <source>Send by e-mail opens a message in your e-mail program, in the owner&apos;s language (Owners and links…). Attach the file it names before sending: a link cannot attach it.</source>
        <translation>Skicka per e-post öppnar ett meddelande i ditt e-postprogram, på ansvarspersonens språk (Ansvarspersoner och kopplingar…). Bifoga filen som det nämner innan du skickar: en länk kan inte bifoga den.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Öppna mapp</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>No e-mail program opened the message. Its address, subject and text are on the clipboard: paste them into a new message.</source>
        <translation>Inget e-postprogram öppnade meddelandet. Dess adress, ämne och text finns i urklipp: klistra in dem i ett nytt meddelande.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Öppna mapp</translation>
    </message>
    <message>
        <source>No file manager opened the folder %1.</source>
        <translation>Ingen filhanterare öppnade mappen %1.</translation>
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
        <translation>Sök i alla texter (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Goals and metrics</source>
        <translation>Mål och indikatorer</translation>
    </message>
    <message>
        <source>&amp;Colours of:</source>
        <translation>&amp;Färger från:</translation>
    </message>
    <message>
        <source>Round whose statuses colour the tree</source>
        <translation>Omgången vars status färgar trädet</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Databasen öppnas…</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>Year overview</source>
        <translation>Årsöversikt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rule problems (see the year overview)</source>
        <translation>
            <numerusform>%1: %n regelavvikelse (se årsöversikten)</numerusform>
            <numerusform>%1: %n regelavvikelser (se årsöversikten)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the rules are met</source>
        <translation>%1: reglerna uppfylls</translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation>Tom databas</translation>
    </message>
    <message>
        <source>The database is empty. Load the sample data (2019–2021)?</source>
        <translation>Databasen är tom. Vill du läsa in exempeldata (2019–2021)?</translation>
    </message>
    <message>
        <source>The sample data was not loaded</source>
        <translation>Exempeldata lästes inte in</translation>
    </message>
    <message>
        <source>Open work package</source>
        <translation>Öppna arbetspaket</translation>
    </message>
    <message>
        <source>Work packages (*%1)</source>
        <translation>Arbetspaket (*%1)</translation>
    </message>
    <message>
        <source>The work package was not opened</source>
        <translation>Arbetspaketet öppnades inte</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Sammanfogat</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>Arki&amp;v</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Open &amp;work package…</source>
        <translation>&amp;Öppna arbetspaket…</translation>
    </message>
    <message>
        <source>&amp;Save submission…</source>
        <translation>Spara inlämnin&amp;g…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Re&amp;digera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Vis&amp;a</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulär</translation>
    </message>
    <message>
        <source>Year &amp;overview</source>
        <translation>Års&amp;översikt</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Tree</source>
        <translation>&amp;Träd</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
</context>
<context>
    <name>MetricForm</name>
    <message>
        <source>&amp;Metric (Finnish)</source>
        <translation>&amp;Indikator (på finska)</translation>
    </message>
    <message>
        <source>Metric (Finnish)</source>
        <translation>Indikator (på finska)</translation>
    </message>
    <message>
        <source>M&amp;etric (Swedish)</source>
        <translation>I&amp;ndikator (på svenska)</translation>
    </message>
    <message>
        <source>Metric (Swedish)</source>
        <translation>Indikator (på svenska)</translation>
    </message>
    <message>
        <source>&amp;Target level (Finnish)</source>
        <translation>&amp;Målnivå (på finska)</translation>
    </message>
    <message>
        <source>Target level (Finnish)</source>
        <translation>Målnivå (på finska)</translation>
    </message>
    <message>
        <source>T&amp;arget level (Swedish)</source>
        <translation>Målnivå (&amp;på svenska)</translation>
    </message>
    <message>
        <source>Target level (Swedish)</source>
        <translation>Målnivå (på svenska)</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>Ansvarsper&amp;soner</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Ansvarspersoner</translation>
    </message>
    <message>
        <source>None checked: the goal&apos;s owners (%1).</source>
        <translation>Ingen vald: målets ansvarspersoner (%1).</translation>
    </message>
    <message>
        <source>Metric of the goal “%1”</source>
        <translation>Indikator för målet ”%1”</translation>
    </message>
</context>
<context>
    <name>OutcomeBlock</name>
    <message>
        <source>Metric %1</source>
        <translation>Indikator %1</translation>
    </message>
    <message>
        <source>&amp;Outcome of the metric</source>
        <translation>Indikatorns &amp;utfall</translation>
    </message>
    <message>
        <source>&amp;Explanation</source>
        <translation>Utr&amp;edning</translation>
    </message>
    <message>
        <source>metric %1</source>
        <translation>indikator %1</translation>
    </message>
    <message>
        <source>Outcome, %1</source>
        <translation>Utfall, %1</translation>
    </message>
    <message>
        <source>Explanation, %1</source>
        <translation>Utredning, %1</translation>
    </message>
</context>
<context>
    <name>OwnerPackage</name>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Work package of %1 · %2 · deadline %3 · everything you type is kept; File → Save submission (Ctrl+S) writes the file to send back.</source>
        <translation>Arbetspaket för %1 · %2 · tidsfrist %3 · allt du skriver sparas; Arkiv → Spara inlämning (Ctrl+S) skriver filen som du skickar tillbaka.</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Arbetspaket</translation>
    </message>
    <message>
        <source>%1 – work package – Kuva Desktop</source>
        <translation>%1 – arbetspaket – Kuva Desktop</translation>
    </message>
    <message>
        <source>Save submission</source>
        <translation>Spara inlämning</translation>
    </message>
    <message>
        <source>Submissions (*%1)</source>
        <translation>Inlämningar (*%1)</translation>
    </message>
    <message>
        <source>The submission was not saved</source>
        <translation>Inlämningen sparades inte</translation>
    </message>
    <message>
        <source>Submission saved: %1</source>
        <translation>Inlämningen sparad: %1</translation>
    </message>
    <message>
        <source>“%1” shows “%2”, which is not a valid value. Correct or clear it, then save again.</source>
        <translation>Fältet ”%1” innehåller ”%2”, som inte är ett giltigt värde. Rätta eller töm det och spara sedan igen.</translation>
    </message>
    <message>
        <source>Save submission?</source>
        <translation>Spara inlämningen?</translation>
    </message>
    <message>
        <source>Your changes have not been saved as a submission.</source>
        <translation>Dina ändringar har inte sparats som en inlämning.</translation>
    </message>
    <message>
        <source>What you typed is kept with the package, but the coordinator gets it only in a submission file.</source>
        <translation>Det du har skrivit sparas med arbetspaketet, men koordinatorn får det bara i en inlämningsfil.</translation>
    </message>
    <message>
        <source>&amp;Save submission…</source>
        <translation>Spara inlämnin&amp;g…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta bort</translation>
    </message>
</context>
<context>
    <name>OwnerProgressModel</name>
    <message>
        <source>Owner</source>
        <translation>Ansvarsperson</translation>
    </message>
    <message>
        <source>Metrics filled</source>
        <translation>Indikatorer ifyllda</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Inlämning</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>mottagen %1</translation>
    </message>
    <message>
        <source>Without a value:</source>
        <translation>Utan uppgift:</translation>
    </message>
</context>
<context>
    <name>OwnerProgressPanel</name>
    <message>
        <source>Only those who have &amp;not sent</source>
        <translation>Bara de som inte har &amp;skickat</translation>
    </message>
    <message>
        <source>Remind by &amp;e-mail</source>
        <translation>Påminn per &amp;e-post</translation>
    </message>
    <message>
        <source>Progress per owner</source>
        <translation>Ansvarspersonernas framsteg</translation>
    </message>
    <message>
        <source>The round is not open: owners cannot send submissions to it.</source>
        <translation>Omgången är inte öppen: ansvarspersonerna kan inte skicka inlämningar till den.</translation>
    </message>
    <message>
        <source>Choose an owner to remind.</source>
        <translation>Välj den ansvarsperson som ska påminnas.</translation>
    </message>
    <message>
        <source>%1 has sent a submission for this round.</source>
        <translation>%1 har skickat en inlämning för den här omgången.</translation>
    </message>
    <message>
        <source>%1 has no e-mail address: add one in File → Owners and links…</source>
        <translation>%1 har ingen e-postadress: lägg till en under Arkiv → Ansvarspersoner och kopplingar…</translation>
    </message>
    <message>
        <source>A message to %1 in their language: what is missing, and the deadline</source>
        <translation>Ett meddelande till %1 på mottagarens språk: vad som saknas och tidsfristen</translation>
    </message>
    <message>
        <source>Sent: %1 of %2 owners</source>
        <translation>Skickat: %1 av %2 ansvarspersoner</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>tidsfrist %1</translation>
    </message>
</context>
<context>
    <name>Packages</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Numeric forecast</source>
        <translation>Numerisk prognos</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Utredning</translation>
    </message>
    <message>
        <source>not issued</source>
        <translation>inte utdelat</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>inte skickat</translation>
    </message>
    <message>
        <source>received</source>
        <translation>mottaget</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>sammanfogat</translation>
    </message>
    <message>
        <source>in conflict</source>
        <translation>i konflikt</translation>
    </message>
    <message>
        <source>late</source>
        <translation>försenat</translation>
    </message>
    <message>
        <source>will be merged</source>
        <translation>sammanfogas</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>omgång %1</translation>
    </message>
    <message>
        <source>Applied: %1 · %2 · %3 · %4</source>
        <translation>Tillämpat: %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>To apply: %1 · %2 · %3 · %4</source>
        <translation>Förs in: %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Conflict: %1 · %2 · %3 · %4</source>
        <translation>Konflikt: %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Warning: %1 · %2 · %3: rule %4: %5</source>
        <translation>Varning: %1 · %2 · %3: regel %4: %5</translation>
    </message>
    <message>
        <source>nothing to apply</source>
        <translation>inget att tillämpa</translation>
    </message>
    <message>
        <source>merged before</source>
        <translation>sammanfogat redan tidigare</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avvisat</translation>
    </message>
    <message>
        <source>undone by an import</source>
        <translation>ångrad av en import</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read only: your database role may only read. Printing and exporting work; changes need a coordinator&apos;s role.</source>
        <translation>Endast läsning: din databasroll får bara läsa. Utskrift och export fungerar; ändringar kräver en koordinators roll.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Print board report</source>
        <translation>Skriv ut nämndrapporten</translation>
    </message>
    <message>
        <source>Export board report</source>
        <translation>Exportera nämndrapporten</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Omgång:</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>Rapportens &amp;språk:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papper:</translation>
    </message>
    <message>
        <source>&amp;Only the column of this round (as in the 2021 print)</source>
        <translation>&amp;Endast den här omgångens kolumn (som i utskriften 2021)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Rapportens språk</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>Export board report</source>
        <translation>Exportera nämndrapporten</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Excel-arbetsbok (*.xlsx);;Webbsida (*.html)</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Rapporten skapas…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <source>The report was not made</source>
        <translation>Rapporten skapades inte</translation>
    </message>
    <message>
        <source>Preparing page %1 of %2…</source>
        <translation>Förbereder sida %1 av %2…</translation>
    </message>
    <message>
        <source>Board report exported</source>
        <translation>Nämndens rapport exporterad</translation>
    </message>
    <message>
        <source>The report was saved as %1, but no program opened it. Open it from that folder with a PDF reader or a spreadsheet.</source>
        <translation>Rapporten sparades som %1, men inget program öppnade den. Öppna den från mappen med en PDF-läsare eller ett kalkylprogram.</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Förbereder sidorna…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Backups of %1, newest first. Restoring one replaces the database with it; the current state is backed up first, so the restore can be undone by restoring that backup.</source>
        <translation>Säkerhetskopior av %1, den nyaste först. En återställd säkerhetskopia ersätter databasen; det nuvarande läget säkerhetskopieras först, så att återställningen kan ångras genom att den säkerhetskopian återställs.</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Det finns ännu inga säkerhetskopior av databasen.</translation>
    </message>
    <message>
        <source>Replace the database with the backup made %1? The current state is backed up first.</source>
        <translation>Ersätta databasen med säkerhetskopian som gjordes %1? Det nuvarande läget säkerhetskopieras först.</translation>
    </message>
</context>
<context>
    <name>RoundForm</name>
    <message>
        <source>&amp;Back to the goal</source>
        <translation>&amp;Tillbaka till målet</translation>
    </message>
    <message>
        <source>The goal has no metrics.</source>
        <translation>Målet har inga indikatorer.</translation>
    </message>
</context>
<context>
    <name>RoundTop</name>
    <message>
        <source>Deadline: %1 · State: %2</source>
        <translation>Tidsfrist: %1 · Läge: %2</translation>
    </message>
    <message>
        <source>Round %1 is locked: nothing can change.</source>
        <translation>Omgång %1 är låst: ingenting kan ändras.</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <source>%1

What you typed is kept in the form and saved as soon as the database takes it (tried again every few seconds).</source>
        <translation>%1

Det du skrev finns kvar i formuläret och sparas så snart databasen tar emot det (nytt försök med några sekunders mellanrum).</translation>
    </message>
    <message>
        <source>Some of what you typed is not saved.</source>
        <translation>En del av det du skrev är inte sparat.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>&amp;Keep the window open</source>
        <translation>&amp;Håll fönstret öppet</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Kasta bort det</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message numerus="yes">
        <source>%n goals and metrics match</source>
        <translation>
            <numerusform>%n mål eller indikator matchar</numerusform>
            <numerusform>%n mål och indikatorer matchar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StructureEdits</name>
    <message>
        <source>Add a theme</source>
        <translation>Lägg till ett tema</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Lägg till ett mål</translation>
    </message>
    <message>
        <source>Add a metric</source>
        <translation>Lägg till en indikator</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete “%1” and everything below it? You can undo this with Ctrl+Z.</source>
        <translation>Ta bort ”%1” och allt under det? Du kan ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <source>New year</source>
        <translation>Nytt år</translation>
    </message>
    <message>
        <source>A new year from %1 (its themes, goals, metrics, owners and links):</source>
        <translation>Ett nytt år utifrån %1 (dess teman, mål, indikatorer, ansvarspersoner och kopplingar):</translation>
    </message>
</context>
<context>
    <name>SubmissionImport</name>
    <message>
        <source>Import submissions</source>
        <translation>Importera inlämningar</translation>
    </message>
    <message>
        <source>Submissions (*%1)</source>
        <translation>Inlämningar (*%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>Checking the submissions…</source>
        <translation>Inlämningarna kontrolleras…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Sammanfogas…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries will be applied</source>
        <translation>
            <numerusform>%n post förs in</numerusform>
            <numerusform>%n poster förs in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files refused</source>
        <translation>
            <numerusform>%n fil avvisad</numerusform>
            <numerusform>%n filer avvisade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries applied</source>
        <translation>
            <numerusform>%n post införd</numerusform>
            <numerusform>%n poster införda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to resolve</source>
        <translation>
            <numerusform>%n konflikt att lösa</numerusform>
            <numerusform>%n konflikter att lösa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files were merged before and change nothing.</source>
        <translation>
            <numerusform>%n fil har redan sammanfogats och ändrar ingenting.</numerusform>
            <numerusform>%n filer har redan sammanfogats och ändrar ingenting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submissions were written after the deadline.</source>
        <translation>
            <numerusform>%n inlämning skrevs efter tidsfristen.</numerusform>
            <numerusform>%n inlämningar skrevs efter tidsfristen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Avvisade:</translation>
    </message>
    <message>
        <source>Nothing more was merged: %1</source>
        <translation>Inget mer sammanfogades: %1</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Sammanfoga</translation>
    </message>
    <message>
        <source>There is nothing to merge.</source>
        <translation>Det finns inget att sammanfoga.</translation>
    </message>
    <message>
        <source>Submissions merged</source>
        <translation>Inlämningarna sammanfogade</translation>
    </message>
    <message>
        <source>The conflicts are shown next, side by side.</source>
        <translation>Konflikterna visas härnäst sida vid sida.</translation>
    </message>
</context>
<context>
    <name>SubmissionSummaryDialog</name>
    <message>
        <source>Submission saved</source>
        <translation>Inlämningen sparad</translation>
    </message>
    <message>
        <source>Saved as %1 (submission number %2). Send this file to the coordinator.</source>
        <translation>Sparad som %1 (inlämning nummer %2). Skicka den här filen till koordinatorn.</translation>
    </message>
    <message numerus="yes">
        <source>What changed since the package was issued (%n values)</source>
        <translation>
            <numerusform>Ändringar sedan arbetspaketet delades ut (%n värde)</numerusform>
            <numerusform>Ändringar sedan arbetspaketet delades ut (%n värden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>Nothing changed since the package was issued.</source>
        <translation>Inget har ändrats sedan arbetspaketet delades ut.</translation>
    </message>
    <message>
        <source>The rules</source>
        <translation>Reglerna</translation>
    </message>
    <message>
        <source>The rules are met.</source>
        <translation>Reglerna uppfylls.</translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <source>Import table</source>
        <translation>Importera tabell</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;Round of the comments:</source>
        <translation>&amp;Omgång för kommentarerna:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>För&amp;handsgranska</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Allow &amp;goals to move to other themes</source>
        <translation>Tillåt att &amp;mål flyttas till andra teman</translation>
    </message>
    <message>
        <source>Allow new items &amp;named as existing items are in the other language</source>
        <translation>Tillåt nya poster med &amp;namn som befintliga poster har på det andra språket</translation>
    </message>
    <message>
        <source>The last round with values</source>
        <translation>Den sista omgången med värden</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Omgång %1</translation>
    </message>
    <message>
        <source>Tables (%1)</source>
        <translation>Tabeller (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>Tabellen läses…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finsk</translation>
    </message>
    <message>
        <source>%1 table: %2 themes, %3 goals, %4 metrics, %5 entries.</source>
        <translation>%1 tabell: %2 teman, %3 mål, %4 indikatorer, %5 poster.</translation>
    </message>
    <message>
        <source>Would add %1 and change %2; %3 warnings. Nothing is written yet.</source>
        <translation>Skulle lägga till %1 och ändra %2; %3 varningar. Inget har skrivits ännu.</translation>
    </message>
    <message>
        <source>The import would change nothing.</source>
        <translation>Importen skulle inte ändra något.</translation>
    </message>
    <message>
        <source>Some changes need your choice below.</source>
        <translation>Några ändringar kräver ditt val nedan.</translation>
    </message>
    <message>
        <source>Imported: %1 values changed.</source>
        <translation>Importerat: %1 värden ändrades.</translation>
    </message>
    <message>
        <source>Imported: nothing changed.</source>
        <translation>Importerat: inget ändrades.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Inte importerat: %1</translation>
    </message>
</context>
<context>
    <name>ThemeForm</name>
    <message>
        <source>&amp;Name (Finnish)</source>
        <translation>&amp;Namn (på finska)</translation>
    </message>
    <message>
        <source>Name (S&amp;wedish)</source>
        <translation>Namn (på sv&amp;enska)</translation>
    </message>
    <message>
        <source>Name (Finnish)</source>
        <translation>Namn (på finska)</translation>
    </message>
    <message>
        <source>Name (Swedish)</source>
        <translation>Namn (på svenska)</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <source>Vocabularies</source>
        <translation>Ordlistor</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>&amp;Ansvarspersoner</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>&amp;Kopplingar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>Servicehelhet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Ansvarspersoner</translation>
    </message>
    <message>
        <source>Finnish name</source>
        <translation>Finskt namn</translation>
    </message>
    <message>
        <source>Swedish name</source>
        <translation>Svenskt namn</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Kopplingar</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>Service &amp;area:</source>
        <translation>Service&amp;helhet:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>&amp;Finnish name:</source>
        <translation>&amp;Finskt namn:</translation>
    </message>
    <message>
        <source>S&amp;wedish name:</source>
        <translation>&amp;Svenskt namn:</translation>
    </message>
    <message>
        <source>Division (no service area)</source>
        <translation>Sektorn (ingen servicehelhet)</translation>
    </message>
    <message>
        <source>name@hel.fi</source>
        <translation>namn@hel.fi</translation>
    </message>
    <message>
        <source>The language of the e-mail sent to the owner with a work package or a reminder</source>
        <translation>Språket i e-postmeddelandet som skickas till ansvarspersonen med ett arbetspaket eller en påminnelse</translation>
    </message>
    <message>
        <source>&amp;New owner</source>
        <translation>&amp;Ny ansvarsperson</translation>
    </message>
    <message>
        <source>&amp;Delete owner</source>
        <translation>&amp;Ta bort ansvarsperson</translation>
    </message>
    <message>
        <source>&amp;New link</source>
        <translation>&amp;Ny koppling</translation>
    </message>
    <message>
        <source>&amp;Delete link</source>
        <translation>&amp;Ta bort koppling</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Namnet saknas.</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>”%1” finns redan i listan.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>”%1” är inte en e-postadress.</translation>
    </message>
    <message>
        <source>The owner is in use</source>
        <translation>Ansvarspersonen används</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it is the owner of
%2</source>
        <translation>”%1” kan inte tas bort, eftersom hen är ansvarsperson för
%2</translation>
    </message>
    <message>
        <source>Delete owner</source>
        <translation>Ta bort ansvarsperson</translation>
    </message>
    <message>
        <source>Delete the owner “%1”?</source>
        <translation>Ta bort ansvarspersonen ”%1”?</translation>
    </message>
    <message>
        <source>The Finnish name is empty.</source>
        <translation>Det finska namnet saknas.</translation>
    </message>
    <message>
        <source>The link is in use</source>
        <translation>Kopplingen används</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it is a link of
%2</source>
        <translation>”%1” kan inte tas bort, eftersom kopplingen används av målen
%2</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>Ta bort koppling</translation>
    </message>
    <message>
        <source>Delete the link “%1”?</source>
        <translation>Ta bort kopplingen ”%1”?</translation>
    </message>
    <message>
        <source>%1: goal “%2”</source>
        <translation>%1: mål ”%2”</translation>
    </message>
    <message>
        <source>%1: metric “%2”</source>
        <translation>%1: indikator ”%2”</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>och %1 till</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
</context>
<context>
    <name>YearEndForm</name>
    <message>
        <source>Outcome of the goal (derived from its metrics)</source>
        <translation>Målets utfall (härlett ur indikatorerna)</translation>
    </message>
    <message>
        <source>Explanation of the &amp;goal&apos;s outcome</source>
        <translation>Utredning om &amp;målets utfall</translation>
    </message>
    <message>
        <source>Explanation of the goal&apos;s outcome</source>
        <translation>Utredning om målets utfall</translation>
    </message>
    <message>
        <source>&amp;Back to the goal</source>
        <translation>&amp;Tillbaka till målet</translation>
    </message>
    <message>
        <source>Not known yet: some metric has no outcome.</source>
        <translation>Inte känt ännu: någon indikator saknar utfall.</translation>
    </message>
</context>
<context>
    <name>YearForm</name>
    <message>
        <source>&amp;Division (Finnish)</source>
        <translation>&amp;Sektor (på finska)</translation>
    </message>
    <message>
        <source>D&amp;ivision (Swedish)</source>
        <translation>S&amp;ektor (på svenska)</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Rapportens form</translation>
    </message>
    <message>
        <source>Division (Finnish)</source>
        <translation>Sektor (på finska)</translation>
    </message>
    <message>
        <source>Division (Swedish)</source>
        <translation>Sektor (på svenska)</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Rapportens form</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Omgångar</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Ingen tidsfrist</translation>
    </message>
    <message>
        <source>Deadline of %1</source>
        <translation>Tidsfrist för %1</translation>
    </message>
    <message>
        <source>No deadline for %1</source>
        <translation>Ingen tidsfrist för %1</translation>
    </message>
    <message>
        <source>State of %1</source>
        <translation>Läge för %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Lock %1? Nothing in it can be changed after that.</source>
        <translation>Låsa %1? Därefter kan ingenting i den ändras.</translation>
    </message>
    <message>
        <source>These owners have sent nothing for it: %1</source>
        <translation>Dessa ansvarspersoner har inte skickat något för den: %1</translation>
    </message>
    <message>
        <source>Lock the round</source>
        <translation>Lås omgången</translation>
    </message>
</context>
<context>
    <name>YearOverview</name>
    <message>
        <source>Year overview</source>
        <translation>Årsöversikt</translation>
    </message>
    <message>
        <source>One row per metric; double-click or press Enter to open a cell&apos;s item.</source>
        <translation>En rad per indikator; dubbelklicka eller tryck Enter för att öppna cellens objekt.</translation>
    </message>
    <message>
        <source>No year selected.</source>
        <translation>Inget år är valt.</translation>
    </message>
</context>
<context>
    <name>YearOverviewModel</name>
    <message>
        <source>Problems</source>
        <translation>Brister</translation>
    </message>
    <message>
        <source>No entry</source>
        <translation>Ingen uppgift</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>YearRestoreDialog</name>
    <message>
        <source>The years of the server database %1 as they were before each import and merge, saved in %2, newest first. Restoring one replaces that year with it; the year as it is now is saved first, so the restore can be undone by restoring that backup. The whole database is backed up on the server (pg_dump).</source>
        <translation>Åren i serverdatabasen %1 som de var före varje import och sammanfogning, sparade i %2, den nyaste först. En återställd säkerhetskopia ersätter sitt år; året som det är nu sparas först, så att återställningen kan ångras genom att den säkerhetskopian återställs. Hela databasen säkerhetskopieras på servern (pg_dump).</translation>
    </message>
    <message>
        <source>No year of this server database has been saved on this computer yet.</source>
        <translation>Inget år i den här serverdatabasen har ännu sparats på den här datorn.</translation>
    </message>
    <message>
        <source>Replace the year %1 with the backup made %2? The year %1 as it is now is saved first (before-restore), so that this can be undone.</source>
        <translation>Ersätta år %1 med säkerhetskopian som gjordes %2? År %1 som det är nu sparas först (before-restore), så att detta kan ångras.</translation>
    </message>
</context>
<context>
    <name>_BackupsDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Säkerhetskopian återställdes inte</translation>
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
        <translation>Ett fel uppstod i Kuva Desktop. Allt som har sparats hittills finns kvar. Skicka uppgifterna nedan till koordinatorn.</translation>
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
        <translation>Databasen kunde inte öppnas på grund av ett programfel.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Återställ från en säkerhetskopia…</translation>
    </message>
</context>
</TS>
