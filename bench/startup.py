"""Start-up time: Kuva Desktop on the large database against a bare PySide6 QMainWindow.

uv run python bench/startup.py [--db PATH] [--runs 7]

Each variant is started as its own process (``bench/_launch_app.py``, with and without
``--bare``) on the offscreen platform, and timed with this process's wall clock from the spawn
to the child's "idle" line: the main window has been shown, painted once, and the event loop has
nothing left to do. The medians of both, their ratio and the target (≤ 2.0) are printed, and for
the application also the time until its tree has rows ("filled"), which tells apart a window that
defers loading its data past the first paint.

Without ``--db`` the large database of ``bench/generate.py`` (20 years × 30 goals × 4 metrics)
is made once and kept under ``bench/.cache/``.

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
TARGET_RATIO = 2.0
TIMEOUT_S = 60


def child_environment(config_home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    # Fresh settings: no stored language or window geometry from the user's own runs.
    env["XDG_CONFIG_HOME"] = str(config_home)
    return env


def time_start(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from the spawn of the launcher to its "idle" line, and to its "filled" line."""
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
    filled_line = child.stdout.readline()
    filled = time.perf_counter() - start
    _, err = child.communicate(timeout=TIMEOUT_S)
    if not idle_line.startswith("idle") or filled_line.strip() != "filled" or child.returncode != 0:
        raise SystemExit(
            f"{' '.join(args)}: exit {child.returncode}, said {idle_line!r} {filled_line!r}\n"
            f"{err[-2000:]}"
        )
    if idle_line.strip() != "idle":
        print(f"  note: {idle_line.strip()}", flush=True)
    return idle, filled


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, metavar="PATH", help="the database (default: generated)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    db = args.db.absolute() if args.db else cached_database()

    with tempfile.TemporaryDirectory(prefix="kuva-bench-") as tmp:
        env = child_environment(Path(tmp))
        launch = [sys.executable, str(LAUNCHER)]
        compile_bytecode(env, [[*launch, "--bare"], [*launch, "--db", str(db)]], TIMEOUT_S)
        print(
            f"bytecode compiled first into {PYCACHE.relative_to(ROOT)} (as a normal install has "
            "it); offscreen platform; fresh settings",
            flush=True,
        )
        bare: list[float] = []
        app: list[float] = []
        filled: list[float] = []
        # Interleaved, so that a slow spell of the machine hits both alike.
        for _ in range(args.runs):
            bare.append(time_start(["--bare"], env)[0])
            idle, fill = time_start(["--db", str(db)], env)
            app.append(idle)
            filled.append(fill)

    bare_s = statistics.median(bare)
    app_s = statistics.median(app)
    filled_s = statistics.median(filled)
    ratio = app_s / bare_s
    size = db.stat().st_size / 1e6
    print(f"database: {db} ({size:.1f} MB)")
    print(
        f"bare QMainWindow: median {bare_s:.3f} s (min {min(bare):.3f}, max {max(bare):.3f}, "
        f"{args.runs} runs)"
    )
    print(
        f"Kuva Desktop:     median {app_s:.3f} s (min {min(app):.3f}, max {max(app):.3f}, "
        f"{args.runs} runs)"
    )
    print(
        f"Kuva Desktop, tree filled: median {filled_s:.3f} s (the same as idle unless the "
        "window fills its tree after its first paint)"
    )
    verdict = "met" if ratio <= TARGET_RATIO else "NOT met"
    print(f"ratio: {ratio:.2f} (target ≤ {TARGET_RATIO:.1f}: {verdict})")


if __name__ == "__main__":
    main()
