"""Starting the window: the application object, the language, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kuva_desktop.errors import InputError
from kuva_desktop.ui import crash, settings
from kuva_desktop.ui.i18n import Translations, pick_language

EXIT_REFUSED = 2


def run_gui(db_path: Path | None, db_url: str | None) -> int:
    """Open the window on the database; the exit status of the command line."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName("Kuva")
    app.setApplicationName("Kuva Desktop")
    crash.install()

    # The translators come first, so that even a refused database is reported in the user's
    # language (the title and the stock buttons; the message itself names the file).
    translations = Translations(app)
    translations.set_language(
        pick_language(settings.value(settings.LANGUAGE), QLocale.system().name())
    )

    from kuva_desktop.storage.database import open_database
    from kuva_desktop.ui.main_window import MainWindow

    try:
        database = open_database(db_path, url=db_url)
    except InputError as error:
        QMessageBox.critical(
            None, QCoreApplication.translate("run_gui", "Kuva Desktop"), error.message
        )
        return EXIT_REFUSED
    try:
        window = MainWindow(database, translations)
        window.show()
        QTimer.singleShot(0, window.offer_sample_data)
        return app.exec()
    finally:
        database.dispose()
