<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>DetailsView</name>
    <message>
        <source>Select an item in the tree.</source>
        <translation>Valitse kohde puusta.</translation>
    </message>
    <message>
        <source>This item is no longer in the database.</source>
        <translation>Kohdetta ei ole enää tietokannassa.</translation>
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
        <source>Year</source>
        <translation>Vuosi</translation>
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
        <source>Name (Finnish)</source>
        <translation>Nimi (suomeksi)</translation>
    </message>
    <message>
        <source>Name (Swedish)</source>
        <translation>Nimi (ruotsiksi)</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Not known yet: some metric has no year-end outcome.</source>
        <translation>Ei vielä tiedossa: joltakin mittarilta puuttuu toteuma.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Vastuuhenkilöt</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Mittarit</translation>
    </message>
    <message>
        <source>Year-end outcome (derived from the metrics)</source>
        <translation>Toteuma vuoden lopussa (johdettu mittareista)</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Selvitys</translation>
    </message>
    <message>
        <source>(the goal&apos;s owners)</source>
        <translation>(tavoitteen vastuuhenkilöt)</translation>
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
        <source>Metric</source>
        <translation>Mittari</translation>
    </message>
    <message>
        <source>Nothing entered.</source>
        <translation>Ei kirjauksia.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Ennuste</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Kuva Desktop</source>
        <translation>Kuva Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>Goals and metrics</source>
        <translation>Tavoitteet ja mittarit</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Tietokanta: %1</translation>
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
</context>
<context>
    <name>run_gui</name>
    <message>
        <source>Kuva Desktop</source>
        <translation>Kuva Desktop</translation>
    </message>
</context>
</TS>
