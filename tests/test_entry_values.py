"""One home for what an entry may hold: every door takes and refuses the same values (issue 10)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kuva_desktop.editing import Editor, Ref
from kuva_desktop.editing.vocabulary import save_link, save_owner
from kuva_desktop.exchange.packages import issue_package
from kuva_desktop.storage import models as m
from tests.test_packages_merge import AINO, YEAR, export, open_year, package_key, resign, submit

pytestmark = pytest.mark.db


def _document(**metric: Any) -> dict[str, Any]:
    return {
        "format": "kuva-year",
        "version": 1,
        "year": 2030,
        "layout": "status",
        "themes": [
            {
                "name": {"fi": "Teema"},
                "goals": [
                    {
                        "title": {"fi": "Tavoite"},
                        "owners": ["Aino Lehtinen"],
                        "metrics": [{"text": {"fi": "Mittari"}, "target": {"fi": "100"}, **metric}],
                    }
                ],
            }
        ],
    }


def _refused(cli, path: Path) -> str:  # type: ignore[no-untyped-def]
    """import-json of ``path``: exit 2, one line naming the file, the database unchanged."""
    before = cli("export-json", "--year", 2030)
    status, out, err = cli("import-json", path)
    assert status == 2, (out, err)
    assert err.count("\n") == 1 and str(path) in err and "Traceback" not in err
    assert cli("export-json", "--year", 2030) == before
    return err


# Numbers


def test_the_largest_number_comes_back_exactly(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "max.json"
    text = json.dumps(_document(entries={"1": {"status": "on_track", "numeric": 0}}))
    path.write_text(text.replace('"numeric": 0', '"numeric": 99999999999.9999'), encoding="utf-8")
    assert cli("import-json", path)[0] == 0
    out = cli("export-json", "--year", 2030)[1]
    assert '"numeric": 99999999999.9999' in out


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("99999999999999.9999", "99999999999999.9999 is too large"),
        ("1234567890123456", "1234567890123456 is too large"),
        ("1.23456", "1.23456 has more than 4 decimals"),
    ],
)
def test_a_number_the_database_cannot_keep_is_refused(
    cli, tmp_path: Path, number: str, message: str
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "big.json"
    text = json.dumps(_document(entries={"1": {"status": "on_track", "numeric": 0}}))
    path.write_text(text.replace('"numeric": 0', f'"numeric": {number}'), encoding="utf-8")
    err = _refused(cli, path)
    assert f"at themes[0].goals[0].metrics[0].entries.1.numeric: {message}" in err


@pytest.mark.sqlite
def test_export_package_names_a_stored_value_it_cannot_carry(database, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    ids = open_year(database)
    Editor(database).set_field(Ref.entry(ids["A"], "1"), "status", "on_track")
    # A value stored by another program (or before the limits): more digits than the range.
    with database.session() as session:
        entry = session.scalars(select(m.Entry).where(m.Entry.metric_id == ids["A"])).one()
        entry.numeric = Decimal("1234567890123456")
    status, out, err = cli(
        "export-package", "--year", YEAR, "--round", "1", "--owner", AINO, "-o", tmp_path
    )
    assert (status, out) == (2, "")
    assert (
        err.startswith("kuva-desktop: metric “")
        and ", round 1, numeric: 1234567890123456 is too large" in err
    )
    assert list(tmp_path.glob("*.kuvapkg")) == []


# Texts


def test_an_owner_name_longer_than_the_database_keeps_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = _document()
    data["themes"][0]["goals"][0]["owners"] = ["A" * 300]
    path = tmp_path / "owner.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    err = _refused(cli, path)
    assert "at themes[0].goals[0].owners[0]: 300 characters; at most 200 are allowed" in err


@pytest.mark.parametrize(
    ("char", "named"),
    [
        ("\u202e", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("\u2066", "U+2066 LEFT-TO-RIGHT ISOLATE"),
        ("\u0007", "U+0007"),
        ("\u0085", "U+0085"),
    ],
)
def test_bidi_and_control_characters_are_refused_naming_the_field(
    cli, tmp_path: Path, char: str, named: str
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bidi.json"
    data = _document(entries={"1": {"status": "on_track", "comment": f"Riskit: {char}abc"}})
    path.write_text(json.dumps(data), encoding="utf-8")
    err = _refused(cli, path)
    assert "at themes[0].goals[0].metrics[0].entries.1.comment: " in err
    assert named in err


def test_tab_and_line_breaks_are_kept_and_crlf_is_a_line_break(database: Any) -> None:
    ids = open_year(database)
    editor = Editor(database)
    ref = Ref.entry(ids["A"], "1")
    editor.set_field(ref, "comment", "Riskit:\tyksi\r\nkaksi")
    assert editor.get(ref, "comment") == "Riskit:\tyksi\nkaksi"


def test_import_table_refuses_a_control_character_with_row_and_column(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.test_table_errors import with_cell

    path = with_cell(tmp_path, 3, "Kommentit", "Riskit: \x0c sivunvaihto")
    status, out, err = cli("import-table", path, "--year", 2021, "--round", "1")
    assert status == 2 and out == ""
    assert err.startswith(
        'kuva-desktop: changed.txt: row 6, column "Kommentit": a control character (U+000C'
    )
    assert cli("export-json", "--year", 2021)[0] == 2  # nothing was imported


# Duplicate keys


def test_a_year_document_with_a_key_twice_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "twice.json"
    text = json.dumps(_document(entries={"1": {"status": "on_track", "comment": "a"}}))
    path.write_text(text.replace('"comment": "a"', '"comment": "a", "comment": "b"'), "utf-8")
    err = _refused(cli, path)
    assert 'the key "comment" appears twice in one object' in err


def test_a_submission_with_a_key_twice_is_refused(database, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    ids = open_year(database)
    package = issue_package(database, YEAR, "1", AINO, tmp_path).path
    sub = submit(package, {(ids["A"], "comment"): "Omistajan teksti"})
    text = sub.read_text(encoding="utf-8")
    sub.write_text(
        text.replace(
            '"comment": "Omistajan teksti"', '"comment": "x", "comment": "Omistajan teksti"'
        ),
        encoding="utf-8",
    )
    before = export(database)
    status, _, err = cli("merge", sub)
    assert status == 2
    assert str(sub) in err and 'the key "comment" appears twice in one object' in err
    assert export(database) == before


@pytest.mark.parametrize(
    ("value", "reason", "why"),
    [
        (
            "Riskit: \u202eabc",
            "a value the rules refuse (metric “",
            "the character U+202E RIGHT-TO-LEFT OVERRIDE would show the text",
        ),
        # Caught by the schema already: the package format's pattern is the domain's range.
        ("1234567890123456", "does not follow the package format", "entry.numeric"),
    ],
)
def test_a_submission_with_a_value_the_window_refuses_is_refused(
    database, tmp_path: Path, cli, value: str, reason: str, why: str
) -> None:  # type: ignore[no-untyped-def]
    ids = open_year(database)
    package = issue_package(database, YEAR, "1", AINO, tmp_path).path
    sub = submit(package, {(ids["A"], "comment"): "Omistajan teksti"})
    field = "comment" if "\u202e" in value else "numeric"

    def change(content: dict[str, Any]) -> None:
        content["goals"][0]["metrics"][0]["entry"][field] = value

    sub.write_bytes(resign(sub.read_bytes(), package_key(package), change))
    before = export(database)
    status, _, err = cli("merge", sub)
    assert status == 2
    assert str(sub) in err and reason in err and why in err
    assert err.count("\n") == 1
    assert export(database) == before


@pytest.mark.parametrize(
    ("save", "message"),
    [
        (
            lambda db: save_owner(db, None, "A" * 201, None, None),
            "owner: 201 characters; at most 200 are allowed",
        ),
        (
            lambda db: save_link(db, None, "Osallisuus\u202e", None),
            "link in Finnish: the character U+202E",
        ),
    ],
)
def test_the_vocabulary_keeps_the_same_limits(database: Any, save: Any, message: str) -> None:
    from kuva_desktop.editing import EditRefused

    with pytest.raises(EditRefused) as refused:
        save(database)
    assert str(refused.value).startswith(message)
