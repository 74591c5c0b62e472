"""The message table: every code speaks English, Finnish and Swedish with the same parameters."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import kuva_desktop
from kuva_desktop.errors import InputError
from kuva_desktop.messages import LANGUAGES, MESSAGES, history_source, placeholders

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
        if words and (code, language) not in SAME_WORD:
            assert text.get(language) != text.en, (code, language)


def test_an_error_with_a_code_is_shown_in_each_language() -> None:
    code = sorted(MESSAGES)[0]
    params = {name: "X" for name in placeholders(MESSAGES[code].en)}
    error = InputError(code, **params)
    assert str(error) == MESSAGES[code].en.format(**params)
    assert error.text("fi") == MESSAGES[code].fi.format(**params)
    assert error.text("sv") == MESSAGES[code].sv.format(**params)


def test_a_sentence_that_is_not_a_code_is_refused_as_a_bug() -> None:
    # No English sentence may stand in for a code: it would reach a Finnish window as it is.
    with pytest.raises(KeyError):
        InputError("year 2020: not in the database")


def test_no_refusal_is_raised_with_a_sentence_instead_of_a_code() -> None:
    """Every ``InputError(...)`` and ``Message(...)`` in the package names a code of the table
    (a literal one, or one built from a known prefix)."""
    root = Path(kuva_desktop.__file__).parent
    built = ("field.", "use.", "round.state.", "conflict.resolution.", "package.", "table.")
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            if name not in ("InputError", "Message", "EditRefused"):
                continue
            first = node.args[1] if name == "EditRefused" and len(node.args) > 1 else node.args[0]
            place = f"{path.relative_to(root)}:{node.lineno}"
            if isinstance(first, ast.Constant):
                if first.value not in MESSAGES:
                    found.append(f"{place}: {first.value!r}")
            elif isinstance(first, ast.JoinedStr):
                head = first.values[0]
                prefix = head.value if isinstance(head, ast.Constant) else ""
                if not str(prefix).startswith(built):
                    found.append(f"{place}: {ast.unparse(first)}")
    assert found == []


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
    assert set(codes) == set(MESSAGES)
