"""The window's options in QSettings, each declared once here with its key and default.

Nothing is read at import time: the functions read QSettings when they are called, after
``run_gui`` has set the organisation and application names that decide where the file lives.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Option:
    """One setting: its key in QSettings and the value used when it has never been set."""

    key: str
    default: Any
    kind: type


LANGUAGE = Option("ui/language", "", str)  # "fi", "sv", "en"; empty: follow the system
WINDOW_GEOMETRY = Option("window/geometry", QByteArray(), QByteArray)
SPLITTER_STATE = Option("window/splitter", QByteArray(), QByteArray)
WINDOW_STATE = Option("window/state", QByteArray(), QByteArray)  # toolbars and the history dock
# The owner's package window keeps its own layout: its history is not the coordinator's.
PACKAGE_SPLITTER_STATE = Option("packageWindow/splitter", QByteArray(), QByteArray)
PACKAGE_WINDOW_STATE = Option("packageWindow/state", QByteArray(), QByteArray)
LAST_ITEM = Option("window/lastItem", "", str)  # "kind:key" of the item selected at the end
TREE_HEADER = Option("window/treeHeader", QByteArray(), QByteArray)
OVERVIEW_COLUMNS = Option("window/overviewColumns", QByteArray(), QByteArray)


def value(option: Option) -> Any:
    """The stored value, or the default when it is missing or of the wrong type."""
    stored = QSettings().value(option.key, option.default)
    if option.kind is QByteArray and isinstance(stored, bytes | bytearray):
        stored = QByteArray(bytes(stored))
    return stored if isinstance(stored, option.kind) else option.default


def set_value(option: Option, new: Any) -> None:
    settings = QSettings()
    settings.setValue(option.key, new)
    settings.sync()
