"""import-json guarded: a year document does not undo what changed since it was exported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kuva_desktop.editing import Editor, Ref
from kuva_desktop.exchange.packages import completeness, issue_package
from kuva_desktop.storage import models as m
from tests.test_packages_merge import AINO, YEAR, export, open_year, submit

pytestmark = pytest.mark.db


def _merged(database: Any, tmp_path: Path, ids: dict[str, str], cli: Any) -> Path:
    """A year document exported before an owner's submission was merged; the merge done."""
    package = issue_package(database, YEAR, "1", AINO, tmp_path).path
    old = tmp_path / "old.json"
    assert cli("export-json", "--year", YEAR, "-o", old)[0] == 0
    sub = submit(package, {(ids["A"], "comment"): "Omistajan riski"}, tmp_path / "s.kuvasub")
    assert cli("merge", sub)[0] == 0
    return old


def _states(database: Any) -> dict[str, str]:
    return {r.metric_id: r.state for r in completeness(database, YEAR, "1") if r.owner == AINO}


def test_import_json_refuses_to_undo_a_merge(database, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    ids = open_year(database)
    old = _merged(database, tmp_path, ids, cli)
    before = export(database)
    status, out, err = cli("import-json", old)
    assert (status, out) == (2, "")
    assert err == (
        f"kuva-desktop: {old}: would set back 1 of the values changed in the database since the "
        "document was exported; nothing was imported (give --replace to import it all the same)\n"
    )
    assert export(database) == before
    assert _states(database)[ids["A"]] == "merged"

    status, out, err = cli("import-json", old, "--replace")
    assert (status, err) == (0, "")
    assert "1 of them changed since it was exported" in out
    assert Editor(database).get(Ref.entry(ids["A"], "1"), "comment") is None
    assert _states(database)[ids["A"]] == "undone by an import"


def test_import_json_of_a_current_document_needs_no_replace(database, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    ids = open_year(database)
    _merged(database, tmp_path, ids, cli)
    current = tmp_path / "current.json"
    cli("export-json", "--year", YEAR, "-o", current)
    data = json.loads(current.read_text(encoding="utf-8"))
    data["themes"][0]["name"]["fi"] = "Uusi nimi"
    current.write_text(json.dumps(data), encoding="utf-8")
    status, out, err = cli("import-json", current)
    assert (status, err) == (0, "") and "1 values changed" in out
    assert _states(database)[ids["A"]] == "merged"


def test_import_json_of_a_document_without_revision(database, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    open_year(database)
    path = tmp_path / "plain.json"
    cli("export-json", "--year", YEAR, "-o", path)
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["revision"]
    data["themes"][0]["name"]["fi"] = "Uusi nimi"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = export(database)
    status, _, err = cli("import-json", path)
    assert status == 2
    assert "does not say when it was exported" in err and "would change 1 of the values" in err
    assert export(database) == before
    assert cli("import-json", path, "--replace")[0] == 0


def test_history_keeps_the_merged_value_an_import_undid(database, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    ids = open_year(database)
    old = _merged(database, tmp_path, ids, cli)
    cli("import-json", old, "--replace")
    with database.reader() as session:
        changes = list(
            session.scalars(select(m.Change).where(m.Change.entity_id == f"{ids['A']}:1"))
        )
    # Made by the merge, deleted by the import: both with the owner's text.
    assert [c.action for c in changes] == ["create", "delete"]
    assert all(json.loads(c.new or c.old)["comment"] == "Omistajan riski" for c in changes)
