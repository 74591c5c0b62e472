"""Official terms of the board report and the year (DOMAIN.md section 5), in one place.

The Swedish words marked in the Helsinki sources are official; the others are proposals, kept here
so that they can be corrected in one place.
"""

from __future__ import annotations

from kuva_desktop.domain.fields import CLOSED, FINAL, LOCKED, OPEN
from kuva_desktop.domain.labels import Label

DIVISION = Label(
    "Kulttuurin ja vapaa-ajan toimiala",
    "Kultur- och fritidssektorn",
    "Culture and Leisure Division",
)
REPORT_TITLE = Label(
    "Sitovat tavoitteet / Kulttuurin ja vapaa-ajan toimiala",
    "Bindande verksamhetsmål / Kultur- och fritidssektorn",
    "Binding goals / Culture and Leisure Division",
)


def round_label(round_key: str, year: int | str, language: str) -> str:
    """ "Ennuste 1/2021", "Prognos 1/2021", or the year-end "Toteuma 2021" / "Utfall 2021"."""
    if round_key == FINAL:
        return {"fi": "Toteuma", "sv": "Utfall", "en": "Outcome"}.get(language, "Toteuma") + (
            f" {year}"
        )
    word = {"fi": "Ennuste", "sv": "Prognos", "en": "Forecast"}.get(language, "Ennuste")
    return f"{word} {round_key}/{year}"


COLUMN_THEME = Label("Kaupunkistrategian teema", "Stadsstrategins tema", "City strategy theme")
COLUMN_GOAL = Label("Sitova toiminnan tavoite", "Bindande verksamhetsmål", "Binding goal")
COLUMN_METRICS = Label(
    "Sitovan toiminnan tavoitteen mittarit",
    "Indikatorer för det bindande verksamhetsmålet",
    "Metrics of the binding goal",
)
COLUMN_RECOVERY = Label("Palautumismittari", "Återhämtningsindikator", "Recovery metric")
COLUMN_COMMENTS = Label("Kommentit", "Kommentarer", "Comments")
COLUMN_NUMERIC = Label(
    "Mittarin numeerinen ennuste", "Indikatorns numeriska prognos", "Numeric forecast"
)
COLUMN_LINKS = Label(
    "Kytkeytyminen kaupunkiyhteisiin hankkeisiin ja yhteissuunnittelun teemoihin",
    "Koppling till stadsgemensamma projekt och teman för gemensam planering",
    "Links to city-wide projects and co-planning themes",
)
TARGET_LEVEL = Label("Tavoitetaso", "Målnivå", "Target level")
# The title of the hidden id column of the app's own Excel export, followed there by the year,
# the round and the language ("kuva-ids 2021 1 fi"): how import-table matches rows to items.
ID_COLUMN_TITLE = "kuva-ids"

LAYOUTS = {
    "narrative": Label("Kertova", "Berättande", "Narrative"),
    "status": Label("Tilat", "Status", "Status"),
}
ROUND_STATES: dict[str, Label] = {
    OPEN: Label("Avoin", "Öppen", "Open"),
    CLOSED: Label("Suljettu", "Stängd", "Closed"),
    LOCKED: Label("Lukittu", "Låst", "Locked"),
}

# Where the words of the column titles and the status labels may break in a narrow column, as the
# official print breaks them ("Palautumis-/mittari", never "Palautu-/mismitta-/ri"): each word
# spelt with a "-" at each of its only break points, the compound joint first and never two
# letters alone at an end; a word without "-" never breaks. Only the words whose syllable breaks
# would do worse are listed. ``reports.hyphenation`` takes these before its rules, wherever the
# word stands (a title, a status cell, a sentence).
BREAKS = {
    "fi": (
        "Kaupunki-strate-gian",  # not Kaupunkistrategi-an
        "teema",
        "Sitova",
        "tavoite",
        "Palautumis-mittari",  # the 2021 print; not Palautu-mismitta-ri
        "Ennuste",
        "numee-rinen",  # not numeeri-nen
        "Toteutu-minen",  # Toteutuminen epävarma; not Toteutumi-nen epävar-ma
        "epä-varma",
        "toteudu",
    ),
    "sv": (
        "tema",
        "teman",
        "Bin-dande",
        "verk-sam-hets-målet",
        "Indi-katorer",
        "Indi-katorns",
        "Åter-hämt-nings-indi-kator",
        "Kom-men-tarer",
        "nume-riska",
        "stads-gemen-samma",
        "Upp-fylldes",
        "inte",
    ),
}

# After a text that goes on in the next row or page: the board report's continued cells, and a
# workbook cell whose text is cut over rows (import-table joins those rows back).
CONTINUED = Label("(jatkuu)", "(forts.)", "(continued)")
