"""Start Kuva Desktop, or a bare QMainWindow, and say "idle" once its main window is painted.

python bench/_launch_app.py --db PATH    # the application, as `python -m kuva_desktop --db PATH`
python bench/_launch_app.py --bare       # an empty QMainWindow, for comparison

Used by ``bench/startup.py``, which times the process from its start to the "idle" line. Nothing
in the application knows about it: the launcher makes the QApplication first (``run_gui`` takes
the one that exists), starts a chain of 0 ms timers that runs as soon as the event loop does,
finds the visible main window, waits for its first paint, lets the events queued by then run
(one more 0 ms timer) and prints "idle". Work the application defers past that point (a tree
filled later, from a timer or a thread) is not in "idle": the launcher then waits until the main
window's tree has rows and prints "tree", then until it shows what a user came for, the tree and
the selected item's form, and prints "filled" (both at once for the bare window, which has
neither; "filled never" after a while on an empty database), and quits the event loop.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow, QTreeView

# If the window is never painted (a platform that does not paint), say so after this long.
PAINT_TIMEOUT_MS = 5_000
# How often and how long to look for a filled view after "idle" (not a 0 ms busy loop, which
# would take the interpreter from a loading thread).
FILL_POLL_MS = 5
FILL_TIMEOUT_MS = 5_000


class IdleProbe(QObject):
    """Prints "idle" and quits once a visible QMainWindow has painted and the queue is empty."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._window: QMainWindow | None = None
        self._done = False
        self._tree_said = False
        self._fill_polls = FILL_TIMEOUT_MS // FILL_POLL_MS
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        window = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMainWindow) and w.isVisible()
            ),
            None,
        )
        if window is None:
            QTimer.singleShot(0, self._poll)
            return
        self._window = window
        window.installEventFilter(self)
        QTimer.singleShot(PAINT_TIMEOUT_MS, lambda: self._idle("no paint event seen"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._idle)
        return False

    def _idle(self, note: str = "") -> None:
        if self._done:
            return
        self._done = True
        print("idle" + (f" ({note})" if note else ""), flush=True)
        self._poll_filled()

    def _tree(self) -> bool:
        """A tree view of the window has rows (at once for the bare window, which has none)."""
        window = self._window
        if window is None:
            return False
        # Tree views only: a combo box's pop-up list is an item view too, and has rows from the
        # start.
        views = [v for v in window.findChildren(QAbstractItemView) if isinstance(v, QTreeView)]
        return not views or any(v.model() is not None and v.model().rowCount() > 0 for v in views)

    def _filled(self) -> bool:
        """The tree has rows and the form of its selected item is on view (Kuva's ``forms``)."""
        window = self._window
        if window is None or not self._tree():
            return False
        if not window.findChildren(QTreeView):
            return True  # the bare window: nothing to fill
        forms = getattr(window, "forms", None)
        form = forms.current_form() if forms is not None else None
        return form is not None and form.isVisible()

    def _poll_filled(self) -> None:
        if not self._tree_said and self._tree():
            self._tree_said = True
            print("tree", flush=True)
        if self._filled():
            print("filled", flush=True)
        elif self._fill_polls <= 0:
            if not self._tree_said:
                print("tree never", flush=True)
            print("filled never", flush=True)
        else:
            self._fill_polls -= 1
            QTimer.singleShot(FILL_POLL_MS, self._poll_filled)
            return
        self._app.quit()


def main() -> int:
    bare = "--bare" in sys.argv[1:]
    app = QApplication(sys.argv[:1])
    IdleProbe(app)
    if bare:
        window = QMainWindow()
        window.resize(1100, 700)
        window.show()
        return app.exec()
    root = Path(__file__).resolve().parents[1]
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    from kuva_desktop.cli import main as kuva_main

    return kuva_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
