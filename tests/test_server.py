"""A shared PostgreSQL server (docs/server.md), on the throw-away test cluster of
scripts/pg-test-cluster: the same commands give the same documents and reports as a file, and the
server's refusals are clear and never show a password. Skipped without ``KUVA_TEST_DB_URL``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from kuva_desktop.cli import main
from tests.conftest import SEED_2021, unique_role

Run = Callable[..., tuple[int, str, str]]


def _plain(url: str) -> str:
    """The URL as libpq takes it (no SQLAlchemy driver name)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def server(server_url: str, capsys: pytest.CaptureFixture[str]) -> Run:
    """Run the command line on the test's server database: (status, stdout, stderr)."""

    def run(*args: str | Path, url: str = server_url) -> tuple[int, str, str]:
        status = main(["--db-url", url, *map(str, args)])
        out, err = capsys.readouterr()
        return status, out, err

    return run


@pytest.fixture
def migrated(server: Run) -> Run:
    status, out, _ = server("migrate")
    assert status == 0, out
    return server


def test_an_empty_server_database_asks_for_migrate_then_works(server_url: str, server: Run) -> None:
    status, _, err = server("sample-data")
    assert status == 2
    assert "no Kuva Desktop tables yet; run 'kuva-desktop migrate'" in err
    assert server("migrate")[:2] == (0, f"{server_url}: schema none -> 0005\n")
    assert server("migrate")[:2] == (0, f"{server_url}: the schema is up to date (0005)\n")
    assert server("sample-data")[0] == 0


def test_the_command_line_cycle_gives_the_same_documents_and_reports_as_a_file(
    migrated: Run, cli: Run, tmp_path: Path
) -> None:
    for run in (migrated, cli):
        assert run("sample-data")[0] == 0
        status, _, err = run("import-table", SEED_2021, "--year", "2022", "--round", "1")
        assert status == 0, err
        assert run("round", "--year", "2022", "--round", "1", "lock")[0] == 0
    outputs = []
    for name, run in (("server", migrated), ("file", cli)):
        folder = tmp_path / name
        folder.mkdir()
        # 2022's ids are new UUIDs on each side; the sample years' are the same.
        (folder / "check").write_text(repr(run("check", "--year", "2022")[:2]))
        for year in (2019, 2020, 2021):
            assert run("export-json", "--year", year, "-o", folder / f"{year}.json")[0] == 0
        for lang in ("fi", "sv"):
            common = ("--year", "2021", "--round", "1", "--lang", lang, "--date", "2026-01-02")
            assert run("export-pdf", *common, "-o", folder / f"{lang}.pdf")[0] == 0
            assert run("export-xlsx", *common, "-o", folder / f"{lang}.xlsx")[0] == 0
        outputs.append({path.name: path.read_bytes() for path in sorted(folder.iterdir())})
    assert outputs[0].keys() == outputs[1].keys()
    for name in outputs[0]:
        server_bytes, file_bytes = outputs[0][name], outputs[1][name]
        if name.endswith(".json"):
            # The document names its own database and revision; everything else is the same.
            server_bytes, file_bytes = _without_origin(server_bytes), _without_origin(file_bytes)
        assert server_bytes == file_bytes, name


def _without_origin(document: bytes) -> bytes:
    import json

    data = json.loads(document)
    assert data.pop("database") and data.pop("revision")
    return json.dumps(data).encode()


def test_a_password_in_the_url_is_refused_and_never_shown(server_url: str, server: Run) -> None:
    with_password = (
        make_url(server_url).set(password="Sal4sana!").render_as_string(hide_password=False)
    )
    status, out, err = server("export-json", "--year", "2021", url=with_password)
    assert status == 2
    assert "the URL holds a password; put it in the password file" in err
    assert "Sal4sana" not in out + err


def test_a_wrong_password_is_refused_without_showing_it(
    server_url: str, server: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    role = unique_role("kuva_login")  # roles are the cluster's, shared by test workers
    with psycopg.connect(_plain(server_url), autocommit=True) as connection:
        connection.execute(
            f"CREATE ROLE {role} LOGIN PASSWORD 'oikea-salasana' IN ROLE kuva_logins"
        )
    url = make_url(server_url)
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"{url.host}:{url.port}:*:{role}:V44rä-salasana\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    login = url.set(username=role).render_as_string(hide_password=False)
    status, out, err = server("export-json", "--year", "2021", url=login)
    assert status == 2
    assert "cannot connect to the server, or it refused the login" in err
    assert "V44rä" not in out + err and "oikea" not in out + err


def test_a_database_of_a_newer_version_is_refused(server_url: str, migrated: Run) -> None:
    with psycopg.connect(_plain(server_url), autocommit=True) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    for command in (("export-json", "--year", "2021"), ("migrate",)):
        status, _, err = migrated(*command)
        assert status == 2
        assert "made by a newer version of Kuva Desktop (schema 0099)" in err


def test_a_database_of_another_application_is_refused_and_left_alone(
    server_url: str, server: Run
) -> None:
    with psycopg.connect(_plain(server_url), autocommit=True) as connection:
        connection.execute("CREATE TABLE invoices (id integer)")
    for command in (("migrate",), ("sample-data",)):
        status, _, err = server(*command)
        assert status == 2
        assert "not a Kuva Desktop database (it holds tables of another application)" in err
    with psycopg.connect(_plain(server_url)) as connection:
        tables = connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()
    assert tables == [("invoices",)]


def test_a_read_only_role_can_export_and_is_told_it_cannot_change(
    server_url: str, migrated: Run
) -> None:
    assert migrated("sample-data")[0] == 0
    role = unique_role("kuva_reader")  # roles are the cluster's, shared by test workers
    with psycopg.connect(_plain(server_url), autocommit=True) as connection:
        connection.execute(f"CREATE ROLE {role} LOGIN")
        connection.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
    reader = make_url(server_url).set(username=role).render_as_string(hide_password=False)
    status, out, err = migrated("export-json", "--year", "2021", url=reader)
    assert status == 0, err
    assert '"year": 2021' in out
    status, _, err = migrated("round", "--year", "2021", "--round", "1", "open", url=reader)
    assert status == 2
    assert "your database role may only read" in err
    with psycopg.connect(_plain(server_url)) as connection:
        users = connection.execute("SELECT DISTINCT db_user FROM change").fetchall()
    assert users == [("postgres",)]  # the history names the role of every change
    # Nothing to change: the schema is current, which a reader may be told.
    assert migrated("migrate", url=reader)[1].endswith("the schema is up to date (0005)\n")


def _merge_in_turn(url: str, paths: list[Path], start: Any, out: Any) -> None:
    """One coordinator's process: merges its files one by one, as soon as the other starts."""
    from kuva_desktop.errors import InputError
    from kuva_desktop.exchange.packages import merge_paths
    from kuva_desktop.storage.database import open_database

    database = open_database(url=url)
    start.wait()
    statuses = []
    for path in paths:
        for _attempt in range(20):
            try:
                report = merge_paths(database, [path])
            except InputError as error:
                if error.code != "server.concurrent":
                    raise
                continue  # another coordinator's change at the same moment: read again
            statuses.append((report.files[0].status, len(report.applied), len(report.conflicts)))
            break
        else:
            statuses.append(("gave up", 0, 0))
    database.dispose()
    out.put(statuses)


@pytest.mark.slow
def test_two_coordinators_merging_at_the_same_moment_lose_no_value(
    server_url: str, migrated: Run, tmp_path: Path
) -> None:
    """Two owners of the same metrics, 25 submissions each, merged by two processes at once:
    every entry of every submission is applied or held as a conflict, none lost."""
    import json
    import multiprocessing

    from sqlalchemy import select

    from kuva_desktop.editing import Editor
    from kuva_desktop.exchange.packages import WorkingCopy, issue_package
    from kuva_desktop.exchange.sample import load_sample_data
    from kuva_desktop.storage import models as m
    from kuva_desktop.storage.database import open_database
    from kuva_desktop.storage.queries import load_year

    database = open_database(url=server_url)
    load_sample_data(database)
    Editor(database).new_year_from(2021, 2022)
    with database.session(source="race setup") as session:
        owners = list(session.scalars(select(m.Owner).order_by(m.Owner.name)))[:2]
        year = load_year(session, 2022)
        assert year is not None
        metrics = [mt for t in year.themes for g in t.goals for mt in g.metrics][:2]
        for metric in metrics:
            metric.owners = owners
        metric_ids, names = [mt.id for mt in metrics], [o.name for o in owners]
    files: list[list[Path]] = []
    for index, owner in enumerate(names):
        files.append([])
        for number in range(25):
            package = issue_package(database, 2022, "1", owner, tmp_path / f"{index}-{number}")
            copy = WorkingCopy.open(package.path)
            for metric_id in metric_ids:
                copy.set_field(metric_id, "comment", f"{owner} {number}")
            files[-1].append(copy.save_submission(tmp_path / f"{index}-{number}.kuvasub").path)

    context = multiprocessing.get_context("spawn")
    start, out = context.Barrier(2), context.Queue()
    workers = [
        context.Process(target=_merge_in_turn, args=(server_url, paths, start, out))
        for paths in files
    ]
    for worker in workers:
        worker.start()
    results = [out.get(timeout=300) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)

    outcomes = [outcome for statuses in results for outcome in statuses]
    assert len(outcomes) == 50
    assert {status for status, _, _ in outcomes} <= {"merged", "conflict"}
    assert all(applied + conflicts == 2 for _, applied, conflicts in outcomes)
    with database.reader() as session:
        written = {
            json.loads(new)
            for new in session.scalars(select(m.Change.new).where(m.Change.field == "comment"))
        } | {
            json.loads(new).get("comment")
            for new in session.scalars(
                select(m.Change.new).where(m.Change.entity == "entry", m.Change.action == "create")
            )
        }
        held = {json.loads(theirs) for theirs in session.scalars(select(m.Conflict.theirs))}
    database.dispose()
    submitted = {f"{owner} {number}" for owner in names for number in range(25)}
    assert submitted - written - held == set()


def _year_text(run: Run, year: int) -> str:
    """The year document as exported, without its revision (the newest change's id)."""
    import json

    status, out, err = run("export-json", "--year", year)
    assert status == 0, err
    data = json.loads(out)
    data.pop("revision")
    return json.dumps(data, ensure_ascii=False)


def _export(run: Run, year: int) -> str:
    status, out, err = run("export-json", "--year", year)
    assert status == 0, err
    return out


def _changed_metric(document: str, text: str, tmp_path: Path) -> Path:
    import json

    data = json.loads(document)
    data["themes"][0]["goals"][0]["metrics"][0]["text"]["fi"] = text
    path = tmp_path / f"{text}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_import_saves_the_year_document_that_restore_puts_back(
    migrated: Run, tmp_path: Path
) -> None:
    assert migrated("import-table", SEED_2021, "--year", "2022", "--round", "1")[0] == 0
    status, out, err = migrated("backups")
    assert (status, out) == (0, "")  # a new year: nothing to save before it
    assert "0 year documents in" in err
    before = _year_text(migrated, 2022)
    changed = _changed_metric(_export(migrated, 2022), "Muutettu mittari", tmp_path)
    assert migrated("import-json", changed)[0] == 0
    assert "Muutettu mittari" in _year_text(migrated, 2022)

    status, out, err = migrated("backups")
    assert status == 0, err
    [line] = out.splitlines()
    _time, reason, year, _size, check, name = line.split("\t")
    assert (reason, year, check) == ("before-import", "2022", "ok")
    assert name.endswith("-before-import-2022.json")

    status, out, err = migrated("restore", name)
    assert status == 0, err
    assert out.startswith("2022: restored from ") and "(1 values changed)" in out
    assert _year_text(migrated, 2022) == before
    # The state it replaced is kept, and restores the other way.
    status, out, _ = migrated("backups")
    assert [line.split("\t")[1] for line in out.splitlines()] == ["before-restore", "before-import"]
    assert migrated("restore", out.splitlines()[0].split("\t")[-1])[0] == 0
    assert "Muutettu mittari" in _year_text(migrated, 2022)


def test_a_merge_saves_the_year_before_it_and_a_refused_import_saves_nothing(
    server_url: str, migrated: Run, tmp_path: Path
) -> None:
    from kuva_desktop.exchange.packages import issue_package
    from kuva_desktop.storage.database import open_database
    from tests.test_packages_merge import AINO, YEAR, open_year, submit

    database = open_database(url=server_url)
    try:
        year = open_year(database)
        package = issue_package(database, YEAR, "1", AINO, tmp_path).path
    finally:
        database.dispose()
    before = _year_text(migrated, YEAR)
    broken = tmp_path / "broken.json"
    broken.write_text(
        _export(migrated, YEAR).replace('"layout": "status"', '"layout": "kinda"'), encoding="utf-8"
    )
    assert migrated("import-json", broken)[0] == 2
    assert migrated("backups")[1] == ""

    sub = submit(package, {(year["A"], "comment"): "Riskit: uusi"})
    status, _, err = migrated("merge", sub)
    assert status == 0, err
    status, out, _ = migrated("backups")
    [line] = out.splitlines()
    assert line.split("\t")[1:3] == ["before-merge", str(YEAR)]
    status, _, err = migrated("restore", line.split("\t")[-1])
    assert status == 0, err
    assert _year_text(migrated, YEAR) == before


def test_a_read_only_role_lists_the_backups_but_cannot_restore_one(
    server_url: str, migrated: Run, tmp_path: Path
) -> None:
    assert migrated("import-table", SEED_2021, "--year", "2022", "--round", "1")[0] == 0
    changed = _changed_metric(_export(migrated, 2022), "Muutettu mittari", tmp_path)
    assert migrated("import-json", changed)[0] == 0
    listed = migrated("backups")[1]
    role = unique_role("kuva_reader")  # roles are the cluster's, shared by test workers
    with psycopg.connect(_plain(server_url), autocommit=True) as connection:
        connection.execute(f"CREATE ROLE {role} LOGIN")
        connection.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
    reader = make_url(server_url).set(username=role).render_as_string(hide_password=False)
    assert migrated("backups", url=reader)[1] == listed
    status, _, err = migrated("restore", listed.split("\t")[-1].strip(), url=reader)
    assert status == 2
    assert "your database role may only read" in err
    assert "Muutettu mittari" in _year_text(migrated, 2022)
    assert migrated("backups")[1] == listed  # no state was saved for a restore that did not run


class _CommitsBetween:
    """Another coordinator who commits a new theme with a goal and a metric in 2022 while a read
    is half done: after the read's ``after``-th statement."""

    def __init__(self, url: str, after: int) -> None:
        self.url, self.left = url, after
        self.theme: str | None = None

    def statement(self, *_args: Any) -> None:
        self.left -= 1
        if self.left == 0:
            from kuva_desktop.editing import Editor
            from kuva_desktop.storage.database import open_database

            other = open_database(url=self.url)
            try:
                editor = Editor(other, who="toinen")
                self.theme = editor.add_theme(2022, "Toisen teema")
                editor.add_metric(editor.add_goal(self.theme, "Toisen tavoite"), "Toisen mittari")
            finally:
                other.dispose()


@pytest.fixture
def year_2022(migrated_server_url: str) -> Any:
    from kuva_desktop.editing import Editor
    from kuva_desktop.exchange.sample import load_sample_data
    from kuva_desktop.storage.database import open_database

    database = open_database(url=migrated_server_url)
    load_sample_data(database)
    Editor(database).new_year_from(2021, 2022)
    yield database
    database.dispose()


@pytest.mark.parametrize("after", [2, 3, 4])  # after the first statement: the snapshot
def test_a_tree_read_while_another_coordinator_adds_a_goal_is_one_snapshot(
    year_2022: Any, migrated_server_url: str, after: int
) -> None:
    from sqlalchemy import event

    from kuva_desktop.editing.read import read_tree

    other = _CommitsBetween(migrated_server_url, after)
    event.listen(year_2022.engine, "before_cursor_execute", other.statement)
    try:
        years = read_tree(year_2022)  # READ COMMITTED failed here with KeyError
    finally:
        event.remove(year_2022.engine, "before_cursor_execute", other.statement)
    assert other.theme is not None  # the other coordinator did commit in the middle
    themes = [t.text_fi for y in years if y.key == 2022 for t in y.children]
    assert "Toisen teema" not in themes  # the tree as it was when the read began
    again = [t.text_fi for y in read_tree(year_2022) if y.key == 2022 for t in y.children]
    assert again == [*themes, "Toisen teema"]


def test_a_report_read_while_another_coordinator_adds_a_goal_is_one_snapshot(
    year_2022: Any, migrated_server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kuva_desktop.storage import database as storage

    other = _CommitsBetween(migrated_server_url, 2)
    real_read_year = storage.read_year

    class Cursor:
        def __init__(self, cursor: Any) -> None:
            self.cursor = cursor

        def execute(self, *args: Any) -> Any:
            other.statement()
            return self.cursor.execute(*args)

        def __getattr__(self, name: str) -> Any:
            return getattr(self.cursor, name)

    class Connection:
        def __init__(self, connection: Any) -> None:
            self.connection = connection

        def cursor(self) -> Cursor:
            return Cursor(self.connection.cursor())

        def __getattr__(self, name: str) -> Any:
            return getattr(self.connection, name)

    monkeypatch.setattr(storage, "read_year", lambda c, y: real_read_year(Connection(c), y))
    before = year_2022.read_year(2022)
    assert other.theme is not None
    monkeypatch.undo()
    after = year_2022.read_year(2022)
    assert before is not None and after is not None
    names = [theme.name_fi for theme in before.themes]
    assert "Toisen teema" not in names
    assert [theme.name_fi for theme in after.themes] == [*names, "Toisen teema"]


def test_a_row_another_coordinator_holds_gives_the_lock_message_not_a_freeze(
    year_2022: Any, migrated_server_url: str, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    from kuva_desktop.storage import server as storage_server

    # The server's lock_timeout, shortened for the test (10 s in the application).
    monkeypatch.setitem(storage_server.SESSION_SETTINGS, "lock_timeout", "1s")
    with psycopg.connect(_plain(migrated_server_url)) as holder:
        holder.execute(
            "SELECT round.id FROM round JOIN year ON year.id = round.year_id "
            "WHERE year.year = 2022 AND round.key = '1' FOR UPDATE"
        ).fetchall()
        command = ["round", "--year", "2022", "--round", "1", "close"]
        status = main(["--db-url", migrated_server_url, *command])
        _out, err = capsys.readouterr()
        holder.rollback()
    assert status == 2
    assert err == (
        f"kuva-desktop: {migrated_server_url}: another coordinator is changing the same data; "
        "try again in a moment\n"
    )
    with year_2022.reader() as session:
        from kuva_desktop.storage.queries import load_year

        year = load_year(session, 2022)
        assert year is not None and year.round("1").state == "open"  # nothing changed


def test_a_command_that_meets_a_concurrent_change_runs_again(
    migrated: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server refuses a transaction that met another coordinator's change at the same moment
    (``server.concurrent``, nothing written); the command runs again on fresh data, and gives the
    refusal only when every try met one."""
    import json

    from kuva_desktop.errors import InputError
    from kuva_desktop.storage import queries
    from kuva_desktop.storage.server import CONCURRENT_TRIES

    assert migrated("sample-data")[0] == 0
    rounds = json.loads(migrated("export-json", "--year", "2021")[1])["rounds"]
    assert rounds[1]["state"] != "open"
    read = queries.load_year
    tries: list[int] = []

    def concurrent(times: int) -> Callable[..., Any]:
        def load_year(session: Any, year: int) -> Any:
            tries.append(year)
            if len(tries) <= times:
                raise InputError("server.concurrent", url="the test server")
            return read(session, year)

        return load_year

    monkeypatch.setattr(queries, "load_year", concurrent(1))
    assert migrated("round", "--year", "2021", "--round", "2", "open") == (
        0,
        "2021 round 2: open\n",
        "",
    )
    assert tries == [2021, 2021]
    tries.clear()
    monkeypatch.setattr(queries, "load_year", concurrent(CONCURRENT_TRIES))
    status, out, err = migrated("round", "--year", "2021", "--round", "2", "close")
    assert (status, out) == (2, "")
    assert err == (
        "kuva-desktop: the test server: another coordinator changed the same data at the same "
        "moment; nothing was changed, try again\n"
    )
    assert len(tries) == CONCURRENT_TRIES
    rounds = json.loads(migrated("export-json", "--year", "2021")[1])["rounds"]
    assert rounds[1]["state"] == "open"  # as the first command left it
