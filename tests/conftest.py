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
