"""Start-up time: Kuva Desktop on the sample database against a bare PySide6 QMainWindow.

uv run python bench/startup.py [--db PATH | --large | --package FILE] [--runs 7]

Each variant is started as its own process (``bench/_launch_app.py``, with and without
``--bare``) on the offscreen platform, and timed with this process's wall clock from the spawn
to the child's lines: "idle" (the main window has been shown, painted once, and the event loop has
nothing left to do), "tree" (its tree has rows) and "filled" (the window shows its tree and the
selected item's form). The medians are printed with their ratios to the bare window's idle time
and the targets: idle ≤ 1.5×, filled ≤ 3× (the tree has none: it is what a user sees first).

Without ``--db`` the database is the sample data (2019–2021, ``kuva-desktop sample-data``), made
afresh in a temporary folder; ``--large`` takes the large database of ``bench/generate.py``
(20 years × 30 goals × 4 metrics), made once and kept under ``bench/.cache/``. ``--package``
opens an owner's work package instead (``kuva-desktop FILE``, as the file manager does; make one
with ``kuva-desktop export-package``): the owner's window.

Bytecode: this machine sets PYTHONDONTWRITEBYTECODE=1 and the checkout carries stale .pyc files,
so the children would compile part of their Python on every start, which a user with a normal
install never does. The children therefore keep their bytecode under ``bench/.cache/pycache``
(PYTHONPYCACHEPREFIX): it is compiled first (compileall over site-packages and kuva_desktop, then
one unmeasured start of each variant for the standard library), and only read in the timed runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.bytecode import PYCACHE, compile_bytecode  # noqa: E402
from bench.generate import cached_database  # noqa: E402

LAUNCHER = ROOT / "bench" / "_launch_app.py"
TARGET_IDLE = 1.5
TARGET_FILLED = 3.0
TIMEOUT_S = 60


def child_environment(config_home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    # Fresh settings: no stored language or window geometry from the user's own runs.
    env["XDG_CONFIG_HOME"] = str(config_home)
    return env


def time_start(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from the spawn of the launcher to its "idle", "tree" and "filled" lines."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, str(LAUNCHER), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    idle_line = child.stdout.readline()
    idle = time.perf_counter() - start
    tree_line = child.stdout.readline()
    tree = time.perf_counter() - start
    filled_line = child.stdout.readline()
    filled = time.perf_counter() - start
    _, err = child.communicate(timeout=TIMEOUT_S)
    if (
        not idle_line.startswith("idle")
        or tree_line.strip() != "tree"
        or filled_line.strip() != "filled"
        or child.returncode != 0
    ):
        raise SystemExit(
            f"{' '.join(args)}: exit {child.returncode}, said {idle_line!r} {tree_line!r} "
            f"{filled_line!r}\n"
            f"{err[-2000:]}"
        )
    if idle_line.strip() != "idle":
        print(f"  note: {idle_line.strip()}", flush=True)
    return idle, tree, filled


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, metavar="PATH", help="the database (default: generated)")
    parser.add_argument("--large", action="store_true", help="the large generated database")
    parser.add_argument("--package", type=Path, metavar="FILE", help="an owner's work package")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="kuva-bench-") as tmp:
        env = child_environment(Path(tmp))
        if args.package:
            db = args.package.absolute()
        elif args.db:
            db = args.db.absolute()
        elif args.large:
            db = cached_database()
        else:
            db = Path(tmp) / "sample.db"
            subprocess.run(
                [sys.executable, "-m", "kuva_desktop", "--db", str(db), "sample-data"],
                env=env,
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
        launch = [sys.executable, str(LAUNCHER)]
        app_args = [str(db)] if args.package else ["--db", str(db)]
        compile_bytecode(env, [[*launch, "--bare"], [*launch, *app_args]], TIMEOUT_S)
        print(
            f"bytecode compiled first into {PYCACHE.relative_to(ROOT)} (as a normal install has "
            "it); offscreen platform; fresh settings",
            flush=True,
        )
        bare: list[float] = []
        app: list[float] = []
        trees: list[float] = []
        filled: list[float] = []
        # Interleaved, so that a slow spell of the machine hits both alike.
        for _ in range(args.runs):
            bare.append(time_start(["--bare"], env)[0])
            idle, tree, fill = time_start(app_args, env)
            app.append(idle)
            trees.append(tree)
            filled.append(fill)

        size = db.stat().st_size / 1e6
        name = db.name if not (args.db or args.large or args.package) else str(db)

    bare_s = statistics.median(bare)

    def line(what: str, times: list[float], target: float | None) -> str:
        median = statistics.median(times)
        text = (
            f"{what:<28} median {median:.3f} s (min {min(times):.3f}, max {max(times):.3f}), "
            f"{median / bare_s:.2f}× bare"
        )
        if target is not None:
            verdict = "met" if median / bare_s <= target else "NOT met"
            text += f" (target ≤ {target:.1f}×: {verdict})"
        return text

    print(f"database: {name} ({size:.1f} MB); {args.runs} runs of each, interleaved")
    print(line("bare QMainWindow, idle:", bare, None))
    print(line("Kuva Desktop, idle:", app, TARGET_IDLE))
    print(line("Kuva Desktop, tree:", trees, None))
    print(line("Kuva Desktop, filled:", filled, TARGET_FILLED))


if __name__ == "__main__":
    main()
