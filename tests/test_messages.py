"""The message table: every code speaks English, Finnish and Swedish with the same parameters."""

from __future__ import annotations

import re

import pytest

from kuva_desktop.errors import InputError
from kuva_desktop.messages import LANGUAGES, MESSAGES, PLAIN, history_source, placeholders

# Messages whose translation is the English word.
SAME_WORD = {("field.status", "sv")}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_code_has_three_languages_with_the_same_parameters(code: str) -> None:
    text = MESSAGES[code]
    sentences = [text.get(language) for language in LANGUAGES]
    assert all(s.strip() for s in sentences), code
    assert len({frozenset(placeholders(s)) for s in sentences}) == 1, code
    for language in ("fi", "sv"):
        # A Finnish or Swedish text equal to the English one was not translated, unless it has
        # no words of its own ("{name}: {reason}") or is the same word by design.
        words = re.sub(r"\{\w+\}|\W", "", text.en)
        if code != PLAIN and words and (code, language) not in SAME_WORD:
            assert text.get(language) != text.en, (code, language)


def test_an_error_with_a_code_is_shown_in_each_language() -> None:
    code = next(c for c in sorted(MESSAGES) if c != PLAIN)
    params = {name: "X" for name in placeholders(MESSAGES[code].en)}
    error = InputError(code, **params)
    assert str(error) == MESSAGES[code].en.format(**params)
    assert error.text("fi") == MESSAGES[code].fi.format(**params)
    assert error.text("sv") == MESSAGES[code].sv.format(**params)


def test_a_sentence_that_is_not_a_code_is_kept_as_it_is() -> None:
    error = InputError("year 2020: not in the {database}")
    assert error.code == PLAIN
    assert str(error) == error.text("fi") == "year 2020: not in the {database}"


@pytest.mark.parametrize(
    ("source", "fi", "sv"),
    [
        ("typed", "Käsin syötetty", "Manuellt inmatad"),
        ("sample data", "Esimerkkiaineisto", "Exempeldata"),
        ("import-table t.xlsx", "Taulukon tuonti: t.xlsx", "Import av tabell: t.xlsx"),
        ("work package kuva-2022-1-a.kuvapkg", "Työpaketti kuva-2022-1-a.kuvapkg", None),
        (
            "submission 9b14e2 (Jussi Koskinen)",
            "Vastuuhenkilön Jussi Koskinen palautus",
            "Inlämning av Jussi Koskinen",
        ),
        (
            "conflict resolution of submission 9b14e2 (Jussi Koskinen)",
            "Ristiriidan ratkaisu: vastuuhenkilön Jussi Koskinen palautus",
            "Konfliktlösning: inlämning av Jussi Koskinen",
        ),
        ("something new", "something new", "something new"),
    ],
)
def test_a_history_source_is_told_by_its_kind(source: str, fi: str, sv: str | None) -> None:
    assert history_source(source, "fi") == fi
    if sv is not None:
        assert history_source(source, "sv") == sv


def test_each_code_is_defined_in_one_area_only() -> None:
    # The areas are gathered into one table, where a code defined twice would silently win once.
    from kuva_desktop.messages.catalogue import AREAS

    codes = [code for area in AREAS for code in area.MESSAGES]
    assert len(codes) == len(set(codes))
    assert {*codes, PLAIN} == set(MESSAGES)
