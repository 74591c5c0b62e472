"""Merging 100 submissions of 20 entries each into the large benchmark database.

uv run python bench/merge.py [--db PATH] [--submissions 100] [--entries 20]

A copy of the large database (``generate.cached_database()``) gets, in five years, each metric
assigned to one of five owners (24 metrics each), a package per owner, year and round (5 × 5 × 4 =
100), and from each package a submission that changes 20 entries. Timed: ``merge_paths`` of all
of them in one call, as ``kuva-desktop merge *.kuvasub`` does (the backup included). Printed: the
time, the peak resident memory of the process, and the target (under 5 s).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGET_SECONDS = 5.0


def prepare(database_path: Path, folder: Path, submissions: int, entries: int) -> list[Path]:
    from sqlalchemy import select

    from kuva_desktop.exchange.packages import WorkingCopy, issue_package
    from kuva_desktop.storage import models as m
    from kuva_desktop.storage.database import open_database
    from kuva_desktop.storage.queries import load_year

    database = open_database(database_path)
    rounds = ("1", "2", "3", "final")
    owners_per_year = 5
    years_needed = -(-submissions // (owners_per_year * len(rounds)))
    with database.session(source="bench merge setup") as session:
        years = sorted(session.scalars(select(m.Year.year)))[-years_needed:]
        owners = list(session.scalars(select(m.Owner).order_by(m.Owner.name)))[:owners_per_year]
        for number in years:
            year = load_year(session, number)
            assert year is not None
            metrics = [mt for t in year.themes for g in t.goals for mt in g.metrics]
            for index, metric in enumerate(metrics):
                metric.owners = [owners[index % owners_per_year]]
            for round_ in year.rounds:
                round_.state = "open"
    files: list[Path] = []
    for number in years:
        for round_key in rounds:
            for owner in owners:
                if len(files) == submissions:
                    break
                package = issue_package(database, number, round_key, owner.name, folder).path
                copy = WorkingCopy.open(package)
                for index, metric_id in enumerate(list(copy.items)[:entries]):
                    if round_key == "final":
                        copy.set_field(metric_id, "explanation", f"Selvitys {index}, bench")
                    else:
                        copy.set_field(metric_id, "comment", f"Riskit: bench {index}")
                        copy.set_field(metric_id, "numeric", f"{index},5 %")
                files.append(copy.save_submission().path)
    database.dispose()
    return files


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="the large database (default: the cached one)")
    parser.add_argument("--submissions", type=int, default=100)
    parser.add_argument("--entries", type=int, default=20)
    args = parser.parse_args(argv)

    from bench.generate import cached_database

    source = args.db or cached_database()
    with tempfile.TemporaryDirectory(prefix="kuva-bench-merge-") as temporary:
        folder = Path(temporary)
        copy = folder / "kuva.db"
        shutil.copy(source, copy)
        files = prepare(copy, folder, args.submissions, args.entries)

        from kuva_desktop.exchange.packages import merge_paths
        from kuva_desktop.storage.database import open_database

        database = open_database(copy)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        report = merge_paths(database, files)
        elapsed = time.perf_counter() - start
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        database.dispose()

    print(report.summary())
    print(
        f"merge of {len(files)} submissions × {args.entries} entries into "
        f"{source.name} ({source.stat().st_size / 1e6:.1f} MB): {elapsed:.2f} s "
        f"(target under {TARGET_SECONDS:.0f} s: {'met' if elapsed < TARGET_SECONDS else 'NOT met'})"
    )
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    scale = 1 if sys.platform == "darwin" else 1024
    print(
        f"peak memory (resident, whole process): {rss_after * scale / 1e6:.0f} MB "
        f"(before the merge: {rss_before * scale / 1e6:.0f} MB)"
    )
    if report.refused or len(report.applied) != len(files) * args.entries:
        sys.exit(f"unexpected: {report.summary()}")


if __name__ == "__main__":
    main()
