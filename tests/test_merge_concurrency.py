"""The merge against concurrent writers: a change made meanwhile becomes a conflict, never a loss.

Two processes start together (a barrier, no sleeps) on one SQLite file: two merges of conflicting
submissions, or a merge and another program's direct write of the same entry. Each race runs a
few times; whichever side wins, both values survive and every command ends as a merge or a
conflict (exit 0 or 3), never as "locked" or an error.
"""

from __future__ import annotations

import contextlib
import io
import json
import multiprocessing
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from kuva_desktop.editing import Editor, Ref
from kuva_desktop.exchange.packages import issue_package
from kuva_desktop.storage.database import open_database
from tests.test_packages_merge import AINO, YEAR, open_year, submit

MIKKO = "Mikko Saarinen"  # shares metric A with Aino (both own its goal)
AINO_TEXT, MIKKO_TEXT, DIRECT_TEXT = "Ainon riski", "Mikon riski", "Koordinaattorin teksti"
RUNS = 3


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A master with round 1 open, an entry for metric A, and Aino's and Mikko's submissions
    that both change A's comment."""
    folder = tmp_path_factory.mktemp("race")
    database = open_database(folder / "master.db")
    ids = open_year(database)
    Editor(database).set_field(Ref.entry(ids["A"], "1"), "status", "on_track")
    aino = issue_package(database, YEAR, "1", AINO, folder).path
    mikko = issue_package(database, YEAR, "1", MIKKO, folder).path
    database.dispose()
    return {
        "master": folder / "master.db",
        "metric": ids["A"],
        "aino": submit(aino, {(ids["A"], "comment"): AINO_TEXT}, folder / "aino.kuvasub"),
        "mikko": submit(mikko, {(ids["A"], "comment"): MIKKO_TEXT}, folder / "mikko.kuvasub"),
    }


def _copy(prepared: dict[str, Any], tmp_path: Path) -> Path:
    target = tmp_path / "kuva.db"
    shutil.copyfile(prepared["master"], target)
    return target


# What each process does once the barrier lets both go


def _merge(barrier: Any, results: Any, db: str, file: str) -> None:
    from kuva_desktop.cli import main
    from kuva_desktop.exchange.packages import merge  # noqa: F401 - loaded before the start

    out, err = io.StringIO(), io.StringIO()
    barrier.wait(timeout=120)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["--db", db, "merge", file])
    results.put(("merge", file, status, err.getvalue()))


def _direct_write(barrier: Any, results: Any, db: str, metric_id: str) -> None:
    """Another program's write of the same entry: one UPDATE, waiting for the lock as SQLite
    does (its busy timeout), with no read before it."""
    connection = sqlite3.connect(db, timeout=60, isolation_level=None)
    barrier.wait(timeout=120)
    connection.execute(
        "UPDATE entry SET comment = ? WHERE metric_id = ? AND round_key = '1'",
        (DIRECT_TEXT, metric_id),
    )
    connection.close()
    results.put(("write", "", 0, ""))


def _race(*jobs: tuple[Any, tuple[Any, ...]]) -> list[tuple[str, str, int, str]]:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(jobs))
    results = context.Queue()
    processes = [
        context.Process(target=target, args=(barrier, results, *args)) for target, args in jobs
    ]
    for process in processes:
        process.start()
    found = [results.get(timeout=180) for _ in processes]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    return found


def _read(db: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(db)) as connection:
        return connection.execute(sql, params).fetchall()


def _comment(db: Path, metric_id: str) -> str:
    return str(
        _read(db, "SELECT comment FROM entry WHERE metric_id = ? AND round_key = '1'", metric_id)[
            0
        ][0]
    )


def _conflicts(db: Path, metric_id: str) -> list[tuple[Any, Any]]:
    rows = _read(db, "SELECT ours, theirs FROM conflict WHERE metric_id = ?", metric_id)
    return [(json.loads(ours), json.loads(theirs)) for ours, theirs in rows]


@pytest.mark.parametrize("run", range(RUNS))
def test_two_merges_of_conflicting_submissions_at_once(
    prepared: dict[str, Any], tmp_path: Path, run: int
) -> None:
    db = _copy(prepared, tmp_path)
    results = _race(
        (_merge, (str(db), str(prepared["aino"]))),
        (_merge, (str(db), str(prepared["mikko"]))),
    )
    statuses = {Path(file).stem: (status, err) for _, file, status, err in results}
    # One applies, the other finds the comment changed since its package: a conflict.
    assert sorted(status for status, _ in statuses.values()) == [0, 3], statuses
    winner = next(name for name, (status, _) in statuses.items() if status == 0)
    applied, other = (AINO_TEXT, MIKKO_TEXT) if winner == "aino" else (MIKKO_TEXT, AINO_TEXT)
    metric = prepared["metric"]
    assert _comment(db, metric) == applied
    assert _conflicts(db, metric) == [(applied, other)]


@pytest.mark.parametrize("run", range(RUNS))
def test_a_merge_racing_a_direct_write_of_the_same_entry(
    prepared: dict[str, Any], tmp_path: Path, run: int
) -> None:
    db = _copy(prepared, tmp_path)
    metric = prepared["metric"]
    results = _race(
        (_merge, (str(db), str(prepared["aino"]))),
        (_direct_write, (str(db), metric)),
    )
    merge = next(r for r in results if r[0] == "merge")
    assert merge[2] in (0, 3), merge
    # The direct write is never overwritten: it came after the merge, or the merge saw it.
    assert _comment(db, metric) == DIRECT_TEXT
    if merge[2] == 3:
        assert _conflicts(db, metric) == [(DIRECT_TEXT, AINO_TEXT)]
    else:
        merged = _read(
            db,
            "SELECT new FROM change WHERE entity = 'entry' AND entity_id = ? AND field = 'comment'",
            f"{metric}:1",
        )
        assert merged == [(json.dumps(AINO_TEXT, ensure_ascii=False),)]
        assert _conflicts(db, metric) == []
