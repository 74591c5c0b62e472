"""The one owner of the database: where it lives, the engine, migrations, backups, sessions.

A local SQLite file by default (in the user's data folder, or ``--db PATH``), or a shared
PostgreSQL server (``storage.server``: ``--db-url`` or ``KUVA_DATABASE_URL``). SQLite connections
run with foreign keys on, WAL and a busy timeout, and with real transactions (pysqlite's own
transaction handling is turned off, so that DDL in a migration is atomic too). An error of SQLite
that makes the database unusable (locked, read-only, disk full, damaged ...) is turned into the
``InputError`` that names it (``files.database_error``) wherever the engine meets it; a server's
by SQLSTATE (``server.refusal``). A database opened ``read_only`` is never written, backed up or
migrated: an older schema is migrated in a copy in memory.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker
from sqlalchemy.pool import StaticPool

from kuva_desktop.errors import InputError
from kuva_desktop.resources import package_path
from kuva_desktop.storage import backups, history, server
from kuva_desktop.storage.files import (
    BUSY_TIMEOUT_MS,
    database_error,
    database_file,
    default_database_path,
    refuse_damaged,
)
from kuva_desktop.storage.keys import SOURCE_TYPED
from kuva_desktop.storage.migrations import HEAD
from kuva_desktop.storage.snapshot import Rows, YearSnapshot, read_year

__all__ = ["Database", "default_database_path", "open_database"]

T = TypeVar("T")
_CHANGES_AT_BEGIN = "changes at begin"
_FLUSHED = "flushed a change"
# Execution options of a session's connection (see ``Database.session``).
_IMMEDIATE, _WAIT_MS = "kuva_immediate", "kuva_wait_ms"


class KuvaSession(Session):
    """A session whose changes are written to the history (see storage.history)."""


history.install(KuvaSession)


@event.listens_for(KuvaSession, "after_begin")
def _count_changes(session: Session, _transaction: SessionTransaction, connection: Any) -> None:
    # SQLite counts the rows each connection changed: the count at the start of the transaction
    # tells at its end whether it wrote anything (Database.session makes a backup only then).
    driver = connection.connection.driver_connection
    session.info[_CHANGES_AT_BEGIN] = getattr(driver, "total_changes", None)


@event.listens_for(KuvaSession, "after_flush")
def _note_flush(session: Session, _context: Any) -> None:
    if session.new or session.dirty or session.deleted:
        session.info[_FLUSHED] = True


def _sqlite_engine(
    url: str,
    *,
    foreign_keys: bool,
    where: Path | str,
    creator: Callable[[], sqlite3.Connection] | None = None,
) -> Engine:
    """An engine on an SQLite database: ``url`` (read and written, in WAL mode), or the
    connections ``creator`` makes (read-only or in memory: the journal mode is left alone)."""
    if creator is None:
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    else:
        engine = create_engine("sqlite://", creator=creator, poolclass=StaticPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if creator is None:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A write that checks what it overwrites takes the write lock at once (see ``session``).
        options = connection.get_execution_options()
        wait = options.get(_WAIT_MS, BUSY_TIMEOUT_MS)
        connection.exec_driver_sql(f"PRAGMA busy_timeout={int(wait)}")
        connection.exec_driver_sql("BEGIN IMMEDIATE" if options.get(_IMMEDIATE) else "BEGIN")

    @event.listens_for(engine, "handle_error")
    def _on_error(context: Any) -> None:
        refusal = database_error(context.original_exception, where)
        if refusal is not None:
            raise refusal

    return engine


class Database:
    """An open, migrated database.

    ``read_only``: opened for reading only (``mode=ro``, or a copy in memory migrated there);
    nothing is written to the file and no backup is made.
    """

    def __init__(
        self,
        url: str,
        path: Path | None,
        *,
        read_only: bool = False,
        engine: Engine | None = None,
    ) -> None:
        self.url = url
        self.path = path
        self.read_only = read_only
        if engine is not None:
            self.engine = engine
        elif path is not None:
            self.engine = _sqlite_engine(url, foreign_keys=True, where=path)
        elif server.is_server(url):
            self.engine = server.engine(url)
        else:
            self.engine = create_engine(url, pool_pre_ping=True)
        self._sessions = sessionmaker(self.engine, class_=KuvaSession, expire_on_commit=False)
        self._notifies = path is None and server.is_server(url)

    @contextlib.contextmanager
    def session(
        self,
        source: str = SOURCE_TYPED,
        who: str | None = None,
        *,
        backup: str | None = None,
        write_lock: bool = False,
        wait_ms: int | None = None,
    ) -> Iterator[Session]:
        """A unit of work: committed whole when the block ends, rolled back whole on an error.

        ``backup``: the reason of a backup made just before the commit, and only when the work
        wrote something: so a refused or empty import leaves no backup behind. The backup copies
        the last committed state (SQLite's WAL lets it read beside this open transaction); a
        backup that fails (disk full, a damaged database) rolls the work back.

        ``write_lock`` takes the database's write lock when the transaction starts (SQLite's
        ``BEGIN IMMEDIATE``), so that what the block reads cannot change before it writes: the
        check and the write of a conditional change are one step (on a server the caller locks
        the rows it reads, ``SELECT ... FOR UPDATE``). ``wait_ms`` is how long to wait for
        another writer (the default: ``BUSY_TIMEOUT_MS``).
        """
        session = self._sessions(info={"source": source, "who": who})
        try:
            if self.path is not None and (write_lock or wait_ms is not None):
                options: dict[str, Any] = {_IMMEDIATE: write_lock}
                if wait_ms is not None:
                    options[_WAIT_MS] = wait_ms
                session.connection(execution_options=options)
            yield session
            if backup is not None:
                session.flush()
                if _wrote(session):
                    self.backup(backup)
            if self._notifies:
                session.flush()
                if session.info.get(_FLUSHED):  # the windows on the server look again
                    server.notify_changes(session.connection())
            session.commit()
        except DBAPIError as error:
            session.rollback()
            refusal = self._refusal(error)
            if refusal is None:
                raise
            raise refusal from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def _refusal(self, error: DBAPIError) -> InputError | None:
        if self.path is None and server.is_server(self.url):
            return server.refusal(error, self.url)
        return database_error(error, self.path or self.url)

    def may_write(self) -> bool:
        """Whether changes can be written: False for a database opened ``read_only`` and, on a
        server, for a role that may only read (the window then opens read-only)."""
        if self.read_only:
            return False
        if self.path is not None or not server.is_server(self.url):
            return True
        try:
            with self.engine.connect() as connection:
                return server.may_write(connection)
        except DBAPIError as error:
            raise self._refusal(error) or error from None

    def reader(self) -> Session:
        """A session for reading; the caller closes it."""
        return self._sessions(info={"source": SOURCE_TYPED})

    def read(self, reading: Callable[[Rows], T]) -> T:
        """``reading(rows)`` in one read transaction (``storage.snapshot.Source``): the plain SQL
        of ``editing.read``, with its ``:name`` parameters bound by SQLAlchemy's ``text`` in the
        driver's own style. The engine's events and isolation (REPEATABLE READ on a server) hold
        as for every other read."""
        with self.engine.begin() as connection:

            def rows(sql: str, params: Mapping[str, Any] | None = None) -> list[Any]:
                return list(connection.execute(text(sql), dict(params or {})))

            return reading(rows)

    def read_year(self, year: int) -> YearSnapshot | None:
        """``year`` with everything below it, read in one transaction, for the reports."""
        with self.engine.begin() as connection:
            try:
                return read_year(connection.connection.driver_connection, year)
            except sqlite3.Error as error:
                refusal = database_error(error, self.path or self.url)
                if refusal is None:
                    raise
                raise refusal from None

    def backup(self, reason: str) -> Path | None:
        """A checked copy of the database file before risky work (``storage.backups``); None for
        a server database, a new empty file, and a database opened read-only.

        Refuses a database that fails the check as damaged, naming the newest good backup."""
        if (
            self.read_only
            or self.path is None
            or not self.path.exists()
            or self.path.stat().st_size == 0
        ):
            return None
        try:
            return backups.make(self.path, reason)
        except backups.DamagedError as error:
            raise refuse_damaged(self.path, error.found) from None

    def dispose(self) -> None:
        self.engine.dispose()


def _wrote(session: Session) -> bool:
    if _CHANGES_AT_BEGIN not in session.info:  # the session never began a transaction
        return False
    at_begin = session.info[_CHANGES_AT_BEGIN]
    if at_begin is None:  # a driver that does not count changes
        return True
    driver: Any = session.connection().connection.driver_connection
    return bool(driver.total_changes != at_begin)


def open_database(
    path: Path | None = None, *, url: str | None = None, read_only: bool = False
) -> Database:
    """Open (and create or migrate) the database at ``path``, or at ``url``, or the default one.

    ``read_only``: open an existing database for reading only; it is never created, written,
    backed up or migrated (a database at an older schema is migrated in a copy in memory).
    A server's schema is never changed here: ``migrate_server`` does that (docs/server.md).
    """
    url = server.server_url(url)
    if url is None:
        if read_only:
            return _open_read_only(path)
        path, revision = database_file(path)
        url = f"sqlite:///{path}"
        database = Database(url, path)
        if revision != HEAD:
            if revision is not None:
                database.backup(f"{backups.MIGRATION}-{revision}")
            engine = _sqlite_engine(url, foreign_keys=False, where=path)
            try:
                _migrate(engine, where=path)
            finally:
                engine.dispose()
        return database
    if make_url(url).get_backend_name() == "sqlite" and make_url(url).database:
        return open_database(Path(make_url(url).database or ""), read_only=read_only)
    database = Database(url, None)
    if not server.is_server(url):
        if not read_only:
            engine = create_engine(url)
            try:
                _migrate(engine, where=url)
            finally:
                engine.dispose()
        return database
    try:
        with database.engine.connect() as connection:
            server.require_current(connection, url)
    except DBAPIError as error:
        database.dispose()
        raise server.refusal(error, url) or error from None
    except InputError:
        database.dispose()
        raise
    return database


def migrate_server(url: str | None) -> str | None:
    """Create or bring up to date a server database's schema, one migration at a time whoever
    starts it; the revision it had before (None for an empty database)."""
    url = server.server_url(url)
    if url is None or not server.is_server(url):
        raise InputError("server.none")
    engine = server.engine(url)
    try:
        with engine.begin() as connection:
            server.lock_for_migration(connection)
            before = server.check_schema(connection, url)
            _upgrade(connection)
        return before
    except DBAPIError as error:
        raise server.refusal(error, url) or error from None
    finally:
        engine.dispose()


def _open_read_only(path: Path | None) -> Database:
    path, revision = database_file(path, read_only=True)
    url = f"sqlite:///{path}"
    if revision == HEAD:

        def connect() -> sqlite3.Connection:
            return backups.connect_read_only(path, timeout=BUSY_TIMEOUT_MS / 1000)

        engine = _sqlite_engine(url, foreign_keys=True, where=path, creator=connect)
        return Database(url, path, read_only=True, engine=engine)
    # An older schema: read the file into memory and migrate the copy; the file stays as it is.
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        with contextlib.closing(backups.connect_read_only(path)) as source:
            source.backup(memory)
    except sqlite3.Error as error:
        memory.close()
        refusal = database_error(error, path)
        if refusal is None:
            raise
        raise refusal from None
    engine = _sqlite_engine(url, foreign_keys=False, where=path, creator=lambda: memory)
    _migrate(engine, where=path)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
    return Database(url, path, read_only=True, engine=engine)


def _migrate(engine: Engine, *, where: Path | str) -> None:
    """Run the migrations (on an engine with foreign keys off), then check them, all in one
    transaction."""
    is_sqlite = engine.dialect.name == "sqlite"
    try:
        with engine.begin() as connection:
            _upgrade(connection)
            if is_sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left broken references: {broken[:5]}")
    except DBAPIError as error:
        raise InputError("db.migration_failed", path=where, reason=str(error.orig)) from None


def _upgrade(connection: Any) -> None:
    # Alembic is slow to import and needed only when a schema is out of date.
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(package_path("storage", "migrations")))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
