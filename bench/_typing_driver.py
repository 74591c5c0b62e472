"""Start Kuva Desktop and type a comment into a round form at a steady pace, as a person would.

python bench/_typing_driver.py --db PATH [--rate 8] [--year 2022]

The launcher makes the QApplication first (``run_gui`` takes the one that exists) and starts the
application as ``python -m kuva_desktop --db PATH`` does. A chain of timers waits for the window
to have opened its database (the status bar no longer says "Opening the database…"), selects
the year's first goal in the tree, clicks its "round 1" button, clicks into the first metric's
comment and then types with real key events at ``rate`` characters a second of wall-clock time
(keys a busy window could not take at once come in a burst when it can, as a keyboard's do). It
prints "typing" when it starts, then after each key the number of characters typed so far,
flushed, so that a parent that kills the process knows what had been typed. Used by
``bench/typing_crash.py`` and ``tests/test_typing_kill.py``; nothing in the application knows
about it.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

# What is typed: plain ASCII words (QTest types no other), long enough for any run.
WORDS = (
    "riskit liittyvat henkilokunnan saatavuuteen ja tilojen korjauksiin seka "
    "kavijamaarien vaihteluun kesalla ja talvella "
)
TEXT_LENGTH = 20_000


def text(length: int = TEXT_LENGTH) -> str:
    """The characters the driver types, in order."""
    return "".join(itertools.islice(itertools.cycle(WORDS), length))


class Typist(QObject):
    def __init__(self, app: QApplication, year: int, rate: float) -> None:
        super().__init__(app)
        self.app, self.year, self.rate = app, year, rate
        self.interval = max(1, int(1000 / rate))
        self.text = text()
        self.typed = 0
        self.comment: object = None
        QTimer.singleShot(50, self._find_window)

    def _find_window(self) -> None:
        from kuva_desktop.ui.main_window import MainWindow
        from kuva_desktop.ui.tree_nodes import GOAL, YEAR

        window = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None
        )
        # The window open on its database (its forms take input: before that they hold it
        # back, and the round form asked for would not be on view yet).
        if (
            window is None
            or window.database is None
            or window.forms is None
            or not window.model.find(YEAR, self.year)
        ):
            QTimer.singleShot(50, self._find_window)
            return
        year = window.model.node(window.model.find(YEAR, self.year))
        goal = year.children[0].children[0]
        window.tree.setCurrentIndex(window.model.find(GOAL, goal.key))
        QTest.mouseClick(window.forms.goal_form.round_buttons["1"], Qt.MouseButton.LeftButton)
        comment = window.forms.round_form.blocks[0].comment
        QTest.mouseClick(comment.viewport(), Qt.MouseButton.LeftButton)
        self.comment = comment
        print("typing", flush=True)
        self.started = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(self.interval)
        self.timer.timeout.connect(self._keys)
        self.timer.start()

    def _keys(self) -> None:
        due = min(len(self.text), int((time.monotonic() - self.started) * self.rate))
        while self.typed < due:
            QTest.keyClick(self.comment, self.text[self.typed])  # type: ignore[arg-type]
            self.typed += 1
            print(self.typed, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--rate", type=float, default=8.0, help="characters a second")
    parser.add_argument("--year", type=int, default=2022)
    args = parser.parse_args()
    root = Path(__file__).resolve().parents[1]
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    app = QApplication(sys.argv[:1])
    Typist(app, args.year, args.rate)
    from kuva_desktop.cli import main as kuva_main

    return kuva_main(["--db", str(args.db)])


if __name__ == "__main__":
    sys.exit(main())
