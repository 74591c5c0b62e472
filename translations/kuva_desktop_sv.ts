<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>DetailsView</name>
    <message>
        <source>Select an item in the tree.</source>
        <translation>Välj ett objekt i trädet.</translation>
    </message>
    <message>
        <source>This item is no longer in the database.</source>
        <translation>Objektet finns inte längre i databasen.</translation>
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
        <source>Year</source>
        <translation>År</translation>
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
        <source>Name (Finnish)</source>
        <translation>Namn (på finska)</translation>
    </message>
    <message>
        <source>Name (Swedish)</source>
        <translation>Namn (på svenska)</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Not known yet: some metric has no year-end outcome.</source>
        <translation>Inte känt ännu: någon indikator saknar utfall.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Ansvarspersoner</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Year-end outcome (derived from the metrics)</source>
        <translation>Utfall vid årets slut (härlett ur indikatorerna)</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Utredning</translation>
    </message>
    <message>
        <source>(the goal&apos;s owners)</source>
        <translation>(målets ansvarspersoner)</translation>
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
        <source>Metric</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Nothing entered.</source>
        <translation>Inga uppgifter.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognos</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Kuva Desktop</source>
        <translation>Kuva Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Goals and metrics</source>
        <translation>Mål och indikatorer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
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
</context>
<context>
    <name>run_gui</name>
    <message>
        <source>Kuva Desktop</source>
        <translation>Kuva Desktop</translation>
    </message>
</context>
</TS>
