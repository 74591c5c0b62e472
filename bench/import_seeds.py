"""How long importing each seed table takes: the whole command, and the work inside a process.

uv run python bench/import_seeds.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SEEDS = {
    2020: ROOT / "tests" / "data" / "seed_001_2020.txt",
    2021: ROOT / "tests" / "data" / "seed_002_2021.txt",
}
RUNS = 5


def _in_process(path: Path, year: int, folder: Path) -> tuple[float, float]:
    from kuva_desktop.exchange.table import read_table
    from kuva_desktop.exchange.yeardoc import apply_document
    from kuva_desktop.storage.database import open_database

    database = open_database(folder / f"inproc-{year}-{time.monotonic_ns()}.db")
    start = time.perf_counter()
    table = read_table(path, year=year)
    read = time.perf_counter() - start
    with database.session(source="bench") as session:
        apply_document(session, table.document, replace=False, name=path.name)
    total = time.perf_counter() - start
    database.dispose()
    return read, total


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for year, path in SEEDS.items():
            whole = []
            for run in range(RUNS):
                db = folder / f"cmd-{year}-{run}.db"
                # The database exists and is migrated first, so that only the import is timed.
                subprocess.run(
                    [sys.executable, "-m", "kuva_desktop", "--db", str(db), "check"],
                    check=False,
                    capture_output=True,
                )
                start = time.perf_counter()
                subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "kuva_desktop",
                        "--db",
                        str(db),
                        "import-table",
                        str(path),
                        "--year",
                        str(year),
                    ],
                    check=True,
                    capture_output=True,
                )
                whole.append(time.perf_counter() - start)
            inside = [_in_process(path, year, folder) for _ in range(RUNS)]
            read_ms = statistics.median(r for r, _ in inside) * 1000
            total_ms = statistics.median(t for _, t in inside) * 1000
            print(
                f"{path.name} as {year}: command {statistics.median(whole):.3f} s "
                f"(median of {RUNS}); in process: read {read_ms:.1f} ms, "
                f"read + write {total_ms:.1f} ms"
            )


if __name__ == "__main__":
    main()
