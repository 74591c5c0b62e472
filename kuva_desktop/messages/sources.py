"""Messages: where a change came from: the history's sources."""

from __future__ import annotations

from kuva_desktop.messages.text import Text

MESSAGES: dict[str, Text] = {
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
}
