"""The command line of DOMAIN.md section 6; with no subcommand it opens the window.

Exit status: 0 done; 2 the input was refused (one line on stderr naming the file and the place,
the database unchanged); 3 done, but conflicts wait for review; 1 anything else. Heavy modules are
imported inside the commands, so that each command loads only what it uses.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kuva_desktop import __version__
from kuva_desktop.domain.fields import CLOSED, FINAL, FORECAST_ROUNDS, LOCKED, OPEN, ROUND_KEYS
from kuva_desktop.errors import InputError
from kuva_desktop.exchange.suffixes import PACKAGE_SUFFIX
from kuva_desktop.reports import MESSAGE_LANGUAGE_ENV, PROGRESS_ENV
from kuva_desktop.storage.files import SERVER_ENV

if TYPE_CHECKING:
    from kuva_desktop.reports.table import YearSource
    from kuva_desktop.storage.database import Database

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_REFUSED = 2
ROUND_CHOICES = ROUND_KEYS
# The verbs of the round command and the states they set.
ROUND_ACTIONS = {"open": OPEN, "close": CLOSED, "lock": LOCKED}


def _open(args: argparse.Namespace, *, read_only: bool = False) -> Database:
    """The database of ``--db``/``--db-url``; ``read_only`` for a command that only reads: it
    must exist, and is never created, written, backed up or migrated."""
    from kuva_desktop.storage.database import open_database

    database = open_database(args.db, url=args.db_url, read_only=read_only)
    _opened.append(database)
    return database


# The databases a command opened, closed when it ends (a server's connections are returned).
_opened: list[Database] = []


def _check_output(path: Path) -> None:
    """Refuse at once, before the work of making the file, an output path that is a folder or
    would overwrite the database opened (its journals, its backups); ``storage.files.write_file``
    checks again when it writes."""
    from kuva_desktop.storage.files import check_output

    check_output(path)


def _report_source(args: argparse.Namespace) -> YearSource:
    """What the report commands read: a current database file directly, with the standard
    library (no SQLAlchemy to import: the command starts in a fraction of the time), otherwise
    the database opened as every command opens it (created, migrated, or refused).

    First the arguments the two report commands share are checked together.
    """
    if args.only_round and args.round == FINAL:
        raise InputError("report.only_round_final")
    if args.db_url is None and not os.environ.get(SERVER_ENV):
        from kuva_desktop.storage.files import current_database

        path = current_database(args.db)
        if path is not None:
            from kuva_desktop.storage.snapshot import DatabaseFile

            _check_output(args.output)
            return DatabaseFile(path)
    database = _open(args, read_only=True)
    _check_output(args.output)
    return database


def _new_database_file(args: argparse.Namespace) -> bool:
    """Whether the command's database is a file that does not exist yet (no server named)."""
    if args.db_url is not None or os.environ.get(SERVER_ENV):
        return False
    from kuva_desktop.storage.files import default_database_path

    path = args.db if args.db is not None else default_database_path()
    return not Path(path).expanduser().exists()


def cmd_import_table(args: argparse.Namespace) -> int:
    from kuva_desktop.exchange.table.plan import MOVE, NAMES
    from kuva_desktop.exchange.table.service import apply_plan, prepare_import

    path: Path = args.file
    # Into a database file not there yet: the table is read and checked first, and the file is
    # made only when the import writes, so that a refused table or a dry run leaves nothing.
    database = None if _new_database_file(args) else _open(args)
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
    result = apply_plan(database or _open(args), prepared)
    print(prepared.summary(result.changed_fields))
    for warning in plan.warnings:
        print(f"warning: {warning}")
    return EXIT_OK


def cmd_export_json(args: argparse.Namespace) -> int:
    from kuva_desktop.exchange.yeardoc import dump, export_document
    from kuva_desktop.storage.files import write_file

    database = _open(args, read_only=True)
    if args.output is not None:
        _check_output(args.output)
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
    database = _open(args)
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

    database = _open(args)
    for year in load_sample_data(database):
        print(f"sample data: {year} loaded")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from kuva_desktop.domain.rules import check_year
    from kuva_desktop.storage import models as m
    from kuva_desktop.storage.queries import load_year

    database = _open(args, read_only=True)
    broken = 0
    with database.reader() as session:
        years = [args.year] if args.year else list(session.scalars(select(m.Year.year)))
        for number in sorted(years):
            year = load_year(session, number)
            if year is None:
                raise InputError("year.missing", year=number)
            for violation in check_year(year, args.round):
                print(violation.describe("en"))
                broken += 1
    print(f"{broken} broken rules" if broken else "no broken rules", file=sys.stderr)
    return EXIT_OK if broken == 0 else EXIT_FAILED


def cmd_round(args: argparse.Namespace) -> int:
    from kuva_desktop.storage.queries import load_year

    state = ROUND_ACTIONS[args.action]
    database = _open(args)
    with database.session(source="round command") as session:
        year = load_year(session, args.year)
        if year is None:
            raise InputError("year.missing", year=args.year)
        round_ = year.round(args.round)
        if round_ is None:
            raise InputError("year.no_round", year=args.year, round=args.round)
        round_.state = state
    print(f"{args.year} round {args.round}: {state}")
    return EXIT_OK


def cmd_export_package(args: argparse.Namespace) -> int:
    from kuva_desktop.exchange.packages.issue import issue_package

    database = _open(args)
    if not args.output.is_dir():  # a folder: the package is named inside it
        _check_output(args.output)
    issued = issue_package(database, args.year, args.round, args.owner, args.output)
    print(
        f"{issued.path}: work package for {issued.owner}, {issued.year} round "
        f"{issued.round_key}, {issued.items} metrics (package {issued.package_id})"
    )
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    from kuva_desktop.exchange.packages.merge import merge_paths

    database = _open(args)
    report = merge_paths(database, args.files, dry_run=args.dry_run)
    for line in report.lines():
        print(line)
    for refusal in report.refused:
        print(f"kuva-desktop: {refusal.message}", file=sys.stderr)
    return report.exit_status()


def cmd_completeness(args: argparse.Namespace) -> int:
    from kuva_desktop.exchange.packages.completeness import completeness

    database = _open(args, read_only=True)
    rows = completeness(database, args.year, args.round)
    for row in rows:
        late = " (late)" if row.late else ""
        print(f"{row.owner}\t{row.state}{late}\t{row.goal[:40]}\t{row.metric[:60]}")
    done = sum(row.state == "merged" for row in rows)
    print(f"{done} of {len(rows)} items merged", file=sys.stderr)
    return EXIT_OK


def cmd_export_xlsx(args: argparse.Namespace) -> int:
    from kuva_desktop.reports.xlsx import write_workbook

    return _write_report(args, write_workbook)


def cmd_export_html(args: argparse.Namespace) -> int:
    from kuva_desktop.reports.html import write_html

    return _write_report(args, write_html)


def _write_report(args: argparse.Namespace, write: Callable[..., None]) -> int:
    """export-xlsx and export-html: the same arguments to their writer."""
    write(
        _report_source(args),
        args.year,
        args.round,
        args.lang,
        args.output,
        only_round=args.only_round,
        printed=args.date,
    )
    print(f"{args.output}: written")
    return EXIT_OK


def _message(error: InputError) -> str:
    """The refusal in English, or in the language the window asks for (it runs the report
    commands as child processes: ``reports.MESSAGE_LANGUAGE_ENV``)."""
    return error.text(os.environ.get(MESSAGE_LANGUAGE_ENV, "en"))


def _progress(done: int, total: int) -> None:
    print(f"progress {done} {total}", file=sys.stderr, flush=True)


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from kuva_desktop.reports.pdf import write_report

    pages = write_report(
        _report_source(args),
        args.year,
        args.round,
        args.lang,
        args.output,
        paper=args.paper,
        only_round=args.only_round,
        printed=args.date,
        progress=_progress if os.environ.get(PROGRESS_ENV) else None,
    )
    print(f"{args.output}: {pages} page{'' if pages == 1 else 's'} written")
    return EXIT_OK


def _database_path(args: argparse.Namespace) -> Path:
    """The database file of ``--db`` or the default one (the backup commands work on the file
    without opening it as a database: it may be damaged)."""
    from kuva_desktop.storage.files import default_database_path

    path = Path(args.db) if args.db is not None else default_database_path()
    path = path.expanduser().absolute()
    if path.is_dir():
        raise InputError("db.folder", path=path)
    return path


def _server_url(args: argparse.Namespace) -> str | None:
    """The server of ``--db-url`` or the environment, unless ``--db`` names a file."""
    from kuva_desktop.storage.server import is_server, server_url

    url = None if args.db is not None else server_url(args.db_url)
    return url if url is not None and is_server(url) else None


def cmd_backups(args: argparse.Namespace) -> int:
    from kuva_desktop.storage import backups

    url = _server_url(args)
    if url is not None:
        return _server_backups(url)
    path = _database_path(args)
    listed = backups.list_backups(path, check=True)
    if not listed and not path.exists():
        raise InputError("db.missing", path=path)
    for backup in listed:
        print(
            f"{backup.time.astimezone():%Y-%m-%d %H:%M:%S}\t{backup.reason}\t"
            f"{_size(backup.size)}\t{'ok' if backup.ok else f'damaged: {backup.check}'}\t"
            f"{backup.path.name}"
        )
    print(
        f"{len(listed)} backup{'' if len(listed) == 1 else 's'} in {backups.folder_of(path)}",
        file=sys.stderr,
    )
    return EXIT_OK


def _server_backups(url: str) -> int:
    """A server's backups: the year documents saved before imports and merges."""
    from kuva_desktop.exchange import year_backups

    listed = year_backups.list_backups(url, check=True)
    for saved in listed:
        print(
            f"{saved.time.astimezone():%Y-%m-%d %H:%M:%S}\t{saved.reason}\t{saved.year}\t"
            f"{_size(saved.size)}\t{'ok' if saved.ok else f'damaged: {saved.check}'}\t"
            f"{saved.path.name}"
        )
    print(
        f"{len(listed)} year document{'' if len(listed) == 1 else 's'} in {year_backups.folder()}",
        file=sys.stderr,
    )
    return EXIT_OK


def _size(size: int) -> str:
    return f"{size / 1024:.0f} kB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


def cmd_restore(args: argparse.Namespace) -> int:
    from kuva_desktop.storage import backups

    url = _server_url(args)
    if url is not None:
        from kuva_desktop.exchange import year_backups

        found = year_backups.find(url, args.backup)
        year = year_backups.restore(_open(args), found)
        print(f"{year.year}: restored from {found} ({year.changed} values changed)")
        if year.previous is not None:
            print(f"the state it replaced is kept in {year.previous}")
        return EXIT_OK
    path = _database_path(args)
    backup = backups.find(path, args.backup)
    restored = backups.restore(path, backup)
    print(f"{path}: restored from {backup}")
    if restored.previous is not None:
        print(f"the state it replaced is kept in {restored.previous}")
    return EXIT_OK


def _print_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def cmd_migrate(args: argparse.Namespace) -> int:
    from kuva_desktop.storage.database import migrate_server
    from kuva_desktop.storage.migrations import HEAD
    from kuva_desktop.storage.server import server_url, shown

    url = server_url(args.db_url)
    before = migrate_server(url)
    where = shown(url or "")
    if before == HEAD:
        print(f"{where}: the schema is up to date ({HEAD})")
    else:
        print(f"{where}: schema {before or 'none'} -> {HEAD}")
    return EXIT_OK


def _year(text: str) -> int:
    if not text.isdigit() or not 1900 <= int(text) <= 2999:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kuva-desktop",
        description="Follow-up of the binding goals of the Culture and Leisure Division. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check the installation end to end (database, translations, PDF, packages)",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", type=Path, metavar="PATH", help="the database file to use")
    where.add_argument(
        "--db-url",
        metavar="URL",
        help=f"a database server's URL instead, without a password (or set {SERVER_ENV})",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(
        name: str, run: Callable[[argparse.Namespace], int], text: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text)
        sub.set_defaults(run=run)
        return sub

    sub = command("import-table", cmd_import_table, "import a goals table (.txt/.tsv or .xlsx)")
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument("--year", type=_year, required=True)
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
    sub.add_argument("--year", type=_year, required=True)
    sub.add_argument("-o", "--output", type=Path, metavar="FILE")

    sub = command("import-json", cmd_import_json, "read a year document")
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument(
        "--replace",
        action="store_true",
        help="import even when the document would undo changes made since it was exported",
    )

    command("sample-data", cmd_sample_data, "load the 2019-2021 sample data")

    sub = command("check", cmd_check, "list every broken rule")
    sub.add_argument("--year", type=_year)
    sub.add_argument("--round", choices=ROUND_CHOICES)

    sub = command("round", cmd_round, "open, close or lock a round")
    sub.add_argument("--year", type=_year, required=True)
    sub.add_argument("--round", choices=ROUND_CHOICES, required=True)
    sub.add_argument("action", choices=tuple(ROUND_ACTIONS))

    sub = command("export-package", cmd_export_package, "write an owner's work package")
    sub.add_argument("--year", type=_year, required=True)
    sub.add_argument("--round", choices=ROUND_CHOICES, required=True)
    sub.add_argument("--owner", required=True, metavar="NAME")
    sub.add_argument("-o", "--output", type=Path, metavar="FILE", required=True)

    sub = command("merge", cmd_merge, "merge submissions into the database")
    sub.add_argument("files", type=Path, nargs="+", metavar="FILE")
    sub.add_argument("--dry-run", action="store_true", help="show the summary, change nothing")

    sub = command("completeness", cmd_completeness, "who has sent what for a round")
    sub.add_argument("--year", type=_year, required=True)
    sub.add_argument("--round", choices=ROUND_CHOICES, required=True)

    def report_command(
        name: str, run: Callable[[argparse.Namespace], int], text: str
    ) -> argparse.ArgumentParser:
        """A report command: all take the same arguments, export-pdf also --paper."""
        sub = command(name, run, text)
        sub.add_argument("--year", type=_year, required=True)
        sub.add_argument("--round", choices=ROUND_CHOICES, required=True, help="1, 2, 3 or final")
        sub.add_argument("--lang", choices=("fi", "sv"), required=True)
        sub.add_argument("-o", "--output", type=Path, metavar="FILE", required=True)
        sub.add_argument("--only-round", action="store_true", help="only the round's own column")
        sub.add_argument("--date", type=_print_date, metavar="YYYY-MM-DD", help="the print date")
        return sub

    sub = report_command(
        "export-pdf", cmd_export_pdf, "write the board report (or year-end report) as PDF"
    )
    sub.add_argument("--paper", choices=("A4", "A3"), default="A4", help="landscape; default A4")
    report_command("export-xlsx", cmd_export_xlsx, "write the board report as an Excel workbook")
    report_command(
        "export-html", cmd_export_html, "write the board report as an accessible web page"
    )

    command("migrate", cmd_migrate, "create or update a server database's schema")

    command(
        "backups",
        cmd_backups,
        "list the database's backups (time, reason, size, check); on a server the year documents",
    )
    sub = command(
        "restore",
        cmd_restore,
        "put a backup back, after backing up the current state (on a server: a year document)",
    )
    sub.add_argument("backup", type=Path, metavar="BACKUP", help="a backup's file name or path")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0].lower().endswith(PACKAGE_SUFFIX):
        # A work package as the program's argument (the file manager opens it so): the window
        # in package mode on it.
        package = Path(argv[0])
        if not package.is_file():
            print(f"kuva-desktop: {package}: no such file", file=sys.stderr)
            return EXIT_REFUSED
        from kuva_desktop.ui.app import run_gui

        return run_gui(None, None, package=package)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from kuva_desktop.selftest import run

        return run()
    if args.command is None:
        from kuva_desktop.ui.app import run_gui

        return run_gui(args.db, args.db_url)
    try:
        return _run_retrying(args)
    except InputError as error:
        print(f"kuva-desktop: {_message(error)}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return EXIT_FAILED
    except Exception as error:
        refusal = _database_refusal(error, args)
        if refusal is not None:  # the database cannot be used (locked, damaged, disk full ...)
            print(f"kuva-desktop: {_message(refusal)}", file=sys.stderr)
            return EXIT_REFUSED
        # A bug: say so in one line, keep the details in a log file.
        log = _crash_log()
        print(
            f"kuva-desktop: internal error: {type(error).__name__}: {error}"
            + (f" (details in {log})" if log else ""),
            file=sys.stderr,
        )
        return EXIT_FAILED
    finally:
        while _opened:
            _opened.pop().dispose()


# A command whose transaction met another coordinator's change at the same moment on a server
# changed nothing (storage.server); it runs again on fresh data, where that change is then seen.
CONCURRENT_TRIES = 5


def _run_retrying(args: argparse.Namespace) -> int:
    import random
    import time

    for attempt in range(CONCURRENT_TRIES):
        try:
            return int(args.run(args))
        except InputError as error:
            if error.code != "server.concurrent" or attempt == CONCURRENT_TRIES - 1:
                raise
            while _opened:
                _opened.pop().dispose()
            time.sleep(random.uniform(0.05, 0.2) * 2**attempt)
    raise AssertionError("unreachable")


def _database_refusal(error: Exception, args: argparse.Namespace) -> InputError | None:
    """An error of SQLite that escaped the storage layer, as the refusal that names the
    database; None for anything else."""
    from kuva_desktop.storage.files import database_error, default_database_path

    if args.db_url is not None or os.environ.get(SERVER_ENV):
        return None  # a server's errors are sorted by SQLSTATE in storage.server
    where = Path(args.db).expanduser().absolute() if args.db else default_database_path()
    return database_error(error, where)


def _crash_log() -> Path | None:
    import tempfile

    try:
        path = Path(tempfile.gettempdir()) / "kuva-desktop-crash.log"
        path.write_text(traceback.format_exc(), encoding="utf-8")
    except OSError:
        return None
    return path
