"""Output never clobbers input: every written file is checked, and written whole or not at all."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kuva_desktop.resources import resource_path
from kuva_desktop.storage import files

SAMPLE_2021 = resource_path("sample", "2021.json")

EXPORTS = {
    "export-json": ["export-json", "--year", "2021"],
    "export-pdf": ["export-pdf", "--year", "2021", "--round", "1", "--lang", "fi"],
    "export-xlsx": ["export-xlsx", "--year", "2021", "--round", "1", "--lang", "fi"],
    "export-package": ["export-package", "--year", "2021", "--round", "1", "--owner", "OWNER"],
}


@pytest.fixture
def loaded(cli, db_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """The 2021 sample year, round 1 open for packages; the database closed (checkpointed)."""
    assert cli("import-json", SAMPLE_2021)[0] == 0
    assert cli("round", "--year", "2021", "--round", "1", "open")[0] == 0
    return db_path


def _owner(db_path: Path) -> str:
    import sqlite3

    with sqlite3.connect(db_path) as raw:
        row = raw.execute(
            "SELECT o.name FROM owner o JOIN goal_owner go ON go.owner_id = o.id LIMIT 1"
        ).fetchone()
    return str(row[0])


def _command(name: str, db_path: Path) -> list[str]:
    return [arg if arg != "OWNER" else _owner(db_path) for arg in EXPORTS[name]]


def _state(db_path: Path) -> dict[str, bytes]:
    # The -shm is SQLite's index of the -wal, which readers update, and a reader of a database
    # whose last writer closed it makes an empty -wal: neither is a state to compare.
    folder = db_path.parent
    found = {
        p.name: p.read_bytes()
        for p in folder.iterdir()
        if p.is_file()
        and not p.name.endswith("-shm")
        and not (p.name.endswith("-wal") and p.stat().st_size == 0)
    }
    backups = folder / "backups"
    if backups.is_dir():
        found |= {f"backups/{p.name}": p.read_bytes() for p in backups.iterdir()}
    return found


TARGETS = {
    "the database": lambda db: db,
    "its -wal": lambda db: db.with_name(db.name + "-wal"),
    "its -shm": lambda db: db.with_name(db.name + "-shm"),
    "its -journal": lambda db: db.with_name(db.name + "-journal"),
    "the database through ..": lambda db: db.parent / "sub" / ".." / db.name,
    "a link to the database": lambda db: db.parent / "link.pdf",
    "a file in the backups folder": lambda db: db.parent / "backups" / "report.pdf",
    "the backups folder": lambda db: db.parent / "backups",
    "a folder": lambda db: db.parent / "sub",
}


@pytest.mark.parametrize("command", ["export-json", "export-pdf", "export-xlsx"])
@pytest.mark.parametrize("target", sorted(TARGETS))
def test_output_over_the_database_its_journals_or_backups_is_refused(
    cli, loaded: Path, command: str, target: str
) -> None:  # type: ignore[no-untyped-def]
    (loaded.parent / "sub").mkdir()
    (loaded.parent / "backups").mkdir(exist_ok=True)
    (loaded.parent / "link.pdf").symlink_to(loaded)
    path = TARGETS[target](loaded)
    before = _state(loaded)
    status, out, err = cli(*_command(command, loaded), "-o", path)
    assert status == 2, (out, err)
    assert err.count("\n") == 1 and err.startswith(f"kuva-desktop: {path}: ")
    expected = (
        "is a folder"
        if target in ("a folder", "the backups folder")
        else "is in the backups folder"
        if "backups" in target
        else f"is the database {loaded}"
    )
    assert expected in err
    assert _state(loaded) == before


@pytest.mark.parametrize("target", ["the database", "its -wal", "a file in the backups folder"])
def test_a_package_over_the_database_is_refused(cli, loaded: Path, target: str) -> None:  # type: ignore[no-untyped-def]
    (loaded.parent / "backups").mkdir(exist_ok=True)
    path = TARGETS[target](loaded)
    before = _state(loaded)
    status, _, err = cli(*_command("export-package", loaded), "-o", path)
    assert status == 2 and err.startswith(f"kuva-desktop: {path}: ")
    assert _state(loaded) == before


def test_the_database_spelt_in_another_case_is_refused_where_case_does_not_count(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Windows compares paths without case: the comparison goes through the platform's normcase
    (stood in for here by a case-folding one)."""
    database = tmp_path / "Kuva.db"
    database.touch()
    files.protect(database)
    monkeypatch.setattr(files.os.path, "normcase", str.lower)
    with pytest.raises(files.InputError, match="is the database"):
        files.check_output(tmp_path / "KUVA.DB")


def test_a_report_beside_the_database_is_written(cli, loaded: Path) -> None:  # type: ignore[no-untyped-def]
    path = loaded.parent / "kuva.db.pdf"
    status, _, err = cli(*_command("export-pdf", loaded), "-o", path)
    assert (status, err) == (0, "")
    assert path.read_bytes().startswith(b"%PDF")
    assert oct(path.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _no_temporary_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("command", ["export-json", "export-pdf", "export-xlsx"])
def test_a_full_disk_leaves_the_previous_file_whole(
    cli, loaded: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out" / "report.bin"
    out.parent.mkdir()
    out.write_bytes(b"the previous report")
    real_write = os.write
    written: list[int] = []

    def full_disk(fd: int, data: bytes) -> int:
        if written:  # the first block goes in, then the disk is full
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written.append(fd)
        return real_write(fd, bytes(data)[:10])

    monkeypatch.setattr(files.os, "write", full_disk)
    status, _, err = cli(*_command(command, loaded), "-o", out)
    assert status == 2
    assert (
        err == f"kuva-desktop: {out}: cannot be written: the disk is full (nothing was written)\n"
    )
    assert out.read_bytes() == b"the previous report"
    assert _no_temporary_files(out.parent)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 16 kB tmpfs (the report is about 35 kB), where the system lets this user mount one."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_a_pdf_larger_than_the_disk_leaves_nothing_half_written(
    cli, loaded: Path, tiny_disk: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tiny_disk / "report.pdf"
    out.write_bytes(b"%PDF the previous report")
    status, _, err = cli(*_command("export-pdf", loaded), "-o", out)
    assert status == 2 and "the disk is full" in err
    assert out.read_bytes() == b"%PDF the previous report"
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["report.pdf"]


def test_the_module_refuses_the_database_as_output_in_one_line(loaded: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kuva_desktop",
            "--db",
            str(loaded),
            "export-json",
            "--year",
            "2021",
            "-o",
            str(loaded),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr == (
        f"kuva-desktop: {loaded}: is the database {loaded} or one of its journal files; "
        "choose another file\n"
    )


@pytest.mark.usefixtures("qt_settings")
def test_the_window_refuses_to_export_over_the_database_in_its_language(
    qtbot, database, db_path: Path, translations, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from kuva_desktop.exchange.sample import load_sample_data
    from kuva_desktop.ui.main_window import MainWindow

    load_sample_data(database)
    window = MainWindow(database, translations)
    qtbot.addWidget(window)
    # The dialog gives the file the suffix .pdf or .xlsx: the backups folder is what it can hit.
    folder = db_path.parent / "backups"
    target = folder / "raportti.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    before = sorted(folder.iterdir())

    window.menus.coordinator.export.trigger()
    window.coordinator_files.report_dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)), timeout=20_000)
    [box] = window.findChildren(QMessageBox)
    assert box.text() == f"{target}: on varmuuskopiokansiossa {folder}; valitse toinen paikka"
    assert sorted(folder.iterdir()) == before
