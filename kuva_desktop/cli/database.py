"""The database itself: ``migrate`` (a server's schema), ``backups`` (list them) and
``restore`` (put one back). The backup commands work on the file without opening it as a
database, since it may be damaged; the storage code is imported inside the commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kuva_desktop.cli.common import EXIT_OK, AddCommand, open_database
from kuva_desktop.errors import InputError


def add_commands(command: AddCommand) -> None:
    """Add the commands of this module to the parser."""
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
        print(_listed(backup, backup.reason))
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
        print(_listed(saved, saved.reason, str(saved.year)))
    print(
        f"{len(listed)} year document{'' if len(listed) == 1 else 's'} in {year_backups.folder()}",
        file=sys.stderr,
    )
    return EXIT_OK


def _listed(backup: Any, *what: str) -> str:
    """One line of ``backups``: when, what it was made before (and of which year), size, check,
    file name, separated by tabs (docs/cli.md)."""
    check = "ok" if backup.ok else f"damaged: {backup.check}"
    when = f"{backup.time.astimezone():%Y-%m-%d %H:%M:%S}"
    return "\t".join((when, *what, _size(backup.size), check, backup.path.name))


def _size(size: int) -> str:
    return f"{size / 1024:.0f} kB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


def cmd_restore(args: argparse.Namespace) -> int:
    from kuva_desktop.storage import backups

    url = _server_url(args)
    if url is not None:
        from kuva_desktop.exchange import year_backups

        found = year_backups.find(url, args.backup)
        year = year_backups.restore(open_database(args), found)
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
