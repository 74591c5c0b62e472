"""A year that an import creates is written in bulk (``yeardoc.NewYear``): the rows, the count of
changed values and the history are exactly what the ORM path writes for the same document."""

from __future__ import annotations

import itertools
import sqlite3
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from kuva_desktop.exchange import yeardoc
from kuva_desktop.exchange.table.service import apply_plan, prepare_import
from kuva_desktop.resources import resource_path
from kuva_desktop.storage.database import open_database
from tests.conftest import SEED_2020, SEED_2021

TABLES = ("year", "round", "theme", "goal", "metric", "entry", "goal_link", "link", "owner",
          "goal_owner", "metric_owner")  # fmt: skip


def _contents(path: Path) -> dict[str, Any]:
    with sqlite3.connect(path) as connection:
        found: dict[str, Any] = {
            table: sorted(map(repr, connection.execute(f"SELECT * FROM {table}")))
            for table in TABLES
        }
        found["change"] = Counter(
            connection.execute(
                "SELECT who, db_user, source, entity, entity_id, field, action, old, new "
                "FROM change"
            )
        )
    return found


def _orm_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        yeardoc.NewYear, "insert", lambda self, themes: self.applier.apply_themes(self.year, themes)
    )


def _load_sample(path: Path) -> int:
    database = open_database(path)
    try:
        changed = 0
        for year in (2019, 2021):
            document = yeardoc.load(resource_path("sample", f"{year}.json"))
            with database.session(source="sample data") as session:
                result = yeardoc.apply_document(session, document, replace=True, name="s.json")
                assert result.created
                changed += result.changed_fields
        return changed
    finally:
        database.dispose()


def _import_tables(path: Path) -> int:
    database = open_database(path)
    try:
        changed = 0
        for table, year in ((SEED_2020, 2020), (SEED_2021, 2021)):
            result = apply_plan(database, prepare_import(database, Path(table), year=year))
            changed += result.changed_fields
        return changed
    finally:
        database.dispose()


@pytest.mark.parametrize("load", [_load_sample, _import_tables], ids=["sample", "tables"])
def test_a_new_year_in_bulk_is_what_the_orm_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, load: Any
) -> None:
    def ids() -> None:  # the same new ids in both databases, in the order they are made
        numbers = itertools.count(1)
        monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=next(numbers)))

    ids()
    bulk = load(tmp_path / "bulk.db")
    ids()
    with monkeypatch.context() as patched:
        _orm_path(patched)
        orm = load(tmp_path / "orm.db")
    assert bulk == orm and bulk > 0
    written, expected = _contents(tmp_path / "bulk.db"), _contents(tmp_path / "orm.db")
    assert written.keys() == expected.keys()
    for table in expected:
        assert written[table] == expected[table], table
    assert sum(expected["change"].values()) > 20
