"""The app's own Excel export comes back exactly, in Finnish and Swedish, and an import writes only
what it understands: the command's exit status, its messages and the year before and after."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.conftest import SEED_2021

pytestmark = pytest.mark.db

Cli = Any


def _year(cli: Cli, year: int) -> dict[str, Any]:
    """The year document without the database's revision, which every write moves on."""
    status, out, err = cli("export-json", "--year", year)
    assert status == 0, err
    document: dict[str, Any] = json.loads(out)
    document.pop("revision")
    return document


def _export(cli: Cli, tmp_path: Path, year: int, round_key: str, language: str) -> Path:
    path = tmp_path / f"{year}-{round_key}-{language}.xlsx"
    status, _, err = cli(
        "export-xlsx", "--year", year, "--round", round_key, "--lang", language, "-o", path
    )
    assert status == 0, err
    return path


def _edit(path: Path, edits: dict[tuple[int, str], str | None]) -> None:
    """Change cells of the sheet as a person would, by (row, column title)."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    titles = {str(cell.value): cell.column for cell in sheet[3] if cell.value}
    for (row, title), value in edits.items():
        sheet.cell(row, titles[title]).value = value
    workbook.save(path)


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize(("year", "round_key"), [(2020, "3"), (2021, "1"), (2021, "3")])
def test_own_export_comes_back_exactly(
    cli: Cli, tmp_path: Path, year: int, round_key: str, language: str
) -> None:
    assert cli("sample-data")[0] == 0
    before = _year(cli, year)
    path = _export(cli, tmp_path, year, round_key, language)
    status, out, err = cli("import-table", path, "--year", year)
    assert (status, err) == (0, ""), out
    assert out.splitlines()[0].endswith("; no changes")
    assert _year(cli, year) == before


@pytest.mark.parametrize(
    ("language", "status_title", "comment_title", "status_text"),
    [
        ("fi", "Ennuste 1/2021", "Kommentit", "Toteutuminen epävarma"),
        ("sv", "Prognos 1/2021", "Kommentarer", "Osäkert"),
    ],
)
def test_own_export_edited_gives_the_year_with_just_the_edits(
    cli: Cli, tmp_path: Path, language: str, status_title: str, comment_title: str, status_text: str
) -> None:
    assert cli("sample-data")[0] == 0
    assert cli("round", "--year", "2021", "--round", "1", "open")[0] == 0
    before = _year(cli, 2021)
    path = _export(cli, tmp_path, 2021, "1", language)
    comment = "Riskit: kävijämäärät eivät palaudu ennen syksyä."
    _edit(path, {(4, status_title): status_text, (4, comment_title): comment})

    status, out, err = cli("import-table", path, "--year", "2021")
    assert (status, err) == (0, ""), out

    entry = before["themes"][0]["goals"][0]["metrics"][0]["entries"]["1"]
    entry["status"], entry["comment"] = "at_risk", comment
    assert _year(cli, 2021) == before


def test_swedish_text_typed_over_a_finnish_fallback_goes_to_the_swedish_field(
    cli: Cli, tmp_path: Path
) -> None:
    assert cli("sample-data")[0] == 0
    before = _year(cli, 2021)
    assert before["themes"][2]["name"] == {"fi": "Uudistuvat palvelut", "sv": None}
    path = _export(cli, tmp_path, 2021, "1", "sv")
    sheet = openpyxl.load_workbook(path).worksheets[0]
    row = [r for r in range(4, sheet.max_row) if sheet.cell(r, 1).value][2]
    _edit(path, {(row, "Stadsstrategins tema"): "Förnyade tjänster"})

    status, out, err = cli("import-table", path, "--year", "2021")
    assert (status, err) == (0, ""), out

    before["themes"][2]["name"]["sv"] = "Förnyade tjänster"
    assert _year(cli, 2021) == before


def test_a_change_to_a_locked_round_names_the_row_and_the_metric(cli: Cli, tmp_path: Path) -> None:
    assert cli("sample-data")[0] == 0
    before = _year(cli, 2021)
    path = _export(cli, tmp_path, 2021, "1", "fi")
    _edit(path, {(5, "Ennuste 1/2021"): "Ei toteudu"})
    status, out, err = cli("import-table", path, "--year", "2021")
    metric = before["themes"][1]["goals"][0]["metrics"][0]["text"]["fi"]
    assert status == 2 and out == ""
    assert f"{path.name}: row 5, metric '{metric[:40]}" in err
    assert "round 1 of 2021 is locked and cannot change; nothing was imported" in err
    assert _year(cli, 2021) == before


def _as_finnish_table_without_ids(path: Path) -> None:
    """A Swedish sheet whose titles were typed over in Finnish and ids column deleted: the
    table that silently made new themes with Swedish names in the Finnish field."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    finnish = [
        "Kaupunkistrategian teema",
        "Sitova toiminnan tavoite",
        "Sitovan toiminnan tavoitteen mittarit",
    ]
    for column, title in enumerate(finnish, start=1):
        sheet.cell(3, column).value = title
    sheet.delete_cols(sheet.max_column)
    workbook.save(path)


def test_swedish_names_in_a_finnish_table_need_a_choice(cli: Cli, tmp_path: Path) -> None:
    assert cli("sample-data")[0] == 0
    before = _year(cli, 2021)
    path = _export(cli, tmp_path, 2021, "1", "sv")
    _as_finnish_table_without_ids(path)

    status, out, err = cli("import-table", path, "--year", "2021", "--dry-run")
    assert status == 0
    assert "needs a choice: " in out
    assert "a new theme 'Världens bäst fungerande stad' is named as the theme" in out
    assert "moves from the theme 'Maailman toimivin kaupunki'" in out

    status, out, err = cli("import-table", path, "--year", "2021")
    assert status == 2 and out == ""
    assert err.count("\n") == 1
    assert "need a choice, the first: " in err
    assert "--allow-goal-moves --allow-other-language-names; nothing was imported" in err
    assert _year(cli, 2021) == before


def test_a_goal_moved_to_another_theme_needs_the_flag(cli: Cli, tmp_path: Path) -> None:
    assert cli("sample-data")[0] == 0
    path = _export(cli, tmp_path, 2021, "1", "fi")
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    sheet.delete_cols(sheet.max_column)  # no ids: the rows are matched by their texts
    sheet.cell(5, 1).value = "Maailman toimivin kaupunki"  # the second goal's theme cell
    workbook.save(path)
    before = _year(cli, 2021)

    status, _, err = cli("import-table", path, "--year", "2021")
    assert status == 2 and "--allow-goal-moves;" in err
    assert _year(cli, 2021) == before

    status, out, err = cli("import-table", path, "--year", "2021", "--allow-goal-moves")
    assert (status, err) == (0, ""), out
    after = _year(cli, 2021)
    moved = before["themes"][1]["goals"][0]["title"]["fi"]
    assert [g["title"]["fi"] for g in after["themes"][0]["goals"]][-1] == moved
    assert after["themes"][1]["goals"] == []


def test_nul_byte_names_the_line(cli: Cli, tmp_path: Path) -> None:
    lines = SEED_2021.read_bytes().split(b"\n")
    lines[4] = lines[4][:10] + b"\x00" + lines[4][10:]
    path = tmp_path / "nul.txt"
    path.write_bytes(b"\n".join(lines))
    status, out, err = cli("import-table", path, "--year", "2021")
    assert status == 2 and out == ""
    assert err.strip().endswith(
        "nul.txt: line 5: not a table (binary data: the control character U+0000, which no text "
        "table holds; the file may be damaged)"
    )


def test_repeated_warnings_are_grouped_and_unknown_columns_listed(cli: Cli, tmp_path: Path) -> None:
    header = (
        "Kaupunkistrategian teema\tSitova toiminnan tavoite\tSitovan toiminnan tavoitteen "
        "mittarit\tEnnuste 1/2020\tVastuuhenkilö\tKytkeytyminen kaupunkiyhteisiin hankkeisiin"
    )
    rows = [
        f"Teema\tTavoite {n}\tMittari {n}\tEtenee\tMaija\tLiikkumishohjelma" for n in range(1, 11)
    ]
    path = tmp_path / "many.txt"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    status, out, err = cli("import-table", path, "--year", "2020")
    assert (status, err) == (0, "")
    warnings = [line for line in out.splitlines() if line.startswith("warning: ")]
    assert warnings == [
        'warning: many.txt: columns not read (their titles are unknown): "Vastuuhenkilö"',
        'warning: many.txt: rows 2, 3, 4 … (10 rows), column "Kytkeytyminen kaupunkiyhteisiin '
        "hankkeisiin\": 'Liikkumishohjelma' read as 'Liikkumisohjelma'",
    ]


def test_comments_of_an_export_go_to_its_round_even_without_its_statuses(
    cli: Cli, tmp_path: Path
) -> None:
    assert cli("sample-data")[0] == 0
    assert cli("round", "--year", "2021", "--round", "2", "open")[0] == 0
    before = _year(cli, 2021)
    path = _export(cli, tmp_path, 2021, "2", "fi")
    comment = "Riskit: aikataulu venyy."
    edits: dict[tuple[int, str], str | None] = {(row, "Ennuste 2/2021"): None for row in (4, 5, 6)}
    edits[(4, "Kommentit")] = comment
    _edit(path, edits)

    status, out, err = cli("import-table", path, "--year", "2021")
    assert (status, err) == (0, ""), out

    before["themes"][0]["goals"][0]["metrics"][0]["entries"]["2"]["comment"] = comment
    assert _year(cli, 2021) == before


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_a_goal_without_metrics_comes_back(
    cli: Cli, database: Any, tmp_path: Path, language: str
) -> None:
    from kuva_desktop.exchange import yeardoc
    from kuva_desktop.exchange.document import YearDocument

    assert cli("sample-data")[0] == 0
    document = _year(cli, 2021)
    document["themes"][2]["goals"].append(
        {"title": {"fi": "Uusi tavoite", "sv": "Nytt mål"}, "description": {"fi": "Kuvaus."}}
    )
    with database.session(source="test") as session:
        yeardoc.apply_document(
            session, YearDocument.model_validate(document), replace=True, name="test"
        )
    before = _year(cli, 2021)

    table = _export(cli, tmp_path, 2021, "1", language)
    status, out, err = cli("import-table", table, "--year", "2021")
    assert (status, err) == (0, ""), out
    assert "2021 (status layout): 3 themes, 4 goals, 3 metrics, 3 entries" in out
    assert out.splitlines()[0].endswith("; no changes")
    assert _year(cli, 2021) == before
