"""The year document: export, import, exact round trip, refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kuva_desktop.resources import resource_path
from kuva_desktop.storage import models as m

pytestmark = pytest.mark.db

SAMPLE_2019 = resource_path("sample", "2019.json")


def _export(cli, year: int) -> str:  # type: ignore[no-untyped-def]
    status, out, err = cli("export-json", "--year", year)
    assert (status, err) == (0, "")
    return out


def test_round_trip_is_exact(cli, tmp_path: Path, db_path: Path) -> None:
    assert cli("import-json", SAMPLE_2019)[0] == 0
    first = _export(cli, 2019)
    (tmp_path / "first.json").write_text(first, encoding="utf-8")

    other = tmp_path / "other.db"
    from kuva_desktop.cli import main

    assert main(["--db", str(other), "import-json", str(tmp_path / "first.json")]) == 0
    assert (
        main(
            [
                "--db",
                str(other),
                "export-json",
                "--year",
                "2019",
                "-o",
                str(tmp_path / "second.json"),
            ]
        )
        == 0
    )
    # The same document, but for the two keys that name the database it came from and its state.
    second = (tmp_path / "second.json").read_text(encoding="utf-8")
    assert _without_origin(second) == _without_origin(first)
    assert json.loads(second)["database"] != json.loads(first)["database"]


def _without_origin(text: str) -> str:
    data = json.loads(text)
    del data["database"], data["revision"]
    return json.dumps(data, ensure_ascii=False, indent=2)


def test_export_has_the_documented_shape(cli) -> None:
    cli("import-json", SAMPLE_2019)
    data = json.loads(_export(cli, 2019))
    assert (data["format"], data["version"], data["year"], data["layout"]) == (
        "kuva-year",
        1,
        2019,
        "narrative",
    )
    assert data["division"] == {
        "fi": "Kulttuurin ja vapaa-ajan toimiala",
        "sv": "Kultur- och fritidssektorn",
    }
    assert [r["key"] for r in data["rounds"]] == ["1", "2", "3", "final"]
    goals = [g for t in data["themes"] for g in t["goals"]]
    assert [g["outcome"]["status"] for g in goals] == ["achieved", "not_achieved", "not_achieved"]
    metric = goals[0]["metrics"][0]
    assert set(metric["entries"]["1"]) == {"status", "forecast", "comment", "numeric", "unit"}
    assert set(metric["entries"]["final"]) == {"status", "explanation"}
    assert sum(len(g["metrics"]) for g in goals) == 7


def test_importing_the_same_document_again_changes_nothing(cli, database) -> None:
    cli("import-json", SAMPLE_2019)
    with database.reader() as session:
        before = session.scalar(select(func.count(m.Change.id)))
    status, out, _ = cli("import-json", SAMPLE_2019)
    assert status == 0 and "0 values changed" in out
    with database.reader() as session:
        assert session.scalar(select(func.count(m.Change.id))) == before


def test_replace_removes_what_the_document_no_longer_has(cli, tmp_path: Path) -> None:
    data = json.loads(SAMPLE_2019.read_text(encoding="utf-8"))
    for r in data["rounds"]:
        r["state"] = "open"
    (tmp_path / "open.json").write_text(json.dumps(data), encoding="utf-8")
    cli("import-json", tmp_path / "open.json")
    del data["themes"][2]
    data["themes"][0]["goals"][0]["metrics"].pop()
    (tmp_path / "smaller.json").write_text(json.dumps(data), encoding="utf-8")
    # Without a revision the document may be older than what it deletes: --replace says it is not.
    assert cli("import-json", tmp_path / "smaller.json")[0] == 2
    assert cli("import-json", tmp_path / "smaller.json", "--replace")[0] == 0
    exported = json.loads(_export(cli, 2019))
    assert len(exported["themes"]) == 2
    assert len(exported["themes"][0]["goals"][0]["metrics"]) == 1


def test_a_locked_round_does_not_change(cli, tmp_path: Path) -> None:
    cli("import-json", SAMPLE_2019)
    before = _export(cli, 2019)
    data = json.loads(before)
    data["themes"][0]["goals"][0]["metrics"][0]["entries"]["1"]["forecast"] = "Uusi teksti"
    (tmp_path / "changed.json").write_text(json.dumps(data), encoding="utf-8")
    status, _, err = cli("import-json", tmp_path / "changed.json")
    assert status == 2
    assert "changed.json" in err and "round 1 of 2019 is locked" in err
    assert _export(cli, 2019) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "the file is empty"),
        ('{"format": "kuva-year", "version": 1,\n "year": 20', "line 2, column 12: not valid JSON"),
        ('{"format": "something", "version": 1, "year": 2020}', "not a Kuva year document"),
        ('{"format": "kuva-year", "version": 2, "year": 2020}', "version 2 is not supported"),
        ('{"format": "kuva-year", "version": 1, "year": "soon"}', "at year:"),
        (
            '{"format": "kuva-year", "version": 1, "year": 2020, "layout": "status", '
            '"themes": [{"name": {"fi": "T"}, "goals": [{"title": {"fi": "G"}, "metrics": '
            '[{"text": {"fi": "M"}, "entries": {"4": {}}}]}]}]}',
            "at themes[0].goals[0].metrics[0].entries.4",
        ),
        (
            '{"format": "kuva-year", "version": 1, "year": 2020, "layout": "status", '
            '"themes": [{"name": {"fi": "T"}, "goals": [{"title": {"fi": "G"}, "metrics": '
            '[{"text": {"fi": "Mittari"}, "entries": {"1": {"status": "Toteutui"}}}]}]}]}',
            "metric “Mittari”, round 1: status 'Toteutui' does not belong in this round",
        ),
        (
            '{"format": "kuva-year", "version": 1, "year": 2020, "layout": "status", '
            '"themes": [{"name": {"fi": "T"}, "goals": [{"title": {"fi": "G"}, "metrics": '
            '[{"text": {"fi": "Mittari"}, "entries": {"2": {"status": "vihreä"}}}]}]}]}',
            "round 2: unknown status 'vihreä'",
        ),
    ],
)
def test_bad_documents_are_refused_with_the_place(
    cli, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    status, out, err = cli("import-json", path)
    assert status == 2, err
    assert out == ""
    assert err.startswith(f"kuva-desktop: {path}") and message in err
    assert "Traceback" not in err and err.count("\n") == 1
    assert cli("export-json", "--year", "2020")[0] == 2  # nothing was written


def test_an_owners_language_round_trips_and_an_older_document_keeps_it(
    cli, database, tmp_path: Path
) -> None:
    from kuva_desktop.editing import vocabulary as vocab

    assert cli("import-json", SAMPLE_2019)[0] == 0
    owners = {o["name"]: o for o in json.loads(_export(cli, 2019))["owners"]}
    assert owners["Jussi Koskinen"]["language"] == "sv"
    assert owners["Aino Lehtinen"]["language"] == "fi"

    # A document written before owners had a language: the stored one stays.
    older = json.loads(SAMPLE_2019.read_text(encoding="utf-8"))
    for owner in older["owners"]:
        del owner["language"]
    path = tmp_path / "older.json"
    path.write_text(json.dumps(older, ensure_ascii=False), encoding="utf-8")
    assert cli("import-json", path, "--replace")[0] == 0
    languages = {o.name: o.language for o in vocab.owners(database)}
    assert languages["Jussi Koskinen"] == "sv" and languages["Aino Lehtinen"] == "fi"

    # Into an empty database: every owner is written to in Finnish.
    from kuva_desktop.cli import main

    other = tmp_path / "other.db"
    assert main(["--db", str(other), "import-json", str(path)]) == 0
    assert (
        main(["--db", str(other), "export-json", "--year", "2019", "-o", str(tmp_path / "o")]) == 0
    )
    exported = json.loads((tmp_path / "o").read_text(encoding="utf-8"))
    assert {o["language"] for o in exported["owners"]} == {"fi"}


def test_an_owner_language_other_than_fi_or_sv_is_refused(cli, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(
        '{"format": "kuva-year", "version": 1, "year": 2020, '
        '"owners": [{"name": "A"}, {"name": "B", "language": "en"}]}',
        encoding="utf-8",
    )
    status, out, err = cli("import-json", path)
    assert (status, out) == (2, "")
    assert err.startswith(f"kuva-desktop: {path}") and "owners[1].language" in err
    assert "Traceback" not in err and err.count("\n") == 1
