"""The main window: the tree, the selected item's form, the year overview and the history.

The window is a shell: the widgets, the tree and what keeps it in step with the data, the texts,
the window's state. Its menus and actions come from ``actions.py`` for its role (``shell.Role``),
chosen when the window is built: the coordinator's window gets ``structure_edits``,
``coordinator_packages`` and ``coordinator_files``, an owner's window on a work package gets
``owner_package``; neither has the other's actions. Those modules see the window only as a
``shell.Shell``.

The window is built in steps, so that it can be painted before the database code is loaded
(importing SQLAlchemy alone takes longer than showing a bare window):

1. The constructor builds the shell: the menus, the tree's view, the toolbar, the status bar.
2. ``finish_shell`` gives the tree its model and places the history's dock (``run_gui`` calls it
   once the shell is painted).
3. ``show_tree(years, source)`` shows the tree and the selected item's form read with the
   standard library (``editing.read`` over a ``storage.snapshot.DatabaseFile``), the forms taking
   no input yet.
4. ``attach(database)`` gives the forms the database and the editor and adds everything else.

So the database layer and the role's modules are imported inside ``attach`` and the methods that
run only after it, not at the top of this module (start-up speed). ``run_gui`` shows the shell
and attaches the database that a loader thread opened; tests attach at once.

The shell is built without Qt's ``Qt`` namespace (``QtCore.Qt``): PySide 6.11 makes all of its
~140 Python enums the first time anything uses it, about 25 ms, a fifth of a bare window's start,
which the window pays after its first paint instead (``finish_shell``). That counts what PySide
does for us too: a call whose overloads differ by a Qt enum (``QAction.setShortcut``,
``addDockWidget``), a model's ``headerData`` (its ``orientation``), a default argument such as
``role=Qt.ItemDataRole.DisplayRole``. So ``tree_model`` is imported in ``finish_shell`` (the
shell takes the tree's plain rows from ``tree_nodes``), this module and ``actions`` write
``QtCore.Qt`` inside the methods that run later, and ``tests/test_startup_paint.py`` starts the
program and checks that the namespace is not there at the first paint. For the same reason the
Qt classes that the shell does not show (a message box, a file dialog, the header's resize
modes) are imported where they are used: PySide makes a class's Python type, with its enums,
when it is first imported (``QMessageBox`` about 3 ms).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QItemSelection, QModelIndex, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kuva_desktop.domain.fields import ROUND_KEYS
from kuva_desktop.domain.terms import round_label
from kuva_desktop.editing.refs import Ref
from kuva_desktop.exchange.suffixes import PACKAGE_SUFFIX, SUBMISSION_SUFFIX  # imports nothing
from kuva_desktop.ui import settings
from kuva_desktop.ui.actions import Menus, connect
from kuva_desktop.ui.i18n import Retranslated, Translations, error_text
from kuva_desktop.ui.shell import Role
from kuva_desktop.ui.tree_nodes import COLUMN_OWNERS, COLUMN_TITLE, GOAL, METRIC, THEME, YEAR

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kuva_desktop.editing.read import TreeItem
    from kuva_desktop.exchange.packages import WorkingCopy
    from kuva_desktop.storage.database import Database
    from kuva_desktop.storage.snapshot import Source
    from kuva_desktop.ui.coordinator_files import CoordinatorFiles
    from kuva_desktop.ui.coordinator_packages import CoordinatorPackages
    from kuva_desktop.ui.forms import FormStack
    from kuva_desktop.ui.history_panel import HistoryPanel
    from kuva_desktop.ui.overview import YearOverview
    from kuva_desktop.ui.owner_package import OwnerPackage
    from kuva_desktop.ui.save_status import SaveStatus
    from kuva_desktop.ui.structure_edits import StructureEdits
    from kuva_desktop.ui.tree_filter import SearchBox
    from kuva_desktop.ui.tree_model import GoalTreeModel
    from kuva_desktop.ui.tree_nodes import Node
    from kuva_desktop.ui.undo import Edits
    from kuva_desktop.ui.watcher import ChangeWatcher

TAB_FORM, TAB_OVERVIEW = 0, 1
# Qt.AlignmentFlag.AlignCenter as a number, for the shell's one centred label: the shell is built
# before Qt's namespace is (see the module doc).
ALIGN_CENTER = 0x0084
OWNERS_WIDEST = 190  # px: the owners' column of the tree, at most (a tooltip has the rest)


def package_window(path: Path, translations: Translations) -> MainWindow:
    """An owner's window on the work package at ``path``; it closes the package's database.

    Refused (``InputError``) when the file is not a package that can be opened.
    """
    from kuva_desktop.ui.owner_package import open_package  # the database layer: module doc

    copy, database = open_package(path)
    return MainWindow(database, translations, role=Role.OWNER, package=copy, owns_database=True)


def load_attach_code(role: Role) -> None:
    """Import what ``attach`` needs and configure the ORM's mappers, off the GUI thread.

    ``run_gui``'s loader thread calls this after it has read the tree, while the GUI thread
    paints the shell. Done here, these imports (the forms, the history, the overview, the
    role's modules) and SQLAlchemy's first configuration of the models (about 0.2 s, which the
    first query would otherwise pay on the GUI thread) are already made when ``attach`` runs, so
    ``attach`` only builds widgets. Importing a module defines classes and creates no widget, so
    it may run in any thread.
    """
    from sqlalchemy.orm import configure_mappers

    import kuva_desktop.editing
    import kuva_desktop.ui.forms
    import kuva_desktop.ui.history_panel
    import kuva_desktop.ui.overview
    import kuva_desktop.ui.save_status
    import kuva_desktop.ui.tree_filter
    import kuva_desktop.ui.undo
    import kuva_desktop.ui.watcher

    if role is Role.COORDINATOR:
        import kuva_desktop.ui.coordinator_files
        import kuva_desktop.ui.coordinator_packages
        import kuva_desktop.ui.structure_edits
    else:
        import kuva_desktop.ui.owner_package  # noqa: F401
    configure_mappers()


class MainWindow(Retranslated, QMainWindow):
    """The application's window over one database, in one role (see the module doc)."""

    model: GoalTreeModel  # the tree's, from ``finish_shell`` on

    def __init__(
        self,
        database: Database | None,
        translations: Translations,
        parent: QWidget | None = None,
        *,
        role: Role = Role.COORDINATOR,
        package: WorkingCopy | None = None,
        owns_database: bool = False,
    ) -> None:
        """An owner's window (``Role.OWNER``) gets its ``package`` with the database, here or
        at ``attach``; with ``owns_database`` it disposes of the database when it closes."""
        super().__init__(parent)
        self.role = role
        self._translations = translations
        self.database: Database | None = None
        self.edits: Edits | None = None
        self.forms: FormStack | None = None
        self.overview: YearOverview | None = None
        self.history: HistoryPanel | None = None
        self.history_dock = QDockWidget()  # made now, filled at ``attach``: see below
        self.history_toggle: QAction | None = None
        self.search: SearchBox | None = None
        self.watcher: ChangeWatcher | None = None
        self.read_only: Any = None  # read_only.ReadOnlyBanner when the role may only read
        # The role's work: the coordinator's three parts, or the owner's package.
        self.structure_edits: StructureEdits | None = None
        self.coordinator_packages: CoordinatorPackages | None = None
        self.coordinator_files: CoordinatorFiles | None = None
        self.owner_package: OwnerPackage | None = None
        self.package_windows: list[MainWindow] = []
        self.save_status: SaveStatus | None = None
        self._shown_year: int | None = None
        self._shell_finished = False
        self.setAcceptDrops(True)  # submissions and packages dropped onto the window are opened

        self.tree = QTreeView()  # its model comes with ``finish_shell``
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setEnabled(False)  # searching needs the database: ``attach``
        self.search_count = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_box)
        left_layout.addWidget(self.tree)
        left_layout.addWidget(self.search_count)

        self.loading: QLabel | None = QLabel()
        self.loading.setProperty("alignment", ALIGN_CENTER)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.splitter = QSplitter()  # side by side
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.loading)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        # The central widget: a place above the splitter for a notice (the owner's banner).
        central = QWidget()
        self.central_layout = QVBoxLayout(central)
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.setSpacing(0)
        self.central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.round_combo = QComboBox()
        self.round_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.round_label = QLabel()
        self.round_label.setBuddy(self.round_combo)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.round_label)
        self.toolbar.addWidget(self.round_combo)
        self.addToolBar(self.toolbar)
        self.saved_label = QLabel()
        self.rules_label = QLabel()
        self.statusBar().addPermanentWidget(self.rules_label)
        self.statusBar().addWidget(self.saved_label, 1)

        self.menus = Menus(self, role)
        connect(self.menus.open_package, self.open_package_file)
        connect(self.menus.quit, self.close)
        connect(self.menus.undo, self._undo)
        connect(self.menus.redo, self._redo)
        connect(self.menus.form, self.show_form_tab)
        connect(self.menus.overview, self.show_overview)
        connect(self.menus.find, self._focus_search)
        connect(self.menus.tree, self.tree.setFocus)
        self.menus.language_group.triggered.connect(self._on_language_chosen)
        if self.menus.coordinator is not None:
            self.tree.addAction(self.menus.coordinator.delete)

        self.tree.doubleClicked.connect(lambda _index: self.show_form())
        self.round_combo.currentIndexChanged.connect(self._on_round_chosen)
        self._rules_timer = QTimer(self)
        self._rules_timer.setSingleShot(True)
        self._rules_timer.setInterval(300)
        self._rules_timer.timeout.connect(self._update_rules)

        self.history_dock.setObjectName("historyDock")

        self.retranslate_ui()
        self._restore_geometry()
        if database is not None:
            self.attach(database, package=package, owns_database=owns_database)

    def finish_shell(self) -> None:
        """The parts of the shell that need Qt's namespace (see the module doc); once.

        ``run_gui`` calls this as soon as the shell is painted; ``show_tree``, ``attach`` and
        ``closeEvent`` call it too, for the windows that come some other way (tests, packages).
        """
        if self._shell_finished:
            return
        self._shell_finished = True
        from kuva_desktop.ui.tree_model import GoalTreeModel  # uses ``Qt`` at once: module doc

        self.model = GoalTreeModel(self)
        self.model.set_language(self._translations.language)
        self.tree.setModel(self.model)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection_changed)
        if self.role is Role.COORDINATOR:
            self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
            self.tree.setDefaultDropAction(QtCore.Qt.DropAction.MoveAction)
            self.tree.setDropIndicatorShown(True)
        self.menus.set_shortcut_contexts()
        # The history's dock is in place before the tree is shown (``show_tree``), empty until
        # ``attach`` gives it the history: the tree must not shrink when it is filled.
        self.addDockWidget(QtCore.Qt.DockWidgetArea.BottomDockWidgetArea, self.history_dock)
        self._restore_tree_header()
        if self.menus.save_submission is None:  # the owner's layout is the package's: ``attach``
            self._restore_window_state()

    # Building

    def attach(
        self,
        database: Database,
        years: Sequence[TreeItem] | None = None,
        *,
        package: WorkingCopy | None = None,
        owns_database: bool = False,
    ) -> None:
        """Open the window on the database: the data, the forms, the overview, the history.

        ``years`` is the tree when it was read already (by the loader thread); an owner's window
        gets its work ``package`` here.
        """
        from kuva_desktop.editing.editor import Editor
        from kuva_desktop.ui.history_panel import HistoryPanel
        from kuva_desktop.ui.overview import YearOverview
        from kuva_desktop.ui.save_status import SaveStatus
        from kuva_desktop.ui.tree_filter import SearchBox
        from kuva_desktop.ui.undo import WRITE_WAIT_MS
        from kuva_desktop.ui.watcher import ChangeWatcher

        self.finish_shell()
        language = self._translations.language
        self.database = database
        edits, forms = self._make_forms(database)
        edits.attach_editor(Editor(database, wait_ms=WRITE_WAIT_MS))
        forms.attach(database)  # the form on view reads its item from the database now
        self.saved_label.setText("")  # "Opening the database…" (``show_tree``)
        self.watcher = ChangeWatcher(database, edits.hub, self)
        self.save_status = SaveStatus(self, self.saved_label, edits, forms)
        self.overview = YearOverview(database)
        self.overview.set_language(language)
        self.overview.open_requested.connect(self._open_from_overview)
        self.history = HistoryPanel(edits)
        self.history.set_language(language)
        self.history_dock.setWidget(self.history)
        self.history_toggle = self.history_dock.toggleViewAction()
        self.history_toggle.setShortcut(QKeySequence("Ctrl+H"))
        self.menus.view.insertAction(self.menus.history_anchor, self.history_toggle)
        self.tabs.addTab(self.overview, "")
        self.search = SearchBox(self.search_box, self.search_count, self.tree, self.model, database)
        self.search_box.setEnabled(True)
        if self.role is Role.COORDINATOR:
            self._attach_coordinator(database, edits)

        hub = edits.hub
        hub.changed.connect(self._on_changed)
        hub.structure_changed.connect(self._on_structure_changed)
        hub.outside_changed.connect(self._on_outside_changed)
        hub.outside_structure.connect(self._on_outside_structure)
        edits.stack.canUndoChanged.connect(self.menus.undo.setEnabled)
        edits.stack.canRedoChanged.connect(self.menus.redo.setEnabled)
        self.tabs.currentChanged.connect(lambda _index: self._sync_overview())
        self.menus.enable_attached()
        files = self.coordinator_files
        if files is not None and self.menus.coordinator is not None and not files.can_restore():
            self.menus.coordinator.restore.setEnabled(False)  # a database with no backups
        if self.menus.save_submission is not None:  # an owner's window: the package's work
            from kuva_desktop.ui.owner_package import OwnerPackage  # the role's: module doc

            assert package is not None, "an owner's window opens on a work package"
            self.owner_package = OwnerPackage(self, self.central_layout, self.menus.save_submission)
            self.owner_package.attach(package, database, forms, owns_database=owns_database)
        self.retranslate_ui()
        self._restore_state()
        if not database.may_write():
            from kuva_desktop.ui import read_only  # a server role that may only read: seldom

            self.read_only = read_only.install(self)
        shown_early = self.model.rowCount() > 0  # ``show_tree``: the user may have moved on
        self.reload(years)
        if self.owner_package is not None:
            self.owner_package.show_first_goal(self.round_combo)
        elif not shown_early:
            self._select_last_item()
        if forms.current is None and self.selected() is not None:
            self.show_form()  # the item selected before the forms existed
        self.tree.setFocus()
        QTimer.singleShot(0, self._warm_up)

    def _attach_coordinator(self, database: Database, edits: Edits) -> None:
        """The coordinator's parts, wired to the coordinator's actions."""
        from kuva_desktop.ui.coordinator_files import CoordinatorFiles
        from kuva_desktop.ui.coordinator_packages import CoordinatorPackages
        from kuva_desktop.ui.structure_edits import StructureEdits

        actions = self.menus.coordinator
        assert actions is not None
        structure = self.structure_edits = StructureEdits(self, edits)
        packages = self.coordinator_packages = CoordinatorPackages(self, database)
        files = self.coordinator_files = CoordinatorFiles(self, database, self._release_database)
        connect(actions.add, structure.add_item)
        connect(actions.delete, structure.delete_item)
        connect(actions.move_up, lambda: structure.move_selected(-1))
        connect(actions.move_down, lambda: structure.move_selected(1))
        connect(actions.new_year, structure.new_year)
        self.model.move_requested.connect(structure.move_item)
        connect(actions.issue, packages.issue_packages)
        connect(actions.import_submissions, packages.import_submissions)
        connect(actions.conflicts, packages.show_conflicts)
        connect(actions.completeness, packages.show_completeness)
        packages.merged.connect(self._on_merged)
        connect(actions.export, lambda: files.open_report_dialog(printing=False))
        connect(actions.print, lambda: files.open_report_dialog(printing=True))
        connect(actions.vocabulary, files.edit_vocabulary)
        connect(actions.import_table, files.import_table)
        connect(actions.restore, files.restore_backup)
        files.restored.connect(edits.stack.clear)
        files.vocabulary_changed.connect(self._on_vocabulary_changed)

    def _make_forms(self, source: Source) -> tuple[Edits, FormStack]:
        """The undo stack (without its editor) and the forms, reading from ``source``, in place
        of "Opening the database…"; made once, by ``show_tree`` or else by ``attach``."""
        if self.edits is not None and self.forms is not None:
            return self.edits, self.forms
        from kuva_desktop.ui.forms import FormStack
        from kuva_desktop.ui.undo import Edits

        self.edits = Edits(None, self)
        self.forms = FormStack(self.edits, source, self._translations.language)
        self.forms.shown.connect(self._on_form_shown)
        self.tabs.insertTab(TAB_FORM, self.forms, self.tr("Form"))
        self.splitter.replaceWidget(1, self.tabs)
        if self.loading is not None:
            self.loading.deleteLater()
            self.loading = None
        return self.edits, self.forms

    def show_tree(self, years: Sequence[TreeItem], source: Source | None = None) -> None:
        """The tree before the database is attached (``run_gui``'s loader reads it with the
        standard library while SQLAlchemy loads), with the item last used selected and, when
        ``source`` (the same file, read the same way) is given, its form.

        The user may browse at once. The forms take no input until ``attach`` gives them the
        editor (``FormStack`` holds back keys and clicks, and the status bar says "Opening the
        database…"), so nothing can be typed that could not be written; the search box too
        waits for ``attach``. ``attach`` keeps the selection, the form and the branches opened
        meanwhile.
        """
        self.finish_shell()
        if self.database is not None or self.model.rowCount():
            return
        if source is not None:
            self._make_forms(source)
            self.saved_label.setText(self.tr("Opening the database…"))
        self.reload(years)
        self._select_last_item()
        self._fill_round_combo()  # the selected year's rounds ("Ennuste 1/2019")
        if self.forms is not None:
            self.forms.hold_input()  # the first form is built: from now on input may come

    def _select_last_item(self) -> None:
        """The item selected when the window was last closed, if it is still there."""
        kind, _, key = settings.value(settings.LAST_ITEM).partition(":")
        if not kind or not key:
            return
        index = self.model.find(kind, int(key) if kind == YEAR and key.isdigit() else key)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _warm_up(self) -> None:
        """Load a goal's and a metric's form while the window is idle, out of sight.

        SQLAlchemy compiles each statement the first time it runs; done now, the user's first
        click on a goal shows its form as fast as every later one.
        """
        if self.forms is None:
            return
        nodes = self.model.nodes()
        for kind, form in ((GOAL, self.forms.goal_form), (METRIC, self.forms.metric_form)):
            node = next((n for n in nodes if n.kind == kind), None)
            if node is not None and form.ref is None:
                form.load(Ref(kind, node.key))

    # The Shell of the role's parts (shell.py)

    def widget(self) -> QMainWindow:
        return self

    def language(self) -> str:
        return self._translations.language

    def item_changed(self, kind: str, key: Any) -> None:
        if self.edits is not None:
            self.edits.hub.changed.emit(kind, key)

    # Texts

    def retranslate_ui(self) -> None:
        """Every text of the window in the current language."""
        language = self._translations.language
        self.setWindowTitle(self.tr("Kuva Desktop"))
        self.menus.retranslate_ui(language)
        self.search_box.setPlaceholderText(self.tr("Search all texts (Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Search"))
        self.tree.setAccessibleName(self.tr("Goals and metrics"))
        self.round_label.setText(self.tr("&Colours of:"))
        self.round_combo.setAccessibleName(self.tr("Round whose statuses colour the tree"))
        if self.loading is not None:
            self.loading.setText(self.tr("Opening the database…"))
        self._fill_round_combo()
        if self._shell_finished:
            self.model.set_language(language)
        self.history_dock.setWindowTitle(self.tr("History"))
        if self.forms is not None:
            self.tabs.setTabText(TAB_FORM, self.tr("Form"))
            self.forms.set_language(language)
            if self.database is None:
                self.saved_label.setText(self.tr("Opening the database…"))
        if self.overview is not None and self.history is not None:
            self.tabs.setTabText(TAB_OVERVIEW, self.tr("Year overview"))
            self.overview.set_language(language)
            self.history.set_language(language)
        if self.owner_package is not None:
            self.owner_package.retranslate_ui()
        self._rules_timer.start()

    def _fill_round_combo(self) -> None:
        language = self._translations.language
        if self._shell_finished:
            year, current = self.selected_year() or 0, self.model.round_key
        else:  # nothing is selected yet, and the tree colours by the first round
            year, current = 0, ROUND_KEYS[0]
        current = self.round_combo.currentData() or current
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for key in ROUND_KEYS:
            text = round_label(key, year, language) if year else round_label(key, 0, language)
            self.round_combo.addItem(text.replace("/0", "").replace(" 0", ""), key)
        self.round_combo.setCurrentIndex(ROUND_KEYS.index(current))
        self.round_combo.blockSignals(False)

    def _on_language_chosen(self, action: QAction) -> None:
        self.set_language(str(action.data()))

    def set_language(self, language: str) -> None:
        """Switch the UI language now and remember it for the next start."""
        if language == self._translations.language:
            return
        settings.set_value(settings.LANGUAGE, language)
        self._translations.set_language(language)
        self.retranslate_ui()

    # The tree

    def reload(self, years: Sequence[TreeItem] | None = None) -> None:
        """Read the tree again (or show ``years``, read already), keeping what the user sees:
        the selected item, the branches opened, and a round's form on view (selecting the goal
        again would show the goal's form). Another window's change comes here too, at any
        moment, so nothing may move under the user's hands."""
        if years is None:
            if self.database is None:
                return
            from kuva_desktop.editing.read import read_tree  # the database layer: module doc

            years = read_tree(self.database)
        current = self.model.node(self.tree.currentIndex())
        shown = self.forms.current if self.forms is not None else None
        first = not self.model.rowCount()
        expanded = set() if first else self.expanded_keys()
        self.model.set_items(years)
        if first:
            self.tree.expandToDepth(0)  # the years open, showing their themes
        self.expand_keys(expanded)
        index = self.model.find(current.kind, current.key) if current else QModelIndex()
        if not index.isValid():
            index = self.model.index(0, 0)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        elif self.forms is not None:
            self.forms.show_item(None)
        if shown is not None and shown[0] == "round" and self.forms is not None:
            from kuva_desktop.storage.keys import split_per_round_id

            goal_id, round_key = split_per_round_id(shown[1])
            if current is not None and current.kind == GOAL and current.key == goal_id:
                self.forms.show_round(goal_id, round_key)
        self.tree.resizeColumnToContents(COLUMN_OWNERS)
        if self.tree.columnWidth(COLUMN_OWNERS) > OWNERS_WIDEST:
            self.tree.setColumnWidth(COLUMN_OWNERS, OWNERS_WIDEST)
        if self.search is not None:
            self.search.invalidate()

    def selected(self) -> Node | None:
        return self.model.node(self.tree.currentIndex().siblingAtColumn(COLUMN_TITLE))

    def selected_year(self) -> int | None:
        node = self.selected()
        while node is not None and node.kind != YEAR:
            node = node.parent
        return int(node.key) if node is not None else None

    def years(self) -> list[int]:
        return [int(node.key) for node in self.model.nodes() if node.kind == YEAR]

    def expanded_keys(self) -> set[tuple[str, Any]]:
        """The items whose branches are open, to open them again after the tree is read."""
        found: set[tuple[str, Any]] = set()
        for index in self._branches():
            if self.tree.isExpanded(index):
                node = self.model.node(index)
                if node is not None:
                    found.add((node.kind, node.key))
        return found

    def expand_keys(self, keys: set[tuple[str, Any]]) -> None:
        if not keys:
            return
        for index in self._branches():
            node = self.model.node(index)
            if node is not None and (node.kind, node.key) in keys:
                self.tree.expand(index)

    def _branches(self) -> list[QModelIndex]:
        """The indexes of the items that have children, parents first (one walk of the tree,
        not a search per item: a year may hold a thousand goals)."""
        found: list[QModelIndex] = []
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if self.model.rowCount(index):
                    found.append(index)
                    pending.append(index)
        return found

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.show_form()

    def show_form(self) -> None:
        """Show the selected item's form, and its year in the overview."""
        if self.forms is None:
            return  # no forms yet (``show_tree``)
        node = self.selected()
        if node is None:
            self.forms.show_item(None)
            if self.history is not None:
                self.history.show_item(None)
        elif not self.forms.show_item(node.kind, node.key) and self.history is not None:
            # A form shown has shown its history (``_on_form_shown``): read once, not twice.
            self.history.show_item(Ref(node.kind, node.key))
        year = self.selected_year()
        if year != self._shown_year:
            self._shown_year = year
            self._fill_round_combo()
            self._rules_timer.start()
            self._sync_overview()
        actions = self.menus.coordinator
        if actions is not None and self.structure_edits is not None and self.read_only is None:
            can_change = self.structure_edits.can_change()
            for action in (actions.delete, actions.move_up, actions.move_down):
                action.setEnabled(can_change)
            actions.add.setEnabled(self.structure_edits.can_add())

    def _on_form_shown(self, kind: str, key: Any) -> None:
        if self.history is None:
            return
        if kind == "round":
            # The entries the round form edits, not the goal's own history.
            goal_id, round_key = Ref(kind, key).halves
            goal = self.model.node(self.model.find(GOAL, goal_id))
            metrics = [n.key for n in goal.children] if goal is not None else []
            if metrics:
                self.history.show_items([Ref.entry(str(m), round_key) for m in metrics])
            else:
                self.history.show_item(Ref(GOAL, goal_id))
        elif kind:
            self.history.show_item(Ref(kind, key))

    def _on_round_chosen(self, _index: int) -> None:
        self.model.set_round(self.round_combo.currentData() or "1")

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _open_from_overview(self, kind: str, key: str, round_key: str) -> None:
        if self.forms is None:
            return
        if kind == "entry":
            metric = self.model.node(self.model.find(METRIC, key))
            goal = metric.parent if metric is not None else None
            if goal is not None:
                self.tree.setCurrentIndex(self.model.find(GOAL, goal.key))
                self.forms.show_round(str(goal.key), round_key)
        else:
            self.tree.setCurrentIndex(self.model.find(kind, key))
        self.tabs.setCurrentIndex(TAB_FORM)

    def _sync_overview(self) -> None:
        """The overview reads a whole year: only when it is on view, and the year changed."""
        overview = self.overview
        if (
            overview is not None
            and self.tabs.currentWidget() is overview
            and overview.model.year != self._shown_year
        ):
            overview.set_year(self._shown_year)

    def show_form_tab(self) -> None:
        """View → Form (Ctrl+1): the form, with the focus in its first input (Tab goes on)."""
        self.tabs.setCurrentIndex(TAB_FORM)
        form = self.forms.current_form() if self.forms is not None else None
        if form is None:
            self.tabs.setFocus()
            return
        widget = form.nextInFocusChain()
        while widget is not None and widget is not form:
            if (
                form.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()
        form.setFocus()

    def show_overview(self) -> None:
        self.tabs.setCurrentIndex(TAB_OVERVIEW)
        if self.overview is not None:
            self.overview.view.setFocus()

    # Edits

    def _on_changed(self, kind: str, key: Any) -> None:
        self._refresh_item(kind, key)
        self._say_saved(self.tr("Saved"))

    def _on_outside_changed(self, kind: str, key: Any) -> None:
        """Another window or command changed the item: show it as it is now."""
        self._refresh_item(kind, key)
        if self.history is not None:
            self.history.reload()

    def _on_outside_structure(self) -> None:
        self.reload()
        self._reload_overview()
        if self.history is not None:
            self.history.reload()
        self._rules_timer.start()

    def _refresh_item(self, kind: str, key: Any) -> None:
        node = (
            self.model.node(self.model.find(kind, key)) if kind in (THEME, GOAL, METRIC) else None
        )
        if node is not None and self.edits is not None:
            # Only this node's texts change: no need to read the whole tree again.
            texts = {THEME: "name", GOAL: "title", METRIC: "text"}[kind]
            node.text_fi = self.edits.editor.get(Ref(kind, key), f"{texts}_fi") or ""
            node.text_sv = self.edits.editor.get(Ref(kind, key), f"{texts}_sv")
            index = self.model.find(kind, key)
            self.model.dataChanged.emit(index, index)
        elif kind == "entry":
            metric_id, round_key = Ref(kind, key).halves
            index = self.model.find(METRIC, metric_id)
            metric = self.model.node(index)
            if metric is not None and self.edits is not None:
                status = self.edits.editor.get(Ref("entry", key), "status")
                if status:
                    metric.statuses[round_key] = status
                else:
                    metric.statuses.pop(round_key, None)
                self.model.dataChanged.emit(index, index)
                parent = index.parent()
                self.model.dataChanged.emit(parent, parent)
        if kind == "year":
            self.reload()
        self._reload_overview()
        if self.search is not None:
            self.search.invalidate()
        self._rules_timer.start()

    def _reload_overview(self) -> None:
        if self.overview is None:
            return
        if self.tabs.currentWidget() is self.overview:
            self.overview.reload()
        else:
            self.overview.set_year(None)  # read again when it is next on view

    def _on_structure_changed(self, _year: int) -> None:
        self.reload()
        self._reload_overview()
        self._say_saved(self.tr("Saved"))
        self._rules_timer.start()

    def _say_saved(self, what: str) -> None:
        if self.save_status is not None:
            self.save_status.saved(what)

    def _undo(self) -> None:
        if self.edits is not None:
            self.edits.stack.undo()

    def _redo(self) -> None:
        if self.edits is not None:
            self.edits.stack.redo()

    def _update_rules(self) -> None:
        """The status bar says how many of the city's rules the shown year breaks."""
        from kuva_desktop.editing.read import rule_problems  # the database layer: module doc

        year = self.selected_year()
        broken = (
            rule_problems(self.database, year)
            if self.database is not None and year is not None
            else None
        )
        if broken is None:
            self.rules_label.setText("")
        elif broken:
            self.rules_label.setText(
                self.tr("%1: %n rule problems (see the year overview)", "", broken).replace(
                    "%1", str(year)
                )
            )
        else:
            self.rules_label.setText(self.tr("%1: the rules are met").replace("%1", str(year)))

    def refresh_after(self, what: str) -> None:
        """After a write of many items (a restore, a table import): the tree, the overview, the
        form and the history read again, and the status bar says what was done."""
        self.reload()
        self._reload_overview()
        form = self.forms.current_form() if self.forms is not None else None
        if form is not None and form.ref is not None:
            form.reload()
        if self.history is not None:
            self.history.reload()
        self._say_saved(what)
        self._rules_timer.start()

    def _on_merged(self) -> None:
        self.reload()
        self._reload_overview()
        form = self.forms.current_form() if self.forms is not None else None
        if form is not None and form.ref is not None:
            form.reload()
        self._say_saved(self.tr("Merged"))
        self._rules_timer.start()

    def _on_vocabulary_changed(self) -> None:
        self.reload()
        form = self.forms.current_form() if self.forms is not None else None
        if form is not None:
            form.reload()

    def _release_database(self) -> None:
        # The last words typed go in first (and so into the backup of the state replaced); then
        # no connection of this window stays open on the file.
        if self.forms is not None:
            self.forms.commit_pending()
        if self.database is not None:
            self.database.dispose()

    def offer_sample_data(self) -> bool:
        """On an empty database, offer to load the sample data; True when it was loaded."""
        from PySide6.QtWidgets import QMessageBox  # made at first use: module doc

        from kuva_desktop.errors import InputError  # the database layer: module doc
        from kuva_desktop.exchange.sample import load_sample_data

        if self.database is None or self.role is not Role.COORDINATOR or self.model.rowCount():
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
            load_sample_data(self.database)
        except InputError as error:
            QMessageBox.warning(self, self.tr("The sample data was not loaded"), error_text(error))
            return False
        self.reload()
        return True

    # Work packages (DOMAIN.md section 7)

    def open_package_file(self, path: Path | None = None) -> MainWindow | None:
        """File → Open work package…: the package in an owner's window of its own."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox  # made at first use: module doc

        from kuva_desktop.errors import InputError  # the database layer: module doc

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Open work package"),
                "",
                self.tr("Work packages (*%1)").replace("%1", PACKAGE_SUFFIX),
            )
            if not chosen:
                return None
            path = Path(chosen)
        for window in self.package_windows:
            copy = window.owner_package.copy if window.owner_package is not None else None
            if copy is not None and copy.package_path.resolve() == path.resolve():
                window.raise_()
                window.activateWindow()
                return window
        try:
            window = package_window(path, self._translations)
        except InputError as error:
            QMessageBox.warning(self, self.tr("The work package was not opened"), error_text(error))
            return None
        window.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda _obj=None, w=window: self._forget_package_window(w))
        self.package_windows.append(window)
        window.show()
        return window

    def _forget_package_window(self, window: MainWindow) -> None:
        if window in self.package_windows:
            self.package_windows.remove(window)

    @staticmethod
    def _dropped(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [
            Path(url.toLocalFile())
            for url in urls
            if url.isLocalFile()
            and url.toLocalFile().lower().endswith((SUBMISSION_SUFFIX, PACKAGE_SUFFIX))
        ]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        paths = self._dropped(event)
        takes_submissions = self.coordinator_packages is not None  # the coordinator's, attached
        if any(p.suffix.lower() == PACKAGE_SUFFIX for p in paths) or (
            takes_submissions and any(p.suffix.lower() == SUBMISSION_SUFFIX for p in paths)
        ):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped(event)
        if not paths:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        submissions = [p for p in paths if p.suffix.lower() == SUBMISSION_SUFFIX]
        if submissions and self.coordinator_packages is not None and self.read_only is None:
            self.coordinator_packages.import_submissions(submissions)
        for package in (p for p in paths if p.suffix.lower() == PACKAGE_SUFFIX):
            self.open_package_file(package)

    # Window state

    def _restore_geometry(self) -> None:
        geometry = settings.value(settings.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        splitter = settings.value(settings.SPLITTER_STATE)
        if splitter.isEmpty() or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([440, 760])

    def _restore_tree_header(self) -> None:
        from PySide6.QtWidgets import QHeaderView  # made at first use: module doc

        header = settings.value(settings.TREE_HEADER)
        if not header.isEmpty():
            self.tree.header().restoreState(header)
        # The title takes what the owners leave, so that the owners stay in view in a narrow
        # window (1024 px): the titles are elided instead.
        tree_header = self.tree.header()
        tree_header.setStretchLastSection(False)
        tree_header.setSectionResizeMode(COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
        tree_header.setSectionResizeMode(COLUMN_OWNERS, QHeaderView.ResizeMode.Interactive)

    def _restore_window_state(self) -> None:
        state = settings.value(settings.WINDOW_STATE)
        if state.isEmpty() or not self.restoreState(state):
            # The forms are where people type: the history takes a strip below them.
            self.resizeDocks([self.history_dock], [170], QtCore.Qt.Orientation.Vertical)

    def _restore_state(self) -> None:
        if self.owner_package is not None:
            self.owner_package.restore_layout(self, self.history_dock, self.splitter)
            return
        if self.overview is not None:
            overview = settings.value(settings.OVERVIEW_COLUMNS)
            if not overview.isEmpty():
                self.overview.restore_state(overview)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.finish_shell()  # closed at once: what is saved below is the whole window's
        if self.forms is not None:
            self.forms.commit_pending()  # the last words typed, still waiting for the pause
            if (self.save_status is not None and not self.save_status.unsaved_may_go()) or (
                self.owner_package is not None and not self.owner_package.may_close()
            ):
                event.ignore()
                return
        if self.watcher is not None:
            self.watcher.stop()
        if self.save_status is not None:
            self.save_status.window_closed()
        if self.role is Role.OWNER:
            if self.owner_package is not None:  # laid out as a package's window: ``attach``
                settings.set_value(settings.PACKAGE_WINDOW_STATE, self.saveState())
                settings.set_value(settings.PACKAGE_SPLITTER_STATE, self.splitter.saveState())
        else:
            settings.set_value(settings.WINDOW_GEOMETRY, self.saveGeometry())
            settings.set_value(settings.WINDOW_STATE, self.saveState())
            settings.set_value(settings.SPLITTER_STATE, self.splitter.saveState())
            selected = self.selected()
            if selected is not None:
                settings.set_value(settings.LAST_ITEM, f"{selected.kind}:{selected.key}")
        settings.set_value(settings.TREE_HEADER, self.tree.header().saveState())
        if self.overview is not None:
            settings.set_value(settings.OVERVIEW_COLUMNS, self.overview.save_state())
        super().closeEvent(event)
        if self.owner_package is not None and event.isAccepted():
            self.owner_package.close()
