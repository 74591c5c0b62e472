"""The command line of DOMAIN.md section 6; with no subcommand it opens the window.

Exit status: 0 done; 2 the input was refused (one line on stderr naming the file and the place,
the database unchanged); 3 done, but conflicts wait for review; 1 anything else.

The commands live in modules by concept: ``exchange`` (tables and year documents in and out,
sample data), ``years`` (check, round states), ``packages`` (issue, merge, completeness),
``reports`` (PDF, Excel, web page) and ``database`` (migrate, backups, restore); ``common`` holds
what they share. Each module imports only light modules at its top and the heavy ones (SQLAlchemy,
ReportLab, openpyxl, Qt) inside its commands, so that each command loads only what it uses:
``export-pdf`` on a file starts without SQLAlchemy (tests/test_snapshot.py). The command modules
themselves are imported by ``build_parser``, which a command line that only opens the window
(``window_only``) never builds.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kuva_desktop import __version__
from kuva_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_REFUSED,
    Run,
    close_databases,
    crash_log,
    database_refusal,
    message,
    run_retrying,
    say,
)
from kuva_desktop.errors import InputError
from kuva_desktop.exchange.suffixes import PACKAGE_SUFFIX
from kuva_desktop.storage.files import SERVER_ENV

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command, in the order ``--help`` lists them."""
    # The commands' modules, here rather than at the top: the window starts without them.
    from kuva_desktop.cli import database, exchange, packages, reports, years

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

    def command(name: str, run: Run, text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text)
        sub.set_defaults(run=run)
        return sub

    for module in (exchange, years, packages, reports, database):
        module.add_commands(command)
    return parser


def window_only(argv: Sequence[str]) -> tuple[Path | None, str | None] | None:
    """The database of a command line that only opens the window (nothing, ``--db PATH`` or
    ``--db-url URL``), read without building the parser of every command, which would take
    longer than the window's first paint (start-up speed); None for any other command line,
    which the parser reads (and refuses, if need be) as before."""
    if not argv:
        return None, None
    if len(argv) == 2 and not argv[1].startswith("-"):
        if argv[0] == "--db":
            return Path(argv[1]), None
        if argv[0] == "--db-url":
            return None, argv[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command of ``argv`` (default: the program's arguments); its exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0].lower().endswith(PACKAGE_SUFFIX):
        # A work package as the program's argument (the file manager opens it so): the window
        # in package mode on it.
        package = Path(argv[0])
        if not package.is_file():
            say(f"{package}: no such file")
            return EXIT_REFUSED
        from kuva_desktop.ui.app import run_gui  # lazy: Qt only for the window

        return run_gui(None, None, package=package)
    window = window_only(argv)
    if window is not None:
        from kuva_desktop.ui.app import run_gui

        return run_gui(*window)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from kuva_desktop.selftest import run

        return run()
    if args.command is None:
        from kuva_desktop.ui.app import run_gui

        return run_gui(args.db, args.db_url)
    try:
        return run_retrying(args)
    except InputError as error:
        say(message(error))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return EXIT_FAILED
    except Exception as error:
        refusal = database_refusal(error, args)
        if refusal is not None:  # the database cannot be used (locked, damaged, disk full ...)
            say(message(refusal))
            return EXIT_REFUSED
        # A bug: say so in one line, keep the details in a log file.
        log = crash_log()
        say(
            f"internal error: {type(error).__name__}: {error}"
            + (f" (details in {log})" if log else "")
        )
        return EXIT_FAILED
    finally:
        close_databases()
