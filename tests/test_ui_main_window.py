"""The main window: what a user sees in the tree and the details, the language menu, the
empty-database prompt and the start-up of ``run_gui``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from kuva_desktop.errors import InputError
from kuva_desktop.exchange import yeardoc
from kuva_desktop.resources import resource_path
from kuva_desktop.storage import models as m
from kuva_desktop.ui import settings
from kuva_desktop.ui.i18n import Translations, pick_language
from kuva_desktop.ui.main_window import MainWindow
from kuva_desktop.ui.tree_model import COLUMN_TITLE, GOAL, METRIC, THEME

GOAL_2019 = "Palveluja parannetaan asiakaskokemuksen perusteella"
LINK_2019 = "Asukaskokemus ja asiakastyytyväisyys"


@pytest.fixture(autouse=True)
def _private_settings(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """QSettings in the test's own folder: Qt caches its default paths for the whole process."""
    qapp.setOrganizationName("Kuva")
    qapp.setApplicationName("Kuva Desktop")
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture
def translations(qapp) -> Iterator[Translations]:  # type: ignore[no-untyped-def]
    """The window's translators, Finnish at start; removed again after the test."""
    translations = Translations(qapp)
    translations.set_language("fi")
    yield translations
    translations.set_language("en")
    translations.deleteLater()


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
    assert window.file_menu.title() == "&Tiedosto"
    assert window.tree.currentIndex() == window.model.index(0, 0)
    text = window.details.toPlainText()
    assert "2019" in text
    assert "Ennuste 1/2019" in text and "Lukittu" in text  # terms from the domain tables
    assert "Kulttuurin ja vapaa-ajan toimiala" in text
    assert window.tree.hasFocus() or window.focusWidget() is window.tree


def test_arrow_keys_move_and_the_details_follow(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    assert window.model.node(window.tree.currentIndex()).kind == THEME
    assert "Maailman toimivin kaupunki" in window.details.toPlainText()
    qtbot.keyClick(window.tree, Qt.Key.Key_Right)  # open the theme
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    assert window.model.node(window.tree.currentIndex()).kind == GOAL
    assert GOAL_2019 in window.details.toPlainText()


def test_a_goal_shows_its_title_links_owners_and_outcome(window: MainWindow) -> None:
    window.tree.setCurrentIndex(first_of(window, GOAL))
    text = window.details.toPlainText()
    assert GOAL_2019 in text
    assert LINK_2019 in text
    assert "Kytkeytyminen kaupunkiyhteisiin hankkeisiin" in text  # the official column title
    assert "Aino Lehtinen, Mikko Saarinen" in text
    assert "Toteutui" in text  # derived from the metrics' final outcomes


def test_a_metric_shows_its_entries_per_round(window: MainWindow) -> None:
    window.tree.setCurrentIndex(first_of(window, METRIC))
    text = window.details.toPlainText()
    assert text.startswith("Mittari")
    assert "Ennuste 1/2019" in text
    assert "Sitovien osatavoitteiden osalta tavoite on toteutumassa" in text  # the forecast
    assert "Toteuma 2019" in text
    assert "Toteutui" in text  # the final status, labelled from the status table
    assert "#8fd18f" in window.details.toHtml()  # on its colour
    assert "Palvelut ovat määritelleet 31 kehitettävää palvelupolkua" in text


def test_a_status_year_shows_status_comments_and_numeric_forecast(
    qtbot, database, translations: Translations
) -> None:  # type: ignore[no-untyped-def]
    with database.session(source="test") as session:
        year = m.Year(year=2021, division_fi="Toimiala", layout="status")
        year.rounds = [m.Round(key="1", position=0, state="open")]
        theme = m.Theme(name_fi="Teema", year=year)
        goal = m.Goal(title_fi="Tavoite", description_fi="", theme=theme)
        metric = m.Metric(text_fi="Mittari A", target_fi="90 %", recovery=True, goal=goal)
        metric.entries = [
            m.Entry(round_key="1", status="at_risk", comment="Riskit: sää", numeric=87.5, unit="%")
        ]
        session.add(year)
    window = make_window(qtbot, database, translations)
    window.tree.setCurrentIndex(first_of(window, METRIC))
    text = window.details.toPlainText()
    assert "Toteutuminen epävarma" in text
    assert "Riskit: sää" in text
    assert "87,5 %" in text
    assert "Tavoitetaso" in text and "90 %" in text
    assert "Palautumismittari" in text and "Kyllä" in text
    assert "#f5e17a" in window.details.toHtml()


def test_markup_in_the_data_shows_as_typed(qtbot, database, translations) -> None:  # type: ignore[no-untyped-def]
    with database.session(source="test") as session:
        year = m.Year(year=2030, division_fi="Toimiala")
        theme = m.Theme(name_fi="Teema", year=year)
        m.Goal(title_fi="<b>Lihavoitu</b>", description_fi="a < b\n\nuusi kappale", theme=theme)
        session.add(year)
    window = make_window(qtbot, database, translations)
    window.tree.setCurrentIndex(first_of(window, GOAL))
    text = window.details.toPlainText()
    assert "<b>Lihavoitu</b>" in text
    assert "a < b" in text and "uusi kappale" in text


def test_language_switch_through_the_menu(qtbot, window: MainWindow) -> None:
    window.tree.setCurrentIndex(first_of(window, METRIC))
    header = window.model.headerData(COLUMN_TITLE, Qt.Orientation.Horizontal)
    assert header == "Tavoitteet ja mittarit"

    window.language_actions["sv"].trigger()

    qtbot.waitUntil(lambda: window.view_menu.title() == "&Visa")
    assert window.file_menu.title() == "&Arkiv"
    assert window.model.headerData(COLUMN_TITLE, Qt.Orientation.Horizontal) == (
        "Mål och indikatorer"
    )
    assert window.tree.model().headerData(0, Qt.Orientation.Horizontal) == "Mål och indikatorer"
    text = window.details.toPlainText()
    assert text.startswith("Indikator")
    assert "Prognos 1/2019" in text and "Uppfylldes" in text
    assert window.language_actions["sv"].isChecked()
    assert settings.value(settings.LANGUAGE) == "sv"

    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.view_menu.title() == "&View")
    assert "Forecast 1/2019" in window.details.toPlainText()
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
    assert "2019" in window.details.toPlainText()


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
        raise InputError("sample.json: broken")

    monkeypatch.setattr("kuva_desktop.ui.main_window.load_sample_data", refuse)
    window = make_window(qtbot, database, translations)
    assert not window.offer_sample_data()
    assert shown == ["sample.json: broken"]


def test_run_gui_reports_a_refused_database(monkeypatch, tmp_path: Path) -> None:
    from kuva_desktop.ui.app import run_gui

    settings.set_value(settings.LANGUAGE, "en")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: shown.append(text))
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
