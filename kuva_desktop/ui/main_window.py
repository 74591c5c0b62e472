"""The main window: the tree, the selected item's form, the year overview and the history.

The window is built in two steps, so that it can be painted before the database code is loaded
(importing SQLAlchemy alone takes longer than showing a bare window): the constructor builds the
shell from Qt alone, and ``attach(database)`` adds everything that needs the database. ``run_gui``
shows the shell and attaches the database that a loader thread opened; tests attach at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kuva_desktop.domain.fields import ROUND_KEYS
from kuva_desktop.domain.terms import round_label
from kuva_desktop.ui import settings
from kuva_desktop.ui.formatting import time_text
from kuva_desktop.ui.i18n import Retranslated, Translations, error_text
from kuva_desktop.ui.tree_model import (
    COLUMN_OWNERS,
    COLUMN_TITLE,
    GOAL,
    METRIC,
    THEME,
    YEAR,
    GoalTreeModel,
    Node,
)

if TYPE_CHECKING:
    from kuva_desktop.exchange.packages import WorkingCopy
    from kuva_desktop.storage.database import Database
    from kuva_desktop.ui.forms import FormStack
    from kuva_desktop.ui.history_panel import HistoryPanel
    from kuva_desktop.ui.overview import YearOverview
    from kuva_desktop.ui.tree_filter import TreeFilter
    from kuva_desktop.ui.undo import Edits
    from kuva_desktop.ui.watcher import ChangeWatcher

PACKAGE_SUFFIX, SUBMISSION_SUFFIX = ".kuvapkg", ".kuvasub"  # as exchange.packages.format says
# The language menu names each language in that language, so that nobody is lost in the others.
LANGUAGE_NAMES = (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English"))
ROUND_CHOICES = ROUND_KEYS
CHILD_KIND = {YEAR: THEME, THEME: GOAL, GOAL: METRIC}
TAB_FORM, TAB_OVERVIEW = 0, 1
OWNERS_WIDEST = 190  # px: the owners' column of the tree, at most (a tooltip has the rest)


class MainWindow(Retranslated, QMainWindow):
    """The application's window over one database (see the module doc for the two steps)."""

    def __init__(
        self,
        database: Database | None,
        translations: Translations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._translations = translations
        self.database: Database | None = None
        self.edits: Edits | None = None
        self.forms: FormStack | None = None
        self.overview: YearOverview | None = None
        self.history: HistoryPanel | None = None
        self.search: TreeFilter | None = None
        self._last_saved = ""
        self._shown_year: int | None = None
        self.report_runner: Any = None
        self.package: Any = None  # package_mode.PackageMode on an owner's work package
        self.package_windows: list[MainWindow] = []
        self.submission_import: Any = None
        self.table_import_dialog: Any = None
        self.conflict_dialog: Any = None
        self.restore_dialog: Any = None
        self.save_failed_box: QMessageBox | None = None
        self.watcher: ChangeWatcher | None = None
        self.read_only: Any = None  # read_only.ReadOnlyBanner when the role may only read
        self.setAcceptDrops(True)  # submissions dropped onto the window are imported

        self.model = GoalTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.search_count = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_box)
        left_layout.addWidget(self.tree)
        left_layout.addWidget(self.search_count)

        self.loading: QLabel | None = QLabel()
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.loading)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

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

        self._build_menus()
        self.tree.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.tree.doubleClicked.connect(lambda _index: self.show_form())
        self.model.move_requested.connect(self.move_item)
        self.round_combo.currentIndexChanged.connect(self._on_round_chosen)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self._go_to_first_hit)
        self.search_box.installEventFilter(self)
        self._rules_timer = QTimer(self)
        self._rules_timer.setSingleShot(True)
        self._rules_timer.setInterval(300)
        self._rules_timer.timeout.connect(self._update_rules)

        self.retranslate_ui()
        self._restore_geometry()
        if database is not None:
            self.attach(database)

    # Building

    def _build_menus(self) -> None:
        bar = self.menuBar()

        def action(slot: Any, shortcut: QKeySequence | str | None = None) -> QAction:
            made = QAction(self)
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            # triggered(bool) would hand its "checked" to a slot's first optional argument
            # (import_submissions(False) did nothing): the slot is called with no argument.
            made.triggered.connect(lambda _checked=False: slot())
            return made

        self.file_menu = QMenu(self)
        self.new_year_action = action(self.new_year)
        self.vocabulary_action = action(self.edit_vocabulary)
        self.export_action = action(lambda: self.open_report_dialog(printing=False), "Ctrl+E")
        self.print_action = action(
            lambda: self.open_report_dialog(printing=True), QKeySequence.StandardKey.Print
        )
        self.quit_action = action(self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.open_package_action = action(lambda: self.open_package_file(), "Ctrl+O")
        self.issue_action = action(self.issue_packages)
        self.import_action = action(lambda: self.import_submissions(), "Ctrl+I")  # not (checked)
        self.restore_action = action(self.restore_backup)
        self.import_table_action = action(self.import_table)
        self.file_menu.addActions(
            [self.new_year_action, self.vocabulary_action, self.import_table_action]
        )
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.export_action, self.print_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.open_package_action, self.issue_action, self.import_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        bar.addMenu(self.file_menu)

        self.edit_menu = QMenu(self)
        self.undo_action = action(lambda: self.edits and self.edits.stack.undo(), "Ctrl+Z")
        self.redo_action = action(lambda: self.edits and self.edits.stack.redo(), "Ctrl+Shift+Z")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for undo_redo in (self.undo_action, self.redo_action):
            undo_redo.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.add_action = action(self.add_item, "Ctrl+N")
        self.delete_action = action(self.delete_item, QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree.addAction(self.delete_action)
        self.move_up_action = action(lambda: self.move_selected(-1), "Ctrl+Shift+Up")
        self.move_down_action = action(lambda: self.move_selected(1), "Ctrl+Shift+Down")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions(
            [self.add_action, self.move_up_action, self.move_down_action, self.delete_action]
        )
        self.conflicts_action = action(self.show_conflicts)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.conflicts_action)
        bar.addMenu(self.edit_menu)

        self.view_menu = QMenu(self)
        self.form_action = action(self.show_form_tab, "Ctrl+1")
        self.overview_action = action(self.show_overview, "Ctrl+2")
        self.find_action = action(self._focus_search, QKeySequence.StandardKey.Find)
        self.tree_action = action(lambda: self.tree.setFocus(), "Ctrl+T")
        self.completeness_action = action(self.show_completeness)
        self.view_menu.addActions(
            [
                self.form_action,
                self.overview_action,
                self.completeness_action,
                self.find_action,
                self.tree_action,
            ]
        )
        self.history_menu_anchor = self.view_menu.addSeparator()
        self.language_menu = QMenu(self)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES:
            language = QAction(name, self)
            language.setCheckable(True)
            language.setData(code)
            self.language_group.addAction(language)
            self.language_menu.addAction(language)
            self.language_actions[code] = language
        self.language_group.triggered.connect(self._on_language_chosen)
        self.view_menu.addMenu(self.language_menu)
        bar.addMenu(self.view_menu)
        self._editing_actions = [
            self.export_action,
            self.print_action,
            self.new_year_action,
            self.vocabulary_action,
            self.undo_action,
            self.redo_action,
            self.add_action,
            self.delete_action,
            self.move_up_action,
            self.move_down_action,
            self.form_action,
            self.overview_action,
            self.issue_action,
            self.import_action,
            self.import_table_action,
            self.conflicts_action,
            self.completeness_action,
            self.restore_action,
        ]
        for editing in self._editing_actions:
            editing.setEnabled(False)

    def attach(self, database: Database, years: list[Node] | None = None) -> None:
        """Open the window on the database: the data, the forms, the overview, the history.

        ``years`` are the tree's nodes when they were read already (by the loader thread).
        """
        from kuva_desktop.editing import Editor
        from kuva_desktop.ui.forms import FormStack
        from kuva_desktop.ui.history_panel import HistoryPanel
        from kuva_desktop.ui.overview import YearOverview
        from kuva_desktop.ui.tree_filter import TreeFilter
        from kuva_desktop.ui.undo import WRITE_WAIT_MS, Edits
        from kuva_desktop.ui.watcher import ChangeWatcher

        language = self._translations.language
        self.database = database
        self.edits = Edits(Editor(database, wait_ms=WRITE_WAIT_MS), self)
        self.watcher = ChangeWatcher(database, self.edits.hub, self)
        self.forms = FormStack(self.edits, database, language)
        self.overview = YearOverview(database)
        self.overview.set_language(language)
        self.overview.open_requested.connect(self._open_from_overview)
        self.history = HistoryPanel(self.edits)
        self.history.set_language(language)
        self.history_dock = QDockWidget()
        self.history_dock.setObjectName("historyDock")
        self.history_dock.setWidget(self.history)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.history_dock)
        self.history_toggle = self.history_dock.toggleViewAction()
        self.history_toggle.setShortcut(QKeySequence("Ctrl+H"))
        self.view_menu.insertAction(self.history_menu_anchor, self.history_toggle)
        self.tabs.addTab(self.forms, "")
        self.tabs.addTab(self.overview, "")
        self.splitter.replaceWidget(1, self.tabs)
        if self.loading is not None:
            self.loading.deleteLater()
            self.loading = None
        self.search = TreeFilter(self.tree, self.model, database)

        hub = self.edits.hub
        hub.changed.connect(self._on_changed)
        hub.structure_changed.connect(self._on_structure_changed)
        hub.refused.connect(self._on_refused)
        hub.save_state.connect(self._on_save_state)
        hub.outside_changed.connect(self._on_outside_changed)
        hub.outside_structure.connect(self._on_outside_structure)
        self.edits.stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.edits.stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.forms.shown.connect(self._on_form_shown)
        self.tabs.currentChanged.connect(lambda _index: self._sync_overview())
        for editing in self._editing_actions:
            editing.setEnabled(editing not in (self.undo_action, self.redo_action))
        self.retranslate_ui()
        self._restore_state()
        if not database.may_write():
            from kuva_desktop.ui import read_only

            self.read_only = read_only.install(self)
        if years is not None:
            self.model.set_years(years)
        self.reload(read=years is None)
        self._select_last_item()
        self.tree.setFocus()
        QTimer.singleShot(0, self._warm_up)

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
        from kuva_desktop.editing import Ref

        nodes = self.model.nodes()
        for kind, form in ((GOAL, self.forms.goal_form), (METRIC, self.forms.metric_form)):
            node = next((n for n in nodes if n.kind == kind), None)
            if node is not None and form.ref is None:
                form.load(Ref(kind, node.key))

    # Texts

    def retranslate_ui(self) -> None:
        """Every text of the window in the current language."""
        language = self._translations.language
        self.setWindowTitle(self.tr("Kuva Desktop"))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_year_action.setText(self.tr("&New year from the previous one…"))
        self.vocabulary_action.setText(self.tr("&Owners and links…"))
        self.export_action.setText(self.tr("&Export board report…"))
        self.print_action.setText(self.tr("&Print…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.open_package_action.setText(self.tr("Open &work package…"))
        self.issue_action.setText(self.tr("&Issue work packages…"))
        self.import_action.setText(self.tr("I&mport submissions…"))
        self.restore_action.setText(self.tr("Restore from a &backup…"))
        self.import_table_action.setText(self.tr("Import &table…"))
        self.conflicts_action.setText(self.tr("Resolve &conflicts…"))
        self.completeness_action.setText(self.tr("&Completeness…"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.add_action.setText(self.tr("&Add below the selected item"))
        self.delete_action.setText(self.tr("&Delete…"))
        self.move_up_action.setText(self.tr("Move &up"))
        self.move_down_action.setText(self.tr("Move do&wn"))
        self.view_menu.setTitle(self.tr("&View"))
        self.form_action.setText(self.tr("&Form"))
        self.overview_action.setText(self.tr("Year &overview"))
        self.find_action.setText(self.tr("&Search"))
        self.tree_action.setText(self.tr("&Tree"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions[language].setChecked(True)
        self.search_box.setPlaceholderText(self.tr("Search all texts (Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Search"))
        self.tree.setAccessibleName(self.tr("Goals and metrics"))
        self.round_label.setText(self.tr("&Colours of:"))
        self.round_combo.setAccessibleName(self.tr("Round whose statuses colour the tree"))
        if self.loading is not None:
            self.loading.setText(self.tr("Opening the database…"))
        self._fill_round_combo()
        self.model.set_language(language)
        if self.forms is not None and self.overview is not None and self.history is not None:
            self.tabs.setTabText(TAB_FORM, self.tr("Form"))
            self.tabs.setTabText(TAB_OVERVIEW, self.tr("Year overview"))
            self.history_dock.setWindowTitle(self.tr("History"))
            self.forms.set_language(language)
            self.overview.set_language(language)
            self.history.set_language(language)
        if self.package is not None:
            self.package.retranslate_ui()
        self._rules_timer.start()

    def _fill_round_combo(self) -> None:
        language = self._translations.language
        year = self._selected_year() or 0
        current = self.round_combo.currentData() or self.model.round_key
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for key in ROUND_CHOICES:
            text = round_label(key, year, language) if year else round_label(key, 0, language)
            self.round_combo.addItem(text.replace("/0", "").replace(" 0", ""), key)
        self.round_combo.setCurrentIndex(ROUND_CHOICES.index(current))
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

    def reload(self, read: bool = True) -> None:
        """Read the tree again, keeping the selected item selected when it is still there."""
        if self.database is None:
            return
        current = self.model.node(self.tree.currentIndex())
        if read:
            self.model.reload(self.database)
        self.tree.expandToDepth(0)  # the years open, showing their themes
        index = self.model.find(current.kind, current.key) if current else QModelIndex()
        if not index.isValid():
            index = self.model.index(0, 0)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        elif self.forms is not None:
            self.forms.show_item(None)
        self.tree.resizeColumnToContents(COLUMN_OWNERS)
        if self.tree.columnWidth(COLUMN_OWNERS) > OWNERS_WIDEST:
            self.tree.setColumnWidth(COLUMN_OWNERS, OWNERS_WIDEST)
        if self.search is not None:
            self.search.invalidate()

    def selected(self) -> Node | None:
        return self.model.node(self.tree.currentIndex().siblingAtColumn(COLUMN_TITLE))

    def _selected_year(self) -> int | None:
        node = self.selected()
        while node is not None and node.kind != YEAR:
            node = node.parent
        return int(node.key) if node is not None else None

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.show_form()

    def show_form(self) -> None:
        """Show the selected item's form, and its year in the overview."""
        if self.forms is None or self.overview is None or self.history is None:
            return
        node = self.selected()
        from kuva_desktop.editing import Ref

        if node is None:
            self.forms.show_item(None)
            self.history.show_item(None)
        else:
            self.forms.show_item(node.kind, node.key)
            self.history.show_item(Ref(node.kind, node.key))
        year = self._selected_year()
        if year != self._shown_year:
            self._shown_year = year
            self._fill_round_combo()
            self._rules_timer.start()
            self._sync_overview()
        # A work package's structure is the coordinator's; a reader changes nothing.
        structure = self.package is None and self.read_only is None
        self.delete_action.setEnabled(structure and node is not None and node.kind != YEAR)
        self.move_up_action.setEnabled(structure and node is not None and node.kind != YEAR)
        self.move_down_action.setEnabled(structure and node is not None and node.kind != YEAR)
        self.add_action.setEnabled(structure and node is not None and node.kind in CHILD_KIND)

    def _on_form_shown(self, kind: str, key: Any) -> None:
        if self.history is None:
            return
        from kuva_desktop.editing import Ref

        if kind == "round":
            # The entries the round form edits, not the goal's own history.
            goal_id, round_key = str(key).rsplit(":", 1)
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

    def _apply_search(self) -> None:
        if self.search is None:
            return
        text = self.search_box.text().strip()
        found = self.search.apply(text)
        self.search_count.setText(self.tr("%n goals and metrics match", "", found) if text else "")

    def _go_to_first_hit(self) -> None:
        """Enter or Down in the search box: the first item found, selected, the focus on it."""
        if self.search is None:
            return
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._apply_search()
        index = self.search.first_match()
        if not index.isValid():
            index = self.tree.currentIndex()
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._go_to_first_hit()
            return True
        return super().eventFilter(watched, event)

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _open_from_overview(self, kind: str, key: str, round_key: str) -> None:
        if self.forms is None:
            return
        if kind == "entry":
            index = self.model.find(METRIC, key)
            goal = self.model.node(index).parent if index.isValid() else None
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
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
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
        self._saved(self.tr("Saved"))

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
        from kuva_desktop.editing import Ref

        if node is not None and self.edits is not None:
            # Only this node's texts change: no need to read the whole tree again.
            texts = {THEME: "name", GOAL: "title", METRIC: "text"}[kind]
            node.text_fi = self.edits.editor.get(Ref(kind, key), f"{texts}_fi") or ""
            node.text_sv = self.edits.editor.get(Ref(kind, key), f"{texts}_sv")
            index = self.model.find(kind, key)
            self.model.dataChanged.emit(index, index)
        elif kind == "entry":
            metric_id, round_key = str(key).rsplit(":", 1)
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
        self._saved(self.tr("Saved"))
        self._rules_timer.start()

    def _on_refused(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Not saved: %1").replace("%1", message), 10_000)
        QMessageBox.warning(self, self.tr("Not saved"), message)

    def _saved(self, what: str) -> None:
        if self.edits is not None and self.edits.failing:
            return  # "not saved" stays until what was typed is written
        self._last_saved = time_text()
        self.saved_label.setStyleSheet("")
        self.saved_label.setText(
            self.tr("%1 at %2").replace("%1", what).replace("%2", self._last_saved)
        )

    def _on_save_state(self, failing: bool, message: str) -> None:
        """Typed text the database did not take: said in the status bar until it is written."""
        if not failing:
            self._saved(self.tr("Saved"))
            return
        self.saved_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.saved_label.setText(self.tr("Not saved: %1").replace("%1", message))
        if self.save_failed_box is None:  # once per failure, not at every retry
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Not saved"),
                self.tr(
                    "%1\n\nWhat you typed is kept in the form and saved as soon as the database "
                    "takes it (tried again every few seconds)."
                ).replace("%1", message),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.finished.connect(lambda _result: setattr(self, "save_failed_box", None))
            self.save_failed_box = box
            box.open()

    def _update_rules(self) -> None:
        """The status bar says how many of the city's rules the shown year breaks."""
        year = self._selected_year()
        if self.database is None or year is None:
            self.rules_label.setText("")
            return
        from kuva_desktop.domain.rules import check_year
        from kuva_desktop.storage.queries import load_year

        with self.database.reader() as session:
            row = load_year(session, year)
            broken = check_year(row) if row is not None else []
        if broken:
            self.rules_label.setText(
                self.tr("%1: %n rule problems (see the year overview)", "", len(broken)).replace(
                    "%1", str(year)
                )
            )
        else:
            self.rules_label.setText(self.tr("%1: the rules are met").replace("%1", str(year)))

    def add_item(self) -> None:
        """Add a theme, goal or metric below the selected year, theme or goal."""
        node = self.selected()
        if node is None or node.kind not in CHILD_KIND or self.edits is None or self.package:
            return
        from kuva_desktop.ui.undo import AddItem

        year = self._selected_year() or 0
        kind = CHILD_KIND[node.kind]
        text = {
            THEME: self.tr("Add a theme"),
            GOAL: self.tr("Add a goal"),
            METRIC: self.tr("Add a metric"),
        }[kind]
        command = AddItem(self.edits.editor, self.edits.hub, year, kind, node.key, text)
        if self.edits.push(command) and command.key is not None:
            self.tree.setCurrentIndex(self.model.find(kind, command.key))
            self.show_form_tab()  # the focus in the new item's first field, ready to type

    def delete_item(self) -> None:
        """Delete the selected theme, goal or metric, after asking; undo brings it back."""
        node = self.selected()
        if node is None or node.kind == YEAR or self.edits is None or self.package:
            return
        from kuva_desktop.editing import Ref
        from kuva_desktop.ui.undo import DeleteItem

        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete “%1” and everything below it? You can undo this with Ctrl+Z.").replace(
                "%1", node.text(self._translations.language)[:120]
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        year = self._selected_year() or 0
        # Where the tree stays: the sibling below, else the one above, else the parent.
        siblings = node.parent.children if node.parent is not None else []
        others = [n for n in siblings if n is not node]
        below = [n for n in others if n.row > node.row]
        neighbour = below[0] if below else (others[-1] if others else node.parent)
        expanded = self._expanded_keys()
        self.edits.push(
            DeleteItem(
                self.edits.editor, self.edits.hub, year, Ref(node.kind, node.key), self.tr("Delete")
            )
        )
        self._expand_keys(expanded)
        if neighbour is not None:
            index = self.model.find(neighbour.kind, neighbour.key)
            if index.isValid():
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)

    def _expanded_keys(self) -> set[tuple[str, Any]]:
        """The items whose branches are open, to open them again after the tree is read."""
        found: set[tuple[str, Any]] = set()
        for node in self.model.nodes():
            if node.children and self.tree.isExpanded(self.model.find(node.kind, node.key)):
                found.add((node.kind, node.key))
        return found

    def _expand_keys(self, keys: set[tuple[str, Any]]) -> None:
        for kind, key in keys:
            index = self.model.find(kind, key)
            if index.isValid():
                self.tree.expand(index)

    def move_selected(self, step: int) -> None:
        node = self.selected()
        if node is not None and node.kind != YEAR:
            self.move_item(node.kind, node.key, node.row + step)

    def move_item(self, kind: str, key: Any, position: int) -> None:
        """Move an item among its siblings (from the keys or a drop), undoably."""
        if self.edits is None or position < 0 or self.package is not None:
            return
        from kuva_desktop.editing import Ref
        from kuva_desktop.ui.undo import MoveItem

        year = self._selected_year() or 0
        index = self.model.find(kind, key)
        node = self.model.node(index)
        if node is None or node.parent is None or position >= len(node.parent.children):
            return
        self.edits.push(
            MoveItem(
                self.edits.editor, self.edits.hub, year, Ref(kind, key), position, self.tr("Move")
            )
        )
        self.tree.setCurrentIndex(self.model.find(kind, key))

    def new_year(self) -> None:
        """A new year with the themes, goals, metrics, owners and links of the latest one."""
        if self.edits is None or self.model.rowCount() == 0 or self.package is not None:
            return
        latest = int(self.model.node(self.model.index(self.model.rowCount() - 1, 0)).key)
        year, ok = QInputDialog.getInt(
            self,
            self.tr("New year"),
            self.tr("A new year from %1 (its themes, goals, metrics, owners and links):").replace(
                "%1", str(latest)
            ),
            latest + 1,
            1900,
            2999,
        )
        if not ok:
            return
        from kuva_desktop.errors import InputError

        try:
            self.edits.editor.new_year_from(latest, year)
        except InputError as error:
            QMessageBox.warning(self, self.tr("New year"), error_text(error))
            return
        self.reload()
        self.tree.setCurrentIndex(self.model.find(YEAR, year))

    def years(self) -> list[int]:
        return [
            int(self.model.node(self.model.index(row, 0)).key)
            for row in range(self.model.rowCount())
        ]

    def open_report_dialog(self, printing: bool) -> None:
        """File → Export board report… / Print…: choose, then make the report with progress."""
        if self.database is None or not self.years():
            return
        from kuva_desktop.ui.report_dialog import ReportDialog, ReportRunner

        if self.report_runner is None:
            self.report_runner = ReportRunner(self.database, self)
        runner = self.report_runner
        dialog = ReportDialog(
            self.years(),
            self._selected_year(),
            self._translations.language,
            self,
            printing=printing,
        )
        dialog.chosen.connect(runner.print if printing else runner.export)
        dialog.finished.connect(dialog.deleteLater)
        self.report_dialog = dialog
        dialog.open()

    def edit_vocabulary(self) -> None:
        if self.database is None:
            return
        from kuva_desktop.ui.vocabulary import VocabularyDialog

        dialog = VocabularyDialog(self.database, self)
        dialog.set_language(self._translations.language)
        dialog.vocabulary_changed.connect(self._on_vocabulary_changed)
        dialog.finished.connect(dialog.deleteLater)
        self.vocabulary_dialog = dialog
        dialog.open()

    def _on_vocabulary_changed(self) -> None:
        self.reload()
        if self.forms is not None:
            form = self.forms.current_form()
            if form is not None:
                form.reload()

    def offer_sample_data(self) -> bool:
        """On an empty database, offer to load the sample data; True when it was loaded."""
        if self.database is None or self.model.rowCount() > 0:
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
        from kuva_desktop.errors import InputError
        from kuva_desktop.exchange.sample import load_sample_data

        try:
            load_sample_data(self.database)
        except InputError as error:
            QMessageBox.warning(self, self.tr("The sample data was not loaded"), error_text(error))
            return False
        self.reload()
        return True

    # Work packages (DOMAIN.md section 7)

    def language(self) -> str:
        return self._translations.language

    def coordinator_actions(self) -> list[QAction]:
        """What only the coordinator does: hidden in package mode."""
        return [
            self.new_year_action,
            self.vocabulary_action,
            self.export_action,
            self.print_action,
            self.issue_action,
            self.import_action,
            self.import_table_action,
            self.restore_action,
            self.add_action,
            self.delete_action,
            self.move_up_action,
            self.move_down_action,
            self.conflicts_action,
            self.completeness_action,
        ]

    def enter_package_mode(self, copy: WorkingCopy, *, owns_database: bool = False) -> None:
        """Run on an owner's work package (after ``attach`` of its working database)."""
        from kuva_desktop.ui.package_mode import PackageMode

        self.package = PackageMode(self, copy, owns_database=owns_database)
        self.package.install()

    def open_package_file(self, path: Path | None = None) -> MainWindow | None:
        """File → Open work package…: the package in a window of its own, in package mode."""
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
            if window.package is not None and window.package.copy.package_path.resolve() == (
                path.resolve()
            ):
                window.raise_()
                window.activateWindow()
                return window
        from kuva_desktop.errors import InputError
        from kuva_desktop.ui.package_mode import package_window

        try:
            window = package_window(path, self._translations)
        except InputError as error:
            QMessageBox.warning(self, self.tr("The work package was not opened"), error_text(error))
            return None
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(
            lambda _obj=None, w=window: w in self.package_windows and self.package_windows.remove(w)
        )
        self.package_windows.append(window)
        window.show()
        return window

    def _year_for_packages(self) -> int | None:
        """The selected year if a round of it is open, else the latest year with an open round."""
        if self.database is None:
            return None
        from sqlalchemy import select

        from kuva_desktop.storage import models as m

        with self.database.reader() as session:
            open_years = set(
                session.scalars(
                    select(m.Year.year).join(m.Round).where(m.Round.state == "open").distinct()
                )
            )
        selected = self._selected_year()
        if selected in open_years or not open_years:
            return selected
        return max(open_years)

    def issue_packages(self) -> None:
        """File → Issue work packages…: year, open round, owners, folder; then the files."""
        if self.database is None or self.package is not None or not self.years():
            return
        from kuva_desktop.ui.issue_dialog import IssueDialog

        dialog = IssueDialog(
            self.database, self.years(), self._year_for_packages(), self.language(), self
        )
        dialog.finished.connect(dialog.deleteLater)
        self.issue_dialog = dialog
        dialog.open()

    def import_submissions(self, paths: list[Path] | None = None) -> None:
        """File → Import submissions… (or files dropped onto the window): dry run, merge."""
        if self.database is None or self.package is not None or self.read_only is not None:
            return
        if self.submission_import is None:
            from kuva_desktop.ui.submission_import import SubmissionImport

            self.submission_import = SubmissionImport(self.database, self)
            self.submission_import.merged.connect(self._on_merged)
            self.submission_import.conflicts_waiting.connect(self.show_conflicts)
        if paths is None:
            self.submission_import.choose()
        else:
            self.submission_import.start(paths)

    def restore_backup(self) -> None:
        """File → Restore from a backup…: the backups listed and checked, one put back, the
        database reopened (ui/restore_dialog.py)."""
        if self.database is None or self.database.path is None or self.package is not None:
            return
        from kuva_desktop.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.database.path, self, release=self._release_database)
        dialog.restored.connect(self._on_restored)
        dialog.finished.connect(dialog.deleteLater)
        self.restore_dialog = dialog
        dialog.open()

    def _release_database(self) -> None:
        # The last words typed go in first (and so into the backup of the state replaced); then
        # no connection of this window stays open on the file.
        if self.forms is not None:
            self.forms.commit_pending()
        if self.database is not None:
            self.database.dispose()

    def _on_restored(self, restored: Any) -> None:
        """Reopen the restored database (checked, and migrated when the backup is older) and
        show it; the undo steps belonged to the state that was replaced."""
        from kuva_desktop.errors import InputError
        from kuva_desktop.storage.database import open_database

        assert self.database is not None and self.database.path is not None
        try:
            open_database(self.database.path).dispose()
        except InputError as error:
            QMessageBox.warning(self, self.tr("The backup was not restored"), error_text(error))
            return
        if self.edits is not None:
            self.edits.stack.clear()
        self._refresh_after(self.tr("Restored from %1").replace("%1", restored.backup.name))

    def import_table(self) -> None:
        """File → Import table…: the file, year and round, a preview, then the import."""
        if self.database is None or self.package is not None:
            return
        import datetime as dt

        from kuva_desktop.ui.table_import import TableImportDialog

        year = self._selected_year() or max(self.years(), default=dt.date.today().year)
        dialog = TableImportDialog(self.database, year, self)
        dialog.imported.connect(self._on_table_imported)
        dialog.finished.connect(dialog.deleteLater)
        self.table_import_dialog = dialog
        dialog.open()

    def _on_table_imported(self, _changed: int) -> None:
        self._refresh_after(self.tr("Imported"))

    def _refresh_after(self, what: str) -> None:
        """After a write of many items (a restore, a table import): the tree, the overview, the
        form and the history read again, and the status bar says what was done."""
        self.reload()
        self._reload_overview()
        form = self.forms.current_form() if self.forms is not None else None
        if form is not None and form.ref is not None:
            form.reload()
        if self.history is not None:
            self.history.reload()
        self._saved(what)
        self._rules_timer.start()

    def _on_merged(self, _report: Any) -> None:
        shown = self.forms.current if self.forms is not None else None
        expanded = self._expanded_keys()
        self.reload()
        self._expand_keys(expanded)
        self._reload_overview()
        if shown is not None and self.forms is not None and shown[0] == "round":
            # The round form stays on view (reading the tree again showed the goal's form).
            goal_id, round_key = str(shown[1]).rsplit(":", 1)
            self.forms.show_round(goal_id, round_key)
        form = self.forms.current_form() if self.forms is not None else None
        if form is not None and form.ref is not None:
            form.reload()
        self._saved(self.tr("Merged"))
        self._rules_timer.start()

    def show_conflicts(self) -> None:
        """Edit → Resolve conflicts…: the conflicts that wait, side by side."""
        if self.database is None or self.package is not None:
            return
        from kuva_desktop.ui.conflict_dialog import ConflictDialog

        if self.conflict_dialog is not None and self.conflict_dialog.isVisible():
            self.conflict_dialog.reload()
            self.conflict_dialog.raise_()
            return
        dialog = ConflictDialog(self.database, self.language(), self)
        dialog.resolved.connect(self._on_conflict_resolved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "conflict_dialog", None))
        self.conflict_dialog = dialog
        dialog.open()

    def _on_conflict_resolved(self, metric_id: str, round_key: str) -> None:
        if self.edits is not None:
            self.edits.hub.changed.emit("entry", f"{metric_id}:{round_key}")

    def show_completeness(self) -> None:
        """View → Completeness…: per round, who has sent what."""
        if self.database is None or self.package is not None or not self.years():
            return
        from kuva_desktop.ui.completeness import CompletenessDialog

        dialog = CompletenessDialog(
            self.database, self.years(), self._year_for_packages(), self.language(), self
        )
        dialog.finished.connect(dialog.deleteLater)
        self.completeness_dialog = dialog
        dialog.open()

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
        submissions = [p for p in paths if p.suffix.lower() == SUBMISSION_SUFFIX]
        if (submissions and self.package is None and self.database is not None) or any(
            p.suffix.lower() == PACKAGE_SUFFIX for p in paths
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
        if submissions and self.package is None:
            self.import_submissions(submissions)
        for package in (p for p in paths if p.suffix.lower() == PACKAGE_SUFFIX):
            self.open_package_file(package)

    def _unsaved_may_go(self) -> bool:
        """Typed text the database has not taken: try again, keep the window, or discard it."""
        while self.edits is not None and self.edits.failing and self.forms is not None:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Not saved"))
            box.setText(self.tr("Some of what you typed is not saved."))
            box.setInformativeText(next(iter(self.edits.failing.values())))
            retry = box.addButton(self.tr("&Try again"), QMessageBox.ButtonRole.AcceptRole)
            keep = box.addButton(
                self.tr("&Keep the window open"), QMessageBox.ButtonRole.RejectRole
            )
            discard = box.addButton(self.tr("&Discard it"), QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(retry)
            box.setEscapeButton(keep)
            box.exec()
            if box.clickedButton() is not retry:
                return box.clickedButton() is discard
            self.forms.commit_pending()
        return True

    # Window state

    def _restore_geometry(self) -> None:
        geometry = settings.value(settings.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        splitter = settings.value(settings.SPLITTER_STATE)
        if splitter.isEmpty() or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([440, 760])
            self.tree.setColumnWidth(COLUMN_TITLE, 320)
        header = settings.value(settings.TREE_HEADER)
        if not header.isEmpty():
            self.tree.header().restoreState(header)
        # The title takes what the owners leave, so that the owners stay in view in a narrow
        # window (1024 px): the titles are elided instead.
        tree_header = self.tree.header()
        tree_header.setStretchLastSection(False)
        tree_header.setSectionResizeMode(COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
        tree_header.setSectionResizeMode(COLUMN_OWNERS, QHeaderView.ResizeMode.Interactive)

    def _restore_state(self) -> None:
        state = settings.value(settings.WINDOW_STATE)
        if state.isEmpty() or not self.restoreState(state):
            # The forms are where people type: the history takes a strip below them.
            self.resizeDocks([self.history_dock], [170], Qt.Orientation.Vertical)
        if self.overview is not None:
            overview = settings.value(settings.OVERVIEW_COLUMNS)
            if not overview.isEmpty():
                self.overview.restore_state(overview)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.forms is not None:
            self.forms.commit_pending()  # the last words typed, still waiting for the pause
            if not self._unsaved_may_go():
                event.ignore()
                return
        if self.watcher is not None:
            self.watcher.stop()
        if self.package is not None:
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
        if self.package is not None and event.isAccepted():
            self.package.close()
