"""Shared fixtures: offscreen Qt, a private data folder, a fresh database per test."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

DATA = Path(__file__).parent / "data"
SEED_2020 = DATA / "seed_001_2020.txt"
SEED_2021 = DATA / "seed_002_2021.txt"


@pytest.fixture(autouse=True)
def _private_data_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test away from the real user's data folder and settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


@pytest.fixture
def qt_settings(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """QSettings in the test's own folder: Qt caches its default paths for the whole process."""
    from PySide6.QtCore import QSettings

    qapp.setOrganizationName("Kuva")
    qapp.setApplicationName("Kuva Desktop")
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture
def translations(qapp):  # type: ignore[no-untyped-def]
    """The window's translators, Finnish at start; English again after the test."""
    from kuva_desktop.ui.i18n import Translations

    translations = Translations(qapp)
    translations.set_language("fi")
    yield translations
    translations.set_language("en")
    translations.deleteLater()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kuva.db"


# The backends the database tests run on. Tests marked ``db`` (the editing, merge, import, year
# document and command-line tests) run on a file and, when KUVA_TEST_DB_URL names a test server,
# on the server too, each on a database of its own: ``database`` and ``cli`` are then opened on
# it. A test of such a module that is about the SQLite file itself is marked ``sqlite``.
FILE, SERVER = "file", "server"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if (
        "backend" in metafunc.fixturenames
        and os.environ.get(TEST_SERVER_ENV)
        and metafunc.definition.get_closest_marker("db") is not None
        and metafunc.definition.get_closest_marker("sqlite") is None
    ):
        metafunc.parametrize("backend", [FILE, SERVER])


@pytest.fixture
def backend() -> str:
    """Where the test's ``database`` and ``cli`` are: a file unless parametrised (above)."""
    return FILE


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest) -> str | None:
    """The URL of the test's server database (migrated, empty); None on a file."""
    if backend != SERVER:
        return None
    return str(request.getfixturevalue("migrated_server_url"))


@pytest.fixture
def database(db_path: Path, database_url: str | None) -> Iterator[object]:
    from kuva_desktop.storage.database import open_database

    db = open_database(db_path) if database_url is None else open_database(url=database_url)
    yield db
    db.dispose()


@pytest.fixture
def cli(db_path: Path, database_url: str | None, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run the command line in this process on the test's database: (status, stdout, stderr)."""
    from kuva_desktop.cli import main

    where = ["--db", str(db_path)] if database_url is None else ["--db-url", database_url]

    def run(*args: str | Path) -> tuple[int, str, str]:
        status = main([*where, *map(str, args)])
        out, err = capsys.readouterr()
        return status, out, err

    return run


# A database server for the tests, never a shared one: scripts/pg-test-cluster starts a throw-away
# cluster and prints its URL; .ci/run sets it here. Without it the server tests are skipped.
TEST_SERVER_ENV = "KUVA_TEST_DB_URL"


def _admin_url() -> str:
    from sqlalchemy.engine import make_url

    base = os.environ.get(TEST_SERVER_ENV)
    if not base:
        pytest.skip(f"no test server ({TEST_SERVER_ENV}; see scripts/pg-test-cluster)")
    return make_url(base).set(drivername="postgresql").render_as_string(hide_password=False)


def unique_role(prefix: str) -> str:
    """A new role name: roles belong to the whole cluster, which the parallel test workers
    share, so two tests must never create (or drop) the same one."""
    import uuid

    return f"{prefix}_{uuid.uuid4().hex[:8]}"


@contextlib.contextmanager
def _new_server_database(template: str | None = None) -> Iterator[str]:
    """A new database on the test server (a copy of ``template``), dropped afterwards."""
    import uuid

    import psycopg
    from sqlalchemy.engine import make_url

    admin = _admin_url()
    name = f"kuva_test_{uuid.uuid4().hex[:12]}"
    copy = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"{copy}')
    try:
        base = make_url(os.environ[TEST_SERVER_ENV])
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def server_url() -> Iterator[str]:
    """The URL of a new, empty database on the test server, dropped after the test."""
    with _new_server_database() as url:
        yield url


@pytest.fixture(scope="session")
def _migrated_template() -> Iterator[str]:
    """A database migrated once per run, copied for each test (a copy takes a moment, the
    migrations a second or two)."""
    from sqlalchemy.engine import make_url

    from kuva_desktop.storage.database import migrate_server

    with _new_server_database() as url:
        migrate_server(url)
        yield str(make_url(url).database)


@pytest.fixture
def migrated_server_url(_migrated_template: str) -> Iterator[str]:
    """The URL of a new database on the test server at the current schema, with no data."""
    with _new_server_database(_migrated_template) as url:
        yield url


# A modal dialog that nobody answers would hold the whole run until CI's time runs out (a test
# that failed half-way leaves typed text unsaved, and closing its window asks what to do). After
# this long the dialog is dismissed with its Escape answer and the test fails, naming it.
MODAL_PATIENCE_S = 30


@pytest.fixture(autouse=True)
def _no_dialog_waits_forever(request: pytest.FixtureRequest) -> Iterator[None]:
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    opened: dict[int, float] = {}
    dismissed: list[str] = []

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            opened.clear()
            return
        since = opened.setdefault(id(modal), time.monotonic())
        if time.monotonic() - since > MODAL_PATIENCE_S:
            texts = [modal.windowTitle(), getattr(modal, "text", lambda: "")()]
            dismissed.append(" / ".join(t for t in texts if t))
            modal.reject() if hasattr(modal, "reject") else modal.close()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(1000)
    yield
    timer.stop()
    if dismissed:
        pytest.fail(f"a modal dialog waited for an answer and was dismissed: {dismissed}")
