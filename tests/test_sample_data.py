"""The shipped sample data: complete, consistent with the seeds, canonical."""

from __future__ import annotations

import json

import pytest

from kuva_desktop.resources import resource_path
from tests.conftest import SEED_2020

pytestmark = pytest.mark.db


def _document(cli, year: int) -> dict:  # type: ignore[no-untyped-def, type-arg]
    status, out, _ = cli("export-json", "--year", year)
    assert status == 0
    return json.loads(out)


def test_sample_data_loads_and_passes_the_rules(cli) -> None:
    status, out, _ = cli("sample-data")
    assert status == 0
    assert out.splitlines() == [f"sample data: {y} loaded" for y in (2019, 2020, 2021)]
    assert cli("check")[0] == 0


def test_sample_files_are_what_export_writes(cli) -> None:
    cli("sample-data")
    for year in (2019, 2020, 2021):
        shipped = resource_path("sample", f"{year}.json").read_text(encoding="utf-8")
        exported = json.loads(cli("export-json", "--year", year)[1])
        # The shipped files are the year alone: not the database and revision of an export.
        del exported["database"], exported["revision"]
        assert json.dumps(exported, ensure_ascii=False, indent=2) + "\n" == shipped


def test_2019_outcomes_are_derived_from_seed_004(cli) -> None:
    cli("sample-data")
    goals = [g for t in _document(cli, 2019)["themes"] for g in t["goals"]]
    assert sum(len(g["metrics"]) for g in goals) == 7
    assert [g["outcome"]["status"] for g in goals] == ["achieved", "not_achieved", "not_achieved"]
    assert all(g["outcome"]["explanation"] for g in goals[1:])
    assert all(mt["entries"]["1"]["forecast"] for g in goals for mt in g["metrics"])


def test_2021_has_the_round_1_comments_of_seed_000(cli) -> None:
    cli("sample-data")
    goals = [g for t in _document(cli, 2021)["themes"] for g in t["goals"]]
    comments = [g["metrics"][0]["entries"]["1"]["comment"] for g in goals]
    assert all(c.startswith("Riskit: ") for c in comments)
    assert comments[0].startswith("Riskit: Työ on laaja ja haastava.")
    assert [g["metrics"][0]["entries"]["1"]["status"] for g in goals] == ["on_track"] * 3


def test_goals_are_tied_across_years_and_owned(cli) -> None:
    cli("sample-data")
    keys = {}
    for year in (2019, 2020, 2021):
        document = _document(cli, year)
        keys[year] = [g["key"] for t in document["themes"] for g in t["goals"]]
        assert len({o["area"] for o in document["owners"]}) >= 3
        assert all(g["owners"] for t in document["themes"] for g in t["goals"])
    assert keys[2019] == keys[2020] == keys[2021]


def test_2020_sample_is_what_import_table_makes_of_seed_001(cli, tmp_path) -> None:
    from kuva_desktop.cli import main

    cli("sample-data")
    sample = _document(cli, 2020)
    other = tmp_path / "other.db"
    assert main(["--db", str(other), "import-table", str(SEED_2020), "--year", "2020"]) == 0
    main(["--db", str(other), "export-json", "--year", "2020", "-o", str(tmp_path / "o.json")])
    imported = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))

    def texts(document: dict) -> list[str]:  # type: ignore[type-arg]
        out = []
        for theme in document["themes"]:
            out.append(theme["name"]["fi"])
            for goal in theme["goals"]:
                out += [goal["title"]["fi"], goal["description"]["fi"]]
                for metric in goal["metrics"]:
                    out.append(metric["text"]["fi"])
                    out += [e["forecast"] for e in metric["entries"].values()]
        return out

    assert texts(imported) == texts(sample)


def test_sample_data_is_refused_when_the_years_are_there(cli) -> None:
    cli("sample-data")
    status, _, err = cli("sample-data")
    assert status == 2 and "already has 2019, 2020, 2021" in err
