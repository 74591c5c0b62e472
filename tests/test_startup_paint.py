"""The window's first paint, seen from a program started as a user starts it.

The window is painted before the database code is loaded and before Qt's ``Qt`` namespace is
made (PySide makes its ~140 enums at first use, about 25 ms: ``ui/main_window.py``'s module
doc); the parts that need the namespace come right after: the tree's model and header, the
history's dock, the shortcuts' contexts. A program of its own is started for each case, since
what a process has imported stays imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.storage.database import open_database

ROOT = Path(__file__).resolve().parents[1]

# Starts the program through its command line (as ``python -m kuva_desktop`` does) and watches
# the main window: at its first paint, whether ``Qt`` exists; once its forms take input, what
# the window is made of. Prints one JSON line and quits.
PROBE = r"""
import json, sys
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
seen = {}


class Probe(QObject):
    def __init__(self):
        super().__init__(app)
        self.window = None
        self.polls = 0
        QTimer.singleShot(0, self.find)

    def find(self):
        shown = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        if not shown:
            QTimer.singleShot(0, self.find)
            return
        self.window = shown[0]
        self.window.installEventFilter(self)

    def eventFilter(self, watched, event):
        if watched is self.window and event.type() == QEvent.Type.Paint and "painted" not in seen:
            seen["painted"] = True
            seen["qt_at_first_paint"] = "Qt" in vars(QtCore)
            seen["model_at_first_paint"] = self.window.tree.model() is not None
            seen["sqlalchemy_at_first_paint"] = "sqlalchemy" in sys.modules
            QTimer.singleShot(10, self.wait_attached)
        return False

    def wait_attached(self):
        w = self.window
        self.polls += 1
        if w.database is None and self.polls < 1000:
            QTimer.singleShot(10, self.wait_attached)
            return
        from PySide6.QtCore import Qt

        menus = w.menus
        seen.update(
            attached=w.database is not None,
            rows=w.model.rowCount(),
            headers=[w.model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)],
            dock_area=w.dockWidgetArea(w.history_dock).name,
            dock_visible=w.history_dock.isVisible(),
            form=type(w.forms.current_form()).__name__ if w.forms.current_form() else None,
            quit_context=menus.quit.shortcutContext().name,
            undo_context=menus.undo.shortcutContext().name,
            delete_context=(
                menus.coordinator.delete.shortcutContext().name if menus.coordinator else None
            ),
            keys={
                name: [k.toString() for k in getattr(menus, name).shortcuts()]
                for name in ("open_package", "find", "redo")
            },
        )
        print(json.dumps(seen), flush=True)
        w.close()


Probe()
from kuva_desktop.cli import main

sys.exit(main(sys.argv[1:]))
"""


def start(tmp_path: Path, *args: str) -> dict[str, object]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        LANGUAGE="fi",
        LC_ALL="C.UTF-8",
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"the window never had its database\n{done.stdout}\n{done.stderr}"
    return dict(json.loads(lines[-1]))


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "sample.db"
    database = open_database(path)
    try:
        load_sample_data(database)
    finally:
        database.dispose()
    return path


def test_the_window_is_painted_before_qts_namespace_is_made(
    tmp_path: Path, sample_file: Path
) -> None:
    seen = start(tmp_path, "--db", str(sample_file))
    assert seen["qt_at_first_paint"] is False
    assert seen["model_at_first_paint"] is False
    assert seen["sqlalchemy_at_first_paint"] is False
    # Then the whole window, as it was before: the tree and its columns, the form, the history
    # docked below, and the shortcuts in their places.
    assert seen["attached"] is True
    assert seen["rows"] == 3  # the sample's years
    assert seen["headers"] == ["Tavoitteet ja mittarit", "Vastuuhenkilöt"]
    assert seen["form"] is not None
    assert seen["dock_area"] == "BottomDockWidgetArea"
    assert seen["dock_visible"] is True
    assert seen["quit_context"] == "ApplicationShortcut"
    assert seen["undo_context"] == "ApplicationShortcut"
    assert seen["delete_context"] == "WidgetShortcut"
    assert seen["keys"] == {
        "open_package": ["Ctrl+O"],
        "find": ["Ctrl+F"],
        "redo": ["Ctrl+Shift+Z", "Ctrl+Y"],
    }


def test_a_new_database_too(tmp_path: Path) -> None:
    """No tree to read first: the window is finished when painted, and the database made."""
    seen = start(tmp_path, "--db", str(tmp_path / "new.db"))
    assert seen["qt_at_first_paint"] is False
    assert seen["attached"] is True
    assert seen["rows"] == 0
    assert seen["dock_area"] == "BottomDockWidgetArea"
    assert seen["delete_context"] == "WidgetShortcut"


def test_an_owners_package_too(tmp_path: Path, sample_file: Path) -> None:
    """A work package opened from the file manager: an owner's window, painted the same way."""
    from kuva_desktop.cli import main

    package = tmp_path / "jussi.kuvapkg"
    db = ["--db", str(sample_file)]
    assert main([*db, "round", "open", "--year", "2021", "--round", "3"]) == 0
    owner = ["--owner", "Jussi Koskinen", "-o", str(package)]
    assert main([*db, "export-package", "--year", "2021", "--round", "3", *owner]) == 0
    seen = start(tmp_path, str(package))
    assert seen["qt_at_first_paint"] is False
    assert seen["sqlalchemy_at_first_paint"] is False  # the package is opened after the paint
    assert seen["attached"] is True
    assert seen["rows"] == 1  # the package's year
    assert seen["form"] is not None
    assert seen["dock_area"] == "BottomDockWidgetArea"
    assert seen["quit_context"] == "ApplicationShortcut"
    assert seen["delete_context"] is None  # an owner deletes nothing
