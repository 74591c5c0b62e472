"""The guess of a free text's language: Finnish or Swedish, else the report's."""

from __future__ import annotations

import pytest

from kuva_desktop.reports.text_language import guess_language

FINNISH = [
    # the sample years' own free texts
    "Palvelut ovat määritelleet 31 kehitettävää palvelupolkua ja raportoineet ne "
    "palvelumallin kuvauksina. Osa palvelupoluista on palveluita leikkaavia.",
    "Riskit: Työ on laaja ja haastava. Tehtävien resursointi palvelukokonaisuuksissa ja "
    "toimialan johdossa on haaste.",
    "Tavoite on toteutumassa eli Harrastuspassi on koekäytössä vuoden 2019 aikana.",
    "Pikapalautteen keräämiseen on hankittu 20 kpl uusia laitteita entisten 20 lisäksi.",
    "Kirjasto avattiin uudelleen kesäkuussa, ja kävijämäärät palasivat syksyllä ennalleen.",
]
SWEDISH = [
    "Målet uppnås. Tjänsterna har valt 30 servicestigar som ska utvecklas och beskrivningen "
    "är klar.",
    "Risker: Arbetet är omfattande och krävande. Resurserna för uppgifterna inom "
    "servicehelheterna är en utmaning.",
    "Indikatorn uppnåddes inte eftersom coronapandemin stängde lokalerna under våren.",
    "Biblioteket öppnades på nytt i juni och antalet besökare var på samma nivå som förut.",
]
# Too short or too mixed to tell: the report's language.
UNSURE = [
    "",
    "100 %",
    "Ok.",
    "Teams",
    "Kyllä",
    "Målet nåddes.",
    "Tavoite toteutui.",
    "Oma.Helsinki, Helmet, Kanava",
    "Se mittari och tavoite med att on",  # as many markers of each
]


@pytest.mark.parametrize("text", FINNISH)
@pytest.mark.parametrize("report", ["fi", "sv"])
def test_finnish_text_is_finnish_in_either_report(text: str, report: str) -> None:
    assert guess_language(text, report) == "fi"


@pytest.mark.parametrize("text", SWEDISH)
@pytest.mark.parametrize("report", ["fi", "sv"])
def test_swedish_text_is_swedish_in_either_report(text: str, report: str) -> None:
    assert guess_language(text, report) == "sv"


@pytest.mark.parametrize("text", UNSURE)
@pytest.mark.parametrize("report", ["fi", "sv"])
def test_a_short_or_mixed_text_is_in_the_reports_language(text: str, report: str) -> None:
    assert guess_language(text, report) == report
