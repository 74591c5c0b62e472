"""Backups of a database file: made, checked, thinned out, listed and restored.

A backup is a whole copy of the database (SQLite's online backup, so a consistent state even
while another program writes), in the folder ``backups/`` beside the database, named
``<stem>-<YYYYMMDD-HHMMSS-ffffff>Z-<reason>.db`` (UTC). It is written under a temporary name,
checked with ``PRAGMA integrity_check`` and only then renamed into place: a failed backup leaves
nothing behind, and a damaged database is never kept as if it were a good copy. Backups are made
by ``storage.database`` only when a write will really happen (see ``Database.session``).

Only the standard library: ``storage.files`` (the open-time checks) names the newest good backup
in its refusals, and the window lists them without loading SQLAlchemy. See docs/database.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kuva_desktop.errors import InputError, os_reason
from kuva_desktop.storage.migrations import REVISIONS

FOLDER_NAME = "backups"
KEEP_ALL_DAYS = 7  # every backup of the last week is kept ...
KEEP_WEEKLY_DAYS = 92  # ... then the newest of each week for three months
# The reasons a backup is made for; a migration's reason names the revision it starts from.
IMPORT, MERGE, MIGRATION, SAMPLE_DATA, RESTORE = (
    "before-import",
    "before-merge",
    "before-migration",
    "before-sample-data",
    "before-restore",
)
OK = "ok"
STALE_TEMPORARY = dt.timedelta(hours=1)

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})(?P<utc>Z?)-(?P<reason>[\w-]+)\.db$")


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file: when (UTC) and why it was made, its size, and its check (``ok`` or what
    ``integrity_check`` found; None when not checked)."""

    path: Path
    time: dt.datetime
    reason: str
    size: int
    check: str | None = None

    @property
    def kind(self) -> str:
        """The reason without the revision of a migration: what retention keeps one of."""
        return MIGRATION if self.reason.startswith(MIGRATION) else self.reason

    @property
    def ok(self) -> bool:
        return self.check == OK


def folder_of(database: Path) -> Path:
    """The folder that holds the backups of ``database``."""
    return database.parent / FOLDER_NAME


def _parse(path: Path, stem: str) -> Backup | None:
    match = _NAME.match(path.name)
    if match is None or match["stem"] != stem:
        return None
    stamp = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
    # Names without the Z were written in local time by earlier versions.
    time = stamp.replace(tzinfo=dt.UTC) if match["utc"] else stamp.astimezone(dt.UTC)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return Backup(path, time, match["reason"], size)


def list_backups(database: Path, *, check: bool = False) -> list[Backup]:
    """The backups of ``database``, newest first; with ``check``, each one checked."""
    folder = folder_of(database)
    if not folder.is_dir():
        return []
    found = [b for p in folder.glob("*.db") if (b := _parse(p, database.stem)) is not None]
    found.sort(key=lambda b: (b.time, b.path.name), reverse=True)
    if check:
        found = [_with_check(b) for b in found]
    return found


def _with_check(backup: Backup) -> Backup:
    return Backup(backup.path, backup.time, backup.reason, backup.size, problems(backup.path))


def newest_good(database: Path) -> Backup | None:
    """The newest backup of ``database`` that passes the full check."""
    for backup in list_backups(database):
        checked = _with_check(backup)
        if checked.ok:
            return checked
    return None


def problems(path: Path, *, quick: bool = False) -> str:
    """``ok``, or the first lines ``PRAGMA integrity_check`` (``quick_check``) reports for the
    file, or SQLite's word for why it cannot be read at all. Opens the file read-only."""
    try:
        with contextlib.closing(connect_read_only(path)) as connection:
            return check_result(connection, "quick_check" if quick else "integrity_check")
    except sqlite3.Error as error:
        return _why(error)


def check_result(connection: sqlite3.Connection, pragma: str) -> str:
    """``ok`` or the first problems the check ``pragma`` finds."""
    rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}(3)").fetchall()]
    if rows == [OK]:
        return OK
    # One line: SQLite's lines without its "*** in database main ***" headings.
    lines = [line for row in rows for line in row.splitlines() if not line.startswith("***")]
    return "; ".join(lines)


def connect_read_only(path: Path, timeout: float = 10.0) -> sqlite3.Connection:
    """A read-only connection to the SQLite file ``path`` (URI ``mode=ro``), usable from any
    thread; on a read-only medium, where SQLite cannot make the ``-shm`` a WAL database needs,
    an immutable one (nobody can write such a file meanwhile)."""
    uri = f"{Path(path).absolute().as_uri()}?mode=ro"
    connection = sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as error:
        connection.close()
        if _code(error) not in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY):
            raise
        connection = sqlite3.connect(f"{uri}&immutable=1", uri=True, check_same_thread=False)
    return connection


def make(database: Path, reason: str, *, require_ok: bool = True) -> Path:
    """A checked copy of ``database`` in its backups folder; then thin the folder out.

    With ``require_ok`` (every backup but the one a restore makes of the file it replaces), a copy
    that fails the check is not kept and the database is refused as damaged
    (``files.refuse_damaged``). A backup that cannot be written (disk full) is refused with
    ``backup.failed`` and leaves nothing behind.
    """
    folder = folder_of(database)
    now = dt.datetime.now(dt.UTC)
    target = folder / f"{database.stem}-{now:%Y%m%d-%H%M%S-%f}Z-{reason}.db"
    try:
        folder.mkdir(exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        os.close(handle)
    except OSError as error:
        raise InputError("backup.failed", path=target, reason=os_reason(error)) from None
    temporary = Path(name)
    try:
        found = _copy(database, temporary)
        if require_ok and found != OK:
            raise DamagedError(database, found)
        _fsync(temporary)
        os.replace(temporary, target)
    except sqlite3.Error as error:
        temporary.unlink(missing_ok=True)
        if require_ok and _code(error) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            raise DamagedError(database, _why(error)) from None
        raise InputError("backup.failed", path=target, reason=_why(error)) from None
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise InputError("backup.failed", path=target, reason=os_reason(error)) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _fsync_folder(folder)
    for old in thin(list_backups(database), now):
        old.path.unlink(missing_ok=True)
    _remove_stale_temporaries(folder, database.stem, now)
    return target


def _remove_stale_temporaries(folder: Path, stem: str, now: dt.datetime) -> None:
    """Temporary copies a killed process left behind (a backup still being made is younger)."""
    for leftover in folder.glob(f".{stem}-*.tmp*"):
        with contextlib.suppress(OSError):
            made = dt.datetime.fromtimestamp(leftover.stat().st_mtime, dt.UTC)
            if now - made > STALE_TEMPORARY:
                leftover.unlink()


class DamagedError(Exception):
    """The database failed the check a backup makes (``files.refuse_damaged`` words it)."""

    def __init__(self, database: Path, found: str) -> None:
        super().__init__(f"{database}: {found}")
        self.database = database
        self.found = found


def _copy(database: Path, target: Path) -> str:
    """Copy with SQLite's backup, leave the copy in rollback-journal mode (one self-contained
    file), and return what the full check of the copy found."""
    with (
        contextlib.closing(sqlite3.connect(database)) as source,
        contextlib.closing(sqlite3.connect(target)) as copy,
    ):
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
        return check_result(copy, "integrity_check")


def _why(error: sqlite3.Error) -> str:
    return getattr(error, "sqlite_errorname", None) or type(error).__name__


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # where the platform allows opening a folder
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def thin(backups: Iterable[Backup], now: dt.datetime) -> list[Backup]:
    """The backups to delete: all of the last 7 days are kept, then the newest of each week for 3
    months, and always the newest of each kind (before an import, a merge, a migration ...)."""
    ordered = sorted(backups, key=lambda b: b.time, reverse=True)
    keep: set[Path] = set()
    kinds: set[str] = set()
    weeks: set[int] = set()
    for backup in ordered:
        age = now - backup.time
        if backup.kind not in kinds:
            kinds.add(backup.kind)
            keep.add(backup.path)
        if age <= dt.timedelta(days=KEEP_ALL_DAYS):
            keep.add(backup.path)
        elif age <= dt.timedelta(days=KEEP_WEEKLY_DAYS):
            week = age.days // 7
            if week not in weeks:
                weeks.add(week)
                keep.add(backup.path)
    return [b for b in ordered if b.path not in keep]


def find(database: Path, name: str | Path) -> Path:
    """The backup ``name`` names: a path, or a file name in the backups folder."""
    given = Path(name).expanduser()
    for candidate in (given, folder_of(database) / given.name):
        if candidate.is_file():
            return candidate.absolute()
    raise InputError("backup.missing", path=name)


def check_restorable(path: Path) -> None:
    """Refuse a backup that is damaged, not ours, or from a newer version."""
    found = problems(path)
    if found != OK:
        raise InputError("backup.damaged", path=path, detail=found)
    try:
        with contextlib.closing(connect_read_only(path)) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        raise InputError("backup.not_ours", path=path) from None
    if row is None:
        raise InputError("backup.not_ours", path=path)
    if row[0] not in REVISIONS:
        raise InputError("backup.newer", path=path, revision=row[0])


@dataclass(frozen=True, slots=True)
class Restored:
    """What ``restore`` did: the backup put back, and the copy of the state it replaced."""

    backup: Path
    previous: Path | None


def restore(database: Path, backup: Path) -> Restored:
    """Put ``backup`` back as ``database``, after checking it and backing up the current file.

    The backup's pages are written into the database through SQLite (its backup API, in one
    transaction, then a checkpoint), so a leftover ``-wal`` of the current file is taken into
    account and then superseded, never replayed over the restored state. A current file too
    damaged for SQLite to open is set aside whole instead and the backup copied in its place.
    No connection of this process may be open on ``database`` (the window closes its own).
    """
    if database.exists() and database.resolve() == backup.resolve():
        raise InputError("backup.is_database", path=backup)
    check_restorable(backup)
    previous = _keep_current(database) if _has_content(database) else None
    try:
        with (
            contextlib.closing(connect_read_only(backup)) as source,
            contextlib.closing(sqlite3.connect(database)) as target,
        ):
            source.backup(target)
            target.execute("PRAGMA journal_mode=WAL")
            target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.DatabaseError as error:
        if _code(error) not in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            raise
        _replace_file(database, backup)
    return Restored(backup, previous)


def _has_content(path: Path) -> bool:
    return path.is_file() and (path.stat().st_size > 0 or _sidecar(path, "-wal").exists())


def _keep_current(database: Path) -> Path:
    """A backup of the file about to be replaced, damaged or not (the check result says which)."""
    try:
        return make(database, RESTORE, require_ok=False)
    except InputError:
        # SQLite cannot read the file at all: keep its bytes as they are.
        folder = folder_of(database)
        now = dt.datetime.now(dt.UTC)
        target = folder / f"{database.stem}-{now:%Y%m%d-%H%M%S-%f}Z-{RESTORE}.db"
        _copy_file(database, target)
        return target


def _replace_file(database: Path, backup: Path) -> None:
    temporary = database.with_name(f".{database.name}.restore.tmp")
    _copy_file(backup, temporary)
    for suffix in ("-wal", "-shm", "-journal"):
        _sidecar(database, suffix).unlink(missing_ok=True)
    os.replace(temporary, database)
    _fsync_folder(database.parent)


def _copy_file(source: Path, target: Path) -> None:
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(source, temporary)
        _fsync(temporary)
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise InputError("backup.failed", path=target, reason=os_reason(error)) from None


def _sidecar(database: Path, suffix: str) -> Path:
    return database.with_name(database.name + suffix)


def _code(error: sqlite3.Error) -> int:
    return int(getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF


def walk(database: Path) -> Iterator[Path]:
    """The database file and the journal files beside it."""
    yield database
    for suffix in ("-wal", "-shm", "-journal"):
        yield _sidecar(database, suffix)
