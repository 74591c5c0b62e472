"""The main window: what a user sees in the tree and the details, the language menu, the
empty-database prompt and the start-up of ``run_gui``."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from kuva_desktop.errors import InputError
from kuva_desktop.exchange import yeardoc
from kuva_desktop.resources import resource_path
from kuva_desktop.storage import models as m
from kuva_desktop.ui import settings
from kuva_desktop.ui.i18n import Translations, pick_language
from kuva_desktop.ui.main_window import MainWindow
from kuva_desktop.ui.tree_nodes import COLUMN_TITLE, GOAL, METRIC, THEME

GOAL_2019 = "Palveluja parannetaan asiakaskokemuksen perusteella"
LINK_2019 = "Asukaskokemus ja asiakastyytyväisyys"

pytestmark = pytest.mark.usefixtures("qt_settings")


@pytest.fixture
def loaded(database):  # type: ignore[no-untyped-def]
    document = yeardoc.load(resource_path("sample", "2019.json"))
    with database.session(source="test") as session:
        yeardoc.apply_document(session, document, replace=True, name="2019.json")
    return database


def make_window(qtbot, database, translations: Translations) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(database, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, loaded, translations: Translations) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window(qtbot, loaded, translations)


def first_of(window: MainWindow, kind: str):  # type: ignore[no-untyped-def]
    """The index of the first node of this kind, depth first."""
    model = window.model

    def walk(parent):  # type: ignore[no-untyped-def]
        for row in range(model.rowCount(parent)):
            index = model.index(row, COLUMN_TITLE, parent)
            if model.node(index).kind == kind:
                return index
            found = walk(index)
            if found is not None:
                return found
        return None

    return walk(window.model.index(0, 0).parent())


def test_the_window_starts_on_the_first_year(window: MainWindow) -> None:
    assert window.windowTitle() == "Kuva Desktop"
    assert window.menus.file.title() == "Tie&dosto"
    assert window.tree.currentIndex() == window.model.index(0, 0)
    assert window.forms.current == ("year", 2019)
    year_form = window.forms.year_form
    assert year_form.division_fi.text() == "Kulttuurin ja vapaa-ajan toimiala"
    assert year_form.rows["1"].state.currentText() == "Lukittu"  # terms from the domain tables
    assert window.tree.hasFocus() or window.focusWidget() is window.tree


def test_arrow_keys_move_and_the_form_follows(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    assert window.model.node(window.tree.currentIndex()).kind == THEME
    assert window.forms.theme_form.name_fi.text() == "Maailman toimivin kaupunki"
    qtbot.keyClick(window.tree, Qt.Key.Key_Right)  # open the theme
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    assert window.model.node(window.tree.currentIndex()).kind == GOAL
    assert window.forms.goal_form.title_fi.text() == GOAL_2019


def _checked(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        widget.item(row).text()
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


def test_a_goal_shows_its_title_links_and_owners(window: MainWindow) -> None:
    window.tree.setCurrentIndex(first_of(window, GOAL))
    form = window.forms.goal_form
    assert form.title_fi.text() == GOAL_2019
    assert _checked(form.links) == [LINK_2019]
    assert _checked(form.owners) == ["Aino Lehtinen", "Mikko Saarinen"]


def test_a_metric_shows_its_texts(window: MainWindow) -> None:
    window.tree.setCurrentIndex(first_of(window, METRIC))
    form = window.forms.metric_form
    assert form.text_fi.toPlainText().startswith("Jokaisessa kulttuurin, liikunnan")


def test_markup_in_the_data_shows_as_typed(qtbot, database, translations) -> None:  # type: ignore[no-untyped-def]
    with database.session(source="test") as session:
        year = m.Year(year=2030, division_fi="Toimiala")
        theme = m.Theme(name_fi="Teema")
        year.themes.append(theme)
        theme.goals.append(m.Goal(title_fi="<b>Lihavoitu</b>", description_fi="a < b\n\nuusi"))
        session.add(year)
    window = make_window(qtbot, database, translations)
    window.tree.setCurrentIndex(first_of(window, GOAL))
    assert window.forms.goal_form.title_fi.text() == "<b>Lihavoitu</b>"
    assert window.forms.goal_form.description_fi.toPlainText() == "a < b\n\nuusi"
    assert window.model.data(first_of(window, GOAL)) == "<b>Lihavoitu</b>"


def test_language_switch_through_the_menu(qtbot, window: MainWindow) -> None:
    window.tree.setCurrentIndex(first_of(window, GOAL))
    header = window.model.headerData(COLUMN_TITLE, Qt.Orientation.Horizontal)
    assert header == "Tavoitteet ja mittarit"
    assert window.tabs.tabText(1) == "Vuoden yleiskuva"

    window.menus.languages["sv"].trigger()

    qtbot.waitUntil(lambda: window.menus.view.title() == "Vis&a")
    assert window.menus.file.title() == "Arki&v"
    assert window.model.headerData(COLUMN_TITLE, Qt.Orientation.Horizontal) == (
        "Mål och indikatorer"
    )
    assert window.tabs.tabText(1) == "Årsöversikt"
    assert window.forms.goal_form.round_buttons["1"].text() == "Prognos 1/2019"
    assert window.menus.languages["sv"].isChecked()
    assert settings.value(settings.LANGUAGE) == "sv"

    window.menus.languages["en"].trigger()
    qtbot.waitUntil(lambda: window.menus.view.title() == "&View")
    assert window.forms.goal_form.round_buttons["1"].text() == "Forecast 1/2019"
    assert settings.value(settings.LANGUAGE) == "en"


def test_geometry_and_splitter_are_restored(qtbot, loaded, translations) -> None:  # type: ignore[no-untyped-def]
    first = make_window(qtbot, loaded, translations)
    first.resize(700, 500)  # within the offscreen screen (800 × 600)
    first.splitter.setSizes([250, 450])
    sizes = first.splitter.sizes()
    first.close()
    assert not settings.value(settings.SPLITTER_STATE).isEmpty()
    second = make_window(qtbot, loaded, translations)
    assert second.size() == first.size()
    assert second.splitter.sizes() == sizes


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Answer the next question box with ``button``; the texts asked are collected."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_empty_database_offers_the_sample_data(qtbot, monkeypatch, database, translations) -> None:  # type: ignore[no-untyped-def]
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window = make_window(qtbot, database, translations)
    assert window.model.rowCount() == 0
    assert window.offer_sample_data()
    assert asked == ["Tietokanta on tyhjä. Ladataanko esimerkkiaineisto (2019–2021)?"]
    assert [window.model.data(window.model.index(row, 0)) for row in range(3)] == [
        "2019",
        "2020",
        "2021",
    ]
    assert window.forms.current == ("year", 2019)


def test_declining_the_sample_data_leaves_the_database_empty(
    qtbot, monkeypatch, database, translations
) -> None:  # type: ignore[no-untyped-def]
    answer(monkeypatch, QMessageBox.StandardButton.No)
    window = make_window(qtbot, database, translations)
    assert not window.offer_sample_data()
    assert window.model.rowCount() == 0
    with database.reader() as session:
        assert session.query(m.Year).count() == 0


def test_no_prompt_when_there_is_data(qtbot, monkeypatch, window: MainWindow) -> None:
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert not window.offer_sample_data()
    assert asked == []


def test_refused_sample_data_is_shown_in_a_message_box(
    qtbot, monkeypatch, database, translations
) -> None:  # type: ignore[no-untyped-def]
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))

    def refuse(_database):  # type: ignore[no-untyped-def]
        raise InputError("yeardoc.empty", file="sample.json")

    monkeypatch.setattr("kuva_desktop.exchange.sample.load_sample_data", refuse)
    window = make_window(qtbot, database, translations)
    assert not window.offer_sample_data()
    assert shown == ["sample.json: tiedosto on tyhjä"]  # in the UI language


def test_run_gui_reports_a_refused_database(monkeypatch, tmp_path: Path) -> None:
    from kuva_desktop.ui.app import run_gui

    settings.set_value(settings.LANGUAGE, "en")
    shown: list[str] = []

    def critical(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_text("just text", encoding="utf-8")
    assert run_gui(not_a_database, None) == 2
    assert shown and "not a Kuva Desktop database" in shown[0]


@pytest.mark.parametrize(
    ("stored", "system", "expected"),
    [
        ("sv", "fi_FI", "sv"),
        ("", "sv_FI", "sv"),
        ("", "en_GB", "en"),
        ("", "de_DE", "fi"),
        ("xx", "C", "fi"),
    ],
)
def test_pick_language(stored: str, system: str, expected: str) -> None:
    assert pick_language(stored, system) == expected


GIVE_UP_MS = 20_000


def test_run_gui_opens_on_the_item_last_used_with_its_form(loaded, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The start as a user has it: the tree is shown first (read without the database code),
    then the forms; the window ends on the goal used last, its form on view and the search box
    ready."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kuva_desktop.ui.app import run_gui

    with loaded.reader() as session:
        goal = session.query(m.Goal).order_by(m.Goal.position).first()
        goal_id, title = goal.id, goal.title_fi
    settings.set_value(settings.LANGUAGE, "en")  # run_gui's translators stay: the others' too
    settings.set_value(settings.LAST_ITEM, f"goal:{goal_id}")
    seen: dict[str, object] = {}

    def look() -> None:
        window = next(
            # The one run_gui shows: an earlier test's closed window may still be a top level.
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()
            ),
            None,
        )
        if (
            window is None
            or window.database is None  # the form read first, before the database code
            or window.forms is None
            or window.forms.current is None
        ):
            QTimer.singleShot(10, look)
            return
        seen["selected"] = window.selected().key
        seen["form"] = window.forms.current
        seen["title"] = window.forms.goal_form.isVisible() and title
        seen["search"] = window.search_box.isEnabled()
        window.close()

    def give_up() -> None:  # a start that never shows the form fails the test, never hangs it
        seen.setdefault("gave up", "the form never came")
        for widget in QApplication.topLevelWidgets():
            widget.close()
        QApplication.quit()

    QTimer.singleShot(0, look)
    QTimer.singleShot(GIVE_UP_MS, give_up)
    assert run_gui(loaded.path, None) == 0
    assert seen == {"selected": goal_id, "form": ("goal", goal_id), "title": title, "search": True}


def test_the_tree_shown_first_keeps_its_place_when_the_forms_arrive(  # type: ignore[no-untyped-def]
    qtbot, loaded, translations: Translations
) -> None:
    """The tree read before the database is attached does not jump when the forms and the
    history come: the history's dock is there, titled, from the first paint."""
    from kuva_desktop.editing.read import read_tree

    window = MainWindow(None, translations)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    window.show_tree(read_tree(loaded))
    qtbot.wait(50)
    before = window.tree.mapTo(window, window.tree.rect().bottomLeft())
    assert window.history_dock.isVisible()
    assert window.history_dock.windowTitle() == "Muutoshistoria"
    window.attach(loaded, read_tree(loaded))
    qtbot.wait(50)
    assert window.tree.mapTo(window, window.tree.rect().bottomLeft()).y() == before.y()
    assert window.history_dock.widget() is window.history
    window.close()


def opened_from_the_file(qtbot, database, translations: Translations) -> MainWindow:  # type: ignore[no-untyped-def]
    """A window as at start-up before the database code is loaded: shown, with the tree and the
    selected item's form read from the database file with the standard library."""
    from kuva_desktop.editing.read import read_tree
    from kuva_desktop.storage.files import current_database
    from kuva_desktop.storage.snapshot import DatabaseFile

    window = MainWindow(None, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    file = DatabaseFile(current_database(database.path))
    window.show_tree(read_tree(file), file)
    return window


def test_the_first_form_is_read_from_the_file_and_takes_input_once_the_database_is_open(  # type: ignore[no-untyped-def]
    qtbot, loaded, translations: Translations
) -> None:
    """At start-up the selected item's form is shown from the file (the standard library)
    before the database code is loaded. A click into it and the keys typed then are held back,
    never half written, and played back in their order once the database is open, over what
    was written meanwhile."""
    from kuva_desktop.editing import Editor, Ref
    from kuva_desktop.editing.read import read_tree

    with loaded.reader() as session:
        goal = session.query(m.Goal).order_by(m.Goal.position).first()
        goal_id = goal.id
    settings.set_value(settings.LAST_ITEM, f"goal:{goal_id}")
    window = opened_from_the_file(qtbot, loaded, translations)

    form = window.forms.goal_form
    assert window.forms.current == ("goal", goal_id)
    assert form.isVisible() and form.title_fi.text() == GOAL_2019
    assert window.saved_label.text() == "Avataan tietokantaa…"
    window.tree.setFocus()
    qtbot.mouseClick(form.title_fi, Qt.MouseButton.LeftButton)
    qtbot.keyClick(form.title_fi, Qt.Key.Key_End)
    qtbot.keyClicks(window.tree, " X")  # where the focus was: held, since the click was
    assert form.title_fi.text() == GOAL_2019  # nothing shown that could not be written

    Editor(loaded).set_field(Ref("goal", goal_id), "title_fi", "Toisen ikkunan otsikko")
    window.attach(loaded, read_tree(loaded))
    assert window.saved_label.text() == ""
    assert window.history.model.rowCount() > 0  # the goal's history, from the database
    # Read again from the database, then the click and the keys, in their order.
    qtbot.waitUntil(lambda: form.title_fi.text() == "Toisen ikkunan otsikko X")
    assert window.forms.current == ("goal", goal_id)
    window.close()  # what waits for the pause in typing is written on closing
    assert Editor(loaded).get(Ref("goal", goal_id), "title_fi") == "Toisen ikkunan otsikko X"


def test_a_message_box_before_the_database_is_open_takes_typing(  # type: ignore[no-untyped-def]
    qtbot, loaded, translations: Translations
) -> None:
    """Input held back for the first form (a click into it) does not hold back another window:
    a message shown before the database is open (a refusal) still takes keys and clicks."""
    from PySide6.QtWidgets import QInputDialog

    window = opened_from_the_file(qtbot, loaded, translations)
    form = window.forms.current_form()
    assert form is not None
    qtbot.mouseClick(form, Qt.MouseButton.LeftButton)  # held until the database is open

    dialog = QInputDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.findChild(QLineEdit)
    qtbot.keyClicks(field, "kirjoitettu")
    assert dialog.textValue() == "kirjoitettu"
    dialog.close()
    window.close()
