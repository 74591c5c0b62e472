"""What the commands share: exit statuses, argument types, the database a command opens (and
closes when it ends), output paths checked before the work, and the retry of a command that met
another coordinator's change on a server.

Heavy modules (SQLAlchemy, the storage engine) are imported inside the functions, so that a
command that never opens the database through SQLAlchemy (``export-pdf`` on a file) never loads it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kuva_desktop.errors import InputError
from kuva_desktop.reports import MESSAGE_LANGUAGE_ENV
from kuva_desktop.storage.files import SERVER_ENV

if TYPE_CHECKING:
    from kuva_desktop.storage.database import Database

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_REFUSED = 2

# A command: its function, and what adds a subcommand to the parser (name, function, help text).
Run = Callable[[argparse.Namespace], int]
AddCommand = Callable[[str, Run, str], argparse.ArgumentParser]


def year(text: str) -> int:
    """The type of ``--year``."""
    if not text.isdigit() or not 1900 <= int(text) <= 2999:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}")
    return int(text)


def print_date(text: str) -> dt.date:
    """The type of ``--date``."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


# The databases a command opened, closed when it ends (a server's connections are returned).
_opened: list[Database] = []


def open_database(args: argparse.Namespace, *, read_only: bool = False) -> Database:
    """The database of ``--db``/``--db-url``; ``read_only`` for a command that only reads: it
    must exist, and is never created, written, backed up or migrated."""
    # Lazy: SQLAlchemy, only for the commands that open the database through it.
    from kuva_desktop.storage.database import open_database as open_

    database = open_(args.db, url=args.db_url, read_only=read_only)
    _opened.append(database)
    return database


def close_databases() -> None:
    """Close every database the command opened."""
    while _opened:
        _opened.pop().dispose()


def uses_server(args: argparse.Namespace) -> bool:
    """Whether ``--db-url`` or the environment names a server (``--db`` excludes ``--db-url``)."""
    return args.db_url is not None or bool(os.environ.get(SERVER_ENV))


def check_output(path: Path) -> None:
    """Refuse at once, before the work of making the file, an output path that is a folder or
    would overwrite the database opened (its journals, its backups); ``storage.files.write_file``
    checks again when it writes."""
    from kuva_desktop.storage.files import check_output as check

    check(path)


def new_database_file(args: argparse.Namespace) -> bool:
    """Whether the command's database is a file that does not exist yet (no server named)."""
    if uses_server(args):
        return False
    from kuva_desktop.storage.files import default_database_path

    path = args.db if args.db is not None else default_database_path()
    return not Path(path).expanduser().exists()


def message(error: InputError) -> str:
    """The refusal in English, or in the language the window asks for (it runs the report
    commands as child processes: ``reports.MESSAGE_LANGUAGE_ENV``)."""
    return error.text(os.environ.get(MESSAGE_LANGUAGE_ENV, "en"))


def run_retrying(args: argparse.Namespace) -> int:
    """Run the command of ``args``. On a server, a command whose transaction met another
    coordinator's change at the same moment changed nothing; it runs again on fresh data (where
    that change is then seen), after closing the databases it opened: the retry of the window's
    writes, ``storage.server.retry_concurrent``. A file's single writer never meets one."""
    if not uses_server(args):
        return int(args.run(args))
    # Lazy: storage.server imports SQLAlchemy, which a file's report commands never load.
    from kuva_desktop.storage.server import retry_concurrent

    def once() -> int:
        close_databases()
        return int(args.run(args))

    return retry_concurrent(once, pause_s=0.05)


def database_refusal(error: Exception, args: argparse.Namespace) -> InputError | None:
    """An error of SQLite that escaped the storage layer, as the refusal that names the
    database; None for anything else."""
    from kuva_desktop.storage.files import database_error, default_database_path

    if uses_server(args):
        return None  # a server's errors are sorted by SQLSTATE in storage.server
    where = Path(args.db).expanduser().absolute() if args.db else default_database_path()
    return database_error(error, where)


def crash_log() -> Path | None:
    """Write the traceback being handled to a log file; its path, or None if it cannot be
    written."""
    import tempfile

    try:
        path = Path(tempfile.gettempdir()) / "kuva-desktop-crash.log"
        path.write_text(traceback.format_exc(), encoding="utf-8")
    except OSError:
        return None
    return path


def say(text: str) -> None:
    """A line on stderr, after the program's name."""
    print(f"kuva-desktop: {text}", file=sys.stderr)
