"""What the database checks cost: the quick check every opening makes, the full check every
backup gets before it is kept, and a whole backup.

uv run python bench/integrity.py [--db PATH] [--big] [--runs 5]

Without ``--db`` the large database of ``bench/generate.py`` (20 years × 30 goals × 4 metrics)
is made once and kept under ``bench/.cache/``; ``--big`` uses a copy of it whose change history
is held ten times over, about 100 MB. Each figure is the median of ``--runs``, with the file in
the page cache (as after any recent use); the file size is printed above them.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import cached_database  # noqa: E402
from kuva_desktop.storage import backups  # noqa: E402


def _median(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _grow(source: Path, target: Path, times: int) -> None:
    """A copy of ``source`` whose change history holds its rows ``times`` over."""
    shutil.copyfile(source, target)
    with contextlib.closing(sqlite3.connect(target)) as connection:
        columns = "at, who, source, entity, entity_id, field, action, old, new"
        (last,) = connection.execute("SELECT max(id) FROM change").fetchone()
        for _ in range(times - 1):
            connection.execute(
                f"INSERT INTO change ({columns}) SELECT {columns} FROM change WHERE id <= ?",
                (last,),
            )
        connection.commit()
        connection.execute("VACUUM")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="the database to measure (not changed)")
    parser.add_argument("--big", action="store_true", help="a tenfold copy of the large database")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kuva-integrity-") as scratch:
        source = args.db or cached_database()
        path = Path(scratch) / "kuva.db"
        if args.big:
            _grow(source, path, 10)
        else:
            shutil.copyfile(source, path)
        size = path.stat().st_size / 1024 / 1024
        print(f"database: {path.name} copied from {source}, {size:.1f} MB")
        assert backups.problems(path, quick=True) == backups.OK
        quick = _median(args.runs, lambda: backups.problems(path, quick=True))
        full = _median(args.runs, lambda: backups.problems(path))
        made: list[Path] = []
        backup = _median(args.runs, lambda: made.append(backups.make(path, "before-import")))
        print(f"quick_check (every opening):          {quick * 1000:7.0f} ms")
        print(f"integrity_check (each backup kept):   {full * 1000:7.0f} ms")
        print(f"backup (copy + integrity_check):      {backup * 1000:7.0f} ms")
        print(f"per MB: quick {quick * 1000 / size:.1f} ms, full {full * 1000 / size:.1f} ms")


if __name__ == "__main__":
    main()
