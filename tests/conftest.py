"""Shared fixtures: offscreen Qt, a private data folder, a fresh database per test."""

from __future__ import annotations

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


@pytest.fixture
def database(db_path: Path) -> Iterator[object]:
    from kuva_desktop.storage.database import open_database

    db = open_database(db_path)
    yield db
    db.dispose()


@pytest.fixture
def cli(db_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run the command line in this process on the test's database: (status, stdout, stderr)."""
    from kuva_desktop.cli import main

    def run(*args: str | Path) -> tuple[int, str, str]:
        status = main(["--db", str(db_path), *map(str, args)])
        out, err = capsys.readouterr()
        return status, out, err

    return run


# A database server for the tests, never a shared one: scripts/pg-test-cluster starts a throw-away
# cluster and prints its URL; .ci/run sets it here. Without it the server tests are skipped.
TEST_SERVER_ENV = "KUVA_TEST_DB_URL"


@pytest.fixture
def server_url() -> Iterator[str]:
    """The URL of a new, empty database on the test server, dropped after the test."""
    import uuid

    import psycopg
    from sqlalchemy.engine import make_url

    base = os.environ.get(TEST_SERVER_ENV)
    if not base:
        pytest.skip(f"no test server ({TEST_SERVER_ENV}; see scripts/pg-test-cluster)")
    url = make_url(base)
    name = f"kuva_test_{uuid.uuid4().hex[:12]}"
    admin = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


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
