"""Starting the window: the application, the language, the window's shell, then the database.

The shell is shown first; once it is painted, the window finishes it (``finish_shell``) and a
loader thread reads the tree of a database file at the current schema with the standard library
(``_first_tree``), which the window shows at once with the selected item's form, read from the
same file the same way. The thread waits until the window has painted them (so as not to take the
interpreter from it meanwhile), then imports the database code, opens (and if need be migrates)
the database, reads the tree again, imports the code the window's ``attach`` needs
(``main_window.load_attach_code``) and hands the database and the tree to the window, whose forms
then take input. So the window appears about as fast as a bare Qt window does, and shows its tree
and form a moment later; a server, a work package or a file that needs migrating shows them when
the database is open.
"""

from __future__ import annotations

import sys
import threading
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from kuva_desktop.storage.files import APPLICATION, ORGANISATION
from kuva_desktop.ui import crash, settings
from kuva_desktop.ui.i18n import Translations, error_text, pick_language
from kuva_desktop.ui.shell import Role

EXIT_REFUSED = 2
# How long the loader waits for the window to show the tree and form read first, at most.
SHOWN_WAIT_S = 1.0


class DatabaseLoader(QObject):
    """Opens the database and reads the tree in a thread of its own.

    Signals:
        tree_read(years, source): the tree's year nodes and the ``DatabaseFile`` they were read
            from, before the database code is loaded (a database file at the current schema
            only; see ``_first_tree``); the receiver sets ``shown`` once it has shown them.
        loaded(database, years): the open database and the tree's year nodes.
        refused(message): the database cannot be used (an InputError's message).
        crashed(details): a bug; the traceback.
    """

    tree_read = Signal(object, object)
    loaded = Signal(object, object)
    refused = Signal(str)
    crashed = Signal(str)

    def __init__(
        self,
        db_path: Path | None,
        db_url: str | None,
        parent: QObject | None = None,
        *,
        package: Path | None = None,
        role: Role = Role.COORDINATOR,
    ):
        super().__init__(parent)
        self._path, self._url = db_path, db_url
        self._role = role  # the window's, whose code the thread loads too
        self._package = package
        self.working_copy: Any = None  # the opened package's WorkingCopy, in package mode
        self.refusal: Any = None  # the InputError behind ``refused``
        self.shown = threading.Event()  # the window has shown what ``tree_read`` brought

    def start(self) -> None:
        threading.Thread(target=self._run, name="database-loader", daemon=True).start()

    def _run(self) -> None:
        try:
            if self._package is None and self._url is None:
                first = _first_tree(self._path)
                if first is not None:
                    self.tree_read.emit(*first)
                    self.shown.wait(SHOWN_WAIT_S)
            from kuva_desktop.editing.read import read_tree
            from kuva_desktop.errors import InputError
            from kuva_desktop.storage.database import open_database

            try:
                if self._package is not None:
                    from kuva_desktop.exchange.packages import WorkingCopy
                    from kuva_desktop.exchange.packages.workdb import open_working_database

                    # The package's own working database, beside it (owner_package.py).
                    self.working_copy = WorkingCopy.open(self._package)
                    database = open_working_database(self.working_copy)
                else:
                    database = open_database(self._path, url=self._url)
                years = read_tree(database)
                from kuva_desktop.ui.main_window import load_attach_code

                load_attach_code(self._role)
            except InputError as error:
                self.refusal = error
                self.refused.emit(error_text(error))
                return
        except Exception as error:
            # SQLite's error for a database that cannot be used (damaged, locked, disk full)
            # is named as such; anything else is a bug.
            from kuva_desktop.storage.files import database_error

            refusal = database_error(error, self._path or self._url or "")
            if refusal is not None:
                self.refusal = refusal
                self.refused.emit(error_text(refusal))
                return
            self.crashed.emit(traceback.format_exc())
            return
        self.loaded.emit(database, years)


def _first_tree(path: Path | None) -> tuple[Any, Any] | None:
    """The tree of the database file at ``path`` (or the default one) and the ``DatabaseFile``
    it was read from, read with the standard library before SQLAlchemy is loaded (about half a
    second), so that the window shows it at once; None when the file must be created, migrated
    or refused: the ordinary path that follows does that, and says why."""
    import sqlite3

    from kuva_desktop.errors import InputError
    from kuva_desktop.storage.files import current_database
    from kuva_desktop.storage.snapshot import DatabaseFile

    try:
        current = current_database(path)
        if current is None:
            return None
        file = DatabaseFile(current)
        years = file.read_tree()
        return (years, file) if years else None
    except (InputError, sqlite3.Error):
        return None  # refused by the ordinary path, in its own words


def run_gui(db_path: Path | None, db_url: str | None, package: Path | None = None) -> int:
    """Open the window on the database; the exit status of the command line.

    With ``package`` (a ``.kuvapkg`` file: the program's argument when a package is opened from
    the file manager), the window opens the owner's work package in package mode instead.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    from PySide6.QtGui import QIcon

    from kuva_desktop.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "kuva.png"))))
    crash.install()

    # The translators come first, so that even a refused database is reported in the user's
    # language (the title and the stock buttons; the message itself names the file).
    translations = Translations(app)
    translations.set_language(
        pick_language(settings.value(settings.LANGUAGE), QLocale.system().name())
    )
    from kuva_desktop.ui.main_window import MainWindow

    # The role is known before the database is open: a package makes an owner's window.
    role = Role.OWNER if package is not None else Role.COORDINATOR
    window = MainWindow(None, translations, role=role)
    window.show()
    status: dict[str, Any] = {"exit": None, "database": None}

    def on_tree_read(years: Any, source: Any) -> None:
        try:
            window.show_tree(years, source)
        finally:
            # Once what was shown is painted, the loader goes on.
            shown = window.forms.current_form() if window.forms is not None else None
            _after_paint(shown or window.tree.viewport(), loader.shown.set)

    def on_loaded(database: Any, years: Any) -> None:
        status["database"] = database
        window.attach(database, years, package=loader.working_copy)
        if role is Role.COORDINATOR:
            QTimer.singleShot(0, window.offer_sample_data)

    def on_refused(message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # made at first use: main_window's module doc

        if _restored_after_refusal(window, loader.refusal, message):
            start_loader()  # the restored database, opened as at start
            return
        QMessageBox.critical(window, QCoreApplication.translate("run_gui", "Kuva Desktop"), message)
        status["exit"] = EXIT_REFUSED
        window.close()

    def on_crashed(details: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # made at first use: main_window's module doc

        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("run_gui", "Kuva Desktop"))
        box.setText(
            QCoreApplication.translate(
                "run_gui", "The database could not be opened because of a bug."
            )
        )
        box.setDetailedText(details)
        box.exec()
        status["exit"] = 1
        window.close()

    loader: DatabaseLoader

    def start_loader() -> None:
        nonlocal loader
        loader = DatabaseLoader(db_path, db_url, app, package=package, role=role)
        loader.tree_read.connect(on_tree_read)
        loader.loaded.connect(on_loaded)
        loader.refused.connect(on_refused)
        loader.crashed.connect(on_crashed)
        loader.start()

    def on_first_paint() -> None:
        window.finish_shell()
        start_loader()

    # The shell's last parts and the loader's first read wait for the window's first paint: the
    # parts need Qt's namespace (``main_window``'s module doc), and a thread that reads meanwhile
    # takes the interpreter from the GUI thread, so the tree would come only a moment later.
    _after_paint(window, on_first_paint)
    try:
        code = app.exec()
    finally:
        if status["database"] is not None:
            status["database"].dispose()
    return status["exit"] if status["exit"] is not None else code


# The longest ``_after_paint`` waits for a paint (a window started minimised is not painted).
PAINT_WAIT_MS = 500


class _AfterPaint(QObject):
    """Calls ``done`` once ``widget`` has been painted (when the event loop turns again), or
    after ``PAINT_WAIT_MS`` without a paint; once."""

    def __init__(self, widget: QWidget, done: Any) -> None:
        super().__init__(widget)
        self._widget, self._done = widget, done
        widget.installEventFilter(self)
        QTimer.singleShot(PAINT_WAIT_MS, self, self._call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._call)
        return False

    def _call(self) -> None:
        done, self._done = self._done, None
        if done is not None:
            self._widget.removeEventFilter(self)
            done()


def _after_paint(widget: QWidget, done: Any) -> None:
    if widget.isVisible():
        _AfterPaint(widget, done)
    else:  # nothing of it will be painted
        QTimer.singleShot(0, done)


def _restored_after_refusal(window: QWidget, refusal: Any, message: str) -> bool:
    """A damaged database: the refusal, with a button that opens File → Restore from a backup…
    on it; True when a backup was restored."""
    if refusal is None or refusal.code != "db.damaged":
        return False
    from PySide6.QtWidgets import QDialog, QMessageBox

    from kuva_desktop.ui.restore_dialog import RestoreDialog

    title = QCoreApplication.translate("run_gui", "Kuva Desktop")
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Close)
    box.setParent(window, box.windowFlags())
    restore = box.addButton(
        QCoreApplication.translate("run_gui", "Restore from a backup…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.exec()
    if box.clickedButton() is not restore:
        return False
    dialog = RestoreDialog(Path(refusal.params["path"]), window)
    return dialog.exec() == QDialog.DialogCode.Accepted
