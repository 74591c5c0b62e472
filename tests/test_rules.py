"""The rules of DOMAIN.md section 4 and the status table."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kuva_desktop.domain import rules
from kuva_desktop.domain.numbers import format_numeric, parse_numeric
from kuva_desktop.domain.statuses import STATUS_TABLE, Status, parse_status, status_label


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("toteutuu", Status.ON_TRACK),
        ("TOTEUTUU", Status.ON_TRACK),
        ("Toteutuu.", Status.ON_TRACK),
        ("  Uppnås ", Status.ON_TRACK),
        ("Toteutuminen  epävarma", Status.AT_RISK),
        ("Osäkert", Status.AT_RISK),
        ("ei toteudu", Status.OFF_TRACK),
        ("Uppnås inte", Status.OFF_TRACK),
        ("Toteutui", Status.ACHIEVED),
        ("Ei toteutunut", Status.NOT_ACHIEVED),
        ("not_achieved", Status.NOT_ACHIEVED),
        ("Will be achieved", Status.ON_TRACK),
    ],
)
def test_status_spellings_normalise_to_codes(typed: str, code: Status) -> None:
    assert parse_status(typed) == code


@pytest.mark.parametrize("typed", ["Toteutuuko", "ok", "green", "100 %"])
def test_unknown_status_is_refused_with_the_value(typed: str) -> None:
    with pytest.raises(ValueError, match=repr(typed)):
        parse_status(typed)


def test_every_status_has_three_labels_and_a_colour() -> None:
    for code, info in STATUS_TABLE.items():
        assert all(info.label), code
        assert info.colour.startswith("#")
    assert status_label("at_risk", "sv") == "Osäkert"
    assert status_label("off_track", "fi") == "Ei toteudu"


@pytest.mark.parametrize(
    ("typed", "number", "unit"),
    [
        ("100 %", Decimal(100), "%"),
        ("87,5 %", Decimal("87.5"), "%"),
        ("87,5", Decimal("87.5"), "%"),
        ("87.5", Decimal("87.5"), "%"),
        ("1 200", Decimal(1200), "%"),
        ("1\u00a0200 kpl", Decimal(1200), "kpl"),
        ("0", Decimal(0), "%"),
    ],
)
def test_numeric_forecasts_in_finnish_and_swedish_forms(
    typed: str, number: Decimal, unit: str
) -> None:
    assert parse_numeric(typed) == (number, unit)


@pytest.mark.parametrize("typed", ["paljon", "-5 %", "%", "1,2,3"])
def test_numeric_forecast_that_is_not_a_number_or_negative_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_numeric(typed)


def test_numeric_is_shown_as_typed_in_finnish() -> None:
    assert format_numeric(Decimal("87.5000"), "%") == "87,5 %"
    assert format_numeric(Decimal(1200), "kpl") == "1\u00a0200 kpl"


def test_rule_1_codes_belong_to_their_round() -> None:
    assert rules.entry_problems("1", "achieved") == ["round_codes"]
    assert rules.entry_problems("final", "on_track") == ["round_codes"]
    assert rules.entry_problems("1", "on_track") == []


def test_rule_2_at_risk_and_off_track_need_a_comment() -> None:
    assert rules.entry_problems("2", "at_risk", comment="  ") == ["comment_required"]
    assert rules.entry_problems("2", "off_track") == ["comment_required"]
    assert rules.entry_problems("2", "at_risk", comment="Riskit: aikataulu") == []


def test_rule_3_not_achieved_needs_an_explanation() -> None:
    assert rules.entry_problems("final", "not_achieved") == ["explanation_required"]
    assert rules.entry_problems("final", "not_achieved", explanation="Koska…") == []


def test_rule_4_goal_is_achieved_only_if_every_metric_is() -> None:
    assert rules.derive_outcome(["achieved", "achieved"]) == Status.ACHIEVED
    assert rules.derive_outcome(["achieved", "not_achieved"]) == Status.NOT_ACHIEVED
    assert rules.derive_outcome(["achieved", None]) is None
    assert rules.derive_outcome([]) is None


def test_rule_5_numeric_forecast_not_below_zero() -> None:
    assert rules.entry_problems("1", None, numeric=Decimal(-1)) == ["numeric_not_negative"]


def test_rule_6_who_may_change_what() -> None:
    assert rules.may_change("locked", coordinator=True) == "round_locked"
    assert rules.may_change("closed", coordinator=True) is None
    assert rules.may_change("closed", coordinator=False, assigned=True) == "not_assigned"
    assert rules.may_change("open", coordinator=False, assigned=False) == "not_assigned"
    assert rules.may_change("open", coordinator=False, assigned=True) is None


def test_violation_names_the_place_and_rule_in_words() -> None:
    violation = rules.Violation(
        year=2021,
        rule="comment_required",
        goal="Palveluja parannetaan asiakaskokemuksen perusteella",
        metric="Tuotetaan ennen valtuustokauden päätymistä",
        metric_number=1,
        round_key="2",
        status="at_risk",
    )
    assert violation.describe("en") == (
        "2021 · goal “Palveluja parannetaan asiakaskokemuksen perusteella” · "
        "metric 1 “Tuotetaan ennen valtuustokauden päätymistä” · round 2 · "
        "rule 2: At risk and off track need a comment that says why (At risk)"
    )
    assert "Epävarma tai toteutumaton" in violation.describe("fi")
