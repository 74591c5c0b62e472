"""The window on a shared server (docs/server.md), on the throw-away test cluster: a secretary's
role opens it read-only, another coordinator's changes show up by themselves, a change that met
another's at the same moment is tried again, a refused login never shows the password, and File →
Restore from a backup… puts a year document back. Skipped without ``KUVA_TEST_DB_URL``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from sqlalchemy import event
from sqlalchemy.engine import make_url

from kuva_desktop.editing import Editor, Ref
from kuva_desktop.exchange import year_backups
from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.storage import backups
from kuva_desktop.storage.database import Database, open_database
from kuva_desktop.ui import settings
from kuva_desktop.ui.main_window import MainWindow
from kuva_desktop.ui.tree_nodes import GOAL, YEAR
from tests.conftest import unique_role

pytestmark = pytest.mark.usefixtures("qt_settings")


def _plain(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def coordinator(migrated_server_url: str) -> Iterator[Database]:
    """The server database with the sample years and an open 2022, as a coordinator sees it."""
    database = open_database(url=migrated_server_url)
    load_sample_data(database)
    Editor(database).new_year_from(2021, 2022)
    yield database
    database.dispose()


@pytest.fixture
def make_window(qtbot, translations, migrated_server_url: str):  # type: ignore[no-untyped-def]
    """Open windows on a database; closed and gone before the test's database is dropped."""
    from PySide6.QtCore import QCoreApplication, QEvent

    made: list[MainWindow] = []

    def make(database: Database) -> MainWindow:
        window = MainWindow(database, translations)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        if window.watcher is not None:
            window.watcher.stop()
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for window in made:
        if window.database is not None:
            window.database.dispose()


def first_goal(window: MainWindow, year: int) -> Any:
    return window.model.node(window.model.find(YEAR, year)).children[0].children[0]


def select(window: MainWindow, kind: str, key: object) -> None:
    window.tree.setCurrentIndex(window.model.find(kind, key))


def test_a_secretary_s_role_opens_the_window_read_only(
    qtbot, coordinator: Database, migrated_server_url: str, make_window
) -> None:  # type: ignore[no-untyped-def]
    role = unique_role("kuva_secretary")  # roles are the cluster's, shared by test workers
    with psycopg.connect(_plain(migrated_server_url), autocommit=True) as connection:
        connection.execute(f"CREATE ROLE {role} LOGIN")
        connection.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
    url = make_url(migrated_server_url).set(username=role)
    reader = open_database(url=url.render_as_string(hide_password=False))
    window = make_window(reader)
    banner = window.findChild(type(window.read_only), "readOnlyBanner")
    assert banner is not None and banner.isVisible()
    assert banner.text().startswith("Vain luku: tietokantaroolisi saa vain lukea.")
    # Printing and exporting work; nothing that changes the data can be chosen.
    enabled = {a.text() for a in window.menus.file.actions() if a.isEnabled() and a.text()}
    assert {"Vie lautakunnan &raportti…", "&Tulosta…", "&Lopeta"} <= enabled
    for action in (
        window.menus.coordinator.new_year,
        window.menus.coordinator.import_submissions,
        window.menus.coordinator.import_table,
        window.menus.coordinator.vocabulary,
        window.menus.coordinator.conflicts,
        window.menus.coordinator.restore,
        window.menus.undo,
    ):
        assert not action.isEnabled(), action.text()
    goal = first_goal(window, 2022)
    select(window, GOAL, goal.key)
    assert (
        not window.menus.coordinator.add.isEnabled()
        and not window.menus.coordinator.delete.isEnabled()
    )
    assert not window.history.restore_button.isVisibleTo(window)
    title = window.forms.goal_form.title_sv
    assert isinstance(title, QLineEdit) and title.isReadOnly()
    qtbot.keyClicks(title, "Ei tallennu")
    assert title.text() == ""
    assert Editor(coordinator).get(Ref(GOAL, goal.key), "title_sv") is None
    # Switching the language words the banner again.
    window.menus.languages["sv"].trigger()
    qtbot.waitUntil(lambda: banner.text().startswith("Endast läsning: din databasroll får"))
    window.menus.languages["fi"].trigger()


def test_a_coordinator_s_window_opens_for_writing(
    qtbot, coordinator: Database, make_window
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(coordinator)
    assert window.read_only is None
    assert (
        window.menus.coordinator.new_year.isEnabled()
        and window.menus.coordinator.import_submissions.isEnabled()
    )


def test_another_coordinator_s_change_shows_in_the_window(
    qtbot, coordinator: Database, migrated_server_url: str, make_window
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(coordinator)
    # The window hears of commits (LISTEN/NOTIFY), so its polling now and then is not needed.
    assert window.watcher is not None and window.watcher.listening
    window.watcher.timer.stop()
    goal = first_goal(window, 2022)
    select(window, GOAL, goal.key)
    form = window.forms.goal_form
    # Another coordinator, on connections of their own, renames the goal and adds a theme.
    other = open_database(url=migrated_server_url)
    try:
        Editor(other, who="toinen").set_field(Ref(GOAL, goal.key), "title_fi", "Toisen otsikko")
        Editor(other, who="toinen").add_theme(2022, "Toisen teema")
    finally:
        other.dispose()
    qtbot.waitUntil(lambda: form.title_fi.text() == "Toisen otsikko", timeout=10_000)
    assert window.model.data(window.model.find(GOAL, goal.key)) == "Toisen otsikko"
    qtbot.waitUntil(
        lambda: (
            "Toisen teema"
            in [t.text("fi") for t in window.model.node(window.model.find(YEAR, 2022)).children]
        ),
        timeout=10_000,
    )


class _Interloper:
    """Another coordinator who commits a change to the same entry row just after the window's
    write took its snapshot, ``times`` times: the window's write then meets a serialization
    failure (SQLSTATE 40001) at REPEATABLE READ."""

    def __init__(self, database: Database, url: str, metric_id: str, times: int) -> None:
        self.url, self.metric_id, self.left = _plain(url), metric_id, times
        self.done = 0
        event.listen(database.engine, "before_cursor_execute", self._before)

    def _before(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if self.left and "FOR UPDATE" in statement and "entry" in statement:
            self.left -= 1
            self.done += 1
            with psycopg.connect(self.url, autocommit=True) as other:
                other.execute(
                    "UPDATE entry SET comment = %s WHERE metric_id = %s AND round_key = '1'",
                    (f"Toisen kommentti {self.done}", self.metric_id),
                )


def _entry_with_row(database: Database, metric_id: str) -> None:
    Editor(database).set_field(Ref.entry(metric_id, "1"), "comment", "Alku")


def test_a_change_that_met_another_at_the_same_moment_is_tried_again(
    qtbot, coordinator: Database, migrated_server_url: str, make_window
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(coordinator)
    goal = first_goal(window, 2022)
    metric = goal.children[0].key
    _entry_with_row(coordinator, metric)
    interloper = _Interloper(coordinator, migrated_server_url, metric, times=2)
    select(window, GOAL, goal.key)
    window.forms.show_round(str(goal.key), "1")
    block = window.forms.round_form.blocks[0]
    numeric = block.numeric
    numeric.setFocus()
    qtbot.keyClicks(numeric, "87,5")
    window.forms.commit_pending()
    editor = Editor(coordinator)
    qtbot.waitUntil(lambda: editor.get(Ref.entry(metric, "1"), "numeric") is not None)
    assert interloper.done == 2
    # Both coordinators' values are there: the other's comment and the typed number.
    assert editor.get(Ref.entry(metric, "1"), "comment") == "Toisen kommentti 2"
    assert float(editor.get(Ref.entry(metric, "1"), "numeric")) == 87.5
    assert window.edits is not None and not window.edits.failing


def test_a_change_that_keeps_meeting_others_is_refused_clearly(
    qtbot, coordinator: Database, migrated_server_url: str, make_window
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(coordinator)
    goal = first_goal(window, 2022)
    metric = goal.children[0].key
    _entry_with_row(coordinator, metric)
    interloper = _Interloper(coordinator, migrated_server_url, metric, times=100)
    select(window, GOAL, goal.key)
    window.forms.show_round(str(goal.key), "1")
    numeric = window.forms.round_form.blocks[0].numeric
    numeric.setFocus()
    qtbot.keyClicks(numeric, "50")
    window.forms.commit_pending()
    qtbot.waitUntil(lambda: window.save_status.failed_box is not None)
    text = window.save_status.failed_box.text()
    assert "toinen koordinaattori muutti samoja tietoja samalla hetkellä" in text
    # Five tries in all, then said so (the form tries again later, five times each).
    assert interloper.done >= 5 and interloper.done % 5 == 0
    assert "Traceback" not in text and "40001" not in text
    window.save_status.failed_box.close()
    interloper.left = 0
    # Written as soon as the server takes it.
    editor = Editor(coordinator)
    qtbot.waitUntil(
        lambda: editor.get(Ref.entry(metric, "1"), "numeric") is not None, timeout=15_000
    )
    window.close()


def test_a_refused_login_in_the_window_never_shows_the_password(
    server_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from kuva_desktop.ui.app import run_gui

    role = unique_role("kuva_login")  # roles are the cluster's, shared by test workers
    with psycopg.connect(_plain(server_url), autocommit=True) as connection:
        connection.execute(
            f"CREATE ROLE {role} LOGIN PASSWORD 'oikea-salasana' IN ROLE kuva_logins"
        )
    url = make_url(server_url)
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"{url.host}:{url.port}:*:{role}:V44rä-salasana\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    settings.set_value(settings.LANGUAGE, "en")
    shown: list[str] = []

    def critical(_parent, title, text, *_args):  # type: ignore[no-untyped-def]
        shown.append(f"{title}\n{text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    login = url.set(username=role).render_as_string(hide_password=False)
    assert run_gui(None, login) == 2
    assert len(shown) == 1
    assert "cannot connect to the server, or it refused the login" in shown[0]
    assert "V44rä" not in shown[0] and "oikea" not in shown[0]


def _answer_next_message_box(button: QMessageBox.StandardButton, shown: list[str]) -> None:
    """Click ``button`` of the next message box that opens, as its user would; its text is
    appended to ``shown``."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        shown.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, click)


def _open_restore_dialog(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    [action] = [a for a in window.menus.file.actions() if a is window.menus.coordinator.restore]
    assert action.isEnabled()
    action.trigger()
    dialog = window.coordinator_files.restore_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: all(row.check is not None for row in dialog.model.rows))
    return dialog


def test_a_year_document_is_restored_from_the_window_on_a_server(
    qtbot, coordinator: Database, migrated_server_url: str, make_window
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(coordinator)
    goal = first_goal(window, 2022)
    select(window, GOAL, goal.key)
    form = window.forms.goal_form
    original = form.title_fi.text()
    assert original
    # Another coordinator's import saves the year as it was just before it commits, and changes
    # the goal; the window hears of it.
    [saved] = year_backups.save(coordinator, backups.IMPORT, [2022])
    other = open_database(url=migrated_server_url)
    try:
        Editor(other, who="tuonti").set_field(Ref(GOAL, goal.key), "title_fi", "Tuotu otsikko")
    finally:
        other.dispose()
    qtbot.waitUntil(lambda: form.title_fi.text() == "Tuotu otsikko", timeout=15_000)

    dialog = _open_restore_dialog(qtbot, window)
    assert dialog.windowTitle() == "Palauta varmuuskopiosta"
    assert dialog.intro.text().startswith("Palvelintietokannan ")
    assert str(year_backups.folder()) in dialog.intro.text()
    model = dialog.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[2] == "Vuosi"
    assert model.rowCount() == 1
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert texts[1:3] == ["tuontia", "2022"] and texts[3].endswith(" kB")
    assert texts[4] == "kunnossa"
    dialog.table.selectRow(0)
    # Cancel on the question changes nothing.
    asked: list[str] = []
    _answer_next_message_box(QMessageBox.StandardButton.Cancel, asked)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked and dialog.isVisible()
    assert Editor(coordinator).get(Ref(GOAL, goal.key), "title_fi") == "Tuotu otsikko"

    # Words typed just now are written before the year is saved and replaced.
    form.title_fi.selectAll()
    qtbot.keyClicks(form.title_fi, "Kirjoitettu otsikko")
    _answer_next_message_box(QMessageBox.StandardButton.Yes, asked)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked[1].startswith("Korvataanko vuosi 2022 varmuuskopiolla, joka on tehty ")
    assert "Vuoden 2022 nykyinen tila tallennetaan ensin (before-restore)" in asked[1]
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # The year is back on the server, and the window shows it.
    assert Editor(coordinator).get(Ref(GOAL, goal.key), "title_fi") == original
    assert window.model.data(window.model.find(GOAL, goal.key)) == original
    assert form.title_fi.text() == original
    status = window.saved_label.text()
    assert status.startswith(f"Vuosi 2022 palautettu varmuuskopiosta {saved.name} klo ")
    assert not window.edits.stack.canUndo()
    # The year as it was before the restore is saved, so the restore can be taken back.
    listed = year_backups.list_backups(migrated_server_url)
    assert [(b.reason, b.year) for b in listed] == [
        (backups.RESTORE, 2022),
        (backups.IMPORT, 2022),
    ]
    assert '"Kirjoitettu otsikko"' in listed[0].path.read_text(encoding="utf-8")


def test_a_year_document_gone_before_restore_is_refused_in_the_ui_language(
    qtbot, coordinator: Database, make_window
) -> None:  # type: ignore[no-untyped-def]
    [saved] = year_backups.save(coordinator, backups.MERGE, [2021])
    window = make_window(coordinator)
    dialog = _open_restore_dialog(qtbot, window)
    dialog.table.selectRow(0)
    saved.unlink()  # removed by hand (or by another program) while the dialog is open
    shown: list[str] = []
    _answer_next_message_box(QMessageBox.StandardButton.Yes, shown)
    _answer_next_message_box(QMessageBox.StandardButton.Ok, shown)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert shown[1] == f"{saved}: tiedostoa ei voi lukea (tiedostoa tai kansiota ei ole)"
    assert dialog.isVisible()
    assert [b.reason for b in year_backups.list_backups(coordinator.url)] == []
    dialog.reject()
