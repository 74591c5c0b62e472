"""How long importing a 1 200-metric table takes, and its peak memory: the whole command.

uv run python bench/import_large.py [--runs 3]

The table is the app's own Excel export of a generated status year (300 goals × 4 metrics, every
round filled; bench/generate.py), and the same rows as Finnish Excel's "CSV UTF-8" (``;``). Each
file is imported with ``kuva-desktop import-table`` into a new, empty database (everything is
created) and into the database it was exported from (everything matched, nothing changes). The
children run with their bytecode compiled first (bench/bytecode.py), as an installed copy does.
Peak memory is the command process's maximum resident set size; CPU is its user + system time,
which a machine shared with other work changes less than the wall-clock time.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.bytecode import PYCACHE, compile_bytecode  # noqa: E402

YEAR = "2025"
GOALS, METRICS = 300, 4
# As an installed copy runs: with its bytecode (the machine sets PYTHONDONTWRITEBYTECODE).
ENV = {**os.environ, "PYTHONPYCACHEPREFIX": str(PYCACHE)}


def _timed(*args: str | Path) -> tuple[float, float, float, str]:
    """(seconds, peak MB, CPU seconds, first line) of the command, from its own rusage."""
    code = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "seconds = time.perf_counter() - start\n"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "peak = usage.ru_maxrss / 1024\n"
        "cpu = usage.ru_utime + usage.ru_stime\n"
        "line = (done.stdout.splitlines() or [''])[0]\n"
        "print(done.returncode, seconds, peak, cpu, line, sep='\\t')\n"
        "print(done.stderr, file=sys.stderr, end='')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, sys.executable, "-m", "kuva_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        check=True,
        env=ENV,
    )
    status, seconds, peak, cpu, line = result.stdout.rstrip("\n").split("\t", 4)
    if status != "0":
        raise SystemExit(f"{args}: exit {status}: {result.stderr}")
    return float(seconds), float(peak), float(cpu), line


def _create(db: Path) -> None:
    """A new, empty database at the current schema (no command only creates one)."""
    code = (
        "import sys; from pathlib import Path\n"
        "from kuva_desktop.storage.database import open_database\n"
        "open_database(Path(sys.argv[1])).dispose()\n"
    )
    subprocess.run([sys.executable, "-c", code, str(db)], check=True, env=ENV)


def _semicolon_csv(xlsx: Path, path: Path) -> None:
    """The sheet as Finnish Excel writes "CSV UTF-8": a BOM, ';', CRLF, and each cell as it is
    shown (a decimal comma; a percent cell "87,5 %", not the fraction it holds)."""
    import openpyxl

    def shown(cell: object) -> object:
        value = getattr(cell, "value", None)
        if value is None:
            return ""
        if isinstance(value, bool) or not isinstance(value, int | float):
            return value
        percent = "%" in (getattr(cell, "number_format", "") or "")
        number = f"{value * 100 if percent else value:.4f}".rstrip("0").rstrip(".")
        return number.replace(".", ",") + (" %" if percent else "")

    workbook = openpyxl.load_workbook(xlsx, read_only=True)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    for row in workbook.worksheets[0].iter_rows():
        writer.writerow([shown(cell) for cell in row])
    workbook.close()
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from bench.generate import generate

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = generate(folder / "source.db", years=2, goals=GOALS, metrics=METRICS)
        xlsx = folder / "table.xlsx"
        _timed("--db", source, "export-xlsx", "--year", YEAR, "--round", "3", "--lang", "fi",
               "-o", xlsx)  # fmt: skip
        semicolon = folder / "table.csv"
        _semicolon_csv(xlsx, semicolon)
        warm = folder / "warm.db"
        shutil.copy(source, warm)
        command = [sys.executable, "-m", "kuva_desktop", "--db", str(warm), "import-table"]
        compile_bytecode(ENV, [[*command, str(xlsx), "--year", YEAR]], 600)
        print(f"bytecode compiled first into {PYCACHE.relative_to(ROOT)}", flush=True)
        for table in (xlsx, semicolon):
            for into in ("empty", "same year"):
                times, peaks, cpus, line = [], [], [], ""
                for run in range(args.runs):
                    db = folder / f"run-{run}.db"
                    if into == "empty":
                        db.unlink(missing_ok=True)
                        _create(db)  # created and migrated before the timing
                    else:
                        shutil.copy(source, db)
                    seconds, peak, cpu, line = _timed(
                        "--db", db, "import-table", table, "--year", YEAR
                    )
                    times.append(seconds)
                    peaks.append(peak)
                    cpus.append(cpu)
                    db.unlink(missing_ok=True)
                print(
                    f"{table.suffix} ({table.stat().st_size // 1024} KB) into the {into} "
                    f"database: command {statistics.median(times):.2f} s, CPU "
                    f"{statistics.median(cpus):.2f} s (medians of {args.runs}), peak "
                    f"{max(peaks):.0f} MB; {line.split(': ', 1)[-1]}"
                )


if __name__ == "__main__":
    main()
