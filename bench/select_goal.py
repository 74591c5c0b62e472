"""Selecting a goal on the large database: from the click in the tree to the pane showing it.

uv run python bench/select_goal.py [--db PATH] [--goals 50]

One process on the offscreen platform opens the main window as ``run_gui`` does, then selects
goals of different years in ``window.tree`` one after another: each is timed from
``setCurrentIndex`` until the window shows the goal's title outside the tree (in a text view, a
line edit or a label, whichever the pane uses) and has been painted. Median and max are printed
against the target (under 50 ms). The tree's reload is timed as well, alone and with what the
window does around it, and the goal form's ``load`` alone (a form of its own, the same goals).

Without ``--db`` the large database of ``bench/generate.py`` is made once and kept under
``bench/.cache/``.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGET_MS = 50.0
TIMEOUT_S = 10.0
RELOADS = 5


def pane_texts(window, tree):  # -> Iterator[str]
    """The texts the window shows outside the tree, whatever widgets its pane is made of."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget is tree or tree.isAncestorOf(widget):
            continue
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            yield widget.toPlainText()
        elif isinstance(widget, QLineEdit | QLabel):
            yield widget.text()


def shows(window, tree, title: str) -> bool:
    return any(title in text for text in pane_texts(window, tree))


def goal_indexes(model):  # -> list[QModelIndex]
    """Every goal's index, through the model's public interface (years → themes → goals)."""
    goals = []
    for y in range(model.rowCount()):
        year = model.index(y, 0)
        for t in range(model.rowCount(year)):
            theme = model.index(t, 0, year)
            goals += [model.index(g, 0, theme) for g in range(model.rowCount(theme))]
    return goals


def ms(seconds: float) -> float:
    return seconds * 1000


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, metavar="PATH", help="the database (default: generated)")
    parser.add_argument("--goals", type=int, default=50, help="how many goals to select")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    config = tempfile.TemporaryDirectory(prefix="kuva-bench-")
    os.environ["XDG_CONFIG_HOME"] = config.name  # fresh settings, the user's left alone

    from bench.generate import cached_database

    db = args.db.absolute() if args.db else cached_database()

    from PySide6.QtCore import QLocale, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from kuva_desktop.editing.read import read_tree
    from kuva_desktop.storage.database import open_database
    from kuva_desktop.ui import settings
    from kuva_desktop.ui.i18n import Translations, pick_language
    from kuva_desktop.ui.main_window import MainWindow

    def quiet(_mode: object, _context: object, message: str) -> None:
        # The offscreen platform cannot resize windows to their size hints and says so.
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Kuva")
    app.setApplicationName("Kuva Desktop")
    translations = Translations(app)
    translations.set_language(
        pick_language(settings.value(settings.LANGUAGE), QLocale.system().name())
    )
    database = open_database(db)
    window = MainWindow(database, translations)
    window.show()
    app.processEvents()

    tree = window.tree
    model = tree.model()
    goals = goal_indexes(model)
    if not goals:
        raise SystemExit(f"{db}: no goals")
    rng = random.Random(args.seed)
    chosen = rng.sample(goals, k=min(args.goals, len(goals)))
    years = {model.data(index.parent().parent()) for index in chosen}

    times: list[float] = []
    for index in chosen:
        title = str(model.data(index)).rstrip("…")
        # As a user would: the goal's theme is open and the goal in view before the click.
        tree.expand(index.parent())
        tree.scrollTo(index)
        app.processEvents()
        start = time.perf_counter()
        tree.setCurrentIndex(index)
        while not shows(window, tree, title):
            app.processEvents()
            if time.perf_counter() - start > TIMEOUT_S:
                raise SystemExit(f"the pane did not show {title!r} in {TIMEOUT_S:.0f} s")
        app.processEvents()  # the paint that the new contents asked for
        times.append(time.perf_counter() - start)

    reloads = []
    for _ in range(RELOADS):
        start = time.perf_counter()
        model.set_items(read_tree(database))
        reloads.append(time.perf_counter() - start)
    window_reloads = []
    for _ in range(RELOADS):
        start = time.perf_counter()
        window.reload()
        app.processEvents()
        window_reloads.append(time.perf_counter() - start)

    window.close()

    from sqlalchemy import select

    from kuva_desktop.editing import Editor, Ref
    from kuva_desktop.storage import models as m
    from kuva_desktop.ui.forms import GoalForm
    from kuva_desktop.ui.undo import Edits

    with database.reader() as session:
        goal_ids = list(session.scalars(select(m.Goal.id)))
    form = GoalForm(Edits(Editor(database)), database, "fi")
    form.load(Ref("goal", goal_ids[0]))  # the first load builds the widgets
    form_loads = []
    for goal_id in rng.sample(goal_ids, k=min(args.goals, len(goal_ids))):
        start = time.perf_counter()
        form.load(Ref("goal", goal_id))
        form_loads.append(time.perf_counter() - start)
    form.deleteLater()
    database.dispose()

    median = ms(statistics.median(times))
    worst = ms(max(times))
    print(f"database: {db} ({db.stat().st_size / 1e6:.1f} MB), {len(goals)} goals")
    print(
        f"select a goal → pane shows it: median {median:.1f} ms, max {worst:.1f} ms, "
        f"first {ms(times[0]):.1f} ms ({len(times)} goals of {len(years)} years)"
    )
    verdict = "met" if worst < TARGET_MS else "NOT met"
    print(f"target: under {TARGET_MS:.0f} ms ({verdict} by the max)")
    print(
        f"tree model reload alone: median {ms(statistics.median(reloads)):.1f} ms; "
        f"window.reload() with expand, select and paint: "
        f"median {ms(statistics.median(window_reloads)):.1f} ms ({RELOADS} runs each)"
    )
    print(
        f"goal form load alone: median {ms(statistics.median(form_loads)):.1f} ms, "
        f"max {ms(max(form_loads)):.1f} ms ({len(form_loads)} goals)"
    )
    config.cleanup()


if __name__ == "__main__":
    main()
