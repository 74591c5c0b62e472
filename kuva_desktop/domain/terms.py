"""Official terms of the board report and the year (DOMAIN.md section 5), in one place.

The Swedish words marked in the Helsinki sources are official; the others are proposals, kept here
so that they can be corrected in one place.
"""

from __future__ import annotations

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


def round_label(round_key: str, year: int, language: str) -> str:
    """ "Ennuste 1/2021", "Prognos 1/2021", or the year-end "Toteuma 2021" / "Utfall 2021"."""
    if round_key == "final":
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

LAYOUTS = {
    "narrative": Label("Kertova", "Berättande", "Narrative"),
    "status": Label("Tilat", "Status", "Status"),
}
ROUND_STATES = {
    "open": Label("Avoin", "Öppen", "Open"),
    "closed": Label("Suljettu", "Stängd", "Closed"),
    "locked": Label("Lukittu", "Låst", "Locked"),
}
