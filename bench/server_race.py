"""Merges racing on one database: processes merging submissions to the same entries at once.

uv run python bench/server_race.py --db-url URL [--processes 10] [--submissions 100]
uv run python bench/server_race.py --db PATH ...            (the same on an SQLite file)

Setup: the sample data and a year 2022 whose first metrics are each assigned to every owner of the
race (owners are added up to ``--processes``), one package per owner, and from it
``--submissions`` successive submissions, each writing the owner's name and a number into the
comment of one of those metrics in turn. Then every process merges its owner's submissions in
order, all at the same moment: each entry is applied, or a conflict where another owner's value
came first.
Printed: the total time, the entries applied, the conflicts raised, the refusals, the retries
after a serialization failure, and the values lost: a submitted comment found neither in an
entry's history nor in a conflict waiting for the coordinator (must be 0).
"""

from __future__ import annotations

import argparse
import multiprocessing
import queue
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

YEAR = 2022
METRICS = 3  # the contested entries
TRIES = 30  # a merge that meets another's change at the same moment runs again on fresh data


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from kuva_desktop.storage.database import open_database

    return open_database(args.db, url=args.db_url)


def prepare(args: argparse.Namespace, folder: Path) -> dict[str, list[Path]]:
    from sqlalchemy import select

    from kuva_desktop.editing import Editor
    from kuva_desktop.exchange.packages import WorkingCopy, issue_package
    from kuva_desktop.exchange.sample import load_sample_data
    from kuva_desktop.storage import models as m
    from kuva_desktop.storage.queries import load_year

    database = _open(args)
    load_sample_data(database)
    Editor(database).new_year_from(2021, YEAR)
    with database.session(source="bench race setup") as session:
        owners = list(session.scalars(select(m.Owner).order_by(m.Owner.name)))
        for number in range(len(owners), args.processes):
            owners.append(m.Owner(name=f"Bench Owner {number + 1}"))
            session.add(owners[-1])
        owners = owners[: args.processes]
        year = load_year(session, YEAR)
        assert year is not None
        metrics = [mt for t in year.themes for g in t.goals for mt in g.metrics][:METRICS]
        for metric in metrics:
            metric.owners = owners
        metric_ids = [mt.id for mt in metrics]
        names = [o.name for o in owners]
    files: dict[str, list[Path]] = {}
    for index, owner in enumerate(names):
        own = folder / f"owner{index}"
        own.mkdir()
        package = issue_package(database, YEAR, "1", owner, own / "package.kuvapkg").path
        copy = WorkingCopy.open(package)
        files[owner] = []
        # The owner's successive saves of one package, each writing on: one metric of their
        # own turn, so that each later submission has something new to apply.
        for number in range(args.submissions):
            copy.set_field(metric_ids[number % METRICS], "comment", f"{owner} {number}")
            files[owner].append(copy.save_submission(own / f"s{number}.kuvasub").path)
    database.dispose()
    return files


def merge_all(args: argparse.Namespace, paths: list[Path], start, out) -> None:  # type: ignore[no-untyped-def]
    from kuva_desktop.errors import InputError
    from kuva_desktop.exchange.packages import merge_paths

    database = _open(args)
    start.wait()
    counts = {"merged": 0, "conflict": 0, "refused": 0, "retried": 0, "applied": 0, "gave up": 0}
    for path in paths:
        for attempt in range(TRIES):
            try:
                report = merge_paths(database, [path])
            except InputError as error:
                if error.code != "server.concurrent":
                    raise
                counts["retried"] += 1
                # As the command line does: wait a little, longer each time, then read again.
                time.sleep(random.uniform(0.05, 0.2) * min(2**attempt, 16))
                continue
            break
        else:
            counts["gave up"] += 1
            continue
        counts["applied"] += len(report.applied)
        counts["conflict"] += len(report.conflicts)
        counts["refused"] += len(report.refused)
        counts["merged"] += sum(f.status == "merged" for f in report.files)
        if report.refused:
            print(report.refused[0].message, file=sys.stderr)
    database.dispose()
    out.put(counts)


def lost_values(args: argparse.Namespace, files: dict[str, list[Path]], count: int) -> set[str]:
    """The submitted comments found neither in the history of an entry nor in a conflict."""
    import json

    from sqlalchemy import select

    from kuva_desktop.storage import models as m

    database = _open(args)
    with database.reader() as session:
        written = {
            json.loads(new)
            for new in session.scalars(
                select(m.Change.new).where(m.Change.entity == "entry", m.Change.field == "comment")
            )
            if new
        }
        created = session.scalars(
            select(m.Change.new).where(m.Change.entity == "entry", m.Change.action == "create")
        )
        written |= {json.loads(new).get("comment") for new in created if new}
        held = {json.loads(t) for t in session.scalars(select(m.Conflict.theirs)) if t}
    database.dispose()
    submitted = {f"{owner} {number}" for owner in files for number in range(count)}
    return submitted - written - held


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--db-url")
    parser.add_argument("--processes", type=int, default=10)
    parser.add_argument("--submissions", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = prepare(args, Path(tmp))
        context = multiprocessing.get_context("spawn")
        start = context.Barrier(len(files) + 1)
        out = context.Queue()
        workers = [
            context.Process(target=merge_all, args=(args, paths, start, out))
            for paths in files.values()
        ]
        for worker in workers:
            worker.start()
        start.wait()
        began = time.perf_counter()
        results = []
        while len(results) < len(workers):
            try:
                results.append(out.get(timeout=1))
            except queue.Empty:
                if any(w.exitcode not in (None, 0) for w in workers):
                    print("a merging process failed (its error is above)", file=sys.stderr)
                    return 1
        elapsed = time.perf_counter() - began
        for worker in workers:
            worker.join()
    total = {key: sum(r[key] for r in results) for key in results[0]}
    lost = len(lost_values(args, files, args.submissions))
    print(
        f"{len(files)} processes × {args.submissions} submissions on {METRICS} shared entries: "
        f"{elapsed:.1f} s; {total['applied']} applied, {total['conflict']} conflicts, "
        f"{total['refused']} refused, {total['retried']} retries after a serialization failure, "
        f"{total['gave up']} given up after {TRIES} tries; "
        f"lost: {lost}"
    )
    return 0 if lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
