"""The owner's working database: the package as a year, kept as typed, copied into a submission."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kuva_desktop.editing import Editor, EditRefused, Ref
from kuva_desktop.exchange.packages import WorkingCopy, issue_package, merge_paths
from kuva_desktop.exchange.packages.workdb import (
    PACKAGE_ID,
    open_working_database,
    package_document,
    sync_working_copy,
    working_db_changes,
    working_db_path,
)
from kuva_desktop.exchange.yeardoc import export_year
from kuva_desktop.storage import models as m
from tests.test_packages_merge import AINO, RIIKKA, YEAR, open_year


@pytest.fixture
def year(database: Any) -> dict[str, str]:
    return open_year(database)


def _doc(database: Any) -> Any:
    with database.reader() as session:
        return export_year(session, YEAR)


def test_the_working_database_holds_only_the_assignment(database, year, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    Editor(database).set_field(Ref.entry(year["C"], "1"), "comment", "Alussa")
    package = issue_package(database, YEAR, "1", RIIKKA, tmp_path).path
    copy = WorkingCopy.open(package)
    work = open_working_database(copy)
    try:
        document = _doc(work)
        metrics = [mt for t in document.themes for g in t.goals for mt in g.metrics]
        assert [mt.id for mt in metrics] == [year["C"]]  # the master's ids
        master = _doc(database)
        goal = next(
            g for t in master.themes for g in t.goals if year["C"] in [x.id for x in g.metrics]
        )
        assert document.themes[0].goals[0].id == goal.id
        assert document.themes[0].goals[0].owners == [RIIKKA]
        assert metrics[0].entries["1"].comment == "Alussa"
        assert {r.key: r.state for r in document.rounds} == {
            "1": "open",
            "2": "locked",
            "3": "locked",
            "final": "locked",
        }
        # Rule 6 as the forms meet it: the other rounds refuse a change.
        with pytest.raises(EditRefused):
            Editor(work).set_field(Ref.entry(year["C"], "2"), "status", "on_track")
        assert package_document(copy) == package_document(WorkingCopy.open(package))
    finally:
        work.dispose()
    assert working_db_path(package) == package.with_name(package.name + ".work.db")


def test_typed_work_survives_reopening_and_goes_into_the_submission(
    database, year, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    c = year["C"]
    package = issue_package(database, YEAR, "1", RIIKKA, tmp_path).path
    copy = WorkingCopy.open(package)
    work = open_working_database(copy)
    Editor(work).set_field(Ref.entry(c, "1"), "status", "Toteutuminen epävarma")
    Editor(work).set_field(Ref.entry(c, "1"), "numeric", "87,5 %")
    work.dispose()  # the laptop dies

    copy = WorkingCopy.open(package)
    work = open_working_database(copy)
    try:
        assert working_db_changes(work, copy) == [(c, "status", "at_risk"), (c, "numeric", "87.5")]
        assert sync_working_copy(work, copy) == 2
        assert working_db_changes(work, copy) == []
        summary = copy.save_submission()
    finally:
        work.dispose()
    assert [(ch.field, ch.before, ch.after) for ch in summary.changes] == [
        ("status", None, "at_risk"),
        ("numeric", None, "87.5"),
    ]
    assert [p.rule for p in summary.problems] == ["comment_required"]
    report = merge_paths(database, [summary.path])
    assert [a.fields for a in report.applied] == [("status", "numeric")]


def test_a_package_issued_again_sets_the_old_working_database_aside(
    database, year, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = year["A"]
    first = issue_package(database, YEAR, "1", AINO, tmp_path).path
    work = open_working_database(WorkingCopy.open(first))
    Editor(work).set_field(Ref.entry(a, "1"), "comment", "Ensimmäinen")
    work.dispose()
    second = issue_package(database, YEAR, "1", AINO, tmp_path).path
    assert second == first
    copy = WorkingCopy.open(second)
    work = open_working_database(copy)
    try:
        with work.reader() as session:
            assert session.get(m.Meta, PACKAGE_ID).value == copy.package.package_id  # type: ignore[union-attr]
        assert Editor(work).get(Ref.entry(a, "1"), "comment") is None
    finally:
        work.dispose()
    aside = [p for p in tmp_path.iterdir() if ".other-package-" in p.name and p.suffix == ".db"]
    assert len(aside) == 1
