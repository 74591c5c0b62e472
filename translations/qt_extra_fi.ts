<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Asema</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Tiedostokansio</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Kansio</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pikakuvake</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>&amp;Billing information:</source>
        <translation>&amp;Laskutustiedot:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Loppu:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Alku:</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>Työn &amp;prioriteetti:</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>A&amp;jastettu tulostus:</translation>
    </message>
</context>
<context>
    <name>QCupsPrinterSupport</name>
    <message>
        <source>Authentication Needed</source>
        <translation>Tunnistautuminen tarvitaan</translation>
    </message>
    <message>
        <source>Authentication needed to use %1 on %2.</source>
        <translation>Tulostimen %1 käyttö palvelimella %2 vaatii tunnistautumisen.</translation>
    </message>
    <message>
        <source>Authentication needed to use %1.</source>
        <translation>Tulostimen %1 käyttö vaatii tunnistautumisen.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Salasana:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Käyttäjätunnus:</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>An error occurred</source>
        <translation>Tapahtui virhe</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Sijainti:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Tiedosto&amp;tyyppi:</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>Sivu&amp;järjestys:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Sivuja &amp;arkille:</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Kaksipuolisen tulostuksen asetukset ovat ristiriidassa</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Kaksipuolisen tulostuksen asetuksissa on ristiriitoja. Haluatko korjata ne?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Sivuasetukset ovat ristiriidassa</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Sivuasetuksissa on ristiriitoja. Haluatko korjata ne?</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Double Sided Printing</source>
        <translation>Kaksipuolinen tulostus</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Sidonta pitkältä sivulta</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Ei käytössä</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Sivujoukko:</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Sidonta lyhyeltä sivulta</translation>
    </message>
</context>
<context>
    <name>QProgressBar</name>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
</context>
<context>
    <name>QStandardPaths</name>
    <message>
        <source>Downloads</source>
        <translation>Lataukset</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Julkinen</translation>
    </message>
    <message>
        <source>Shared State</source>
        <translation>Jaettu tila</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Mallipohjat</translation>
    </message>
    <message>
        <source>Temporary Items</source>
        <translation>Väliaikaiset kohteet</translation>
    </message>
</context>
</TS>
