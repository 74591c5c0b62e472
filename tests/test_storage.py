"""The database: creation, migrations, refusals, backups, history."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from kuva_desktop.errors import InputError
from kuva_desktop.storage import models as m
from kuva_desktop.storage.database import open_database
from kuva_desktop.storage.migrations import HEAD, REVISIONS


def _alembic_config(url: str):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    from kuva_desktop.resources import package_path

    config = Config()
    config.set_main_option("script_location", str(package_path("storage", "migrations")))
    return config


def test_revisions_constant_matches_the_scripts() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config("sqlite://"))
    in_order = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(in_order) == REVISIONS
    assert script.get_current_head() == HEAD


def test_new_database_has_pragmas_and_head(database, db_path: Path) -> None:
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)


def test_migrations_match_the_model(database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), m.Base.metadata)
    assert diff == []


def test_upgrade_from_first_revision_keeps_children(db_path: Path) -> None:
    """0002 rebuilds the goal table; with foreign keys on, that would cascade-delete metrics."""
    from alembic import command

    engine = create_engine(f"sqlite:///{db_path}")
    config = _alembic_config(str(engine.url))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, REVISIONS[0])
    with sqlite3.connect(db_path) as raw:
        raw.execute("PRAGMA foreign_keys=ON")
        raw.execute(
            "INSERT INTO year (id, year, division_fi, layout) VALUES (1, 2020, 'K', 'status')"
        )
        raw.execute("INSERT INTO theme (id, year_id, name_fi, position) VALUES ('t', 1, 'T', 0)")
        raw.execute(
            "INSERT INTO goal (id, theme_id, title_fi, description_fi, position) "
            "VALUES ('g', 't', 'Goal', '', 0)"
        )
        raw.execute(
            "INSERT INTO metric (id, goal_id, text_fi, target_fi, position) "
            "VALUES ('m', 'g', 'Metric', '', 0)"
        )
        raw.execute(
            "INSERT INTO entry (metric_id, round_key, status) VALUES ('m', '1', 'on_track')"
        )
    engine.dispose()

    database = open_database(db_path)
    with database.reader() as session:
        goal = session.get(m.Goal, "g")
        assert goal is not None
        assert goal.key == "g"
        assert [mt.text_fi for mt in goal.metrics] == ["Metric"]
        assert goal.metrics[0].entry("1").status == "on_track"
    database.dispose()
    backups = list((db_path.parent / "backups").glob("*.db"))
    assert len(backups) == 1 and "before-migration-0001" in backups[0].name


def test_upgrade_gives_every_owner_finnish(db_path: Path) -> None:
    """0005: the owners of an older database are written to in Finnish until told otherwise."""
    from alembic import command

    from kuva_desktop.editing import vocabulary as vocab

    engine = create_engine(f"sqlite:///{db_path}")
    config = _alembic_config(str(engine.url))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0004")
    with sqlite3.connect(db_path) as raw:
        raw.execute("INSERT INTO owner (name, email) VALUES ('Aino Lehtinen', 'a@hel.fi')")
    engine.dispose()

    database = open_database(db_path)
    assert vocab.owners(database) == [vocab.OwnerInfo("Aino Lehtinen", "a@hel.fi", None, "fi")]
    database.dispose()


def test_database_of_a_newer_version_is_refused(db_path: Path) -> None:
    open_database(db_path).dispose()
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()
    with pytest.raises(InputError, match="newer version of Kuva Desktop"):
        open_database(db_path)
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\x89PNG\r\n\x1a\n" + bytes(200), "not an SQLite file"), (b"hello", "not an SQLite file")],
)
def test_file_that_is_not_a_database_is_refused(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        open_database(path)
    assert path.read_bytes() == content


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE songs (title TEXT)")
    with pytest.raises(InputError, match="not a Kuva Desktop database"):
        open_database(path)


def test_read_only_database_is_refused(db_path: Path) -> None:
    open_database(db_path).dispose()
    db_path.chmod(0o444)
    try:
        with pytest.raises(InputError, match="read-only"):
            open_database(db_path)
    finally:
        db_path.chmod(0o644)


def test_folder_as_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder"):
        open_database(tmp_path)


def test_every_change_is_in_the_history(database) -> None:
    with database.session(source="test setup", who="coordinator") as session:
        year = m.Year(year=2021, division_fi="K", layout="status")
        theme = m.Theme(name_fi="Theme", year=year)
        goal = m.Goal(title_fi="Goal", theme=theme)
        metric = m.Metric(text_fi="Metric", goal=goal)
        metric.entries.append(m.Entry(round_key="1", status="on_track"))
        session.add(year)
    with database.session(source="typed", who="Aino") as session:
        entry = session.scalars(select(m.Entry)).one()
        entry.status = "at_risk"
        entry.comment = "Riskit: aikataulu"
    with database.session(who="Aino") as session:
        session.delete(session.scalars(select(m.Metric)).one())

    with database.reader() as session:
        changes = list(session.scalars(select(m.Change).order_by(m.Change.id)))
    created = [c for c in changes if c.action == "create"]
    assert {c.entity for c in created} >= {"year", "theme", "goal", "metric", "entry"}
    assert all(c.who == "coordinator" and c.source == "test setup" for c in created)
    status = next(c for c in changes if c.field == "status")
    assert (status.who, status.source, status.old, status.new) == (
        "Aino",
        "typed",
        '"on_track"',
        '"at_risk"',
    )
    deleted = {c.entity for c in changes if c.action == "delete"}
    assert {"metric", "entry"} <= deleted  # the cascade is recorded too, nothing vanishes


def test_default_database_lives_in_the_users_data_folder(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kuva_desktop.storage.database import default_database_path

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    path = default_database_path()
    assert path == tmp_path / "share" / "Kuva" / "Kuva Desktop" / "kuva.db"
    database = open_database()
    assert database.path == path and path.exists()
    database.dispose()


def test_default_database_folder_is_the_one_qt_names(qapp, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # The folder is found without Qt; the window's Qt must still name the same folder, as the
    # earlier versions (which asked QStandardPaths) did, so that nobody's database is left behind.
    from PySide6.QtCore import QStandardPaths

    from kuva_desktop.storage.database import default_database_path

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    qapp.setOrganizationName("Kuva")
    qapp.setApplicationName("Kuva Desktop")
    qt_folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert default_database_path().parent == Path(qt_folder)
