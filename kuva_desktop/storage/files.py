"""Where the database lives, whether a file can be it, what SQLite's errors mean, and how every
output file is written: no SQLAlchemy, so that the report commands can tell a current database at
once (see ``storage.snapshot``).

Output never clobbers input: ``write_file`` refuses the database files this process has opened
(with their ``-wal``, ``-shm`` and ``-journal``), their backups folder and a folder, and writes
under a temporary name in the target folder, renamed into place when complete.

The window imports this module for its names before its first paint, so sqlite3, the backups
module and platformdirs (some 10 ms together) are imported by the functions that use them, not
at the top (start-up speed).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from kuva_desktop.errors import InputError, os_reason
from kuva_desktop.storage.migrations import HEAD, REVISIONS

if TYPE_CHECKING:
    import sqlite3

DATABASE_NAME = "kuva.db"
# The organisation and application names: the database's folder, and the names the window gives
# itself in Qt (ui/app.py), under which Qt keeps the window's settings.
ORGANISATION = "Kuva"
APPLICATION = "Kuva Desktop"
# The environment variable that names a database server instead of a file (storage.server).
SERVER_ENV = "KUVA_DATABASE_URL"
BUSY_TIMEOUT_MS = 10_000
_SQLITE_MAGIC = b"SQLite format 3\x00"


def default_database_path() -> Path:
    """The database in the user's data folder: the folder Qt's ``QStandardPaths`` names
    ``AppDataLocation`` for the organisation "Kuva" and the application "Kuva Desktop"
    (``~/.local/share/Kuva/Kuva Desktop`` on Linux, ``%APPDATA%\\Kuva\\Kuva Desktop`` on Windows),
    found without Qt so that the commands below the window need none."""
    import platformdirs  # at first use: module doc

    base = Path(platformdirs.user_data_dir(roaming=True))
    return base / ORGANISATION / APPLICATION / DATABASE_NAME


def check_file(path: Path, *, read_only: bool = False) -> None:
    """Refuse, before SQLite does something surprising, a path that cannot hold our database.

    ``read_only``: the file is only read, so it must exist and need not be writable.
    """
    if path.is_dir():
        raise InputError("db.folder", path=path)
    if read_only and not path.is_file():
        raise InputError("db.missing", path=path)
    if path.exists():
        if not os.access(path, os.R_OK):
            raise InputError("db.unreadable", path=path)
        # os.access says yes to root for any file; the mode bits say what the owner meant.
        if not read_only and (
            not os.access(path, os.W_OK)
            or not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
        ):
            raise InputError("db.read_only", path=path)
        if path.stat().st_size:
            with path.open("rb") as handle:
                if handle.read(16) != _SQLITE_MAGIC:
                    raise _not_sqlite(path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InputError("db.no_folder", path=path, reason=os_reason(error)) from None
        if not os.access(path.parent, os.W_OK):
            raise InputError("db.folder_read_only", path=path)


def stored_revision(path: Path) -> str | None:
    """The schema revision of an SQLite file; None for a new, empty database."""
    import sqlite3  # at first use: module doc

    from kuva_desktop.storage import backups

    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with contextlib.closing(backups.connect_read_only(path)) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                if tables:
                    raise InputError("db.not_ours", path=path)
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as error:
        raise _refusal(error, path) from None
    return row[0] if row else None


def check_integrity(path: Path) -> None:
    """Refuse a damaged database: ``PRAGMA quick_check`` (every page and row is read, indexes are
    not compared with their tables; measured in bench/integrity.py)."""
    import sqlite3  # at first use: module doc

    from kuva_desktop.storage import backups

    try:
        with contextlib.closing(backups.connect_read_only(path)) as connection:
            found = backups.check_result(connection, "quick_check")
    except sqlite3.Error as error:
        raise _refusal(error, path) from None
    if found != backups.OK:
        raise refuse_damaged(path, found)


def database_file(path: Path | None, *, read_only: bool = False) -> tuple[Path, str | None]:
    """``path`` (or the default database) made absolute, and its schema revision (None for a new
    database), after the checks every opening makes; the file is then protected from output.

    Raises ``InputError`` for a path that cannot be the database, a damaged database, and a
    database that a newer version of the application made. ``read_only``: the file must exist,
    need not be writable, and is not changed.
    """
    path = Path(path) if path is not None else default_database_path()
    path = path.expanduser().absolute()
    check_file(path, read_only=read_only)
    revision = stored_revision(path)
    if revision is not None and revision not in REVISIONS:
        raise InputError("db.newer", path=path, revision=revision)
    if revision is None and read_only:
        raise InputError("db.empty", path=path)
    if revision is not None:
        check_integrity(path)
    protect(path)
    return path, revision


def current_database(path: Path | None) -> Path | None:
    """``path`` (or the default database) when it is a Kuva Desktop database at the current
    schema, ready to read as it is; None when it must first be migrated (into memory: the
    commands that only read never change the file).

    Raises ``InputError``, as ``open_database`` does, for a file that cannot be the database.
    """
    path, revision = database_file(path, read_only=True)
    return path if revision == HEAD else None


def _code(error: BaseException) -> int:
    return int(getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF


def database_error(error: BaseException, path: Path | str) -> InputError | None:
    """The refusal for an error of SQLite (or one SQLAlchemy wraps, in ``.orig``) that makes the
    database at ``path`` unusable, by SQLite's error code; None for anything else (a bug)."""
    import sqlite3  # at first use: module doc

    if isinstance(error, InputError):
        return error
    original = getattr(error, "orig", None) or error
    if not isinstance(original, sqlite3.Error):
        return None
    code = _code(original)
    if code == sqlite3.SQLITE_CORRUPT:
        return refuse_damaged(Path(path), str(getattr(original, "sqlite_errorname", "")))
    if code == sqlite3.SQLITE_NOTADB:
        return _not_sqlite(Path(path))
    # SQLite's primary result codes (the low byte of an extended code) for a database that
    # cannot be used, and the message code for each.
    message = {
        sqlite3.SQLITE_BUSY: "db.busy",
        sqlite3.SQLITE_LOCKED: "db.locked",
        sqlite3.SQLITE_READONLY: "db.read_only",
        sqlite3.SQLITE_PERM: "db.read_only",
        sqlite3.SQLITE_FULL: "db.full",
        sqlite3.SQLITE_IOERR: "db.io_error",
        sqlite3.SQLITE_CANTOPEN: "db.cannot_open",
    }.get(code)
    return InputError(message, path=path) if message else None


def _refusal(error: sqlite3.Error, path: Path) -> BaseException:
    refusal = database_error(error, path)
    return error if refusal is None else refusal


def _not_sqlite(path: Path) -> InputError:
    from kuva_desktop.storage import backups  # at first use: module doc

    # A file with backups of it beside it was a database of ours: it is damaged, and the message
    # names the way back; any other file is simply not a database.
    if backups.list_backups(path):
        return refuse_damaged(path, "not an SQLite file any more")
    return InputError("db.not_sqlite", path=path)


def refuse_damaged(path: Path, detail: str) -> InputError:
    """A damaged database, with the newest backup that passes the full check and how to put it
    back."""
    from kuva_desktop.storage import backups  # at first use: module doc

    good = backups.newest_good(path)
    if good is None:
        return InputError("db.damaged_no_backup", path=path, detail=detail)
    return InputError("db.damaged", path=path, detail=detail, backup=good.path)


# Every database file this process has opened (``database_file``): no output may be written over
# it, its journal files or its backups.
_opened: set[Path] = set()


def protect(database: Path) -> None:
    """Refuse from now on to write output over ``database``, its journals and its backups."""
    _opened.add(database.absolute())


def _key(path: Path | str) -> str:
    # The real path (symlinks and .. resolved), in the platform's case (Windows ignores it).
    return os.path.normcase(os.path.realpath(path))


def check_output(path: Path) -> None:
    """Refuse an output path that is a folder, a database this process opened or one of its
    journal files, or lies in its backups folder (compared as real paths, and as the same file
    where it exists, so that links and another spelling are caught too)."""
    from kuva_desktop.storage import backups  # at first use: module doc

    if path.is_dir():
        raise InputError("output.folder", path=path)
    target = _key(path)
    for database in sorted(_opened):
        for protected in backups.walk(database):
            if target == _key(protected) or _same_file(path, protected):
                raise InputError("output.database", path=path, database=database)
        folder = _key(backups.folder_of(database))
        if target == folder or target.startswith(folder + os.sep):
            raise InputError("output.backups", path=path, folder=backups.folder_of(database))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def write_file(path: Path, data: bytes | str) -> None:
    """Write an output file whole or not at all.

    Checked with ``check_output``, written to a temporary file in the target folder, flushed to
    the disk and renamed over ``path``: a full disk or a crash leaves the previous file as it
    was and no partial file. Text is written as UTF-8. A new file gets the usual permissions
    (the umask's), a replaced one keeps its own.
    """
    path = Path(path)
    check_output(path)
    content = data.encode("utf-8") if isinstance(data, str) else data
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise _output_error(path, error) from None
    try:
        try:
            view = memoryview(content)
            while view:
                view = view[os.write(handle, view) :]
            os.fsync(handle)
        finally:
            os.close(handle)
        os.chmod(name, _mode_for(path))
        os.replace(name, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise _output_error(path, error) from None
    with contextlib.suppress(OSError):  # the rename itself, where the platform allows
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _output_error(path: Path, error: OSError) -> InputError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return InputError("output.disk_full", path=path)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return InputError("output.denied", path=path)
    return InputError("output.failed", path=path, reason=os_reason(error))
