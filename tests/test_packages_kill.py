"""A merge killed with SIGKILL at random moments: the database is whole, with all or none of it."""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kuva_desktop.exchange import document as doc
from kuva_desktop.exchange.packages import WorkingCopy, issue_package
from kuva_desktop.exchange.yeardoc import apply_document
from kuva_desktop.storage.database import open_database
from tests.test_packages_merge import export

OWNER = "Olli Omistaja"
KILLS = 50
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _big_year(path: Path, folder: Path, goals: int = 25, metrics: int = 10) -> Path:
    """A 2022 with goals × metrics all assigned to one owner, and the owner's submission that
    fills in every entry of round 1."""
    database = open_database(path)
    document = doc.YearDocument(
        year=2022,
        layout="status",
        owners=[doc.Owner(name=OWNER)],
        themes=[
            doc.Theme(
                name=doc.Text(fi="Teema"),
                goals=[
                    doc.Goal(
                        title=doc.Text(fi=f"Tavoite {g}"),
                        owners=[OWNER],
                        metrics=[
                            doc.Metric(
                                text=doc.Text(fi=f"Mittari {g}.{i}"), target=doc.Text(fi="1")
                            )
                            for i in range(metrics)
                        ],
                    )
                    for g in range(goals)
                ],
            )
        ],
    )
    with database.session() as session:
        apply_document(session, document, replace=True, name="test")
    package = issue_package(database, 2022, "1", OWNER, folder).path
    database.dispose()
    copy = WorkingCopy.open(package)
    for index, metric_id in enumerate(copy.items):
        copy.values[metric_id] = {
            **copy.values[metric_id],
            "status": "at_risk",
            "comment": f"Riskit: kohta {index} " + "pitkä selitys " * 20,
            "numeric": str(index),
        }
    return copy.save_submission().path


def _state(path: Path) -> str:
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    database = open_database(path)
    try:
        return export(database)
    finally:
        database.dispose()


def _merge(path: Path, submission: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "kuva_desktop", "--db", str(path), "merge", str(submission)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.mark.slow
def test_merge_killed_at_random_moments(tmp_path: Path) -> None:
    template = tmp_path / "template.db"
    submission = _big_year(template, tmp_path)
    with sqlite3.connect(template) as raw:  # one file, no WAL beside it, to copy
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _state(template)

    # How long a whole merge takes when two run side by side, as the kills below do.
    done = [tmp_path / f"done-{n}.db" for n in range(2)]
    for path in done:
        shutil.copy(template, path)
    start = time.perf_counter()
    assert [process.wait() for process in [_merge(path, submission) for path in done]] == [0, 0]
    whole = time.perf_counter() - start
    after = _state(done[0])
    assert after != before

    rng = random.Random(20220430)
    # The kills spread from halfway through a merge (the first half is mostly imports) to a
    # little past its end, so that some land before the commit and some after it, on a fast
    # machine and on a slow one alike.
    delays = [rng.uniform(0.45, 1.3) * whole for _ in range(KILLS)]

    def attempt(number: int) -> str:
        path = tmp_path / f"kill-{number}" / "kuva.db"
        path.parent.mkdir()
        shutil.copy(template, path)
        process = _merge(path, submission)
        time.sleep(delays[number])
        process.send_signal(signal.SIGKILL)
        process.wait()
        state = _state(path)
        assert state in (before, after), f"attempt {number}: neither before nor after"
        shutil.rmtree(path.parent)
        return "all" if state == after else "none"

    with ThreadPoolExecutor(max_workers=2) as pool:  # two at a time: CI has two cores
        seen = Counter(pool.map(attempt, range(KILLS)))
    # Kills landed both before the commit and after it.
    assert seen["none"] and seen["all"], seen
