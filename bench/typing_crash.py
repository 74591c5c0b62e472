"""Typing killed at random moments: how much of what was typed is in the database.

uv run python bench/typing_crash.py [--kills 20] [--rate 8] [--parallel 2] [--seed 1]

Makes a database (the sample data and a 2022 from 2021), then per kill copies it, starts the
application on the copy through ``bench/_typing_driver.py`` (offscreen), which types a comment
into the round form of the first goal of 2022 at ``rate`` characters a second with real key
events, kills it with SIGKILL at a random moment 1.5–8 s after the typing started, and compares
what the driver had typed with the comment in the database. Prints, per kill and in all, the
characters lost (most and median, also in seconds of typing) and the history rows written per
100 characters typed. Target: at most one second of typing lost.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _typing_driver import text  # noqa: E402


def template(folder: Path) -> Path:
    from kuva_desktop.editing import Editor
    from kuva_desktop.exchange.sample import load_sample_data
    from kuva_desktop.storage.database import open_database

    path = folder / "template.db"
    database = open_database(path)
    load_sample_data(database)
    Editor(database).new_year_from(2021, 2022)
    database.dispose()
    with sqlite3.connect(path) as raw:  # one file, no WAL beside it, to copy
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def run_once(source: Path, folder: Path, delay: float, rate: float) -> tuple[int, int, int]:
    """(typed, stored, history rows written) for one kill ``delay`` s after typing started."""
    folder.mkdir()
    path = folder / "kuva.db"
    shutil.copy(source, path)
    with sqlite3.connect(path) as raw:
        last_change = raw.execute("SELECT max(id) FROM change").fetchone()[0]
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_DATA_HOME=str(folder / "data"),
    )
    driver = str(ROOT / "bench" / "_typing_driver.py")
    process = subprocess.Popen(
        [sys.executable, driver, "--db", str(path), "--rate", str(rate)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    started = threading.Event()
    typed = [0]

    def read() -> None:
        for line in process.stdout:  # type: ignore[union-attr]
            word = line.strip()
            if word == "typing":
                started.set()
            elif word.isdigit():
                typed[0] = int(word)

    reader = threading.Thread(target=read)
    reader.start()
    if not started.wait(120):
        process.kill()
        raise RuntimeError("the window never started typing")
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    reader.join()
    process.stdout.close()
    typing = text()
    with sqlite3.connect(path) as raw:
        comments = [c for (c,) in raw.execute("SELECT comment FROM entry") if c]
        rows = raw.execute("SELECT count(*) FROM change WHERE id > ?", (last_change,)).fetchone()[0]
    ours = [c for c in comments if typing.startswith(c)]
    stored = max((len(c) for c in ours), default=0)
    shutil.rmtree(folder)
    return typed[0], stored, rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--rate", type=float, default=8.0, help="characters a second")
    parser.add_argument("--parallel", type=int, default=2, help="windows typing at once")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    delays = [rng.uniform(1.5, 8.0) for _ in range(args.kills)]
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        source = template(folder)
        with ThreadPoolExecutor(max_workers=args.parallel) as pool:
            results = list(
                pool.map(
                    lambda n: run_once(source, folder / f"kill-{n}", delays[n], args.rate),
                    range(args.kills),
                )
            )
    print(f"{'kill':>4} {'after s':>7} {'typed':>6} {'stored':>6} {'lost':>5} {'rows':>5}")
    for number, (delay, (typed, stored, rows)) in enumerate(zip(delays, results, strict=True)):
        print(f"{number + 1:>4} {delay:>7.2f} {typed:>6} {stored:>6} {typed - stored:>5} {rows:>5}")
    lost = [typed - stored for typed, stored, _rows in results]
    typed_all = sum(typed for typed, _s, _r in results)
    rows_all = sum(rows for _t, _s, rows in results)
    print(
        f"characters lost: most {max(lost)} ({max(lost) / args.rate:.2f} s of typing), "
        f"median {statistics.median(lost)} ({statistics.median(lost) / args.rate:.2f} s) "
        f"at {args.rate:g} characters a second"
    )
    print(
        f"history rows written per 100 characters typed: {100 * rows_all / max(1, typed_all):.1f} "
        f"({rows_all} rows for {typed_all} characters in {args.kills} runs)"
    )
    print(f"run took {time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
