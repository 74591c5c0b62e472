"""The history panel: the versions of an item, and restoring one through the undo stack."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from kuva_desktop.editing import Editor, Ref
from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.storage import models as m
from kuva_desktop.ui.history_panel import (
    COLUMN_NEW,
    COLUMN_OLD,
    COLUMN_SOURCE,
    COLUMN_WHAT,
    COLUMN_WHEN,
    COLUMN_WHO,
    HistoryModel,
    HistoryPanel,
    Version,
)
from kuva_desktop.ui.undo import Edits
from tests.test_packages_merge import AINO, YEAR, open_year, submit

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def edits(qapp, database) -> Edits:  # type: ignore[no-untyped-def]
    load_sample_data(database)
    return Edits(Editor(database, who="Aino"))


@pytest.fixture
def panel(qtbot, edits: Edits) -> HistoryPanel:  # type: ignore[no-untyped-def]
    widget = HistoryPanel(edits)
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    return widget


def _ids_2021(database) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    with database.reader() as session:
        goal = session.scalars(
            select(m.Goal).join(m.Theme).join(m.Year).where(m.Year.year == 2021)
        ).first()
        assert goal is not None
        return goal.id, goal.metrics[0].id


def _row_of(panel: HistoryPanel, field: str) -> int:
    return next(
        row
        for row in range(panel.model.rowCount())
        if panel.model.version(row) is not None and panel.model.version(row).field == field
    )


def test_an_edit_is_listed_with_who_and_where(panel: HistoryPanel, edits: Edits) -> None:
    goal, _ = _ids_2021(edits.editor.database)
    panel.show_item(Ref("goal", goal))
    created = panel.model.rowCount()
    assert created >= 1  # the sample data made it
    assert panel.model.data(panel.model.index(0, COLUMN_WHAT), DISPLAY) == "Created"
    # Where it came from, in the model's language (Finnish unless the window says otherwise).
    assert panel.model.data(panel.model.index(0, COLUMN_SOURCE), DISPLAY) == "Esimerkkiaineisto"

    edits.set_field(Ref("goal", goal), "title_sv", "Tjänsterna förbättras", "Edit title")
    assert panel.model.rowCount() == created + 1  # reloaded on the hub's signal
    model = panel.model
    assert model.data(model.index(0, COLUMN_WHO), DISPLAY) == "Aino"
    assert model.data(model.index(0, COLUMN_SOURCE), DISPLAY) == "Käsin syötetty"
    assert model.data(model.index(0, COLUMN_WHAT), DISPLAY) == "Title (Swedish)"
    assert model.data(model.index(0, COLUMN_OLD), DISPLAY) == "—"
    assert model.data(model.index(0, COLUMN_NEW), DISPLAY) == "Tjänsterna förbättras"
    assert model.data(model.index(0, COLUMN_NEW), TOOLTIP) == "Tjänsterna förbättras"
    when = model.data(model.index(0, COLUMN_WHEN), DISPLAY)
    assert when and str(dt.datetime.now().year % 100) in when


def test_restore_asks_then_writes_the_rows_own_value_and_undo_takes_it_back(
    qtbot, panel: HistoryPanel, edits: Edits, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    editor = edits.editor
    _, metric = _ids_2021(editor.database)
    entry = Ref.entry(metric, "final")
    editor.set_field(Ref("round", "2021:final"), "state", "open")
    # Each written by another person, so each is a version of its own (one person's typing in
    # a field within 30 s is one version).
    Editor(editor.database, who="Olli").set_field(entry, "explanation", "Ensimmäinen")
    edits.set_field(entry, "explanation", "Toinen", "Edit")
    Editor(editor.database, who="Pekka").set_field(entry, "explanation", "Kolmas")
    panel.show_item(Ref("metric", metric))  # a metric's history holds its entries'

    model = panel.model
    assert model.data(model.index(0, COLUMN_WHAT), DISPLAY) == "Toteuma 2021: Explanation"
    assert not panel.restore_button.isEnabled()  # nothing selected yet
    row = next(
        r for r in range(model.rowCount()) if model.data(model.index(r, COLUMN_NEW)) == "Toinen"
    )
    assert model.data(model.index(row, COLUMN_OLD), DISPLAY) == "Ensimmäinen"
    panel.view.selectRow(row)
    assert panel.restore_button.isEnabled()
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        return lambda _parent, _title, text, *_a: asked.append(text) or button

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert editor.get(entry, "explanation") == "Kolmas"  # "No" changes nothing
    assert asked == ["Set Toteuma 2021: Explanation back to “Toinen”? Ctrl+Z undoes it."]

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert editor.get(entry, "explanation") == "Toinen"  # the row's new value, not its old one
    assert model.data(model.index(0, COLUMN_NEW), DISPLAY) == "Toinen"  # the restore, listed

    edits.stack.undo()
    assert editor.get(entry, "explanation") == "Kolmas"
    assert edits.stack.undoText() == "Edit"  # the restore did not merge into the edit before it
    edits.stack.redo()
    assert editor.get(entry, "explanation") == "Toinen"


def test_create_rows_cannot_be_restored(panel: HistoryPanel, edits: Edits) -> None:
    goal, _ = _ids_2021(edits.editor.database)
    panel.show_item(Ref("goal", goal))
    panel.view.selectRow(panel.model.rowCount() - 1)
    assert panel.model.version(panel.model.rowCount() - 1).action == "create"
    assert not panel.restore_button.isEnabled()


def test_a_restore_refused_by_the_rules_changes_nothing(
    qtbot, panel: HistoryPanel, edits: Edits, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    editor = edits.editor
    _, metric = _ids_2021(editor.database)
    entry = Ref.entry(metric, "final")
    editor.set_field(entry, "explanation", "Ensimmäinen")  # creates the entry
    edits.set_field(entry, "explanation", "Selitys", "Edit")
    editor.set_field(Ref("round", "2021:final"), "state", "locked")
    panel.show_item(entry)
    panel.view.selectRow(_row_of(panel, "explanation"))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(edits.hub.refused):
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert editor.get(entry, "explanation") == "Selitys"


def test_no_item_and_language(panel: HistoryPanel, edits: Edits) -> None:
    panel.show_item(None)
    assert panel.model.rowCount() == 0
    assert panel.title.text() == "Select an item to see its history."
    _, metric = _ids_2021(edits.editor.database)
    edits.editor.set_field(Ref("round", "2021:3"), "state", "open")
    edits.set_field(Ref.entry(metric, "3"), "status", "off_track", "Edit")
    panel.show_item(Ref("metric", metric))
    panel.set_language("sv")
    model = panel.model
    assert model.data(model.index(0, COLUMN_OLD), DISPLAY) == "Uppnås"
    assert model.data(model.index(0, COLUMN_NEW), DISPLAY) == "Uppnås inte"
    assert model.data(model.index(0, COLUMN_WHAT), DISPLAY) == "Prognos 3/2021: Status"


def test_model_passes_the_model_tester(qtmodeltester, panel: HistoryPanel, edits: Edits) -> None:
    goal, _ = _ids_2021(edits.editor.database)
    panel.show_item(Ref("goal", goal))
    qtmodeltester.check(panel.model)
    empty = HistoryModel()
    qtmodeltester.check(empty)


def test_values_are_decoded_and_shortened(qapp) -> None:  # type: ignore[no-untyped-def]
    model = HistoryModel()
    long = "pitkä " * 30
    at = dt.datetime(2021, 5, 1, 12, 0)
    versions = [
        Version(at, "a", "typed", "metric", "x", "recovery", "update", "false", "true"),
        Version(at, "a", "typed", "goal", "x", "owners", "update", '["A", "B"]', '["A"]'),
        Version(at, "a", "typed", "entry", "x:1", "numeric", "update", '"87.5"', None),
        Version(at, "a", "typed", "goal", "x", "title_fi", "update", f'"{long}"', '""'),
    ]
    model.set_versions(versions, 2021)
    old = [model.data(model.index(row, COLUMN_OLD), DISPLAY) for row in range(4)]
    assert old[:3] == ["No", "A, B", "87,5"]
    assert old[3].endswith("…") and len(old[3]) == 60
    assert model.data(model.index(3, COLUMN_OLD), TOOLTIP) == long
    assert model.data(model.index(3, COLUMN_NEW), DISPLAY) == "—"
    assert model.data(model.index(2, COLUMN_WHAT), DISPLAY) == (
        "Ennuste 1/2021: Mittarin numeerinen ennuste"
    )
    assert model.data(model.index(0, COLUMN_WHAT), Qt.ItemDataRole.DecorationRole) is None


def test_a_created_row_shows_its_values_by_their_names(translations) -> None:  # type: ignore[no-untyped-def]
    """A created entry's status and a created round's state as the forms name them, in the
    user's language; the tooltip lists the row's fields by name, without its ids."""
    model = HistoryModel()
    at = dt.datetime(2021, 5, 1, 12, 0)
    entry = (
        '{"id": 7, "metric_id": "m-1", "round_key": "3", "status": "on_track", '
        '"forecast": null, "comment": "Hyvin menee", "numeric": "1200"}'
    )
    round_ = '{"id": 3, "year_id": 1, "key": "1", "deadline": "2021-04-30", "state": "locked"}'
    versions = [
        Version(at, "a", "typed", "entry", "m-1:3", None, "create", None, entry),
        Version(at, "a", "typed", "round", "3", "state", "update", '"open"', '"locked"'),
        Version(at, "a", "typed", "year", "1", "layout", "update", '"narrative"', '"status"'),
        Version(at, "a", "typed", "round", "3", "deadline", "update", None, '"2021-10-31"'),
        Version(at, "a", "typed", "round", "3", "deadline", "update", None, '"huomenna"'),
    ]
    model.set_versions(versions, 2021)
    new = [model.data(model.index(row, COLUMN_NEW), DISPLAY) for row in range(5)]
    assert new == ["Toteutuu", "Lukittu", "Tilat", "31.10.2021", "huomenna"]
    assert model.data(model.index(1, COLUMN_OLD), DISPLAY) == "Avoin"
    assert model.data(model.index(2, COLUMN_OLD), DISPLAY) == "Kertova"
    tooltip = model.data(model.index(0, COLUMN_NEW), TOOLTIP)
    assert tooltip.splitlines() == [
        "Tila: Toteutuu",
        "Kommentit: Hyvin menee",
        "Mittarin numeerinen ennuste: 1\xa0200",
    ]
    model.set_versions(
        [Version(at, "a", "typed", "round", "3", None, "create", None, round_)], 2021
    )
    assert model.data(model.index(0, COLUMN_NEW), TOOLTIP).splitlines() == [
        "Määräaika: 30.4.2021",
        "Tila: Lukittu",
    ]
    year = '{"id": 1, "year": 2021, "division_fi": "Kuva", "layout": "narrative"}'
    model.set_versions([Version(at, "a", "typed", "year", "1", None, "create", None, year)])
    assert model.data(model.index(0, COLUMN_NEW), DISPLAY) == "2021"
    assert model.data(model.index(0, COLUMN_NEW), TOOLTIP).splitlines() == [
        "Vuosi: 2021",
        "Toimiala (suomeksi): Kuva",
        "Raportin muoto: Kertova",
    ]


def test_a_value_from_a_submission_shows_its_owner_as_who(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    """Merged from Aino's submission: "who" is Aino, not the coordinator who imported it."""
    from kuva_desktop.exchange.packages import issue_package, merge_paths

    a = open_year(database)["A"]
    package = issue_package(database, YEAR, "1", AINO, database.path.parent).path
    merge_paths(database, [submit(package, {(a, "status"): "on_track"})])
    edits = Edits(Editor(database, who="koordinaattori"))
    panel = HistoryPanel(edits)
    qtbot.addWidget(panel)
    panel.resize(1000, 300)
    panel.show()
    panel.set_language("en")  # the window's language; no translator is installed here
    panel.show_item(Ref("metric", a))
    model = panel.model
    row = next(
        r for r in range(model.rowCount()) if model.version(r).source.startswith("submission")
    )
    assert model.data(model.index(row, COLUMN_WHO), DISPLAY) == AINO
    assert model.data(model.index(row, COLUMN_SOURCE), DISPLAY) == f"Submission of {AINO}"
    recorded = model.data(model.index(row, COLUMN_WHO), TOOLTIP)
    assert recorded.startswith(AINO) and "Recorded by" in recorded
    # Each column is wide enough for the time and the name; none takes the whole table.
    metrics = panel.view.fontMetrics()
    for column in (COLUMN_WHEN, COLUMN_WHO):
        text = model.data(model.index(row, column), DISPLAY)
        assert panel.view.columnWidth(column) >= metrics.horizontalAdvance(text)
    assert panel.view.columnWidth(COLUMN_OLD) >= 160
