"""Work packages: ``export-package`` (issue one to an owner), ``merge`` (submissions into the
database) and ``completeness`` (who has sent what). The package code is imported inside each
command, so that the other commands start without it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kuva_desktop.cli.common import EXIT_OK, AddCommand, check_output, open_database, say, year
from kuva_desktop.domain.fields import ROUND_KEYS


def add_commands(command: AddCommand) -> None:
    """Add the commands of this module to the parser."""
    sub = command("export-package", cmd_export_package, "write an owner's work package")
    sub.add_argument("--year", type=year, required=True)
    sub.add_argument("--round", choices=ROUND_KEYS, required=True)
    sub.add_argument("--owner", required=True, metavar="NAME")
    sub.add_argument("-o", "--output", type=Path, metavar="FILE", required=True)

    sub = command("merge", cmd_merge, "merge submissions into the database")
    sub.add_argument("files", type=Path, nargs="+", metavar="FILE")
    sub.add_argument("--dry-run", action="store_true", help="show the summary, change nothing")

    sub = command("completeness", cmd_completeness, "who has sent what for a round")
    sub.add_argument("--year", type=year, required=True)
    sub.add_argument("--round", choices=ROUND_KEYS, required=True)


def cmd_export_package(args: argparse.Namespace) -> int:
    from kuva_desktop.exchange.packages.issue import issue_package

    database = open_database(args)
    if not args.output.is_dir():  # a folder: the package is named inside it
        check_output(args.output)
    issued = issue_package(database, args.year, args.round, args.owner, args.output)
    print(
        f"{issued.path}: work package for {issued.owner}, {issued.year} round "
        f"{issued.round_key}, {issued.items} metrics (package {issued.package_id})"
    )
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    from kuva_desktop.exchange.packages.merge import merge_paths

    database = open_database(args)
    report = merge_paths(database, args.files, dry_run=args.dry_run)
    for line in report.lines():
        print(line)
    for refusal in report.refused:
        say(refusal.message)
    return report.exit_status()


def cmd_completeness(args: argparse.Namespace) -> int:
    from kuva_desktop.exchange.packages.completeness import completeness

    database = open_database(args, read_only=True)
    rows = completeness(database, args.year, args.round)
    for row in rows:
        late = " (late)" if row.late else ""
        print(f"{row.owner}\t{row.state}{late}\t{row.goal[:40]}\t{row.metric[:60]}")
    done = sum(row.state == "merged" for row in rows)
    print(f"{done} of {len(rows)} items merged", file=sys.stderr)
    return EXIT_OK
