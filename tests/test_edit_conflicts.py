"""No write overwrites a value its writer did not see; a stretch of typing is one version."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select, update

from kuva_desktop.editing import EditConflict, Editor, Ref
from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.storage import models as m
from kuva_desktop.storage.keys import STRETCH

pytestmark = pytest.mark.db


@pytest.fixture
def entry(database) -> Ref:  # type: ignore[no-untyped-def]
    load_sample_data(database)
    Editor(database).new_year_from(2021, 2022)
    with database.reader() as session:
        metric = session.scalars(
            select(m.Metric).join(m.Goal).join(m.Theme).join(m.Year).where(m.Year.year == 2022)
        ).first()
        assert metric is not None
        return Ref.entry(metric.id, "1")


def _changes(database, ref: Ref, field: str) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    with database.reader() as session:
        rows = session.scalars(
            select(m.Change)
            .where(m.Change.entity_id == str(ref.key), m.Change.field == field)
            .order_by(m.Change.id)
        )
        return [(c.who, c.old, c.new) for c in rows]


def test_a_change_based_on_an_old_value_is_refused_with_both(database, entry: Ref) -> None:  # type: ignore[no-untyped-def]
    aino, olli = Editor(database, who="aino"), Editor(database, who="olli")
    aino.set_field(entry, "comment", "Riskit: sää", based_on=None)
    with pytest.raises(EditConflict) as refused:
        olli.set_field(entry, "comment", "Riskit: rahoitus", based_on=None)
    assert (refused.value.mine, refused.value.theirs) == ("Riskit: rahoitus", "Riskit: sää")
    assert aino.get(entry, "comment") == "Riskit: sää"
    assert [who for who, _o, _n in _changes(database, entry, "comment")] == ["aino"]
    # Based on what is stored now, the same change goes through.
    olli.set_field(entry, "comment", "Riskit: rahoitus", based_on="Riskit: sää")
    assert aino.get(entry, "comment") == "Riskit: rahoitus"


def test_the_same_change_made_twice_is_no_conflict(database, entry: Ref) -> None:  # type: ignore[no-untyped-def]
    Editor(database, who="aino").set_field(entry, "status", "on_track", based_on=None)
    Editor(database, who="olli").set_field(entry, "status", "Toteutuu", based_on=None)
    assert Editor(database).get(entry, "status") == "on_track"


def test_a_stretch_of_typing_is_one_version(database, entry: Ref) -> None:  # type: ignore[no-untyped-def]
    aino = Editor(database, who="aino")
    stored = None
    for text in ("Ris", "Riskit: s", "Riskit: sää"):
        aino.set_field(entry, "comment", text, based_on=stored)
        stored = text
    assert _changes(database, entry, "comment") == [("aino", None, '"Riskit: sää"')]

    # Another field between: the next write in the comment starts a new version.
    aino.set_field(entry, "status", "at_risk", based_on=None)
    aino.set_field(entry, "comment", "Riskit: sää ja tuuli", based_on=stored)
    assert len(_changes(database, entry, "comment")) == 2

    # Someone else's write starts a version of its own, and so does aino's after it.
    Editor(database, who="olli").set_field(entry, "comment", "O", based_on="Riskit: sää ja tuuli")
    aino.set_field(entry, "comment", "A", based_on="O")
    assert [who for who, _o, _n in _changes(database, entry, "comment")] == [
        "aino",
        "aino",
        "olli",
        "aino",
    ]

    # A pause longer than a stretch: a new version.
    with database.session() as session:
        session.execute(
            update(m.Change)
            .values(at=dt.datetime(2020, 1, 1) - STRETCH)
            .execution_options(synchronize_session=False)
        )
    aino.set_field(entry, "comment", "AB", based_on="A")
    assert _changes(database, entry, "comment")[-2:] == [
        ("aino", '"O"', '"A"'),
        ("aino", '"A"', '"AB"'),
    ]


def test_typing_back_to_the_old_value_leaves_no_version(database, entry: Ref) -> None:  # type: ignore[no-untyped-def]
    aino = Editor(database, who="aino")
    aino.set_field(entry, "comment", "x", based_on=None)
    aino.set_field(entry, "comment", None, based_on="x")
    assert _changes(database, entry, "comment") == []


WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from kuva_desktop.editing import EditConflict, Editor, Ref
    from kuva_desktop.storage.database import open_database

    path, key, name, folder = sys.argv[1:5]
    editor = Editor(open_database(Path(path)), who=name)
    Path(folder, name).touch()
    while len(list(Path(folder).iterdir())) < 2:  # both ready: write at the same moment
        pass
    try:
        editor.set_field(Ref("entry", key), "comment", "from " + name, based_on=None)
    except EditConflict as conflict:
        print("conflict", conflict.mine, "|", conflict.theirs)
    else:
        print("written")
    """
)


@pytest.mark.slow
@pytest.mark.sqlite
def test_two_processes_writing_the_same_entry(database, entry: Ref, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database.dispose()
    for attempt in range(5):
        with database.session() as session:  # back to the empty comment both start from
            row = session.get(m.Metric, str(entry.key).split(":")[0]).entry("1")
            if row is not None:
                row.comment = None
        ready = tmp_path / f"ready-{attempt}"
        ready.mkdir()
        processes = [
            subprocess.Popen(
                [sys.executable, "-c", WRITER, str(database.path), str(entry.key), name, ready],
                stdout=subprocess.PIPE,
                text=True,
            )
            for name in ("aino", "olli")
        ]
        said = {
            name: p.communicate(timeout=60)[0].strip()
            for name, p in zip(("aino", "olli"), processes, strict=True)
        }
        winner = Editor(database).get(entry, "comment")
        loser = "olli" if winner == "from aino" else "aino"
        assert said[winner.removeprefix("from ")] == "written", said
        assert said[loser] == f"conflict from {loser} | {winner}", said
        # The winner's value is the newest version; the loser's was handed back, not written.
        last = _changes(database, entry, "comment")[-1]
        assert last == (winner.removeprefix("from "), None, f'"{winner}"')
