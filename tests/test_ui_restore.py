"""File → Restore from a backup…: the list, the check, the confirmation, the reopened window."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kuva_desktop.resources import resource_path
from kuva_desktop.storage.database import Database
from kuva_desktop.ui.main_window import MainWindow
from kuva_desktop.ui.restore_dialog import BackupModel

pytestmark = pytest.mark.usefixtures("qt_settings")

SAMPLE_2019 = resource_path("sample", "2019.json")
SAMPLE_2021 = resource_path("sample", "2021.json")


def _import(database: Database, path: Path) -> None:
    from kuva_desktop.exchange import yeardoc

    with database.session(source="test", backup="before-import") as session:
        yeardoc.apply_document(session, yeardoc.load(path), replace=True, name=str(path))


def _years(window: MainWindow) -> list[str]:
    return [window.model.index(row, 0).data() for row in range(window.model.rowCount())]


def _open_dialog(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    [action] = [a for a in window.menus.file.actions() if a is window.menus.coordinator.restore]
    action.trigger()
    dialog = window.coordinator_files.restore_dialog
    model = dialog.model
    qtbot.waitUntil(lambda: all(row.check is not None for row in model.rows), timeout=20_000)
    return dialog


def test_a_backup_is_restored_from_the_window_and_the_window_reopens_it(
    qtbot, database: Database, db_path: Path, translations, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _import(database, SAMPLE_2019)
    _import(database, SAMPLE_2021)
    window = MainWindow(database, translations)
    qtbot.addWidget(window)
    assert sorted(_years(window)) == ["2019", "2021"]
    assert window.menus.coordinator.restore.text() == "Palauta &varmuuskopiosta…"

    dialog = _open_dialog(qtbot, window)
    assert dialog.windowTitle() == "Palauta varmuuskopiosta"
    model = dialog.model
    assert model.rowCount() == 2
    texts = [model.index(0, c).data() for c in range(4)]
    assert texts[1] == "tuontia" and texts[3] == "kunnossa" and texts[2].endswith(" kB")
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.table.selectRow(0)  # the newest: from before 2021 came in
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert asked and asked[0].startswith("Korvataanko tietokanta varmuuskopiolla, joka on tehty ")
    assert _years(window) == ["2019"]
    assert window.saved_label.text().startswith("Palautettu varmuuskopiosta kuva-")
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT year FROM year").fetchall() == [(2019,)]
    names = sorted(p.name for p in (db_path.parent / "backups").iterdir())
    assert len(names) == 3 and sum(n.endswith("-before-restore.db") for n in names) == 1
    assert not window.edits.stack.canUndo()


def test_a_damaged_backup_cannot_be_chosen(
    qtbot, qtmodeltester, database: Database, db_path: Path, translations
) -> None:  # type: ignore[no-untyped-def]
    _import(database, SAMPLE_2019)
    _import(database, SAMPLE_2021)
    newest = sorted((db_path.parent / "backups").iterdir())[-1]
    data = bytearray(newest.read_bytes())
    data[3 * 4096 : 3 * 4096 + 64] = b"\xff" * 64
    newest.write_bytes(bytes(data))
    window = MainWindow(database, translations)
    qtbot.addWidget(window)

    dialog = _open_dialog(qtbot, window)
    qtmodeltester.check(dialog.model)
    dialog.table.selectRow(0)
    assert dialog.model.index(0, BackupModel.COLUMN_CHECK).data().startswith("vioittunut: ")
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()
    dialog.reject()


def test_a_damaged_database_at_start_offers_a_restore_and_opens_the_backup(
    qtbot, db_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from kuva_desktop.storage.database import open_database
    from kuva_desktop.ui import settings
    from kuva_desktop.ui.app import run_gui
    from kuva_desktop.ui.restore_dialog import RestoreDialog

    database = open_database(db_path)
    _import(database, SAMPLE_2019)
    _import(database, SAMPLE_2021)
    database.dispose()
    with sqlite3.connect(db_path) as raw:
        (page,) = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'entry'").fetchone()
    with db_path.open("r+b") as handle:
        handle.seek((page - 1) * 4096)
        handle.write(b"\x7f" * 48)
    settings.set_value(settings.LANGUAGE, "sv")
    shown: list[str] = []

    def refusal_box(box: QMessageBox) -> int:
        shown.append(box.text())
        [restore] = [b for b in box.buttons() if b.text() == "Återställ från en säkerhetskopia…"]
        restore.click()
        return 0

    def choose_newest(dialog: RestoreDialog) -> int:
        qtbot.waitUntil(lambda: all(r.check is not None for r in dialog.model.rows))
        dialog.table.selectRow(0)
        dialog.restore_button.click()
        return dialog.result()

    years: list[list[str]] = []

    def opened(window: MainWindow) -> bool:
        years.append(_years(window))
        window.close()
        return False

    monkeypatch.setattr(QMessageBox, "exec", refusal_box)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(RestoreDialog, "exec", choose_newest)
    monkeypatch.setattr(MainWindow, "offer_sample_data", opened)

    try:
        assert run_gui(db_path, None) == 0
    finally:  # run_gui leaves its translators on the application: English again for the others
        from PySide6.QtWidgets import QApplication

        from kuva_desktop.ui.i18n import Translations

        for translations in QApplication.instance().findChildren(Translations):
            translations.set_language("en")
    assert shown[0].startswith(f"{db_path}: databasen är skadad (")
    assert "Arkiv → Återställ från en säkerhetskopia…" in shown[0]
    assert years == [["2019"]]
