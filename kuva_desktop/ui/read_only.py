"""The window over a database its user may only read: a server role with SELECT only (a board
secretary). A banner says so above the tree and the form; every action that changes something is
disabled, the forms take no typing, the tree no dragging and the history puts no version back;
printing, exporting, the overview, the completeness view and the history work as ever. The server
refuses a write anyway ("your database role may only read"); the window keeps the user from trying.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout, QWidget

from kuva_desktop.ui.i18n import Retranslated

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QTreeView

    from kuva_desktop.ui.actions import Menus
    from kuva_desktop.ui.forms import FormStack
    from kuva_desktop.ui.forms.base import Form
    from kuva_desktop.ui.history_panel import HistoryPanel


class Window(Protocol):
    """What this module uses of the main window (a protocol, so that it need not import
    ``main_window``, which imports it: no import circle)."""

    @property
    def menus(self) -> Menus: ...

    @property
    def tree(self) -> QTreeView: ...

    @property
    def history(self) -> HistoryPanel | None: ...

    @property
    def forms(self) -> FormStack | None: ...

    def takeCentralWidget(self) -> QWidget | None: ...

    def setCentralWidget(self, widget: QWidget) -> None: ...


BANNER_STYLE = (
    "QLabel { background: #fff3cd; color: #3d2c00; border-bottom: 1px solid #d6b656; "
    "padding: 6px; }"
)


class ReadOnlyBanner(Retranslated, QLabel):
    """The notice above the tree and the form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(
            self.tr(
                "Read only: your database role may only read. Printing and exporting work; "
                "changes need a coordinator's role."
            )
        )
        self.setAccessibleName(self.text())


def changing_actions(window: Window) -> list[QAction]:
    """The window's actions that change the database."""
    changing = [window.menus.undo, window.menus.redo]
    actions = window.menus.coordinator
    if actions is not None:
        keep = {actions.export, actions.print, actions.completeness}
        changing += [a for a in actions.all() if a not in keep]
    return changing


def install(window: Window) -> ReadOnlyBanner:
    """Turn the attached window read-only (see the module doc); the banner."""
    banner = ReadOnlyBanner()
    central = window.takeCentralWidget()
    assert central is not None, "the window is attached, so it has its tree and form"
    container = QWidget()
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(central, 1)
    window.setCentralWidget(container)
    for action in changing_actions(window):
        action.setEnabled(False)
    window.tree.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
    if window.history is not None:  # the history is shown; an old version is not put back
        window.history.restore_button.setVisible(False)
    if window.forms is not None:
        window.forms.configure(_reads_only)
    return banner


def _reads_only(form: Form) -> None:
    form.only_reads = True
    form.set_read_only(True)
