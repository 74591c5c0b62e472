"""The editor behind the forms: one change, one transaction, in the history, undoable."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from kuva_desktop.editing import Editor, EditRefused, Ref
from kuva_desktop.exchange import yeardoc
from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.storage import models as m

pytestmark = pytest.mark.db


@pytest.fixture
def editor(database) -> Editor:  # type: ignore[no-untyped-def]
    load_sample_data(database)
    return Editor(database, who="Aino")


def _year(database, year: int) -> dict:  # type: ignore[no-untyped-def, type-arg]
    with database.reader() as session:
        return json.loads(yeardoc.dump(yeardoc.export_year(session, year)))


def _first(database, year: int) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    data = _year(database, year)
    theme = data["themes"][0]
    goal = theme["goals"][0]
    return theme["id"], goal["id"], goal["metrics"][0]["id"]


def test_a_field_change_is_written_and_recorded(editor: Editor, database) -> None:  # type: ignore[no-untyped-def]
    _, goal, _ = _first(database, 2021)
    old = editor.set_field(Ref("goal", goal), "title_sv", "Tjänsterna förbättras")
    assert old is None
    assert editor.get(Ref("goal", goal), "title_sv") == "Tjänsterna förbättras"
    change = editor.versions(Ref("goal", goal))[0]
    assert (change.who, change.source, change.field, change.new) == (
        "Aino",
        "typed",
        "title_sv",
        '"Tjänsterna förbättras"',
    )
    editor.restore_version(change)  # back to the version before it
    assert editor.get(Ref("goal", goal), "title_sv") is None


def test_entries_are_created_on_first_edit_and_statuses_normalised(
    editor: Editor, database
) -> None:  # type: ignore[no-untyped-def]
    editor.set_field(Ref("round", "2021:final"), "state", "open")
    _, _, metric = _first(database, 2021)
    ref = Ref.entry(metric, "final")
    assert editor.get(ref, "status") is None
    editor.set_field(ref, "status", "Ei toteutunut")
    assert editor.get(ref, "status") == "not_achieved"
    with pytest.raises(EditRefused) as refused:
        editor.set_field(ref, "status", "on_track")
    assert refused.value.rule == "round_codes"


def test_numeric_forecast_typed_in_finnish(editor: Editor, database) -> None:  # type: ignore[no-untyped-def]
    editor.set_field(Ref("round", "2021:3"), "state", "closed")
    _, _, metric = _first(database, 2021)
    ref = Ref.entry(metric, "3")
    editor.set_field(ref, "numeric", "87,5 %")
    assert str(editor.get(ref, "numeric")) == "87.5"
    with pytest.raises(EditRefused):
        editor.set_field(ref, "numeric", "-3")
    with pytest.raises(EditRefused):
        editor.set_field(ref, "numeric", "paljon")


def test_a_locked_round_refuses_every_change(editor: Editor, database) -> None:  # type: ignore[no-untyped-def]
    _, _, metric = _first(database, 2021)
    before = _year(database, 2021)
    with pytest.raises(EditRefused) as refused:
        editor.set_field(Ref.entry(metric, "1"), "comment", "uusi")
    assert refused.value.rule == "round_locked"
    assert _year(database, 2021) == before


def test_add_move_delete_and_restore(editor: Editor, database) -> None:  # type: ignore[no-untyped-def]
    editor.new_year_from(2021, 2022)
    theme, goal, _ = _first(database, 2022)
    new_metric = editor.add_metric(goal, "Uusi mittari")
    assert editor.move(Ref("metric", new_metric), 0) == 1
    metrics = _year(database, 2022)["themes"][0]["goals"][0]["metrics"]
    assert metrics[0]["text"]["fi"] == "Uusi mittari"

    before = _year(database, 2022)
    snapshot = editor.delete(Ref("goal", goal))
    assert len(_year(database, 2022)["themes"][0]["goals"]) == 0
    editor.restore(snapshot)
    assert _year(database, 2022) == before

    snapshot = editor.delete(Ref("theme", theme))
    editor.restore(snapshot)
    assert _year(database, 2022) == before


def test_delete_is_in_the_history(editor: Editor, database) -> None:  # type: ignore[no-untyped-def]
    editor.new_year_from(2021, 2022)
    _, goal, metric = _first(database, 2022)
    editor.delete(Ref("metric", metric))
    with database.reader() as session:
        deleted = session.scalars(
            select(m.Change).where(m.Change.action == "delete", m.Change.entity_id == metric)
        ).one()
    assert deleted.who == "Aino" and json.loads(deleted.old)["goal_id"] == goal


def test_deleting_what_a_locked_round_holds_is_refused(editor: Editor, database) -> None:  # type: ignore[no-untyped-def]
    _, goal, _ = _first(database, 2021)
    with pytest.raises(EditRefused):
        editor.delete(Ref("goal", goal))


def test_new_year_from_the_previous_one(editor: Editor, database) -> None:  # type: ignore[no-untyped-def]
    editor.new_year_from(2021, 2022)
    old, new = _year(database, 2021), _year(database, 2022)
    old_goals = [g for t in old["themes"] for g in t["goals"]]
    new_goals = [g for t in new["themes"] for g in t["goals"]]
    assert [g["key"] for g in new_goals] == [g["key"] for g in old_goals]
    assert [g["id"] for g in new_goals] != [g["id"] for g in old_goals]
    assert [g["links"] for g in new_goals] == [g["links"] for g in old_goals]
    assert [g["owners"] for g in new_goals] == [g["owners"] for g in old_goals]
    assert all(mt["entries"] == {} for g in new_goals for mt in g["metrics"])
    assert [r["state"] for r in new["rounds"]] == ["open", "open", "open", "closed"]
    assert new["layout"] == "status"
    with pytest.raises(Exception, match="already in the database"):
        editor.new_year_from(2021, 2022)


def test_the_first_value_of_a_new_entry_is_in_the_history(editor: Editor, database) -> None:  # type: ignore[no-untyped-def]
    _, _, metric = _first(database, 2021)
    ref = Ref.entry(metric, "final")
    editor.set_field(ref, "status", "achieved")
    changes = [(c.action, c.field, c.new) for c in editor.versions(Ref("metric", metric))]
    assert ("update", "status", '"achieved"') in changes or any(
        action == "create" and new and '"status": "achieved"' in new for action, _, new in changes
    )
