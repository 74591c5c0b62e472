"""The command line as a user meets it: exit statuses and one-line messages."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kuva_desktop.resources import resource_path

pytestmark = pytest.mark.db

SAMPLE_2019 = resource_path("sample", "2019.json")


def test_module_entry_point_runs_without_a_traceback(tmp_path: Path) -> None:
    db = tmp_path / "newer.db"
    sqlite3.connect(db).executescript(
        "CREATE TABLE alembic_version (version_num VARCHAR(32)); "
        "INSERT INTO alembic_version VALUES ('9999');"
    )
    result = subprocess.run(
        [sys.executable, "-m", "kuva_desktop", "--db", str(db), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith(f"kuva-desktop: {db}: this database was made by a newer")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("argv", "opened"),
    [
        ([], (None, None)),
        (["--db", "my.db"], (Path("my.db"), None)),
        (["--db-url", "postgresql://kuva@server/kuva"], (None, "postgresql://kuva@server/kuva")),
        (["--db=my.db"], (Path("my.db"), None)),  # read by the parser, to the same effect
    ],
)
def test_without_a_command_the_window_opens_on_the_database_named(
    argv: list[str], opened: tuple[Path | None, str | None], monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    from kuva_desktop import cli
    from kuva_desktop.ui import app

    calls: list[tuple[object, ...]] = []
    monkeypatch.setattr(app, "run_gui", lambda *args: calls.append(args) or 0)
    assert cli.main(argv) == 0
    assert calls == [opened]
    # What the parser refuses it still refuses, with its usage line, and opens no window.
    for wrong in (["--db"], ["--db", "a.db", "--db-url", "x"], ["--db", "-x"]):
        with pytest.raises(SystemExit) as refused:
            cli.main(wrong)
        assert refused.value.code == 2
        assert "usage: kuva-desktop" in capsys.readouterr().err
    assert calls == [opened]


@pytest.mark.sqlite
def test_read_only_database_is_refused_for_writing_and_read(cli, db_path: Path) -> None:
    assert cli("import-json", SAMPLE_2019)[0] == 0
    db_path.chmod(0o444)
    try:
        status, _, err = cli("import-json", SAMPLE_2019)
        assert status == 2 and f"{db_path}: the database is read-only" in err
        assert cli("check", "--year", "2019")[0] == 0
    finally:
        db_path.chmod(0o644)


def test_database_that_is_a_folder_is_refused(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from kuva_desktop.cli import main

    assert main(["--db", str(tmp_path), "check"]) == 2
    assert f"{tmp_path}: is a folder" in capsys.readouterr().err


def test_check_lists_broken_rules_and_exits_nonzero(cli, tmp_path: Path) -> None:
    data = json.loads(SAMPLE_2019.read_text(encoding="utf-8"))
    goal = data["themes"][1]["goals"][0]
    goal["outcome"]["explanation"] = None
    (tmp_path / "y.json").write_text(json.dumps(data), encoding="utf-8")
    assert cli("import-json", tmp_path / "y.json")[0] == 0

    status, out, err = cli("check", "--year", "2019")
    assert status == 1
    lines = out.splitlines()
    assert lines == [
        f"2019 · goal “{goal['title']['fi'][:59]}…” · round final · "
        "rule 3: Not achieved needs an explanation (Not achieved)"
    ]
    assert "1 broken rules" in err
    assert cli("check", "--year", "2019", "--round", "1")[0] == 0


def test_check_of_a_year_not_there_is_refused(cli, database) -> None:
    status, _, err = cli("check", "--year", "2031")
    assert status == 2 and "year 2031: not in the database" in err


def test_round_states(cli) -> None:
    cli("import-json", SAMPLE_2019)
    status, out, _ = cli("round", "--year", "2019", "--round", "2", "open")
    assert (status, out) == (0, "2019 round 2: open\n")
    exported = json.loads(cli("export-json", "--year", "2019")[1])
    assert [r["state"] for r in exported["rounds"]] == ["locked", "open", "locked", "locked"]


def test_bad_year_argument_is_a_usage_error(cli) -> None:
    import pytest

    with pytest.raises(SystemExit) as exit_info:
        cli("export-json", "--year", "next")
    assert exit_info.value.code == 2


def test_export_pdf_reports_progress_and_refuses_in_the_language_asked(tmp_path: Path) -> None:
    """What the window reads from its child process (docs/cli.md): progress lines on stderr and
    the refusal's line in the window's language; without the variables, neither."""
    db = tmp_path / "kuva.db"
    loaded = subprocess.run(
        [sys.executable, "-m", "kuva_desktop", "--db", str(db), "import-json", str(SAMPLE_2019)],
        capture_output=True,
        check=False,
    )
    assert loaded.returncode == 0
    export = [sys.executable, "-m", "kuva_desktop", "--db", str(db), "export-pdf", "--year"]
    export += ["2019", "--round", "1", "--lang", "fi", "-o"]
    env = {**os.environ, "KUVA_PROGRESS": "1", "KUVA_MESSAGE_LANGUAGE": "sv"}
    done = subprocess.run(
        [*export, str(tmp_path / "r.pdf")], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0
    lines = done.stderr.splitlines()
    assert lines[0] == f"progress 0 {lines[-1].split()[2]}" and lines[-1].split()[1:2] == [
        lines[-1].split()[2]
    ]
    assert all(line.startswith("progress ") for line in lines)
    missing = tmp_path / "no" / "r.pdf"
    refused = subprocess.run(
        [*export, str(missing)], capture_output=True, text=True, env=env, check=False
    )
    assert refused.returncode == 2
    assert refused.stderr == (
        f"kuva-desktop: {missing}: filen kan inte skrivas (mappen {missing.parent} finns inte)\n"
    )
    plain = subprocess.run([*export, str(missing)], capture_output=True, text=True, check=False)
    assert plain.stderr == (
        f"kuva-desktop: {missing}: cannot be written (no folder {missing.parent})\n"
    )
