"""Commands that only read work on a read-only medium, and never create a database."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kuva_desktop.resources import resource_path

SAMPLE_2021 = resource_path("sample", "2021.json")

READING = {
    "export-json": ["export-json", "--year", "2021"],
    "export-pdf": ["export-pdf", "--year", "2021", "--round", "1", "--lang", "fi", "-o", "OUT.pdf"],
    "export-xlsx": [
        "export-xlsx",
        "--year",
        "2021",
        "--round",
        "1",
        "--lang",
        "sv",
        "-o",
        "OUT.xlsx",
    ],
    "check": ["check", "--year", "2021"],
    "completeness": ["completeness", "--year", "2021", "--round", "1"],
    "backups": ["backups"],
}


def _run(db: Path, args: list[str], out: Path) -> subprocess.CompletedProcess[str]:
    args = [a.replace("OUT", str(out / "report")) for a in args]
    return subprocess.run(
        [sys.executable, "-m", "kuva_desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def read_only_medium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A database with 2021 and its backups on a file system mounted read-only, as on a CD or a
    write-protected share."""
    from kuva_desktop.storage.database import open_database

    folder = tmp_path_factory.mktemp("medium")
    if subprocess.run(["mount", "-t", "tmpfs", "tmpfs", str(folder)], check=False).returncode:
        pytest.skip("cannot mount a file system here")
    try:
        database = open_database(folder / "kuva.db")
        from kuva_desktop.exchange import yeardoc

        with database.session(backup="before-import") as session:
            yeardoc.apply_document(session, yeardoc.load(SAMPLE_2021), replace=True, name="x")
        database.dispose()
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder / "kuva.db"
    finally:
        subprocess.run(["umount", str(folder)], check=False)


@pytest.mark.parametrize("command", sorted(READING))
def test_a_command_that_only_reads_works_on_a_read_only_medium(
    read_only_medium: Path, tmp_path: Path, command: str
) -> None:
    result = _run(read_only_medium, READING[command], tmp_path)
    assert result.returncode in (0, 1) and "kuva-desktop:" not in result.stderr, result.stderr
    if command == "export-json":
        assert json.loads(result.stdout)["year"] == 2021
    if command == "backups":
        assert "\tbefore-import\t" in result.stdout and "\tok\t" in result.stdout


def test_a_command_that_writes_is_refused_on_a_read_only_medium(
    read_only_medium: Path, tmp_path: Path
) -> None:
    result = _run(read_only_medium, ["round", "--year", "2021", "--round", "1", "open"], tmp_path)
    assert result.returncode == 2
    assert result.stderr == f"kuva-desktop: {read_only_medium}: the database is read-only\n"


@pytest.mark.parametrize("command", sorted(READING))
def test_a_command_that_only_reads_refuses_a_database_that_is_not_there(
    cli, db_path: Path, tmp_path: Path, command: str
) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "typo" / "kuva.db"
    args = [a.replace("OUT", str(tmp_path / "report")) for a in READING[command]]
    from kuva_desktop.cli import main

    assert main(["--db", str(missing), *args]) == 2
    assert not missing.parent.exists()
    assert not list(tmp_path.glob("report*"))


def test_a_command_that_only_reads_refuses_an_empty_file(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    db_path.touch()
    status, _, err = cli("check")
    assert status == 2
    assert err == (
        f"kuva-desktop: {db_path}: an empty file, not a Kuva Desktop database (a command that "
        "only reads does not create one)\n"
    )
    assert db_path.read_bytes() == b""
