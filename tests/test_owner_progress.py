"""Per-owner progress of a round: metrics filled of assigned, who has sent, who to remind."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from kuva_desktop.editing import Editor, Ref
from kuva_desktop.exchange.packages import issue_package, merge_paths, owner_progress
from kuva_desktop.exchange.packages.completeness import OwnerProgress
from tests.test_packages_merge import AINO, JUSSI, RIIKKA, YEAR, open_year, submit

MIKKO = "Mikko Saarinen"  # metric A with Aino: the goal's other owner


@pytest.fixture
def ids(database: Any) -> dict[str, str]:
    return open_year(database)


def texts(database: Any) -> dict[str, str]:
    from kuva_desktop.exchange.yeardoc import export_year

    with database.reader() as session:
        document = export_year(session, YEAR)
    return {mt.id: mt.text.fi for t in document.themes for g in t.goals for mt in g.metrics}  # type: ignore[misc]


def test_filled_of_assigned_and_the_owners_who_have_not_sent(
    database: Any, ids: dict[str, str], tmp_path: Path
) -> None:
    a, b, c = ids["A"], ids["B"], ids["C"]
    Editor(database).set_field(Ref("round", f"{YEAR}:1"), "deadline", dt.date(2022, 4, 30))
    aino = issue_package(database, YEAR, "1", AINO, tmp_path).path
    issue_package(database, YEAR, "1", JUSSI, tmp_path)
    merge_paths(database, [submit(aino, {(a, "status"): "on_track"})])
    Editor(database).set_field(Ref.entry(c, "1"), "comment", "Vain kommentti")  # no status
    Editor(database).set_field(Ref.entry(b, "2"), "status", "on_track")  # another round

    progress = owner_progress(database, YEAR, "1")
    assert (progress.year, progress.round_key, progress.state, progress.deadline) == (
        YEAR,
        "1",
        "open",
        dt.date(2022, 4, 30),
    )
    by_name = {o.owner: o for o in progress.owners}
    assert [o.owner for o in progress.owners] == sorted(by_name)
    aino_row = by_name[AINO]
    assert (aino_row.assigned, aino_row.filled, aino_row.missing) == (1, 1, ())
    assert aino_row.issued and aino_row.sent and aino_row.received_at is not None
    assert aino_row.email == "aino.lehtinen@hel.fi" and aino_row.language == "fi"
    name = texts(database)
    assert by_name[JUSSI] == OwnerProgress(
        owner=JUSSI,
        email="jussi.koskinen@hel.fi",
        language="sv",
        assigned=1,
        filled=0,
        missing=(name[b],),
        issued=True,
        sent=False,
        received_at=None,
        late=False,
    )
    assert (by_name[MIKKO].filled, by_name[MIKKO].issued) == (1, False)  # Aino filled it
    assert by_name[RIIKKA].missing == (name[c],)  # a comment is not the round's value
    assert [o.owner for o in progress.not_sent()] == [JUSSI, MIKKO, RIIKKA]

    # A Swedish-speaking owner is named the metric's Swedish text where it has one.
    Editor(database).set_field(Ref("metric", b), "text_sv", "Barns och ungas hobbyer")
    Editor(database).set_field(Ref("metric", c), "text_sv", "Äldre i rörelse")
    by_name = {o.owner: o for o in owner_progress(database, YEAR, "1").owners}
    assert by_name[JUSSI].missing == ("Barns och ungas hobbyer",)
    assert by_name[RIIKKA].missing == (name[c],)  # written to in Finnish


def test_a_narrative_year_counts_the_forecasts_prose(database: Any) -> None:
    from kuva_desktop.exchange.sample import load_sample_data

    load_sample_data(database)
    progress = owner_progress(database, 2020, "1")  # prose forecasts, no statuses
    assert progress.owners and all(o.filled == o.assigned > 0 for o in progress.owners)
    assert progress.state == "locked"
    assert progress.not_sent() == tuple(progress.owners)  # nobody sent a package in 2020


def test_an_unknown_year_is_refused(database: Any) -> None:
    from kuva_desktop.errors import InputError

    with pytest.raises(InputError) as refused:
        owner_progress(database, 1999, "1")
    assert refused.value.code == "year.missing"
