"""The UI language: picking it, and installing the application's and Qt's own translators.

English is the source language of the code, so English needs no translator of ours. Qt's own
``qtbase_fi`` / ``qtbase_sv`` make stock buttons ("Yes", "Cancel") and file dialogs speak the same
language; our ``qt_extra_fi`` / ``qt_extra_sv`` supply what they lack (qtbase_fi has no
"&Look in:" nor "Folder", for one). Switching at run time removes the old translators and installs
the new ones; Qt then sends every widget a LanguageChange event, and the widgets retranslate
themselves.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator

from kuva_desktop.errors import InputError
from kuva_desktop.resources import translations_path

# The UI's languages and the current one live with the formatter, which needs them too.
from kuva_desktop.ui.formatting import LANGUAGES as LANGUAGES
from kuva_desktop.ui.formatting import LOCALES
from kuva_desktop.ui.formatting import ui_language as ui_language

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
        """Marks ``text`` for ``scripts/update-translations`` in ``context``; returns it.

        PySide6 types Qt's own as returning ``object``; a text is a ``str``. Imported from
        here, so that lupdate still finds the calls by their name."""
        ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP  # re-exported

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "fi"
APP_CATALOG = "kuva_desktop"
QT_CATALOG = "qtbase"
QT_EXTRA_CATALOG = "qt_extra"  # translations/qt_extra_*.ts: what qtbase_* lacks


class Retranslated:
    """A widget that retranslates itself when the UI language changes: on Qt's LanguageChange
    event it calls its ``retranslate_ui``. Put it before the Qt class:
    ``class ReportDialog(Retranslated, QDialog)``."""

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        base: Any = super()
        base.changeEvent(event)


def error_text(error: InputError) -> str:
    """A refusal from below the UI as a sentence in the UI language."""
    return error.text(ui_language())


def pick_language(stored: str, system_locale: str) -> str:
    """The stored choice if it is one we have, else the system's language, else Finnish."""
    if stored in LANGUAGES:
        return stored
    system = system_locale.split("_")[0].split("-")[0].lower()
    return system if system in LANGUAGES else DEFAULT_LANGUAGE


class Translations(QObject):
    """The installed translators of one application; ``language`` is the current UI language."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def set_language(self, language: str) -> None:
        """Install the translators of ``language`` in place of the current ones."""
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
        self.language = language
        # Finland's conventions (sv_FI, not Sweden's): 30.4.2022, 14.05 (ui.formatting).
        QLocale.setDefault(QLocale(LOCALES[language]))
        if language == "en":
            # Removing the translators has already told the widgets; nothing more to load.
            return
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for catalog, folder in (
            (f"{QT_CATALOG}_{language}", qt_folder),
            # After qtbase, so searched before it: the strings qtbase_fi lacks ("Look in:").
            (f"{QT_EXTRA_CATALOG}_{language}", str(translations_path())),
            (f"{APP_CATALOG}_{language}", str(translations_path())),
        ):
            # Parented to the application: an unreferenced translator is collected by Python
            # and its translations vanish without a word.
            translator = QTranslator(self._app)
            if translator.load(catalog, folder):
                self._app.installTranslator(translator)
                self._installed.append(translator)
            else:
                log.warning("translation %s not found in %s", catalog, folder)
                translator.deleteLater()
