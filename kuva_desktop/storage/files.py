"""Where the database lives and whether a file can be it: no SQLAlchemy, so that the report
commands can tell a current database at once (see ``storage.snapshot``)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from pathlib import Path

from kuva_desktop.errors import InputError
from kuva_desktop.storage.migrations import HEAD, REVISIONS

DATABASE_NAME = "kuva.db"
# The environment variable that names a database server instead of a file (storage.server).
SERVER_ENV = "KUVA_DATABASE_URL"
BUSY_TIMEOUT_MS = 10_000
_SQLITE_MAGIC = b"SQLite format 3\x00"


def default_database_path() -> Path:
    """The database in the user's data folder, as the platform defines it (QStandardPaths)."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if not QCoreApplication.applicationName() or QCoreApplication.applicationName() == "python":
        QCoreApplication.setOrganizationName("Kuva")
        QCoreApplication.setApplicationName("Kuva Desktop")
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / DATABASE_NAME


def check_file(path: Path) -> None:
    """Refuse, before SQLite does something surprising, a path that cannot hold our database."""
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a database file")
    if path.exists():
        if not os.access(path, os.R_OK):
            raise InputError(f"{path}: the database cannot be read (permission denied)")
        # os.access says yes to root for any file; the mode bits say what the owner meant.
        if not os.access(path, os.W_OK) or not path.stat().st_mode & (
            stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
        ):
            raise InputError(f"{path}: the database is read-only")
        if path.stat().st_size:
            with path.open("rb") as handle:
                if handle.read(16) != _SQLITE_MAGIC:
                    raise InputError(f"{path}: not a Kuva Desktop database (not an SQLite file)")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InputError(
                f"{path}: cannot create the database folder ({error.strerror})"
            ) from None
        if not os.access(path.parent, os.W_OK):
            raise InputError(f"{path}: cannot create the database here (folder is read-only)")


def stored_revision(path: Path) -> str | None:
    """The schema revision of an SQLite file; None for a new, empty database."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                if tables:
                    raise InputError(f"{path}: not a Kuva Desktop database (unknown tables)")
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise InputError(f"{path}: not a Kuva Desktop database ({error})") from None
    return row[0] if row else None


def database_file(path: Path | None) -> tuple[Path, str | None]:
    """``path`` (or the default database) made absolute, and its schema revision (None for a new
    database), after the checks every opening makes.

    Raises ``InputError`` for a path that cannot be the database and for a database that a newer
    version of the application made.
    """
    path = Path(path) if path is not None else default_database_path()
    path = path.expanduser().absolute()
    check_file(path)
    revision = stored_revision(path)
    if revision is not None and revision not in REVISIONS:
        raise InputError(
            f"{path}: this database was made by a newer version of Kuva Desktop "
            f"(schema {revision}); update the application to open it"
        )
    return path, revision


def current_database(path: Path | None) -> Path | None:
    """``path`` (or the default database) when it is a Kuva Desktop database at the current
    schema, ready to read as it is; None when it must first be created or migrated.

    Raises ``InputError``, as ``open_database`` does, for a file that cannot be the database.
    """
    path, revision = database_file(path)
    return path if revision == HEAD else None
