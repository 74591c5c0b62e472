"""Backups that protect, and a way back: made only for a real write, whole or not at all, thinned
by age and kind, listed, and restored (also over a leftover -wal)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kuva_desktop.resources import resource_path
from kuva_desktop.storage import backups

SAMPLE_2019 = resource_path("sample", "2019.json")
SAMPLE_2021 = resource_path("sample", "2021.json")


def _years(db_path: Path) -> list[int]:
    with sqlite3.connect(db_path) as raw:
        return [row[0] for row in raw.execute("SELECT year FROM year ORDER BY year")]


def _backup_names(db_path: Path) -> list[str]:
    folder = db_path.parent / "backups"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def _locked_change(tmp_path: Path, number: int) -> Path:
    """The 2019 document with a comment changed in its locked round 1: import-json refuses it
    after reading the database."""
    document = json.loads(SAMPLE_2019.read_text(encoding="utf-8"))
    metric = document["themes"][0]["goals"][0]["metrics"][0]
    metric["entries"]["1"]["comment"] = f"changed {number}"
    path = tmp_path / f"changed-{number}.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_six_refused_imports_leave_the_backup_from_before_the_last_good_import(
    cli, db_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert cli("import-json", SAMPLE_2019)[0] == 0
    assert cli("import-json", SAMPLE_2021)[0] == 0  # the "bad" import, to be undone
    made = _backup_names(db_path)
    assert [name.endswith("-before-import.db") for name in made] == [True, True]

    for number in range(6):
        status, _, err = cli("import-json", _locked_change(tmp_path, number))
        assert status == 2 and "locked" in err
    assert _backup_names(db_path) == made  # a refused import makes no backup

    status, out, err = cli("backups")
    assert status == 0
    lines = out.splitlines()
    assert len(lines) == 2 and err == f"2 backups in {db_path.parent / 'backups'}\n"
    newest = lines[0].split("\t")
    assert newest[1:2] == ["before-import"] and newest[3] == "ok"
    assert newest[2].endswith(" kB") and newest[4] == made[-1]
    dt.datetime.strptime(newest[0], "%Y-%m-%d %H:%M:%S")

    status, out, err = cli("restore", made[-1])
    assert (status, err) == (0, "")
    assert out.startswith(f"{db_path}: restored from {db_path.parent / 'backups' / made[-1]}\n")
    assert _years(db_path) == [2019]
    replaced = [n for n in _backup_names(db_path) if n.endswith("-before-restore.db")]
    assert len(replaced) == 1
    assert _years(db_path.parent / "backups" / replaced[0]) == [2019, 2021]
    assert cli("check", "--year", "2019")[0] == 0


def test_an_import_that_changes_nothing_makes_no_backup(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("import-json", SAMPLE_2019)[0] == 0
    made = _backup_names(db_path)
    status, out, _ = cli("import-json", SAMPLE_2019)
    assert status == 0 and "0 values changed" in out
    assert _backup_names(db_path) == made


@pytest.fixture
def tiny_backups_folder(db_path: Path) -> Iterator[Path]:
    """The backups folder on a 16 kB tmpfs, too small for a copy of the database."""
    folder = db_path.parent / "backups"
    folder.mkdir(parents=True)
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


def test_a_failed_backup_leaves_no_file_and_no_change(
    cli, db_path: Path, tiny_backups_folder: Path
) -> None:  # type: ignore[no-untyped-def]
    from kuva_desktop.storage.database import open_database

    open_database(db_path).dispose()
    before = db_path.read_bytes()
    status, _, err = cli("import-json", SAMPLE_2019)
    assert status == 2
    assert err.startswith(f"kuva-desktop: {tiny_backups_folder}/kuva-")
    assert err.endswith(
        "-before-import.db: the backup could not be made (SQLITE_FULL); nothing was changed\n"
    )
    assert list(tiny_backups_folder.iterdir()) == []
    assert db_path.read_bytes() == before
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT count(*) FROM year").fetchone() == (0,)


def test_a_backup_that_fails_while_flushed_leaves_no_file(
    cli, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The same, where no small file system can be mounted: the disk fills as the copy is
    flushed."""
    import errno
    import os

    assert cli("import-json", SAMPLE_2019)[0] == 0
    made = _backup_names(db_path)

    def full(_path: Path) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backups, "_fsync", full)
    status, _, err = cli("import-json", SAMPLE_2021)
    assert status == 2
    assert err.endswith(
        "-before-import.db: the backup could not be made (the disk is full); nothing was changed\n"
    )
    assert _backup_names(db_path) == made
    assert _years(db_path) == [2019]


def _backup(time: dt.datetime, reason: str) -> backups.Backup:
    return backups.Backup(Path(f"{time:%Y%m%d%H%M%S}-{reason}.db"), time, reason, 1)


def test_retention_keeps_the_last_week_then_one_a_week_and_the_newest_of_each_kind() -> None:
    now = dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC)
    hours = [_backup(now - dt.timedelta(hours=h), "before-merge") for h in range(0, 24 * 200, 6)]
    migration = _backup(now - dt.timedelta(days=400), "before-migration-0002")
    old_import = _backup(now - dt.timedelta(days=300), "before-import")
    older_import = _backup(now - dt.timedelta(days=301), "before-import")
    dropped = set(backups.thin([*hours, migration, old_import, older_import], now))
    kept = [b for b in [*hours, migration, old_import, older_import] if b not in dropped]

    assert migration in kept and old_import in kept  # the newest before a migration, an import
    assert older_import in dropped
    last_week = [b for b in hours if now - b.time <= dt.timedelta(days=7)]
    assert all(b in kept for b in last_week)
    weekly = [
        b
        for b in kept
        if dt.timedelta(days=7) < now - b.time <= dt.timedelta(days=92)
        and b.reason == "before-merge"
    ]
    assert 12 <= len(weekly) <= 13
    gaps = [(a.time - b.time).days for a, b in itertools.pairwise(weekly)]
    assert all(6 <= gap <= 8 for gap in gaps)
    assert not [b for b in hours if now - b.time > dt.timedelta(days=92) and b in kept]


def _leave_a_wal(db_path: Path, year: int) -> None:
    """Another process changes the database and dies before any checkpoint: its -wal stays."""
    code = (
        "import os, sqlite3\n"
        f"c = sqlite3.connect({str(db_path)!r}, isolation_level=None)\n"
        "c.execute('PRAGMA wal_autocheckpoint=0')\n"
        f"c.execute('UPDATE year SET year = {year} WHERE year = 2019')\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_restore_over_a_leftover_wal_does_not_replay_it(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("import-json", SAMPLE_2019)[0] == 0
    assert cli("import-json", SAMPLE_2021)[0] == 0
    before_2021 = _backup_names(db_path)[-1]
    _leave_a_wal(db_path, 1999)
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.stat().st_size > 0
    assert _years(db_path) == [1999, 2021]  # (this read leaves the -wal in place)

    status, _, err = cli("restore", db_path.parent / "backups" / before_2021)
    assert (status, err) == (0, "")
    assert _years(db_path) == [2019]
    assert not wal.exists() or wal.stat().st_size == 0
    status, _, _ = cli("check")
    assert status == 0


def test_a_damaged_backup_or_the_database_itself_is_not_restored(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("import-json", SAMPLE_2019)[0] == 0
    assert cli("import-json", SAMPLE_2021)[0] == 0
    backup = db_path.parent / "backups" / _backup_names(db_path)[-1]
    page = 4096
    data = bytearray(backup.read_bytes())
    data[3 * page : 3 * page + 64] = b"\xff" * 64
    backup.write_bytes(bytes(data))
    before = _years(db_path)

    status, _, err = cli("restore", backup.name)
    assert status == 2 and err.startswith(f"kuva-desktop: {backup}: the backup is damaged (")
    status, _, err = cli("restore", db_path)
    assert status == 2 and "is the database itself" in err
    status, _, err = cli("restore", "nothing-like-it.db")
    assert status == 2 and "nothing-like-it.db: no such backup" in err
    assert _years(db_path) == before
    status, out, _ = cli("backups")
    checks = [line.split("\t")[3] for line in out.splitlines()]
    assert checks[0].startswith("damaged: ") and checks[1] == "ok"


def test_backups_of_a_database_that_is_not_there_are_refused(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from kuva_desktop.cli import main

    missing = tmp_path / "typo.db"
    assert main(["--db", str(missing), "backups"]) == 2
    assert capsys.readouterr().err == (
        f"kuva-desktop: {missing}: no such database (a command that only reads does not "
        "create one)\n"
    )
    assert not missing.exists()


def test_a_database_sqlite_cannot_open_is_replaced_whole_and_kept_as_it_was(
    cli, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert cli("import-json", SAMPLE_2019)[0] == 0
    assert cli("import-json", SAMPLE_2021)[0] == 0
    before_2021 = _backup_names(db_path)[-1]
    with sqlite3.connect(db_path) as raw:  # everything in the file, nothing left in the -wal
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damaged = b"\x00" * 100 + db_path.read_bytes()[100:]
    db_path.write_bytes(damaged)
    status, _, err = cli("check")
    assert status == 2
    assert err.startswith(
        f"kuva-desktop: {db_path}: the database is damaged (not an SQLite file any more); "
        f"the newest backup that passes the check is {db_path.parent / 'backups' / before_2021}"
    )

    status, out, err = cli("restore", before_2021)
    assert (status, err) == (0, "")
    assert _years(db_path) == [2019]
    [kept] = [n for n in _backup_names(db_path) if n.endswith("-before-restore.db")]
    assert (db_path.parent / "backups" / kept).read_bytes() == damaged
    assert "the state it replaced is kept in" in out


def test_a_backup_a_killed_process_left_half_made_is_cleared_away(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    import os
    import time

    assert cli("import-json", SAMPLE_2019)[0] == 0
    folder = db_path.parent / "backups"
    stale = folder / ".kuva-20250101-000000-000000Z-before-import.db.x1y2.tmp"
    fresh = folder / ".kuva-20250101-000000-000001Z-before-import.db.z3w4.tmp"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"in the making")
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    assert cli("import-json", SAMPLE_2021)[0] == 0
    assert not stale.exists() and fresh.exists()
    status, out, _ = cli("backups")
    assert status == 0 and len(out.splitlines()) == 2
