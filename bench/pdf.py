"""The board report as PDF: the whole command against LibreOffice, the export alone, big years.

uv run python bench/pdf.py [--runs 3] [--skip-large] [--large-runs 5] [--baseline REV]

In one run, each against its target:

1. ``python -m kuva_desktop --db DB export-pdf --year 2021 --round 1 --lang fi -o OUT`` on the
   sample data, the whole process: seconds (median of 3 after one warm-up) and peak RSS; and
   LibreOffice headless converting the same table (this program's ``.xlsx`` export) to PDF, the
   same way; their ratio (target: Kuva Desktop at least 4× faster, tagged and PDF/A as it is).
2. ``write_board_pdf`` alone inside a running process for the same report (median of 5 after a
   warm-up; target under 0.1 s). The ``.xlsx`` export of the same report is timed alongside.
3. A 1 000-goal and a 2 000-goal year from ``bench/generate.py`` (cached under ``bench/.cache/``),
   round 3, each in a child process, the median of 5 runs taken in turns (1 000, 2 000, 1 000,
   ...: this machine's speed varies by a third and more from run to run, and a slow spell should
   fall on both sizes): seconds, peak RSS, pages (targets: 1 000 goals under 10 s and 500 MB; 2 000
   goals within 2.2× the time of 1 000).

With ``--baseline REV`` the whole-process export and the 1 000-goal year are also run with the
code of commit ``REV`` (``git archive`` into a temporary folder, bytecode compiled the same way),
in turns with this checkout's runs, and the difference printed: what a change costs, e.g. the
tagging (``--baseline 824dfc3``, the last commit before it).

Peak memory is the child's ``ru_maxrss`` from ``os.wait4``: the largest resident set of the child
and of the descendants it waited for (LibreOffice's ``soffice`` script starts ``oosplash``, which
starts and waits for ``soffice.bin``). Bytecode is compiled first into ``bench/.cache/pycache``
as ``bench/startup.py`` does, so no timed start compiles Python. LibreOffice runs with its own
profile (``-env:UserInstallation``) in a temporary folder, made by the warm-up run, so the timed
runs do not include the first start's profile setup.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.bytecode import PYCACHE, compile_bytecode  # noqa: E402
from bench.generate import LAST_YEAR, cached_database  # noqa: E402

PRINTED = "2021-12-20"
TARGET_RATIO = 4.0  # LibreOffice's time ÷ Kuva Desktop's, at least (issue 13)
TARGET_EXPORT_S = 0.1
TARGET_LARGE_S = 10.0
TARGET_LARGE_MB = 500.0
TARGET_GROWTH = 2.2
TIMEOUT_S = 600

# Run in a child for the big years: times write_board_pdf alone, prints "seconds pages".
LARGE_CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from kuva_desktop.storage.database import open_database
    from kuva_desktop.reports.pdf import write_board_pdf
    database = open_database(Path(sys.argv[1]))
    start = time.perf_counter()
    pages = write_board_pdf(database, int(sys.argv[2]), "3", "fi", Path(sys.argv[3]))
    print(time.perf_counter() - start, pages)
    """
)


def verdict(met: bool) -> str:
    return "met" if met else "NOT met"


def measure(
    command: list[str], env: dict[str, str], cwd: Path | None = None
) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) and stdout of ``command``, reaped with ``os.wait4``."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, env=env, stdout=out, stderr=err, text=True, cwd=cwd)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)  # already reaped
        out.seek(0)
        err.seek(0)
        if child.returncode != 0:
            raise SystemExit(f"{' '.join(command)}: exit {child.returncode}\n{err.read()[-2000:]}")
        # ru_maxrss is in kilobytes on Linux.
        return seconds, usage.ru_maxrss / 1024, out.read()


def repeat(
    command: list[str], env: dict[str, str], runs: int, before: Callable[[], None] | None = None
) -> tuple[float, float, list[float]]:
    """One unmeasured run, then ``runs`` measured: median seconds, peak MB, all seconds."""
    if before:
        before()
    measure(command, env)
    times: list[float] = []
    peak = 0.0
    for _ in range(runs):
        if before:
            before()
        seconds, mb, _ = measure(command, env)
        times.append(seconds)
        peak = max(peak, mb)
    return statistics.median(times), peak, times


def in_turns(
    commands: list[tuple[list[str], dict[str, str], Path | None]], runs: int
) -> list[tuple[float, float, list[float]]]:
    """Each command once unmeasured, then ``runs`` rounds of all of them in turns (a slow spell
    of the machine falls on each): per command, median seconds, peak MB, all seconds."""
    for command, env, cwd in commands:
        measure(command, env, cwd)
    times: list[list[float]] = [[] for _ in commands]
    peaks = [0.0 for _ in commands]
    for _ in range(runs):
        for index, (command, env, cwd) in enumerate(commands):
            seconds, mb, _ = measure(command, env, cwd)
            times[index].append(seconds)
            peaks[index] = max(peaks[index], mb)
    return [(statistics.median(t), p, t) for t, p in zip(times, peaks, strict=True)]


def baseline_checkout(revision: str, folder: Path) -> Path:
    """The files of commit ``revision`` in ``folder``, its bytecode compiled into ``PYCACHE``."""
    import compileall

    folder.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision], capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    previous = sys.pycache_prefix
    sys.pycache_prefix = str(PYCACHE)
    try:
        compileall.compile_dir(folder / "kuva_desktop", quiet=2, workers=0)
    finally:
        sys.pycache_prefix = previous
    return folder


def child_environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def sample_database(folder: Path) -> Path:
    from kuva_desktop.exchange.sample import load_sample_data
    from kuva_desktop.storage.database import open_database

    path = folder / "sample.db"
    database = open_database(path)
    try:
        load_sample_data(database)
    finally:
        database.dispose()
    return path


def median_in_process(call: Callable[[], object], runs: int) -> float:
    call()  # warm-up: imports, fonts, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def wait_for_pdf_module(seconds: float) -> bool:
    """The PDF module may still be being written: wait for it a while."""
    path = ROOT / "kuva_desktop" / "reports" / "pdf.py"
    deadline = time.monotonic() + seconds
    while not path.exists():
        if time.monotonic() > deadline:
            return False
        time.sleep(5)
    return True


def _has_export_pdf(python: list[str], env: dict[str, str]) -> bool:
    found = subprocess.run(
        [*python, "export-pdf", "--help"], env=env, capture_output=True, check=False
    )
    return found.returncode == 0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="measured runs of each command")
    parser.add_argument("--skip-large", action="store_true", help="not the 1 000/2 000 goals")
    parser.add_argument(
        "--large-runs", type=int, default=5, help="runs of each big year (the median is shown)"
    )
    parser.add_argument(
        "--wait", type=float, default=0, help="seconds to wait for kuva_desktop/reports/pdf.py"
    )
    parser.add_argument(
        "--baseline",
        metavar="REV",
        help="also run the whole process and 1 000 goals with commit REV's code, in turns",
    )
    args = parser.parse_args(argv)
    has_pdf = wait_for_pdf_module(args.wait)
    env = child_environment()
    python = [sys.executable, "-m", "kuva_desktop"]

    with tempfile.TemporaryDirectory(prefix="kuva-bench-pdf-") as tmp:
        folder = Path(tmp)
        db = sample_database(folder)
        pdf_out = folder / "report.pdf"
        xlsx_out = folder / "report.xlsx"
        report = ["--year", "2021", "--round", "1", "--lang", "fi"]
        kuva_command = [*python, "--db", str(db), "export-pdf", *report, "-o", str(pdf_out)]
        kuva_s = None
        has_command = has_pdf and _has_export_pdf(python, env)
        if not has_pdf:
            print("kuva_desktop/reports/pdf.py is not there yet: no PDF figures", flush=True)
        elif not has_command:
            print("the command line has no export-pdf yet: no whole-process figure", flush=True)
        baseline: Path | None = None
        baseline_env = dict(env)
        if args.baseline:
            baseline = baseline_checkout(args.baseline, folder / "baseline")
            baseline_env["PYTHONPATH"] = str(baseline)
        if has_command:
            compile_bytecode(env, [kuva_command], TIMEOUT_S)
            print(
                f"bytecode compiled first into {PYCACHE.relative_to(ROOT)}; sample 2021, round 1, "
                f"fi; warm-up once, median of {args.runs}",
                flush=True,
            )
            turns: list[tuple[list[str], dict[str, str], Path | None]] = [(kuva_command, env, None)]
            if baseline is not None:
                base_command = [*kuva_command[:-1], str(folder / "baseline.pdf")]
                turns.append((base_command, baseline_env, baseline))
            measured = in_turns(turns, args.runs)
            kuva_s, kuva_mb, times = measured[0]
            print(
                f"kuva-desktop export-pdf, whole process: {kuva_s:.3f} s "
                f"(min {min(times):.3f}, max {max(times):.3f}), peak {kuva_mb:.0f} MB",
                flush=True,
            )
            if baseline is not None:
                base_s, base_mb, times = measured[1]
                print(
                    f"the same with {args.baseline}'s code, in turns: {base_s:.3f} s "
                    f"(min {min(times):.3f}, max {max(times):.3f}), peak {base_mb:.0f} MB; "
                    f"this checkout costs {(kuva_s - base_s) * 1000:+.0f} ms "
                    f"({(kuva_s / base_s - 1) * 100:+.0f} %)",
                    flush=True,
                )

        # The same table as a workbook, for LibreOffice (and the workbook export timed).
        from kuva_desktop.reports.xlsx import write_board_xlsx
        from kuva_desktop.storage.database import open_database

        printed = dt.date.fromisoformat(PRINTED)
        database = open_database(db)
        xlsx_s = median_in_process(
            lambda: write_board_xlsx(database, 2021, "1", "fi", xlsx_out, printed=printed), 5
        )
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            print("LibreOffice not installed: no comparison")
        else:
            profile = folder / "lo-profile"
            lo_out = folder / "lo"
            lo_command = [
                soffice,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(lo_out),
                str(xlsx_out),
            ]
            lo_s, lo_mb, lo_times = repeat(
                lo_command,
                env,
                args.runs,
                before=lambda: shutil.rmtree(lo_out, ignore_errors=True),
            )
            if not (lo_out / "report.pdf").exists():
                raise SystemExit("LibreOffice wrote no PDF")
            version = subprocess.run(
                [soffice, "--version"], capture_output=True, text=True, check=False
            ).stdout.strip()
            print(
                f"LibreOffice headless .xlsx → PDF ({version or 'version unknown'}): {lo_s:.3f} s "
                f"(min {min(lo_times):.3f}, max {max(lo_times):.3f}), peak {lo_mb:.0f} MB",
                flush=True,
            )
            if kuva_s is not None:
                ratio = lo_s / kuva_s
                print(
                    f"ratio LibreOffice ÷ Kuva Desktop: {ratio:.2f} "
                    f"(target ≥ {TARGET_RATIO:.1f}: {verdict(ratio >= TARGET_RATIO)})",
                    flush=True,
                )

        if has_pdf:
            from kuva_desktop.reports.pdf import write_board_pdf

            export_s = median_in_process(
                lambda: write_board_pdf(database, 2021, "1", "fi", pdf_out, printed=printed), 5
            )
            print(
                f"write_board_pdf alone, in process: {export_s * 1000:.1f} ms "
                f"(target < {TARGET_EXPORT_S * 1000:.0f} ms: {verdict(export_s < TARGET_EXPORT_S)})"
            )
        print(f"write_board_xlsx alone, in process: {xlsx_s * 1000:.1f} ms (no target)", flush=True)
        database.dispose()

        if has_pdf and not args.skip_large:
            large: dict[int, float] = {}
            commands = {
                goals: [
                    sys.executable,
                    "-c",
                    LARGE_CHILD,
                    str(cached_database(years=1, goals=goals)),
                    str(LAST_YEAR),
                    str(folder / f"{goals}.pdf"),
                ]
                for goals in (1000, 2000)
            }
            # (seconds inside, the child's seconds, peak MB, pages) per size; the sizes take
            # turns, so a slow spell of the machine falls on both rather than on one.
            if baseline is not None:  # the baseline's 1 000 goals, taken in the same turns
                commands[-1000] = [*commands[1000][:-1], str(folder / "baseline-1000.pdf")]
            results: dict[int, list[tuple[float, float, float, str]]] = {g: [] for g in commands}
            for _ in range(args.large_runs):
                for goals, command in commands.items():
                    where = (baseline_env, baseline) if goals < 0 else (env, None)
                    seconds, mb, out = measure(command, *where)
                    inner, pages = out.split()
                    results[goals].append((float(inner), seconds, mb, pages))
            for goals, runs in results.items():
                if goals < 0:
                    continue
                inside = statistics.median(r[0] for r in runs)
                whole = statistics.median(r[1] for r in runs)
                mb = max(r[2] for r in runs)
                pages = runs[0][3]
                large[goals] = inside
                spread = (
                    f" (min {min(r[0] for r in runs):.2f}, max {max(r[0] for r in runs):.2f})"
                    if len(runs) > 1
                    else ""
                )
                line = (
                    f"{goals} goals ({goals * 4} metrics), round 3: write_board_pdf "
                    f"{inside:.2f} s{spread} "
                    f"(the child process {whole:.2f} s), peak {mb:.0f} MB, {pages} pages"
                )
                if goals == 1000:
                    met = inside < TARGET_LARGE_S and mb < TARGET_LARGE_MB
                    line += (
                        f" (target < {TARGET_LARGE_S:.0f} s and < {TARGET_LARGE_MB:.0f} MB: "
                        f"{verdict(met)})"
                    )
                print(line, flush=True)
            if baseline is not None:
                base_runs = results[-1000]
                base_inside = statistics.median(r[0] for r in base_runs)
                low, high = min(r[0] for r in base_runs), max(r[0] for r in base_runs)
                print(
                    f"1000 goals with {args.baseline}'s code, in turns: {base_inside:.2f} s "
                    f"(min {low:.2f}, max {high:.2f}), "
                    f"peak {max(r[2] for r in base_runs):.0f} MB; this checkout costs "
                    f"{large[1000] - base_inside:+.2f} s "
                    f"({(large[1000] / base_inside - 1) * 100:+.0f} %)",
                    flush=True,
                )
            growth = large[2000] / large[1000]
            print(
                f"2 000 ÷ 1 000 goals: {growth:.2f} "
                f"(target ≤ {TARGET_GROWTH}: {verdict(growth <= TARGET_GROWTH)})"
            )


if __name__ == "__main__":
    main()
