"""The one owner of the database: where it lives, the engine, migrations, backups, sessions.

A local SQLite file by default (in the user's data folder, or ``--db PATH``); any SQLAlchemy URL
may be given instead. SQLite connections run with foreign keys on, WAL and a busy timeout, and
with real transactions (pysqlite's own transaction handling is turned off, so that DDL in a
migration is atomic too).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from kuva_desktop.errors import InputError
from kuva_desktop.storage import history
from kuva_desktop.storage.files import BUSY_TIMEOUT_MS, database_file, default_database_path
from kuva_desktop.storage.migrations import HEAD
from kuva_desktop.storage.snapshot import YearSnapshot, read_year

__all__ = ["Database", "default_database_path", "open_database"]

BACKUPS_KEPT = 5
# Execution options of a session's connection (see ``Database.session``).
_IMMEDIATE, _WAIT_MS = "kuva_immediate", "kuva_wait_ms"


class KuvaSession(Session):
    """A session whose changes are written to the history (see storage.history)."""


history.install(KuvaSession)


def _sqlite_engine(url: str, *, foreign_keys: bool) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A write that checks what it overwrites takes the write lock at once (see ``session``).
        options = connection.get_execution_options()
        wait = options.get(_WAIT_MS, BUSY_TIMEOUT_MS)
        connection.exec_driver_sql(f"PRAGMA busy_timeout={int(wait)}")
        connection.exec_driver_sql("BEGIN IMMEDIATE" if options.get(_IMMEDIATE) else "BEGIN")

    return engine


class Database:
    """An open, migrated database."""

    def __init__(self, url: str, path: Path | None) -> None:
        self.url = url
        self.path = path
        if path is not None:
            self.engine = _sqlite_engine(url, foreign_keys=True)
        else:
            self.engine = create_engine(url, pool_pre_ping=True)
        self._sessions = sessionmaker(self.engine, class_=KuvaSession, expire_on_commit=False)

    @contextlib.contextmanager
    def session(
        self,
        source: str = history.SOURCE_TYPED,
        who: str | None = None,
        *,
        write_lock: bool = False,
        wait_ms: int | None = None,
    ) -> Iterator[Session]:
        """A unit of work: committed whole when the block ends, rolled back whole on an error.

        ``write_lock`` takes the database's write lock when the transaction starts (SQLite's
        ``BEGIN IMMEDIATE``), so that what the block reads cannot change before it writes: the
        check and the write of a conditional change are one step. ``wait_ms`` is how long to
        wait for another writer (the default: ``BUSY_TIMEOUT_MS``).
        """
        session = self._sessions(info={"source": source, "who": who})
        try:
            if self.path is not None and (write_lock or wait_ms is not None):
                options: dict[str, Any] = {_IMMEDIATE: write_lock}
                if wait_ms is not None:
                    options[_WAIT_MS] = wait_ms
                session.connection(execution_options=options)
            yield session
            session.commit()
        except DBAPIError as error:
            session.rollback()
            raise _storage_error(self, error) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def reader(self) -> Session:
        """A session for reading; the caller closes it."""
        return self._sessions(info={"source": history.SOURCE_TYPED})

    def read_year(self, year: int) -> YearSnapshot | None:
        """``year`` with everything below it, read in one transaction, for the reports."""
        with self.engine.begin() as connection:
            return read_year(connection.connection.driver_connection, year)

    def backup(self, reason: str) -> Path | None:
        """A copy of the database file before risky work; the last few are kept."""
        if self.path is None or not self.path.exists() or self.path.stat().st_size == 0:
            return None
        folder = self.path.parent / "backups"
        folder.mkdir(exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{self.path.stem}-{stamp}-{reason}.db"
        with (
            contextlib.closing(sqlite3.connect(self.path)) as source,
            contextlib.closing(sqlite3.connect(target)) as copy,
        ):
            source.backup(copy)
        for old in sorted(folder.glob(f"{self.path.stem}-*.db"))[:-BACKUPS_KEPT]:
            old.unlink(missing_ok=True)
        return target

    def dispose(self) -> None:
        self.engine.dispose()


def _storage_error(db: Database, error: DBAPIError) -> Exception:
    text = str(error.orig)
    where = db.path or db.url
    if "readonly" in text or "read-only" in text:
        return InputError(f"{where}: the database is read-only")
    if "locked" in text or "busy" in text:
        return InputError(f"{where}: the database is locked by another program; try again")
    if "disk" in text and "full" in text:
        return InputError(f"{where}: the disk is full")
    return error


def open_database(path: Path | None = None, *, url: str | None = None) -> Database:
    """Open (and create or migrate) the database at ``path``, or at ``url``, or the default one."""
    if url is None:
        path, revision = database_file(path)
        url = f"sqlite:///{path}"
        database = Database(url, path)
        if revision != HEAD:
            if revision is not None:
                database.backup(f"before-migration-{revision}")
            _migrate(url)
        return database
    if make_url(url).get_backend_name() == "sqlite" and make_url(url).database:
        return open_database(Path(make_url(url).database or ""))
    database = Database(url, None)
    _migrate(url)
    return database


def _migrate(url: str) -> None:
    """Run the migrations with foreign keys off, then check them, all in one transaction."""
    from alembic import command
    from alembic.config import Config

    from kuva_desktop.resources import package_path

    config = Config()
    config.set_main_option("script_location", str(package_path("storage", "migrations")))
    is_sqlite = make_url(url).get_backend_name() == "sqlite"
    engine = _sqlite_engine(url, foreign_keys=False) if is_sqlite else create_engine(url)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            if is_sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left broken references: {broken[:5]}")
    except DBAPIError as error:
        raise InputError(f"{url}: the database cannot be migrated ({error.orig})") from None
    finally:
        engine.dispose()
