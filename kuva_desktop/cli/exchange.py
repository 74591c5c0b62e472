"""Files in and out of the database: ``import-table``, ``export-json``, ``import-json`` and
``sample-data`` (the layer ``kuva_desktop.exchange``). Each command imports what it uses inside
its function, so that the other commands start without it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kuva_desktop.cli.common import (
    EXIT_OK,
    AddCommand,
    check_output,
    new_database_file,
    open_database,
    year,
)
from kuva_desktop.domain.fields import FORECAST_ROUNDS
from kuva_desktop.errors import InputError


def add_commands(command: AddCommand) -> None:
    """Add the commands of this module to the parser."""
    sub = command("import-table", cmd_import_table, "import a goals table (.txt/.tsv or .xlsx)")
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument("--year", type=year, required=True)
    sub.add_argument("--round", choices=FORECAST_ROUNDS, help="the round of the comment columns")
    sub.add_argument(
        "--dry-run", action="store_true", help="show what would be added and changed; write nothing"
    )
    sub.add_argument(
        "--allow-goal-moves", action="store_true", help="let the table move goals to other themes"
    )
    sub.add_argument(
        "--allow-other-language-names",
        action="store_true",
        help="let the table create items named as existing items are in the other language",
    )

    sub = command("export-json", cmd_export_json, "write the year document")
    sub.add_argument("--year", type=year, required=True)
    sub.add_argument("-o", "--output", type=Path, metavar="FILE")

    sub = command("import-json", cmd_import_json, "read a year document")
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument(
        "--replace",
        action="store_true",
        help="import even when the document would undo changes made since it was exported",
    )

    command("sample-data", cmd_sample_data, "load the 2019-2021 sample data")


def cmd_import_table(args: argparse.Namespace) -> int:
    from kuva_desktop.exchange.table.plan import MOVE, NAMES
    from kuva_desktop.exchange.table.service import apply_plan, prepare_import

    path: Path = args.file
    # Into a database file not there yet: the table is read and checked first, and the file is
    # made only when the import writes, so that a refused table or a dry run leaves nothing.
    database = None if new_database_file(args) else open_database(args)
    prepared = prepare_import(database, path, year=args.year, round_key=args.round)
    plan = prepared.plan
    allowed = {MOVE} if args.allow_goal_moves else set()
    allowed |= {NAMES} if args.allow_other_language_names else set()
    needed = plan.needs(allowed)
    if args.dry_run:
        for line in prepared.preview_lines():
            print(line)
        return EXIT_OK
    if needed:
        flags = {MOVE: "--allow-goal-moves", NAMES: "--allow-other-language-names"}
        raise InputError(
            "table.needs_choice",
            path=path.name,
            count=len(needed),
            what=needed[0].in_file(),
            flag=" ".join(sorted({flags[c.kind] for c in needed})),
        )
    result = apply_plan(database or open_database(args), prepared)
    print(prepared.summary(result.changed_fields))
    for warning in plan.warnings:
        print(f"warning: {warning}")
    return EXIT_OK


def cmd_export_json(args: argparse.Namespace) -> int:
    from kuva_desktop.exchange.yeardoc import dump, export_document
    from kuva_desktop.storage.files import write_file

    database = open_database(args, read_only=True)
    if args.output is not None:
        check_output(args.output)
    with database.reader() as session:
        text = dump(export_document(session, args.year))
    if args.output is None:
        sys.stdout.write(text)
    else:
        write_file(args.output, text)
    return EXIT_OK


def cmd_import_json(args: argparse.Namespace) -> int:
    from kuva_desktop.exchange import year_backups, yeardoc
    from kuva_desktop.storage import backups

    document = yeardoc.load(args.file)
    database = open_database(args)
    with year_backups.session(
        database,
        source=f"import-json {args.file.name}",
        reason=backups.IMPORT,
        years=[document.year],
    ) as session:
        result = yeardoc.import_document(
            session, document, name=str(args.file), undo_later=args.replace
        )
    print(
        f"{args.file}: {document.year} "
        + ("created" if result.created else f"{result.changed_fields} values changed")
        + (f", {result.undone} of them changed since it was exported" if result.undone else "")
    )
    return EXIT_OK


def cmd_sample_data(args: argparse.Namespace) -> int:
    from kuva_desktop.exchange.sample import load_sample_data

    database = open_database(args)
    for loaded in load_sample_data(database):
        print(f"sample data: {loaded} loaded")
    return EXIT_OK
