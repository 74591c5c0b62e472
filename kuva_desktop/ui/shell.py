"""What the window's parts see of the window: its role, and the ``Shell`` they work on.

The main window (``main_window.py``) is a shell: the tree, the form and overview tabs, the history,
the menus. The work of each role lives in modules by concern (``structure_edits``,
``coordinator_packages``, ``coordinator_files``, ``owner_package``), which reach the window only
through ``Shell`` (so none of them imports ``main_window``: no import circles).
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QTreeView

    from kuva_desktop.ui.tree_model import GoalTreeModel
    from kuva_desktop.ui.tree_nodes import Node


class Role(enum.Enum):
    """Whose window it is; chosen when the window is built, so that it has only its actions."""

    COORDINATOR = "coordinator"  # the master database: structure, packages, reports
    OWNER = "owner"  # a goal owner's work package: the package's round, Save submission


class Shell(Protocol):
    """The main window as its parts use it."""

    tree: QTreeView
    model: GoalTreeModel

    def widget(self) -> QMainWindow:
        """The window itself, as the parent of dialogs and for the status bar."""

    def language(self) -> str: ...

    def selected(self) -> Node | None: ...

    def selected_year(self) -> int | None: ...

    def years(self) -> list[int]: ...

    def reload(self) -> None:
        """Read the tree again, keeping the selected item selected."""

    def refresh_after(self, what: str) -> None:
        """After a write of many items: everything read again; the status bar says ``what``."""

    def expanded_keys(self) -> set[tuple[str, Any]]: ...

    def expand_keys(self, keys: set[tuple[str, Any]]) -> None: ...

    def show_form_tab(self) -> None:
        """The form, with the focus in its first input."""

    def item_changed(self, kind: str, key: Any) -> None:
        """One item changed outside the undo stack (a conflict resolved): show it as it is."""
