"""Damaged and unusable databases are named as such, by SQLite's error code: a damaged page, a
damaged history tree or index, a full disk, a database in use; and the way back is named."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kuva_desktop.errors import InputError
from kuva_desktop.resources import resource_path
from kuva_desktop.storage import backups, files

SAMPLE_2019 = resource_path("sample", "2019.json")
SAMPLE_2021 = resource_path("sample", "2021.json")


def _root_page(db_path: Path, name: str) -> int:
    with sqlite3.connect(db_path) as raw:
        query = "SELECT rootpage FROM sqlite_master WHERE name = ?"
        return int(raw.execute(query, (name,)).fetchone()[0])


def _damage_page(db_path: Path, name: str) -> None:
    """Overwrite the header and cell pointers of the root page of table or index ``name``, as a
    failing disk or a torn copy would."""
    page = _root_page(db_path, name)
    with sqlite3.connect(db_path) as raw:
        size = raw.execute("PRAGMA page_size").fetchone()[0]
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with db_path.open("r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(b"\x7f" * 48)


def _loaded(cli, db_path: Path) -> str:  # type: ignore[no-untyped-def]
    """2019 and 2021 imported; the name of the backup from before 2021 came in."""
    assert cli("import-json", SAMPLE_2019)[0] == 0
    assert cli("import-json", SAMPLE_2021)[0] == 0
    return sorted(p.name for p in backups.folder_of(db_path).iterdir())[-1]


@pytest.mark.parametrize("damaged", ["entry", "change"], ids=["a data page", "the history tree"])
def test_a_damaged_page_is_refused_naming_the_newest_good_backup(
    cli, db_path: Path, damaged: str
) -> None:  # type: ignore[no-untyped-def]
    good = _loaded(cli, db_path)
    _damage_page(db_path, damaged)
    backup = db_path.parent / "backups" / good
    expected = f"kuva-desktop: {db_path}: the database is damaged ("
    for command in (["check"], ["export-json", "--year", "2019"], ["import-json", SAMPLE_2019]):
        status, _, err = cli(*command)
        assert status == 2, command
        assert err.startswith(expected), err
        assert err.endswith(
            f"); the newest backup that passes the check is {backup}: restore it with "
            f"`kuva-desktop --db {db_path} restore {backup}` or in the window with "
            "File → Restore from a backup…\n"
        )
        assert err.count("\n") == 1 and "internal error" not in err
    status, _, err = cli(
        "export-pdf",
        "--year",
        "2019",
        "--round",
        "1",
        "--lang",
        "fi",
        "-o",
        db_path.parent / "r.pdf",
    )
    assert status == 2 and err.startswith(expected)

    status, _out, _ = cli("restore", backup)
    assert status == 0
    assert cli("check", "--year", "2019")[0] == 0


def test_a_damaged_index_passes_the_quick_check_but_no_backup_of_it_is_kept(
    cli, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The index of the history no longer matches its table: the quick check at open reads every
    page but does not compare them; the full check before a backup is kept does."""
    assert cli("import-json", SAMPLE_2019)[0] == 0
    [good] = sorted((db_path.parent / "backups").iterdir())
    with sqlite3.connect(db_path) as raw:
        raw.execute("PRAGMA writable_schema=ON")
        raw.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_change_entity_id ON change (who)' "
            "WHERE name = 'ix_change_entity_id'"
        )
    before = db_path.read_bytes()
    assert cli("check", "--year", "2019")[0] == 0  # readable, and read

    status, _, err = cli("import-json", SAMPLE_2021)
    assert status == 2
    assert err.startswith(f"kuva-desktop: {db_path}: the database is damaged (")
    assert f"the newest backup that passes the check is {good}" in err
    assert sorted((db_path.parent / "backups").iterdir()) == [good]
    assert db_path.read_bytes() == before


def test_a_full_disk_is_named_as_such(cli, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """SQLite's own SQLITE_FULL, from a page limit set on every new connection."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from kuva_desktop.storage.database import open_database

    open_database(db_path).dispose()
    pages = db_path.stat().st_size // 4096

    def limit(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + 2}")

    event.listen(Engine, "connect", limit)
    try:
        monkeypatch.setattr(backups, "make", lambda *_a, **_k: db_path)  # no room for it
        status, _, err = cli("import-json", SAMPLE_2019)
    finally:
        event.remove(Engine, "connect", limit)
    assert status == 2
    assert err == (
        f"kuva-desktop: {db_path}: the disk is full; free some space and try again "
        "(nothing was changed)\n"
    )
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT count(*) FROM year").fetchone() == (0,)


def test_a_database_in_use_by_another_program_is_named_as_such(
    cli, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from kuva_desktop.storage import database

    database.open_database(db_path).dispose()
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        status, _, err = cli("import-json", SAMPLE_2019)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert status == 2
    assert err == f"kuva-desktop: {db_path}: the database is in use by another program; try again\n"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (sqlite3.SQLITE_IOERR | (3 << 8), "db.io_error"),  # SQLITE_IOERR_WRITE
        (sqlite3.SQLITE_FULL, "db.full"),
        (sqlite3.SQLITE_READONLY | (1 << 8), "db.read_only"),  # SQLITE_READONLY_RECOVERY
        (sqlite3.SQLITE_BUSY, "db.busy"),
        (sqlite3.SQLITE_LOCKED, "db.locked"),
        (sqlite3.SQLITE_NOTADB, "db.not_sqlite"),
        (sqlite3.SQLITE_CANTOPEN, "db.cannot_open"),
        (sqlite3.SQLITE_CONSTRAINT, None),  # a bug, not the database's state
    ],
)
def test_errors_are_sorted_by_their_code_not_their_words(
    tmp_path: Path, code: int, expected: str | None
) -> None:
    error = sqlite3.OperationalError("disk is full, locked, readonly: misleading words")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    refusal = files.database_error(error, tmp_path / "kuva.db")
    assert (refusal.code if refusal else None) == expected


def test_a_damaged_database_is_refused_by_the_window_in_its_language(
    qtbot, qt_settings, cli, db_path: Path, translations
) -> None:  # type: ignore[no-untyped-def]
    from kuva_desktop.ui.app import DatabaseLoader

    good = _loaded(cli, db_path)
    _damage_page(db_path, "entry")
    loader = DatabaseLoader(db_path, None)
    with qtbot.waitSignal(loader.refused, timeout=20_000) as refused:
        loader.start()
    [message] = refused.args
    assert message.startswith(f"{db_path}: tietokanta on vioittunut (")
    assert f"varmuuskopio on {db_path.parent / 'backups' / good}" in message
    assert "Tiedosto → Palauta varmuuskopiosta…" in message


def test_an_error_that_is_not_the_databases_state_stays_a_bug() -> None:
    assert files.database_error(ValueError("x"), "kuva.db") is None
    refusal = InputError("table.empty", path="x")
    assert files.database_error(refusal, "kuva.db") is refusal
