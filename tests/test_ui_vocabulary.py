"""The vocabularies dialog: real clicks on real buttons, the database before and after."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from kuva_desktop.editing import vocabulary as vocab
from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.storage import models as m
from kuva_desktop.ui.vocabulary import VocabularyDialog

GOAL_2021 = "Helsingissä on helppoa ja houkuttelevaa lähteä liikkeelle"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def sample(database):  # type: ignore[no-untyped-def]
    load_sample_data(database)
    return database


@pytest.fixture
def dialog(qtbot, sample) -> VocabularyDialog:  # type: ignore[no-untyped-def]
    widget = VocabularyDialog(sample)
    qtbot.addWidget(widget)
    widget.open()
    return widget


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every warning shown, as (title, text); questions are answered Yes."""
    shown: list[tuple[str, str]] = []

    def warning(_parent, title, text, *_args):  # type: ignore[no-untyped-def]
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    def question(_parent, title, text, *_args):  # type: ignore[no-untyped-def]
        shown.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "question", question)
    return shown


def _select_owner(dialog: VocabularyDialog, name: str) -> None:
    row = next(
        r
        for r in range(dialog.owner_list.rowCount())
        if dialog.owner_list.item(r, 0).text() == name
    )
    dialog.owner_list.selectRow(row)
    assert dialog.owner_name.text() == name


def test_lists_the_owners_and_links(dialog: VocabularyDialog) -> None:
    assert dialog.owner_list.rowCount() == 5
    assert dialog.owner_list.item(0, 0).text() == "Aino Lehtinen"
    assert dialog.owner_list.item(0, 1).text() == "aino.lehtinen@hel.fi"
    assert dialog.link_list.rowCount() == 11
    assert dialog.owner_name.text() == "Aino Lehtinen"  # the first is selected
    assert not dialog.save_button.isEnabled()  # nothing changed yet


def test_add_an_owner(qtbot, dialog: VocabularyDialog, sample) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.new_owner_button, LEFT)
    assert dialog.owner_name.text() == ""
    assert not dialog.save_button.isEnabled()  # an empty name
    qtbot.keyClicks(dialog.owner_name, "Ville Virtanen")
    qtbot.keyClicks(dialog.owner_email, "ville.virtanen@hel.fi")
    dialog.owner_area.setCurrentIndex(dialog.owner_area.findData("LIIKU"))
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.vocabulary_changed):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert vocab.OwnerInfo("Ville Virtanen", "ville.virtanen@hel.fi", "LIIKU") in vocab.owners(
        sample
    )
    assert dialog.owner_list.rowCount() == 6
    assert dialog.owner_name.text() == "Ville Virtanen"  # the new one stays selected
    assert not dialog.save_button.isEnabled()


def test_duplicate_name_disables_save_and_says_why(qtbot, dialog: VocabularyDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.new_owner_button, LEFT)
    dialog.owner_name.setText("riikka heikkilä")
    assert not dialog.save_button.isEnabled()
    assert dialog.owner_message.text() == "“riikka heikkilä” is already in the list."
    assert dialog.owner_name.property("invalid") is True
    dialog.owner_name.setText("Riikka Heikkilä 2")
    assert dialog.save_button.isEnabled()
    assert dialog.owner_message.text() == ""
    assert dialog.owner_name.property("invalid") is False
    # Renaming an owner to its own name is not a duplicate.
    _select_owner(dialog, "Jussi Koskinen")
    dialog.owner_name.setText("Jussi  Koskinen ")
    assert dialog.owner_message.text() == ""


def test_bad_email_disables_save(qtbot, dialog: VocabularyDialog) -> None:  # type: ignore[no-untyped-def]
    _select_owner(dialog, "Jussi Koskinen")
    dialog.owner_email.setText("jussi.koskinen")
    assert not dialog.save_button.isEnabled()
    assert dialog.owner_message.text() == "“jussi.koskinen” is not an e-mail address."
    assert dialog.owner_email.property("invalid") is True
    dialog.owner_email.setText("")  # no e-mail is fine
    assert dialog.save_button.isEnabled()


def test_deleting_an_owner_in_use_is_refused(qtbot, dialog, sample, messages) -> None:  # type: ignore[no-untyped-def]
    _select_owner(dialog, "Riikka Heikkilä")
    qtbot.mouseClick(dialog.delete_owner_button, LEFT)
    ((title, text),) = messages
    assert title == "The owner is in use"
    assert text.startswith("“Riikka Heikkilä” cannot be deleted: it is the owner of\n")
    assert f"2021: goal “{GOAL_2021}”" in text
    assert "Riikka Heikkilä" in [o.name for o in vocab.owners(sample)]


def test_deleting_an_unused_owner_asks_first(qtbot, dialog, sample, messages) -> None:  # type: ignore[no-untyped-def]
    vocab.save_owner(sample, None, "Ville Virtanen", None, None)
    dialog.reload()
    _select_owner(dialog, "Ville Virtanen")
    with qtbot.waitSignal(dialog.vocabulary_changed):
        qtbot.mouseClick(dialog.delete_owner_button, LEFT)
    assert messages == [("Delete owner", "Delete the owner “Ville Virtanen”?")]
    assert "Ville Virtanen" not in [o.name for o in vocab.owners(sample)]
    assert dialog.owner_list.rowCount() == 5


def test_rename_keeps_the_goals_owner(qtbot, dialog, sample) -> None:  # type: ignore[no-untyped-def]
    _select_owner(dialog, "Riikka Heikkilä")
    dialog.owner_name.setText("Riikka Heikkilä-Laine")
    with qtbot.waitSignal(dialog.vocabulary_changed):
        qtbot.mouseClick(dialog.save_button, LEFT)
    with sample.reader() as session:
        goal = session.scalars(
            select(m.Goal)
            .join(m.Theme)
            .join(m.Year)
            .where(m.Year.year == 2021, m.Goal.title_fi == GOAL_2021)
        ).one()
        assert [o.name for o in goal.owners] == ["Riikka Heikkilä-Laine"]
    assert dialog.owner_name.text() == "Riikka Heikkilä-Laine"


def test_links_tab(qtbot, dialog, sample, messages) -> None:  # type: ignore[no-untyped-def]
    dialog.tabs.setCurrentIndex(1)
    qtbot.mouseClick(dialog.new_link_button, LEFT)
    assert not dialog.save_button.isEnabled()
    assert dialog.link_message.text() == "The Finnish name is empty."
    dialog.link_name_fi.setText("Osallisuus")
    assert not dialog.save_button.isEnabled()
    dialog.link_name_fi.setText("Ilmastotavoitteet")
    dialog.link_name_sv.setText("Klimatmålen")
    with qtbot.waitSignal(dialog.vocabulary_changed):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert vocab.LinkInfo("Ilmastotavoitteet", "Klimatmålen") in vocab.links(sample)
    # In use: refused, with the goal named.
    row = next(
        r
        for r in range(dialog.link_list.rowCount())
        if dialog.link_list.item(r, 0).text() == "Liikkumisohjelma"
    )
    dialog.link_list.selectRow(row)
    qtbot.mouseClick(dialog.delete_link_button, LEFT)
    title, text = messages[-1]
    assert title == "The link is in use" and f"2021: goal “{GOAL_2021}”" in text


def test_a_refusal_from_the_service_is_shown(qtbot, dialog, sample, messages) -> None:  # type: ignore[no-untyped-def]
    # Another window added the same name after the dialog read the list.
    qtbot.mouseClick(dialog.new_owner_button, LEFT)
    dialog.owner_name.setText("Ville Virtanen")
    vocab.save_owner(sample, None, "Ville Virtanen", None, None)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert messages == [("Not saved", "owner “Ville Virtanen” is already in the vocabulary")]


def test_texts_follow_the_installed_translation(qapp, dialog: VocabularyDialog) -> None:  # type: ignore[no-untyped-def]
    from kuva_desktop.ui.i18n import Translations

    translations = Translations(qapp)
    try:
        translations.set_language("sv")  # Qt sends LanguageChange: the dialog retranslates
        qapp.processEvents()
        assert dialog.tabs.tabText(0) == "&Ansvarspersoner"
        dialog.new_owner()
        assert dialog.owner_message.text() == "Namnet saknas."
        translations.set_language("fi")
        qapp.processEvents()
        assert dialog.windowTitle() == "Sanastot"
        assert dialog.owner_message.text() == "Nimi puuttuu."
    finally:
        translations.set_language("en")
        qapp.processEvents()
    assert dialog.tabs.tabText(0) == "&Owners"


def test_an_owners_language_is_shown_and_changed(qtbot, dialog: VocabularyDialog, sample) -> None:  # type: ignore[no-untyped-def]
    rows = {
        dialog.owner_list.item(r, 0).text(): dialog.owner_list.item(r, 3).text()
        for r in range(dialog.owner_list.rowCount())
    }
    assert rows["Jussi Koskinen"] == "svenska" and rows["Aino Lehtinen"] == "suomi"
    _select_owner(dialog, "Jussi Koskinen")
    assert dialog.owner_language.currentText() == "svenska"
    assert not dialog.save_button.isEnabled()
    dialog.owner_language.setCurrentIndex(dialog.owner_language.findData("fi"))
    assert dialog.save_button.isEnabled()  # a change of language alone is one to save
    with qtbot.waitSignal(dialog.vocabulary_changed):
        qtbot.mouseClick(dialog.save_button, LEFT)
    jussi = next(o for o in vocab.owners(sample) if o.name == "Jussi Koskinen")
    assert (jussi.language, jussi.email, jussi.area) == ("fi", "jussi.koskinen@hel.fi", "NUP")
    qtbot.mouseClick(dialog.new_owner_button, LEFT)
    assert dialog.owner_language.currentData() == "fi"  # a new owner: Finnish
