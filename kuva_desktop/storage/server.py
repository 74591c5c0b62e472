"""A shared PostgreSQL server: the connection named without secrets, the session settings that keep
one coordinator from freezing another, the schema check, and errors mapped by SQLSTATE.

The server is named by ``--db-url`` or the ``KUVA_DATABASE_URL`` environment variable, an
SQLAlchemy URL without a password: the password comes from libpq's own places (``PGPASSFILE`` or
``~/.pgpass``, ``PGPASSWORD``, or Kerberos), so that it is never on a command line for ``ps`` to
show, nor in a message. Every connection runs at REPEATABLE READ, so a unit of work reads one
snapshot and an update of a row that another coordinator changed after that snapshot fails
(SQLSTATE 40001) instead of overwriting it: the caller retries with fresh data, where the
comparison with what was read then finds the conflict (see docs/server.md).
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from kuva_desktop.errors import InputError
from kuva_desktop.storage.files import SERVER_ENV
from kuva_desktop.storage.migrations import HEAD, REVISIONS

T = TypeVar("T")
DRIVER = "postgresql+psycopg"
# How long a statement may wait for another coordinator's row lock, run at all, or sit idle in an
# open transaction before the server gives up: a held lock must not freeze a command for long.
SESSION_SETTINGS = {
    "lock_timeout": "10s",
    "statement_timeout": "5min",
    "idle_in_transaction_session_timeout": "15min",
}
# SQLSTATE classes and codes (PostgreSQL's appendix A) that a user can cause or fix.
# Serialization failure, deadlock, and a unique key that a concurrent transaction inserted first
# (two merges creating the same entry): the application checks uniqueness before it inserts, so
# only a race gives 23505.
_CONCURRENT = {"40001", "40P01", "23505"}
_REFUSALS = {
    "55P03": "server.locked",  # lock_not_available: lock_timeout ran out
    "57014": "server.timeout",  # query_canceled: statement_timeout ran out
    "25006": "server.read_only",  # read_only_sql_transaction
    "42501": "server.read_only",  # insufficient_privilege
    "53100": "server.disk_full",
    "28P01": "server.login",  # invalid_password
    "28000": "server.login",  # invalid_authorization_specification
    "3D000": "server.no_database",  # invalid_catalog_name
}


def server_url(given: str | None) -> str | None:
    """The server's URL from ``--db-url`` or the environment; None for none.

    Raises ``InputError`` for a URL that cannot be read or that carries a password.
    """
    text = given or os.environ.get(SERVER_ENV) or None
    if text is None:
        return None
    try:
        url = make_url(text)
    except ArgumentError:
        raise InputError("server.bad_url", url=_without_password(text)) from None
    if url.get_backend_name() == "sqlite":
        return url.render_as_string(hide_password=False)
    if url.password is not None:
        raise InputError("server.password_in_url", url=shown(url))
    if url.get_backend_name() == "postgresql" and url.get_driver_name() != "psycopg":
        url = url.set(drivername=DRIVER)
    return url.render_as_string(hide_password=False)


def is_server(url: str | URL) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def shown(url: str | URL) -> str:
    """The URL as messages show it: never with its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return _without_password(str(url))


def _without_password(text: str) -> str:
    head, at, tail = text.rpartition("@")
    if not at or "://" not in head:
        return text
    scheme, _, user = head.partition("://")
    return f"{scheme}://{user.split(':')[0]}:***@{tail}"


def engine(url: str) -> Engine:
    """An engine for the server, every connection at REPEATABLE READ with the session settings."""
    options = " ".join(f"-c {name}={value}" for name, value in SESSION_SETTINGS.items())
    return create_engine(
        url,
        pool_pre_ping=True,
        isolation_level="REPEATABLE READ",
        connect_args={
            "options": options,
            "application_name": "Kuva Desktop",
            "connect_timeout": 10,
        },
    )


def refusal(error: DBAPIError, url: str) -> InputError | None:
    """The clear message for a server error a user can cause or fix, by its SQLSTATE; None for a
    bug."""
    state = getattr(error.orig, "sqlstate", None)
    where = shown(url)
    if state in _CONCURRENT:
        return InputError("server.concurrent", url=where)
    if state in _REFUSALS:
        return InputError(_REFUSALS[state], url=where)
    if state is None or state.startswith("08"):
        # No SQLSTATE: the connection itself failed. libpq gives no code for a refused login
        # either (only text, which is not for sorting errors), so one message names both.
        return InputError("server.unreachable", url=where)
    return None


# A unit of work that met another coordinator's change at the same moment changed nothing; it runs
# again on fresh data (where that change is then seen) up to this many times in all.
CONCURRENT_TRIES = 5


def retry_concurrent(
    work: Callable[[], T], *, tries: int = CONCURRENT_TRIES, pause_s: float = 0.02
) -> T:
    """``work()``, run again after a short random pause (doubling each time) while it fails with
    ``server.concurrent``; the last try's refusal is raised. On a file it runs once: SQLite's
    single writer never gives that refusal."""
    for attempt in range(tries):
        try:
            return work()
        except InputError as error:
            if error.code != "server.concurrent" or attempt == tries - 1:
                raise
            time.sleep(random.uniform(pause_s, 4 * pause_s) * 2**attempt)
    raise AssertionError("unreachable")


def is_concurrent(error: BaseException) -> bool:
    """Whether ``error`` is a serialization failure or deadlock: worth a retry with fresh data."""
    orig: Any = getattr(error, "orig", None)
    return getattr(orig, "sqlstate", None) in _CONCURRENT


def check_schema(connection: Any, url: str) -> str | None:
    """The server database's schema revision, after refusing one that is not ours or newer than
    this application; None for an empty database."""
    tables = set(inspect(connection).get_table_names())
    if "alembic_version" not in tables:
        if tables:
            raise InputError("server.foreign", url=shown(url))
        return None
    revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if revision is not None and revision not in REVISIONS:
        raise InputError("server.newer", url=shown(url), revision=revision)
    return revision  # type: ignore[no-any-return]


def require_current(connection: Any, url: str) -> None:
    """Refuse a server database that ``kuva-desktop migrate`` must first create or bring up to
    date: the application's role needs no rights to change the schema."""
    revision = check_schema(connection, url)
    if revision is None:
        raise InputError("server.empty", url=shown(url))
    if revision != HEAD:
        raise InputError("server.older", url=shown(url), revision=revision)


def may_write(connection: Any) -> bool:
    """Whether the connection's role may change the data: write the entries and the history,
    outside a read-only transaction (a secretary's role has SELECT only)."""
    row = connection.exec_driver_sql(
        "SELECT has_table_privilege('entry', 'UPDATE') AND has_table_privilege('change', 'INSERT')"
        " AND current_setting('transaction_read_only') = 'off'"
    ).scalar()
    return bool(row)


# Every unit of work that committed on a server says so on this channel (``Database.session``
# sends it in the transaction, so only a commit delivers it); the window listens (ui/watcher.py).
CHANGES_CHANNEL = "kuva_changes"


def notify_changes(connection: Any) -> None:
    connection.exec_driver_sql(f"SELECT pg_notify('{CHANGES_CHANNEL}', '')")


class ChangeListener:
    """A connection of its own that LISTENs for ``CHANGES_CHANNEL``: its socket becomes readable
    when another coordinator (or this application) committed a change; ``drain`` reads what came,
    never waiting. A connection that cannot be made or is lost raises ``ConnectionError``."""

    def __init__(self, url: str) -> None:
        import psycopg

        plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        try:
            self.connection = psycopg.connect(
                plain, autocommit=True, application_name="Kuva Desktop", connect_timeout=10
            )
            self.connection.execute(f"LISTEN {CHANGES_CHANNEL}")
        except psycopg.Error as error:
            raise ConnectionError(type(error).__name__) from None

    def fileno(self) -> int:
        return self.connection.fileno()

    def drain(self) -> bool:
        """Whether a notice came since the last look."""
        import psycopg

        try:
            return any(True for _ in self.connection.notifies(timeout=0))
        except psycopg.Error as error:
            raise ConnectionError(type(error).__name__) from None

    def close(self) -> None:
        self.connection.close()


# One migration at a time on a server, whoever starts it: a transaction-level advisory lock.
MIGRATION_LOCK = 0x6B757661  # "kuva"


def lock_for_migration(connection: Any) -> None:
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
