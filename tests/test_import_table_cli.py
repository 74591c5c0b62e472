"""`import-table` end to end: the seeds, the summary, idempotence, refusals that change nothing."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kuva_desktop.storage import models as m
from tests.conftest import SEED_2020, SEED_2021

pytestmark = pytest.mark.db


def _document(cli, year: int) -> dict:  # type: ignore[no-untyped-def, type-arg]
    status, out, err = cli("export-json", "--year", year)
    assert status == 0, err
    return json.loads(out)


def _goals(document: dict) -> list[dict]:  # type: ignore[type-arg]
    return [g for t in document["themes"] for g in t["goals"]]


def test_seed_001_as_2020(cli) -> None:
    status, out, err = cli("import-table", SEED_2020, "--year", "2020")
    assert (status, err) == (0, "")
    assert out.splitlines()[0].startswith(
        f"{SEED_2020}: 2020 (narrative layout): 3 themes, 3 goals, 5 metrics, 15 entries, "
        "1 warning; "
    )
    assert out.splitlines()[0].endswith(" values changed")
    assert "'Asukaskokemus ja asiakastytyväisyys' read as" in out
    document = _document(cli, 2020)
    goals = _goals(document)
    assert document["layout"] == "narrative"
    assert len(document["themes"]) == 3 and len(goals) == 3
    assert goals[0]["title"]["fi"] == "Palveluja parannetaan asiakaskokemuksen perusteella"
    assert [link["fi"] for link in goals[0]["links"]] == [
        "Asukaskokemus ja asiakastyytyväisyys",
        "Palvelujen saavutettavuus",
        "Merellinen strategia",
        "Liikkumisohjelma",
        "Mukana-ohjelma",
    ]
    metrics = [mt for g in goals for mt in g["metrics"]]
    assert len(metrics) == 5
    entries = [e for mt in metrics for e in mt["entries"].values()]
    assert len(entries) == 15 and all(e["forecast"] for e in entries)
    assert "<p>" not in json.dumps(document)


def test_seed_002_as_2021(cli) -> None:
    assert cli("import-table", SEED_2021, "--year", "2021")[0] == 0
    document = _document(cli, 2021)
    goals = _goals(document)
    metrics = [mt for g in goals for mt in g["metrics"]]
    assert document["layout"] == "status"
    assert (len(goals), len(metrics)) == (3, 3)
    statuses = [mt["entries"][k]["status"] for mt in metrics for k in ("1", "2", "3")]
    assert statuses == ["on_track"] * 9
    assert [mt["recovery"] for mt in metrics] == [False, True, True]
    assert [(mt["entries"]["3"]["numeric"], mt["entries"]["3"]["unit"]) for mt in metrics] == [
        (100, "%")
    ] * 3
    assert metrics[0]["entries"]["3"]["comment"].startswith("Palvelukokonaisuudet ovat")
    assert metrics[0]["entries"]["1"]["comment"] is None
    assert "s t r a t e g i a m i t t a r i s s o s u u s" in metrics[1]["text"]["fi"]


def test_round_option_puts_comments_in_that_round(cli) -> None:
    assert cli("import-table", SEED_2021, "--year", "2021", "--round", "1")[0] == 0
    metric = _goals(_document(cli, 2021))[0]["metrics"][0]
    assert metric["entries"]["1"]["numeric"] == 100
    assert metric["entries"]["1"]["comment"].startswith("Palvelukokonaisuudet ovat")
    assert metric["entries"]["3"]["comment"] is None


def test_importing_the_same_file_again_changes_nothing(cli, database) -> None:
    cli("import-table", SEED_2021, "--year", "2021")
    before = _document(cli, 2021)
    with database.reader() as session:
        changes = session.scalar(select(func.count(m.Change.id)))
    status, out, _ = cli("import-table", SEED_2021, "--year", "2021")
    assert status == 0 and out.splitlines()[0].endswith("no changes")
    assert _document(cli, 2021) == before
    with database.reader() as session:
        assert session.scalar(select(func.count(m.Change.id))) == changes


def test_import_keeps_what_the_table_does_not_have(cli) -> None:
    cli("sample-data")
    before = _goals(_document(cli, 2021))
    cli("round", "--year", "2021", "--round", "3", "open")
    assert cli("import-table", SEED_2021, "--year", "2021")[0] == 0
    after = _goals(_document(cli, 2021))
    assert [g["owners"] for g in after] == [g["owners"] for g in before]
    assert [g["metrics"][0]["entries"]["1"] for g in after] == [
        g["metrics"][0]["entries"]["1"] for g in before
    ]


def test_import_into_a_locked_round_is_refused(cli, tmp_path: Path) -> None:
    cli("sample-data")
    before = _document(cli, 2021)
    changed = tmp_path / "changed.txt"
    changed.write_text(
        SEED_2021.read_text(encoding="utf-8").replace("\tToteutuu\t", "\tEi toteudu\t", 1),
        encoding="utf-8",
    )
    status, _, err = cli("import-table", changed, "--year", "2021")
    assert status == 2 and "round 1 of 2021 is locked" in err
    assert _document(cli, 2021) == before


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    header = SEED_2021.read_text(encoding="utf-8").strip().splitlines()[0]
    row = SEED_2021.read_text(encoding="utf-8").strip().splitlines()[1].split("\t")
    files = {}

    def write(name: str, content: bytes | str, message: str) -> None:
        path = tmp_path / name
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
        files[name] = (path, message)

    write("empty.txt", b"", "empty")
    write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "not a table")
    write("nometrics.txt", header.replace("Sitovan toiminnan tavoitteen mittarit", "Muuta"), "")
    write("headeronly.txt", header + "\n", "no rows")
    bad_status = [*row]
    bad_status[5] = "Vihreä"
    write("status.txt", header + "\n" + "\t".join(bad_status), "'Vihreä'")
    bad_number = [*row]
    bad_number[8] = "paljon"
    write("number.txt", header + "\n" + "\t".join(bad_number), "'paljon'")
    write("fake.xlsx", b"PK\x03\x04 this is not a zip", "")
    other_zip = tmp_path / "other.zip"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("readme.txt", "hello")
    write("notworkbook.xlsx", other_zip.read_bytes(), "")
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["Nimi", "Osoite"])  # type: ignore[union-attr]
    workbook.save(tmp_path / "nomatch.xlsx")
    files["nomatch.xlsx"] = (tmp_path / "nomatch.xlsx", "no table found")
    return files


BAD = [
    "empty.txt",
    "image.txt",
    "nometrics.txt",
    "headeronly.txt",
    "status.txt",
    "number.txt",
    "fake.xlsx",
    "notworkbook.xlsx",
    "nomatch.xlsx",
]


@pytest.mark.parametrize("name", BAD)
def test_bad_input_is_refused_and_changes_nothing(cli, tmp_path: Path, name: str) -> None:
    cli("import-table", SEED_2021, "--year", "2021")
    before = _document(cli, 2021)
    path, message = _bad_files(tmp_path)[name]
    status, out, err = cli("import-table", path, "--year", "2021")
    assert status == 2, err
    assert out == ""
    assert err.startswith("kuva-desktop: ") and name in err and message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert _document(cli, 2021) == before


@pytest.mark.sqlite
def test_every_import_makes_a_backup_first(cli, db_path: Path) -> None:
    cli("import-table", SEED_2020, "--year", "2020")
    cli("import-table", SEED_2021, "--year", "2021")
    backups = sorted((db_path.parent / "backups").glob("*before-import.db"))
    assert len(backups) == 2
    import sqlite3

    with sqlite3.connect(backups[-1]) as copy:  # the copy made before 2021 came in
        assert copy.execute("SELECT year FROM year").fetchall() == [(2020,)]


@pytest.mark.parametrize("name", BAD)
def test_a_refused_import_into_a_new_database_leaves_no_file(
    cli, tmp_path: Path, db_path: Path, name: str
) -> None:
    path, message = _bad_files(tmp_path)[name]
    status, _, err = cli("import-table", path, "--year", "2021")
    assert status == 2 and message in err
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith("kuva")) == []
    assert not (db_path.parent / "backups").exists()


@pytest.mark.sqlite  # about the file a dry run must not leave
def test_a_dry_run_into_a_new_database_leaves_no_file(cli, db_path: Path) -> None:
    status, out, err = cli("import-table", SEED_2021, "--year", "2021", "--dry-run")
    assert (status, err) == (0, "")
    assert "would add" in out.splitlines()[0]
    assert not db_path.exists()
    status, out, err = cli("import-table", SEED_2021, "--year", "2021")
    assert (status, err) == (0, "")
    assert db_path.exists()
    assert _goals(_document(cli, 2021))[0]["metrics"][0]["entries"]["1"]["status"] == "on_track"
