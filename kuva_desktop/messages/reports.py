"""Messages: the board report and the year-end report."""

from __future__ import annotations

from kuva_desktop.messages.text import Text

MESSAGES: dict[str, Text] = {
    "report.paper": Text(
        "paper {paper}: choose A4 or A3",
        "paperi {paper}: valitse A4 tai A3",
        "papper {paper}: välj A4 eller A3",
    ),
    "report.not_a_forecast_round": Text(
        "round {round}: the board table is for rounds 1, 2 and 3",
        "kierros {round}: lautakunnan taulukko tehdään kierroksille 1, 2 ja 3",
        "omgång {round}: nämndens tabell görs för omgångarna 1, 2 och 3",
    ),
    "report.language": Text(
        "language {language}: choose fi or sv",
        "kieli {language}: valitse fi tai sv",
        "språk {language}: välj fi eller sv",
    ),
    "report.only_round_final": Text(
        "--only-round: the year-end report (--round final) has no round columns",
        "--only-round: vuoden lopun raportissa (--round final) ei ole kierrossarakkeita",
        "--only-round: årsslutsrapporten (--round final) har inga omgångskolumner",
    ),
}
