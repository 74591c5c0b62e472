"""Work packages in the window, as people use them: issue, fill in, save, import, resolve."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from kuva_desktop.domain.rules import RULES
from kuva_desktop.editing import Editor, Ref
from kuva_desktop.exchange.packages import WorkingCopy, completeness, issue_package
from kuva_desktop.exchange.packages.workdb import working_db_path
from kuva_desktop.ui.main_window import MainWindow, package_window
from kuva_desktop.ui.tree_nodes import GOAL, METRIC, YEAR
from tests.test_packages_merge import AINO, JUSSI, RIIKKA, open_year
from tests.test_packages_merge import YEAR as YEAR_2022

pytestmark = pytest.mark.usefixtures("qt_settings")


@pytest.fixture
def ids(database: Any) -> dict[str, str]:
    return open_year(database)  # sample data and 2022, every round open


def coordinator_window(qtbot: Any, database: Any, translations: Any) -> MainWindow:
    window = MainWindow(database, translations)
    qtbot.addWidget(window)
    return window


def owner_window(qtbot: Any, package: Path, translations: Any) -> MainWindow:
    window = package_window(package, translations)
    qtbot.addWidget(window)
    return window


def quit_answering(window: MainWindow, role: QMessageBox.ButtonRole | None) -> list[str]:
    """File → Quit from the menu; the question about changes not saved as a submission, if it
    comes, answered with its button of ``role``; what it asked."""
    asked: list[str] = []

    def answer() -> None:
        box = window.owner_package.unsaved_box
        if box is None:
            return
        asked.append(box.text())
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()

    QTimer.singleShot(0, answer)
    quit_action = next(a for a in window.menus.file.actions() if a is window.menus.quit)
    quit_action.trigger()
    return asked


def tree_nodes(window: MainWindow, kind: str) -> list[Any]:
    found = []

    def walk(node: Any) -> None:
        if node.kind == kind:
            found.append(node)
        for child in node.children:
            walk(child)

    for row in range(window.model.rowCount()):
        walk(window.model.node(window.model.index(row, 0)))
    return found


def merge_through_the_window(qtbot: Any, window: MainWindow, paths: list[Path]) -> Any:
    """Import as the coordinator does: Ctrl+I, the files, the dry run's question, Merge."""
    chosen = ([str(p) for p in paths], "")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: chosen)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    importer = window.coordinator_packages.submission_import
    qtbot.waitUntil(lambda: importer.confirm_box is not None and importer.confirm_box.isVisible())
    dry_run = importer.confirm_box.text()
    importer.confirm_box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: importer.summary_box is not None and importer.summary_box.isVisible())
    return dry_run, importer.summary_box


def test_issuing_from_the_window_offers_only_open_rounds(
    qtbot, database, ids, translations, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    for key in ("1", "2", "3", "final"):
        Editor(database).set_field(Ref("round", f"2021:{key}"), "state", "locked")
    window = coordinator_window(qtbot, database, translations)
    window.menus.coordinator.issue.trigger()
    dialog = window.coordinator_packages.issue_dialog
    assert dialog.windowTitle() == "Jaa työpaketit"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    dialog.year.setCurrentIndex(dialog.year.findData(2021))  # every round of 2021 is locked
    assert dialog.round.count() == 0
    assert "2021" in dialog.no_round.text() and dialog.no_round.isVisibleTo(dialog)
    assert not ok.isEnabled()

    dialog.year.setCurrentIndex(dialog.year.findData(YEAR_2022))
    assert dialog.round.currentText() == "Ennuste 1/2022"
    owners = [dialog.owners.item(i).text() for i in range(dialog.owners.count())]
    assert AINO in owners and RIIKKA in owners
    dialog.all_owners.setChecked(True)
    folder = tmp_path / "paketit"
    dialog.folder.setText(str(folder))  # typed, not there yet: the reason is shown
    assert not ok.isEnabled()
    assert dialog.reason.text() == f"Kansiota {folder} ei ole: tee se Selaa…-painikkeella."

    def make_it_in_the_file_dialog(*_a):  # type: ignore[no-untyped-def]
        folder.mkdir()
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", make_it_in_the_file_dialog)
    dialog.browse.click()  # the same text, now an existing folder
    assert ok.isEnabled() and not dialog.reason.isVisibleTo(dialog)
    ok.click()
    written = sorted(p.name for p in folder.glob("*.kuvapkg"))
    assert len(written) == len(owners)
    assert "kuva-2022-1-aino-lehtinen.kuvapkg" in written
    issued = dialog.issued_dialog  # what was written, with e-mail and the folder
    assert issued.isVisible() and str(folder) in issued.summary.text()
    column = issued.COLUMN_FILE
    assert sorted(issued.table.item(r, column).text() for r in range(issued.table.rowCount())) == (
        written
    )


def test_the_owner_fills_in_the_package_and_saves_a_submission(
    qtbot, database, ids, translations, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    c = ids["C"]
    package = issue_package(database, YEAR_2022, "1", RIIKKA, tmp_path).path
    window = owner_window(qtbot, package, translations)

    # Only the assigned goal, its round form ready to type, none of the coordinator's work.
    assert [n.key for n in tree_nodes(window, METRIC)] == [c]
    assert len(tree_nodes(window, GOAL)) == 1
    assert "Riikka Heikkilä · Ennuste 1/2022" in window.owner_package.banner.text()
    assert window.menus.coordinator is None  # no structure, issuing or merging here
    assert [a.text() for a in window.menus.file.actions() if not a.isSeparator()] == [
        "Tallenna palautu&s…",
        "&Avaa työpaketti…",
        "&Lopeta",
    ]
    assert window.owner_package.save_action.shortcut().toString() == "Ctrl+S"
    forms = window.forms
    assert forms.current_form() is forms.round_form
    block = forms.round_form.blocks[0]
    assert block.status.isEnabled() and not block.comment.isReadOnly()

    # The same validation as in the coordinator's forms.
    block.status.setCurrentIndex(block.status.findData("at_risk"))
    assert block.comment_message.text() == RULES["comment_required"].label("fi")
    block.comment.setPlainText("Riskit: henkilöstöpula.")
    assert block.comment_message.text() == ""

    # Other rounds are there for reference, read-only; so are the goal and the year.
    forms.show_round(tree_nodes(window, GOAL)[0].key, "2")
    assert not forms.round_form.blocks[0].status.isEnabled()
    assert forms.round_form.top.locked.text()
    window.tree.setCurrentIndex(window.model.find(YEAR, YEAR_2022))
    assert not forms.year_form.rows["1"].state.isEnabled()

    # The laptop is closed before the pause in typing (no submission: Discard): nothing is lost.
    assert quit_answering(window, QMessageBox.ButtonRole.DestructiveRole)
    assert not window.isVisible()
    window = owner_window(qtbot, package, translations)
    work = window.database
    assert Editor(work).get(Ref.entry(c, "1"), "status") == "at_risk"
    assert Editor(work).get(Ref.entry(c, "1"), "comment") == "Riskit: henkilöstöpula."
    assert working_db_path(package).exists()

    target = tmp_path / "palautus.kuvasub"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    window.owner_package.save_action.trigger()
    dialog = window.owner_package.summary_dialog
    assert target.exists()
    assert str(target) in dialog.saved.text()
    rows = [
        [dialog.changes.item(r, col).text() for col in range(4)]
        for r in range(dialog.changes.rowCount())
    ]
    assert [r[1:] for r in rows] == [
        ["Tila", "—", "Toteutuminen epävarma"],
        ["Kommentit", "—", "Riskit: henkilöstöpula."],
    ]
    assert dialog.rules.text() == "Säännöt täyttyvät."


def test_the_coordinator_imports_merges_and_resolves(
    qtbot, database, ids, translations, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    a, c = ids["A"], ids["C"]
    riikka = issue_package(database, YEAR_2022, "1", RIIKKA, tmp_path).path
    aino = issue_package(database, YEAR_2022, "1", AINO, tmp_path).path
    Editor(database, who="coordinator").set_field(Ref.entry(a, "1"), "status", "on_track")

    saved: list[Path] = []
    for package, metric in ((riikka, c), (aino, a)):
        owner = owner_window(qtbot, package, translations)
        block = owner.forms.round_form.blocks[0]
        block.status.setCurrentIndex(block.status.findData("off_track"))
        block.comment.setPlainText("Riskit: rahoitus.")
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda _p, _t, default, _f: (default, "")
        )
        owner.owner_package.save_action.trigger()
        saved.append(owner.owner_package.summary_dialog.summary.path)
        owner.close()
        assert Editor(database).get(Ref.entry(metric, "1"), "comment") is None

    window = coordinator_window(qtbot, database, translations)
    broken = tmp_path / "rikki.kuvasub"
    broken.write_bytes(saved[0].read_bytes()[:100])
    dry_run, summary = merge_through_the_window(qtbot, window, [saved[0], broken])
    assert dry_run.startswith("1 kirjaus tuodaan, 0 ristiriitaa, 1 tiedosto hylätty.")
    assert "rikki.kuvasub: puutteellinen tai vahingoittunut" in dry_run
    assert Editor(database).get(Ref.entry(c, "1"), "status") == "off_track"
    summary.button(QMessageBox.StandardButton.Close).click()

    # The second owner's submission meets the coordinator's edit: a conflict, side by side.
    _dry_run, summary = merge_through_the_window(qtbot, window, [saved[1]])
    assert Editor(database).get(Ref.entry(a, "1"), "status") == "on_track"  # ours, until resolved
    # The comment only the owner changed applies; only the status, changed on both sides, waits.
    assert Editor(database).get(Ref.entry(a, "1"), "comment") == "Riskit: rahoitus."
    summary.button(QMessageBox.StandardButton.Close).click()
    dialog = window.coordinator_packages.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.listing.count() == 1
    assert dialog.ours.toPlainText() == "Toteutuu"
    assert dialog.theirs.toPlainText() == "Ei toteudu"
    assert dialog.base.toPlainText() == "—"
    # A status is chosen from the round's statuses, not typed.
    assert dialog.edited_status.isVisibleTo(dialog) and not dialog.edited.isVisibleTo(dialog)
    assert dialog.edited_status.code() == "off_track"
    dialog.edited_status.setCurrentIndex(dialog.edited_status.findData("at_risk"))
    dialog.use_edited.click()
    assert Editor(database).get(Ref.entry(a, "1"), "status") == "at_risk"
    assert dialog.listing.count() == 0 and dialog.empty.isVisibleTo(dialog)

    states = {(r.owner, r.metric_id): r.state for r in completeness(database, YEAR_2022, "1")}
    assert states[(AINO, a)] == "merged"
    window.menus.coordinator.completeness.trigger()
    view = window.coordinator_packages.completeness_dialog
    model = view.model
    assert view.round.currentText() == "Ennuste 1/2022"
    shown = {
        (model.rows[r].owner, model.rows[r].metric_id): model.data(model.index(r, 3))
        for r in range(model.rowCount())
    }
    assert shown[(RIIKKA, c)] == "yhdistetty"
    assert shown[(JUSSI, ids["B"])] == "ei jaettu"


def test_conflicts_and_not_sent_in_the_completeness_view(
    qtbot, qtmodeltester, database, ids, translations, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from kuva_desktop.exchange.packages import merge_paths
    from kuva_desktop.ui.completeness import CompletenessDialog
    from tests.test_packages_merge import submit

    a = ids["A"]
    aino = issue_package(database, YEAR_2022, "1", AINO, tmp_path).path
    issue_package(database, YEAR_2022, "1", JUSSI, tmp_path)
    Editor(database).set_field(Ref.entry(a, "1"), "status", "on_track")
    merge_paths(database, [submit(aino, {(a, "status"): "off_track"})])
    view = CompletenessDialog(database, [2021, YEAR_2022], YEAR_2022, "fi")
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    model = view.model
    states = {(model.rows[r].owner, model.data(model.index(r, 3))) for r in range(model.rowCount())}
    assert (AINO, "ristiriidassa") in states
    assert (JUSSI, "ei lähetetty") in states
    conflict_row = next(r for r in range(model.rowCount()) if model.rows[r].state == "in conflict")
    colour = model.data(model.index(conflict_row, 3), Qt.ItemDataRole.BackgroundRole)
    assert colour.color().name() == "#f9b97a"
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Tila"


def test_submissions_dropped_onto_the_window_are_imported(
    qtbot, database, ids, translations, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from tests.test_packages_merge import submit

    c = ids["C"]
    package = issue_package(database, YEAR_2022, "1", RIIKKA, tmp_path).path
    sub = submit(package, {(c, "status"): "on_track"})
    window = coordinator_window(qtbot, database, translations)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(sub))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    importer = window.coordinator_packages.submission_import
    qtbot.waitUntil(lambda: importer.confirm_box is not None and importer.confirm_box.isVisible())
    importer.confirm_box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: importer.summary_box is not None)
    assert Editor(database).get(Ref.entry(c, "1"), "status") == "on_track"
    assert importer.summary_box.text().startswith("1 kirjaus tuotu")


def test_a_package_as_the_program_argument_opens_package_mode(
    database, ids, tmp_path, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    from kuva_desktop import cli
    from kuva_desktop.ui import app

    package = issue_package(database, YEAR_2022, "1", RIIKKA, tmp_path).path
    calls: list[Any] = []
    monkeypatch.setattr(app, "run_gui", lambda *args, **kw: calls.append((args, kw)) or 0)
    assert cli.main([str(package)]) == 0
    assert calls == [((None, None), {"package": package})]
    assert cli.main([str(tmp_path / "missing.kuvapkg")]) == 2
    assert "missing.kuvapkg" in capsys.readouterr().err


def test_the_loader_opens_the_package_in_its_thread(qtbot, database, ids, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kuva_desktop.ui.app import DatabaseLoader

    package = issue_package(database, YEAR_2022, "1", RIIKKA, tmp_path).path
    loader = DatabaseLoader(None, None, package=package)
    with qtbot.waitSignal(loader.loaded, timeout=10_000) as loaded:
        loader.start()
    work, years = loaded.args
    try:
        assert [int(y.key) for y in years] == [YEAR_2022]
        assert loader.working_copy.package.owner.name == RIIKKA
    finally:
        work.dispose()
    refused = DatabaseLoader(None, None, package=tmp_path)  # a folder is not a package
    with qtbot.waitSignal(refused.refused, timeout=10_000) as why:
        refused.start()
    assert str(tmp_path) in why.args[0]


def test_saving_with_an_invalid_number_on_view_is_refused_and_names_the_field(
    qtbot, database, ids, translations, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """ "abc" in the numeric forecast: the save stops and says which field, instead of sending
    the last valid value without a word."""
    package = issue_package(database, YEAR_2022, "1", RIIKKA, tmp_path).path
    window = owner_window(qtbot, package, translations)
    window.show()
    block = window.forms.round_form.blocks[0]
    block.numeric.setFocus()
    qtbot.keyClicks(block.numeric, "95")
    qtbot.keyClick(block.numeric, Qt.Key.Key_Return)  # the valid number is written
    assert Editor(window.database).get(Ref.entry(ids["C"], "1"), "numeric") == 95
    block.numeric.selectAll()
    qtbot.keyClicks(block.numeric, "abc")
    qtbot.keyClick(block.numeric, Qt.Key.Key_Return)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: asked.append("") or ("", ""))
    window.owner_package.save_action.trigger()
    assert asked == []  # not even the file dialog
    assert len(warned) == 1
    assert "Mittarin numeerinen ennuste, mittari 1" in warned[0] and "abc" in warned[0]
    assert not list(tmp_path.glob("*.kuvasub"))
    assert window.focusWidget() is block.numeric
    assert quit_answering(window, QMessageBox.ButtonRole.DestructiveRole)


def test_closing_a_package_with_changes_not_sent_asks_first(
    qtbot, database, ids, translations, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Save submission / Discard / Cancel, when the window closes with typed values that no
    saved submission carries; nothing asked when everything typed has been saved."""
    c = ids["C"]
    package = issue_package(database, YEAR_2022, "1", RIIKKA, tmp_path).path
    target = tmp_path / "palautus.kuvasub"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    window = owner_window(qtbot, package, translations)
    window.show()
    assert quit_answering(window, QMessageBox.ButtonRole.RejectRole) == []  # nothing typed
    assert not window.isVisible()

    window = owner_window(qtbot, package, translations)
    window.show()
    block = window.forms.round_form.blocks[0]
    block.comment.setPlainText("Riskit: sää.")
    asked = quit_answering(window, QMessageBox.ButtonRole.RejectRole)  # Cancel
    assert asked == ["Muutoksiasi ei ole tallennettu palautukseksi."]
    assert window.isVisible() and not target.exists()

    assert quit_answering(window, QMessageBox.ButtonRole.AcceptRole)  # Save submission…
    assert not window.isVisible()
    assert target.exists()
    window = owner_window(qtbot, package, translations)
    window.show()
    assert window.forms.round_form.blocks[0].comment.toPlainText() == "Riskit: sää."
    # What the submission carries: read as the coordinator's dry run reads it.
    assert WorkingCopy.open(package).get(c, "comment") == "Riskit: sää."
    assert quit_answering(window, QMessageBox.ButtonRole.RejectRole) == []  # all of it sent

    window = owner_window(qtbot, package, translations)
    window.show()
    window.forms.round_form.blocks[0].comment.setPlainText("Riskit: sää ja kulut.")
    target.unlink()
    assert quit_answering(window, QMessageBox.ButtonRole.DestructiveRole)  # Discard
    assert not window.isVisible() and not target.exists()
    # Discarded from the submission, not from the package: the typed text is kept there.
    window = owner_window(qtbot, package, translations)
    assert window.forms.round_form.blocks[0].comment.toPlainText() == "Riskit: sää ja kulut."
    assert quit_answering(window, QMessageBox.ButtonRole.DestructiveRole)
