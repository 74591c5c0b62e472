"""The reports' read of a year (plain SQL) agrees with the model; the report commands use it."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kuva_desktop.errors import InputError
from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.reports.pdf import write_report
from kuva_desktop.storage import models as m
from kuva_desktop.storage.database import Database, open_database
from kuva_desktop.storage.files import current_database
from kuva_desktop.storage.migrations import HEAD
from kuva_desktop.storage.queries import load_year
from kuva_desktop.storage.snapshot import DatabaseFile, YearSnapshot, read_year

PRINTED = dt.date(2021, 12, 20)


@pytest.fixture
def sample(database: Database) -> Database:
    load_sample_data(database)
    return database


def seen(year: m.Year | YearSnapshot) -> dict[str, Any]:
    """A year as the reports read it: loaded through the model, or a snapshot (the same names)."""
    return {
        "year": year.year,
        "layout": year.layout,
        "division": (year.division_fi, year.division_sv),
        "themes": [
            {
                "id": theme.id,
                "name": (theme.name_fi, theme.name_sv),
                "goals": [
                    {
                        "id": goal.id,
                        "texts": (
                            goal.title_fi,
                            goal.title_sv,
                            goal.description_fi,
                            goal.description_sv,
                            goal.outcome_explanation,
                        ),
                        "links": [(link.name_fi, link.name_sv) for link in goal.links],
                        "metrics": [
                            {
                                "id": metric.id,
                                "texts": (
                                    metric.text_fi,
                                    metric.text_sv,
                                    metric.target_fi,
                                    metric.target_sv,
                                    metric.recovery,
                                ),
                                "entries": [
                                    (
                                        e.round_key,
                                        e.status,
                                        e.forecast,
                                        e.comment,
                                        e.numeric,
                                        e.unit,
                                        e.explanation,
                                    )
                                    for e in metric.entries
                                ],
                            }
                            for metric in goal.metrics
                        ],
                    }
                    for goal in theme.goals
                ],
            }
            for theme in year.themes
        ],
    }


@pytest.mark.parametrize("year", [2019, 2020, 2021])
def test_the_snapshot_is_the_year_the_model_loads(sample: Database, year: int) -> None:
    with sample.reader() as session:
        loaded = load_year(session, year)
        assert loaded is not None
        expected = seen(loaded)
    through_engine = sample.read_year(year)
    through_file = DatabaseFile(sample.path).read_year(year)  # type: ignore[arg-type]
    assert through_engine is not None and through_file is not None
    assert seen(through_engine) == expected
    assert seen(through_file) == expected
    assert sum(len(t.goals) for t in through_file.themes) == 3


def test_numbers_booleans_and_order_as_the_model_gives_them(sample: Database) -> None:
    """Numbers come back as the model's Decimals of scale 4; reordered rows in their new order."""
    with sample.session(source="test") as session:
        year = load_year(session, 2021)
        assert year is not None
        goal = year.themes[0].goals[0]
        goal.metrics[0].entry("1").numeric = Decimal("87.5")  # type: ignore[union-attr]
        goal.metrics[0].recovery = None
        rows = goal.link_rows
        for position, row in enumerate(reversed(rows)):
            row.position = position
    with sample.reader() as session:
        expected = seen(load_year(session, 2021))  # type: ignore[arg-type]
    snapshot = DatabaseFile(sample.path).read_year(2021)  # type: ignore[arg-type]
    assert snapshot is not None
    assert seen(snapshot) == expected
    metric = snapshot.themes[0].goals[0].metrics[0]
    assert metric.entry("1").numeric == Decimal("87.5000")  # type: ignore[union-attr]
    assert metric.recovery is None


def test_a_year_not_there_reads_as_none(sample: Database) -> None:
    assert sample.read_year(1999) is None
    with sqlite3.connect(sample.path) as connection:  # type: ignore[arg-type]
        assert read_year(connection, 1999) is None


def test_only_a_current_database_is_read_directly(tmp_path: Path) -> None:
    new = tmp_path / "new.db"
    with pytest.raises(InputError, match="no such database"):
        current_database(new)  # a command that only reads creates nothing
    assert not new.exists()
    open_database(new).dispose()
    assert current_database(new) == new.absolute()
    with sqlite3.connect(new) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0002'")
    assert current_database(new) is None  # to be migrated first
    assert HEAD != "0002"


def test_the_report_command_reads_the_file_without_sqlalchemy(
    sample: Database, tmp_path: Path
) -> None:
    """The command's quick start: no ORM imported, and the same PDF as through the engine."""
    through_engine = tmp_path / "engine.pdf"
    write_report(sample, 2021, "1", "fi", through_engine, printed=PRINTED)
    direct = tmp_path / "direct.pdf"
    code = (
        "import sys\n"
        "from kuva_desktop.cli import main\n"
        f"status = main(['--db', {str(sample.path)!r}, 'export-pdf', '--year', '2021',"
        f" '--round', '1', '--lang', 'fi', '-o', {str(direct)!r}, '--date', '2021-12-20'])\n"
        "print(status, 'sqlalchemy' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.splitlines()[-1] == "0 False"
    assert direct.read_bytes() == through_engine.read_bytes()


def test_an_old_database_is_migrated_before_the_report(sample: Database, cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A database the window has not opened since an update: migrated in memory for the report,
    the file itself left as it was (a command that only reads writes nothing, backs up nothing)."""
    with sqlite3.connect(sample.path) as raw:  # type: ignore[arg-type]
        raw.execute("UPDATE alembic_version SET version_num = '0002'")
        raw.execute("DROP TABLE conflict")  # what 0003 adds, so that it can run again
        raw.execute("DROP TABLE received_submission")
        raw.execute("DROP TABLE package_entry")
        raw.execute("DROP TABLE issued_package")
        raw.execute("DROP TABLE meta")
        raw.execute("ALTER TABLE owner DROP COLUMN language")  # what 0005 adds
    sample.dispose()
    before = sample.path.read_bytes()  # type: ignore[union-attr]
    backups_before = sorted((tmp_path / "backups").glob("*"))
    out = tmp_path / "r.pdf"
    status, _, err = cli("export-pdf", "--year", "2021", "--round", "1", "--lang", "fi", "-o", out)
    assert (status, err) == (0, "")
    assert current_database(sample.path) is None  # still at 0002
    assert sample.path.read_bytes() == before  # type: ignore[union-attr]
    assert sorted((tmp_path / "backups").glob("*")) == backups_before
    assert out.read_bytes().startswith(b"%PDF")


def test_the_window_tree_read_from_the_file_is_the_engine_s(sample: Database) -> None:
    """The tree the window shows before SQLAlchemy is loaded is the one it reads afterwards."""
    from kuva_desktop.editing.read import read_tree

    path = current_database(sample.path)
    assert path is not None
    from_file = DatabaseFile(path).read_tree()
    assert [year.key for year in from_file] == [2019, 2020, 2021]
    assert from_file == read_tree(sample)
