"""The real window typing steadily into a round form, killed with SIGKILL: the database has all
but at most about a second of what was typed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kuva_desktop.editing import Editor
from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.storage.database import open_database

ROOT = Path(__file__).resolve().parents[1]
DRIVER = ROOT / "bench" / "_typing_driver.py"
RATE = 8  # characters a second, a steady typist
DRIVER_WAIT_S = 120  # the window opened and the characters to kill at typed, at the latest
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]


def _typed_text() -> str:
    sys.path.insert(0, str(DRIVER.parent))
    try:
        from _typing_driver import text
    finally:
        sys.path.remove(str(DRIVER.parent))
    return text()


@pytest.mark.parametrize("kill_at", [29, 61])
def test_typing_killed_loses_at_most_a_second(db_path: Path, tmp_path: Path, kill_at: int) -> None:
    database = open_database(db_path)
    load_sample_data(database)
    Editor(database).new_year_from(2021, 2022)
    database.dispose()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    with subprocess.Popen(
        [sys.executable, str(DRIVER), "--db", str(db_path), "--rate", str(RATE)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    ) as process:
        assert process.stdout is not None
        # A driver that never types (a window that never opens) is killed, and the test fails
        # below, rather than waiting for it forever.
        watchdog = threading.Timer(DRIVER_WAIT_S, process.kill)
        watchdog.start()
        typed = 0
        for line in process.stdout:  # the driver says how many characters it has typed
            if line.strip().isdigit():
                typed = int(line)
                if typed >= kill_at:
                    break
        process.send_signal(signal.SIGKILL)
        watchdog.cancel()
        rest = process.stdout.read()
    typed = max([typed, *(int(word) for word in rest.split() if word.isdigit())])
    assert typed >= kill_at

    text = _typed_text()
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        comments = [c for (c,) in raw.execute("SELECT comment FROM entry") if c]
    stored = max((len(c) for c in comments if text.startswith(c)), default=0)
    # One second of typing, and the key that may have been on its way.
    assert typed - stored <= RATE + 1, f"typed {typed}, in the database {stored}"
