"""The forms as a person uses them: type, pick, read the message, wait, undo, switch language."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kuva_desktop.domain.rules import RULES
from kuva_desktop.editing import Editor, Ref
from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.storage import models as m
from kuva_desktop.ui.forms import FormStack, GoalForm, RoundForm, ThemeForm, YearEndForm
from kuva_desktop.ui.forms.base import DEBOUNCE_MS
from kuva_desktop.ui.undo import Edits

WAIT_MS = DEBOUNCE_MS * 10


@pytest.fixture
def sample(database: Any) -> Any:
    load_sample_data(database)
    return database


@pytest.fixture
def edits(qapp: Any, sample: Any) -> Edits:
    return Edits(Editor(sample))


def goal_ids(database: Any, year: int) -> list[str]:
    with database.reader() as session:
        return list(
            session.scalars(
                select(m.Goal.id)
                .join(m.Theme)
                .join(m.Year)
                .where(m.Year.year == year)
                .order_by(m.Theme.position, m.Goal.position)
            )
        )


def metric_ids(database: Any, goal_id: str) -> list[str]:
    with database.reader() as session:
        return list(
            session.scalars(
                select(m.Metric.id).where(m.Metric.goal_id == goal_id).order_by(m.Metric.position)
            )
        )


def stored(database: Any, ref: Ref, field: str) -> Any:
    """The value in the database, read with a new session."""
    return Editor(database).get(ref, field)


def make(qtbot: Any, cls: Any, edits: Edits, database: Any, language: str = "fi") -> Any:
    widget = cls(edits, database, language)
    qtbot.addWidget(widget)
    return widget


def open_round(database: Any, key: str) -> None:
    Editor(database).set_field(Ref("round", key), "state", "open")


# The goal form


def test_goal_title_is_written_after_a_pause_and_undone(qtbot: Any, edits: Edits, sample: Any):
    goal = goal_ids(sample, 2021)[0]
    form = make(qtbot, GoalForm, edits, sample)
    assert form.load(Ref("goal", goal))
    old = form.title_fi.text()
    assert old == stored(sample, Ref("goal", goal), "title_fi")

    form.title_fi.setText("Hyvää päivää")  # keyClicks cannot type ä
    form.title_fi.setText("Hyvää päivää, Helsinki")
    assert stored(sample, Ref("goal", goal), "title_fi") == old  # not yet: the pause
    qtbot.waitUntil(
        lambda: stored(sample, Ref("goal", goal), "title_fi") == "Hyvää päivää, Helsinki",
        timeout=WAIT_MS,
    )
    assert edits.stack.count() == 1  # the typing is one undo step

    edits.stack.undo()
    assert stored(sample, Ref("goal", goal), "title_fi") == old
    assert form.title_fi.text() == old
    edits.stack.redo()
    assert form.title_fi.text() == "Hyvää päivää, Helsinki"


def test_long_text_is_written_on_focus_out(qtbot: Any, edits: Edits, sample: Any):
    goal = goal_ids(sample, 2021)[0]
    form = make(qtbot, GoalForm, edits, sample)
    form.show()
    form.activateWindow()
    qtbot.waitActive(form)
    form.load(Ref("goal", goal))
    form.description_fi.setFocus()
    qtbot.waitUntil(form.description_fi.hasFocus)
    form.description_fi.setPlainText("Kuvaus <b>ei ole</b> muotoilua.")
    assert form.description_fi.isUndoRedoEnabled() is False  # Ctrl+Z goes to the window
    form.title_fi.setFocus()
    qtbot.waitUntil(lambda: not form.description_fi.hasFocus())
    assert stored(sample, Ref("goal", goal), "description_fi") == (
        "Kuvaus <b>ei ole</b> muotoilua."
    )


def test_reload_keeps_what_is_being_typed(qtbot: Any, edits: Edits, sample: Any):
    goal = goal_ids(sample, 2021)[0]
    form = make(qtbot, GoalForm, edits, sample)
    form.load(Ref("goal", goal))
    form.description_fi.setPlainText("Kesken oleva teksti")
    # Another field of the same goal changes meanwhile (another form, an undo).
    edits.set_field(Ref("goal", goal), "title_sv", "Bättre tjänster", "Title (Swedish)")
    assert form.title_sv.text() == "Bättre tjänster"
    assert form.description_fi.toPlainText() == "Kesken oleva teksti"
    qtbot.waitUntil(
        lambda: stored(sample, Ref("goal", goal), "description_fi") == "Kesken oleva teksti",
        timeout=WAIT_MS,
    )


def test_swedish_field_shows_the_finnish_value_as_placeholder(
    qtbot: Any, edits: Edits, sample: Any
):
    goal = goal_ids(sample, 2021)[0]
    form = make(qtbot, GoalForm, edits, sample)
    form.load(Ref("goal", goal))
    assert form.title_sv.text() == ""
    assert form.title_sv.placeholderText() == form.title_fi.text()
    assert form.description_sv.placeholderText() == form.description_fi.toPlainText()


def test_goal_owners_and_links_from_the_vocabulary(qtbot: Any, edits: Edits, sample: Any):
    goal = goal_ids(sample, 2021)[0]
    form = make(qtbot, GoalForm, edits, sample)
    form.load(Ref("goal", goal))
    owners = stored(sample, Ref("goal", goal), "owners")
    checked = [
        form.owners.item(i).text()
        for i in range(form.owners.count())
        if form.owners.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert checked == owners
    other = next(
        form.owners.item(i)
        for i in range(form.owners.count())
        if form.owners.item(i).checkState() == Qt.CheckState.Unchecked
    )
    other.setCheckState(Qt.CheckState.Checked)
    assert stored(sample, Ref("goal", goal), "owners") == sorted([*owners, other.text()])

    links = stored(sample, Ref("goal", goal), "links")
    first = next(
        form.links.item(i)
        for i in range(form.links.count())
        if form.links.item(i).data(Qt.ItemDataRole.UserRole) == links[0]
    )
    first.setCheckState(Qt.CheckState.Unchecked)
    assert stored(sample, Ref("goal", goal), "links") == links[1:]  # the order kept
    edits.stack.undo()
    assert stored(sample, Ref("goal", goal), "links") == links
    assert first.checkState() == Qt.CheckState.Checked


def test_keyboard_names_and_mnemonics(qtbot: Any, edits: Edits, sample: Any):
    form = make(qtbot, GoalForm, edits, sample)
    form.load(Ref("goal", goal_ids(sample, 2021)[0]))
    assert form.labels["title_fi"].buddy() is form.title_fi
    assert "&" in form.labels["title_fi"].text()
    for widget in (form.title_fi, form.title_sv, form.description_fi, form.owners, form.links):
        assert widget.accessibleName()


# The round entry form


def test_status_at_risk_asks_for_a_comment(qtbot: Any, edits: Edits, sample: Any):
    open_round(sample, "2021:3")
    goal = goal_ids(sample, 2021)[0]
    metric = metric_ids(sample, goal)[0]
    Editor(sample).set_field(Ref.entry(metric, "3"), "comment", None)
    form = make(qtbot, RoundForm, edits, sample)
    assert form.show_round(goal, "3")
    block = form.blocks[0]
    assert block.status.isEnabled()
    codes = [block.status.itemData(i) for i in range(block.status.count())]
    assert codes == [None, "on_track", "at_risk", "off_track"]  # rule 1: forecast codes only
    assert block.status.itemData(2, Qt.ItemDataRole.BackgroundRole).name() == "#f5e17a"

    block.status.setCurrentIndex(block.status.findData("at_risk"))
    assert stored(sample, Ref.entry(metric, "3"), "status") == "at_risk"  # at once
    assert block.comment_message.text() == RULES["comment_required"].label("fi")
    assert block.comment.property("problem") is True
    assert "#f5e17a" in block.status.styleSheet()  # the chosen status colours the combo

    block.comment.setPlainText("Riskit: henkilöstöpula.")
    assert block.comment_message.text() == ""  # the message goes as the reason is typed
    qtbot.waitUntil(
        lambda: stored(sample, Ref.entry(metric, "3"), "comment") == "Riskit: henkilöstöpula.",
        timeout=WAIT_MS,
    )
    edits.stack.undo()
    assert stored(sample, Ref.entry(metric, "3"), "comment") is None
    assert block.comment.toPlainText() == ""
    assert block.comment_message.text() == RULES["comment_required"].label("fi")
    edits.stack.undo()
    assert stored(sample, Ref.entry(metric, "3"), "status") == "on_track"
    assert block.status.code() == "on_track"


def test_numeric_forecast_refuses_words_and_reads_finnish_numbers(
    qtbot: Any, edits: Edits, sample: Any
):
    open_round(sample, "2021:3")
    goal = goal_ids(sample, 2021)[0]
    metric = metric_ids(sample, goal)[0]
    ref = Ref.entry(metric, "3")
    before = stored(sample, ref, "numeric")
    form = make(qtbot, RoundForm, edits, sample)
    form.show_round(goal, "3")
    block = form.blocks[0]

    block.numeric.setText("paljon")
    assert block.numeric_message.text() == "ei ole luku (paljon)"
    assert block.numeric.property("problem") is True
    block.numeric_binding.commit()  # as when the field loses focus
    assert stored(sample, ref, "numeric") == before  # nothing written

    block.numeric.setText("87,5 %")
    assert block.numeric_message.text() == ""
    qtbot.waitUntil(lambda: stored(sample, ref, "numeric") == Decimal("87.5"), timeout=WAIT_MS)
    block.numeric.setText("1 200 kpl")
    block.numeric_binding.commit()
    assert stored(sample, ref, "numeric") == 1200
    assert stored(sample, ref, "unit") == "kpl"


def test_locked_round_is_read_only(qtbot: Any, edits: Edits, sample: Any):
    goal = goal_ids(sample, 2021)[0]
    form = make(qtbot, RoundForm, edits, sample)
    form.show_round(goal, "1")
    block = form.blocks[0]
    assert block.comment.isReadOnly()
    assert block.numeric.isReadOnly()
    assert not block.status.isEnabled()
    assert form.top.locked.text() == "Round 1/2021 is locked: nothing can change."
    # Unlocked by the coordinator (as the year form does it): the form opens for typing.
    edits.set_field(Ref("round", "2021:1"), "state", "closed", "State")
    assert not block.comment.isReadOnly()
    assert form.top.locked.text() == ""


def test_previous_round_beside_and_copied(qtbot: Any, edits: Edits, sample: Any):
    Editor(sample).new_year_from(2021, 2022)
    goal = goal_ids(sample, 2022)[0]
    metric = metric_ids(sample, goal)[0]
    editor = Editor(sample)
    editor.set_field(Ref.entry(metric, "1"), "status", "at_risk")
    editor.set_field(Ref.entry(metric, "1"), "comment", "Riskit: aikataulu.")
    editor.set_field(Ref.entry(metric, "1"), "numeric", "90 %")
    form = make(qtbot, RoundForm, edits, sample)
    form.show_round(goal, "1")
    assert form.blocks[0].previous.isHidden()  # round 1 has no previous round
    form.show_round(goal, "2")
    block = form.blocks[0]
    assert not block.previous.isHidden()
    assert block.previous_title.text() == "Ennuste 1/2022"
    assert block.previous_status.text() == "Toteutuminen epävarma"
    assert "Riskit: aikataulu." in block.previous_comment.text()

    block.copy.click()
    ref = Ref.entry(metric, "2")
    assert stored(sample, ref, "status") == "at_risk"
    assert stored(sample, ref, "comment") == "Riskit: aikataulu."
    assert stored(sample, ref, "numeric") == 90
    assert block.comment.toPlainText() == "Riskit: aikataulu."
    edits.stack.undo()  # the copy is one step
    assert stored(sample, ref, "status") is None
    assert stored(sample, ref, "comment") is None
    assert block.comment.toPlainText() == ""


def test_narrative_year_takes_prose(qtbot: Any, edits: Edits, sample: Any):
    Editor(sample).new_year_from(2020, 2022)
    goal = goal_ids(sample, 2022)[0]
    metric = metric_ids(sample, goal)[0]
    form = make(qtbot, RoundForm, edits, sample)
    form.show_round(goal, "1")
    block = form.blocks[0]
    assert block.status.isHidden() and block.numeric.isHidden()
    assert not block.forecast.isHidden()
    block.forecast.setPlainText("Tavoite etenee suunnitellusti.\n\nToinen kappale.")
    block.forecast_binding.commit()
    assert stored(sample, Ref.entry(metric, "1"), "forecast") == (
        "Tavoite etenee suunnitellusti.\n\nToinen kappale."
    )


def test_round_form_language_switch(qtbot: Any, edits: Edits, sample: Any, translations: Any):
    open_round(sample, "2021:3")
    goal = goal_ids(sample, 2021)[0]
    form = make(qtbot, RoundForm, edits, sample)
    form.show_round(goal, "3")
    block = form.blocks[0]
    assert block.comment_label.text() == "&Kommentit"
    assert block.status.itemText(1) == "Toteutuu"
    assert block.copy.text() != "&Copy from the previous round"  # translated into Finnish
    finnish_copy = block.copy.text()

    translations.set_language("sv")
    form.set_language("sv")
    assert block.comment_label.text() == "&Kommentarer"
    assert block.status.itemText(1) == "Uppnås"
    assert block.status.code() is not None  # the chosen status kept
    assert block.copy.text() not in (finnish_copy, "&Copy from the previous round")
    assert form.top.header.kind.text().startswith("Prognos 3/2021")


# The year-end form


def test_year_end_outcome_is_derived(qtbot: Any, edits: Edits, sample: Any):
    goal = goal_ids(sample, 2021)[0]
    metrics = metric_ids(sample, goal)
    editor = Editor(sample)
    for metric in metrics:
        editor.set_field(Ref.entry(metric, "final"), "status", "achieved")
    form = make(qtbot, YearEndForm, edits, sample)
    assert form.show_goal(goal)
    assert form.outcome.text() == "Toteutui"
    assert form.goal_message.text() == ""

    block = form.blocks[0]
    block.status.setCurrentIndex(block.status.findData("not_achieved"))
    assert stored(sample, Ref.entry(metrics[0], "final"), "status") == "not_achieved"
    assert form.outcome.text() == "Ei toteutunut"
    assert block.explanation_message.text() == RULES["explanation_required"].label("fi")
    assert form.goal_message.text() == RULES["explanation_required"].label("fi")
    assert form.goal_explanation.property("problem") is True

    form.goal_explanation.setPlainText("Koronapandemia sulki palvelut.")
    assert form.goal_message.text() == ""
    qtbot.waitUntil(
        lambda: (
            stored(sample, Ref("goal", goal), "outcome_explanation")
            == "Koronapandemia sulki palvelut."
        ),
        timeout=WAIT_MS,
    )
    edits.stack.undo()  # the explanation
    edits.stack.undo()  # the status
    assert form.outcome.text() == "Toteutui"
    assert block.status.code() == "achieved"


# The year, theme and metric forms, and the stack


def test_year_form_deadline_and_state(qtbot: Any, edits: Edits, sample: Any):
    stack = make(qtbot, FormStack, edits, sample)
    assert stack.show_item("year", 2021)
    row = stack.year_form.rows["3"]
    assert row.label.text() == "Ennuste 3/2021"
    assert not row.no_deadline.isChecked()
    row.no_deadline.setChecked(True)
    assert stored(sample, Ref("round", "2021:3"), "deadline") is None
    edits.stack.undo()
    assert stored(sample, Ref("round", "2021:3"), "deadline") is not None
    assert not row.no_deadline.isChecked()
    row.state.setCurrentIndex(row.state.findData("open"))
    assert stored(sample, Ref("round", "2021:3"), "state") == "open"
    assert stack.year_form.layout_combo.currentData() == "status"


def test_theme_form_and_plain_text(qtbot: Any, edits: Edits, sample: Any):
    with sample.reader() as session:
        theme = session.scalars(select(m.Theme.id)).first()
    form = make(qtbot, ThemeForm, edits, sample)
    form.load(Ref("theme", theme))
    form.name_fi.setText("<b>Teema</b>")
    form.name_fi.editingFinished.emit()
    assert stored(sample, Ref("theme", theme), "name_fi") == "<b>Teema</b>"
    assert form.header.title.text() == "<b>Teema</b>"
    assert form.header.title.textFormat() == Qt.TextFormat.PlainText


def test_metric_form_recovery_and_target_rule(qtbot: Any, edits: Edits, sample: Any):
    goal = goal_ids(sample, 2021)[0]
    metric = metric_ids(sample, goal)[0]
    stack = make(qtbot, FormStack, edits, sample)
    stack.show_item("metric", metric)
    form = stack.metric_form
    assert form.recovery.text() == "&Palautumismittari"
    form.recovery.setChecked(True)
    assert stored(sample, Ref("metric", metric), "recovery") is True
    form.target_fi.setPlainText("")
    assert form.target_message.text() == RULES["target_required"].label("fi")


def test_stack_switches_and_writes_what_waits(qtbot: Any, edits: Edits, sample: Any):
    goal = goal_ids(sample, 2021)[0]
    stack = make(qtbot, FormStack, edits, sample)
    assert stack.show_item("goal", goal)
    stack.goal_form.title_fi.setText("Kirjoitettu juuri ennen vaihtoa")
    stack.show_item("year", 2021)  # no pause: switching writes it
    assert stored(sample, Ref("goal", goal), "title_fi") == "Kirjoitettu juuri ennen vaihtoa"

    stack.show_item("goal", goal)
    stack.goal_form.round_buttons["2"].click()
    assert stack.current == ("round", f"{goal}:2")
    assert stack.current_form() is stack.round_form
    stack.show_round(goal, "final")
    assert stack.current_form() is stack.year_end_form

    assert not stack.show_item("goal", "no-such-goal")
    assert stack.currentWidget() is stack.hint
