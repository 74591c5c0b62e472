"""Backups of a server database: the affected years' documents, saved before an import or merge.

The whole server database is the server's own to back up (``pg_dump``); what a coordinator can
take back by themself is a year as it was before an import, a merge or the sample data. So just
before such a write commits, each affected year that already exists is saved as its year document
(the JSON ``export-json`` writes and ``import-json --replace`` reads) in the backups folder of the
user's data folder, named ``<server>-<YYYYMMDD-HHMMSS-ffffff>Z-<reason>-<year>.json`` (UTC; the
server is its host, port and database). The document is read from the last committed state, on a
connection of its own. ``backups`` lists them, ``restore`` imports one back as the whole truth of
its year, after saving the year as it is now. They are thinned out as a file's backups are, year by
year (``storage.backups.thin``). See docs/server.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from kuva_desktop.errors import InputError
from kuva_desktop.exchange import yeardoc
from kuva_desktop.storage import backups
from kuva_desktop.storage import models as m
from kuva_desktop.storage.database import Database
from kuva_desktop.storage.files import default_database_path

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})Z-(?P<reason>[a-z-]+)-(?P<year>\d{4})\.json$"
)


@dataclass(frozen=True, slots=True)
class YearBackup:
    """One saved year document: when (UTC) and why it was saved, its year and size, and its
    check (``ok``, or why the document cannot be read back; None when not checked)."""

    path: Path
    time: dt.datetime
    reason: str
    year: int
    size: int
    check: str | None = None

    @property
    def kind(self) -> str:
        """What the document was saved before (``storage.backups.IMPORT`` …)."""
        return self.reason

    @property
    def ok(self) -> bool:
        return self.check == backups.OK


def is_server(database: Database) -> bool:
    return database.path is None and make_url(database.url).get_backend_name() == "postgresql"


def folder() -> Path:
    """The backups folder of the user's data folder (where the default database's are)."""
    return backups.folder_of(default_database_path())


def stem(url: str) -> str:
    """The server database as a file name: host, port and database, nothing else of the URL."""
    parsed = make_url(url)
    text = f"{parsed.host or 'localhost'}-{parsed.port or 5432}-{parsed.database or ''}"
    return re.sub(r"[^\w.]+", "_", text)


@contextlib.contextmanager
def session(
    database: Database, *, source: str, reason: str, years: Iterable[int]
) -> Iterator[Session]:
    """``database.session`` with the backup of an import: on a file the whole file's, on a
    server the documents of ``years``, saved when the work is done and just before it commits
    (a refused import leaves none)."""
    if not is_server(database):
        with database.session(source=source, backup=reason) as work:
            yield work
        return
    with database.session(source=source) as work:
        yield work
        save(database, reason, years)


def save(database: Database, reason: str, years: Iterable[int]) -> list[Path]:
    """Save the years of ``years`` that exist as they are committed now; the files written."""
    wanted = sorted(set(years))
    if not wanted:
        return []
    with database.reader() as reader:
        present = set(reader.scalars(select(m.Year.year).where(m.Year.year.in_(wanted))))
        texts = {year: yeardoc.dump(yeardoc.export_document(reader, year)) for year in present}
    now = dt.datetime.now(dt.UTC)
    name = stem(database.url)
    target = folder()
    written = []
    for year, text in sorted(texts.items()):
        path = target / f"{name}-{now:%Y%m%d-%H%M%S-%f}Z-{reason}-{year}.json"
        _write(path, text)
        written.append(path)
    _thin(database.url, now)
    return written


def _write(path: Path, text: str) -> None:
    temporary: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        temporary = Path(name)
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except OSError as error:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        raise InputError("backup.failed", path=path, reason=error.strerror) from None


def list_backups(url: str, *, check: bool = False) -> list[YearBackup]:
    """The saved year documents of the server database ``url``, newest first."""
    where = folder()
    if not where.is_dir():
        return []
    name = stem(url)
    found = []
    for path in where.glob("*.json"):
        match = _NAME.match(path.name)
        if match is None or match["stem"] != name:
            continue
        stamp = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f").replace(tzinfo=dt.UTC)
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(YearBackup(path, stamp, match["reason"], int(match["year"]), size))
    found.sort(key=lambda b: (b.time, b.path.name), reverse=True)
    if check:
        found = [_checked(b) for b in found]
    return found


def check(path: Path, language: str = "en") -> str:
    """``ok`` when the saved document can be read back, else why not (in ``language``)."""
    try:
        yeardoc.load(path)
    except InputError as error:
        return error.text(language).removeprefix(f"{path}: ")
    return backups.OK


def _checked(backup: YearBackup) -> YearBackup:
    return YearBackup(
        backup.path, backup.time, backup.reason, backup.year, backup.size, check(backup.path)
    )


def _thin(url: str, now: dt.datetime) -> None:
    """Each year's documents thinned out as a file's backups are (storage.backups.thin)."""
    by_year: dict[int, list[backups.Backup]] = {}
    for saved in list_backups(url):
        by_year.setdefault(saved.year, []).append(
            backups.Backup(saved.path, saved.time, saved.reason, saved.size)
        )
    for kept in by_year.values():
        for old in backups.thin(kept, now):
            old.path.unlink(missing_ok=True)


def find(url: str, given: str | Path) -> Path:
    """The saved document ``given`` names: a path, or a file name in the backups folder."""
    candidate = Path(given).expanduser()
    for path in (candidate, folder() / candidate.name):
        if path.is_file() and path.suffix == ".json":
            return path.absolute()
    raise InputError("backup.missing", path=given)


@dataclass(frozen=True, slots=True)
class Restored:
    """What ``restore`` did: the year put back, the values it changed, and where the state it
    replaced was saved."""

    year: int
    changed: int
    previous: Path | None
    backup: Path


def restore(database: Database, path: Path) -> Restored:
    """Import the saved document ``path`` back as the whole truth of its year (as ``import-json
    --replace``: checked whole first, all or nothing), after saving the year as it is now."""
    document = yeardoc.load(path)
    previous: list[Path] = []
    with database.session(source=f"restore {path.name}") as work:
        result = yeardoc.import_document(work, document, name=str(path), undo_later=True)
        previous = save(database, backups.RESTORE, [document.year])
    return Restored(document.year, result.changed_fields, previous[0] if previous else None, path)
