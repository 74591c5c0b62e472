"""The main window: the tree of years, themes, goals and metrics, and the selected item's details.

Read-only for now; the forms come later.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QSplitter, QTreeView, QWidget

from kuva_desktop.errors import InputError
from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.storage.database import Database
from kuva_desktop.ui import settings
from kuva_desktop.ui.details import DetailsView
from kuva_desktop.ui.i18n import Translations
from kuva_desktop.ui.tree_model import COLUMN_OWNERS, COLUMN_TITLE, GoalTreeModel

# The language menu names each language in that language, so that nobody is lost in the others.
LANGUAGE_NAMES = (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English"))


class MainWindow(QMainWindow):
    """The application's window over one open database."""

    def __init__(
        self, database: Database, translations: Translations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._translations = translations

        self.model = GoalTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.details = DetailsView(database)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self._build_menus()
        self.retranslate_ui()
        self.reload()
        self._restore_state()
        self.tree.setFocus()

    # Menus and texts

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(self)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        bar.addMenu(self.file_menu)

        self.view_menu = QMenu(self)
        self.language_menu = QMenu(self)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES:
            action = QAction(name, self)
            action.setCheckable(True)
            action.setData(code)
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.language_group.triggered.connect(self._on_language_chosen)
        self.view_menu.addMenu(self.language_menu)
        bar.addMenu(self.view_menu)

    def retranslate_ui(self) -> None:
        """Every text of the window in the current language."""
        language = self._translations.language
        self.setWindowTitle(self.tr("Kuva Desktop"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions[language].setChecked(True)
        self.tree.setAccessibleName(self.tr("Goals and metrics"))
        self.details.setAccessibleName(self.tr("Details"))
        where = self._database.path or self._database.url
        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", str(where)))
        self.model.set_language(language)
        self.details.language = language
        self.details.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_language_chosen(self, action: QAction) -> None:
        self.set_language(str(action.data()))

    def set_language(self, language: str) -> None:
        """Switch the UI language now and remember it for the next start."""
        if language == self._translations.language:
            return
        settings.set_value(settings.LANGUAGE, language)
        self._translations.set_language(language)
        # Qt posts the LanguageChange events; retranslating now as well keeps the window right
        # even when no translator changed (English to English with a missing catalogue).
        self.retranslate_ui()

    # Data

    def reload(self) -> None:
        """Read the tree again, keeping the selected item selected when it is still there."""
        current = self.model.node(self.tree.currentIndex())
        self.model.reload(self._database)
        self.tree.expandToDepth(0)  # the years open, showing their themes
        index = self.model.find(current.kind, current.key) if current else None
        if index is None or not index.isValid():
            index = self.model.index(0, 0)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        else:
            self.details.show_item(None)
        self.tree.resizeColumnToContents(COLUMN_OWNERS)

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        node = self.model.node(self.tree.currentIndex().siblingAtColumn(COLUMN_TITLE))
        if node is None:
            self.details.show_item(None)
        else:
            self.details.show_item(node.kind, node.key)

    def offer_sample_data(self) -> bool:
        """On an empty database, offer to load the sample data; True when it was loaded."""
        if self.model.rowCount() > 0:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Empty database"),
            self.tr("The database is empty. Load the sample data (2019–2021)?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            load_sample_data(self._database)
        except InputError as error:
            QMessageBox.warning(
                self,
                self.tr("The sample data was not loaded"),
                error.message,
            )
            return False
        self.reload()
        return True

    # Window state

    def _restore_state(self) -> None:
        geometry = settings.value(settings.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1100, 700)
        splitter = settings.value(settings.SPLITTER_STATE)
        if splitter.isEmpty() or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([440, 660])
            self.tree.setColumnWidth(COLUMN_TITLE, 320)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.set_value(settings.WINDOW_GEOMETRY, self.saveGeometry())
        settings.set_value(settings.SPLITTER_STATE, self.splitter.saveState())
        super().closeEvent(event)
