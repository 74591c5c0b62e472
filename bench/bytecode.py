"""Bytecode for the benchmarks' child processes, compiled first as an installer would.

The machine sets PYTHONDONTWRITEBYTECODE, so a child would compile part of its Python on every
start, which a user's installed copy never does. The children run with PYTHONPYCACHEPREFIX set to
``PYCACHE``; ``compile_bytecode`` fills it before any timed start.
"""

from __future__ import annotations

import compileall
import subprocess
import sys
import sysconfig
from pathlib import Path

from bench.generate import CACHE

ROOT = Path(__file__).resolve().parents[1]
PYCACHE = CACHE / "pycache"


def compile_bytecode(env: dict[str, str], commands: list[list[str]], timeout: float) -> None:
    """Compile site-packages and kuva_desktop into ``PYCACHE``, then run each of ``commands``
    once, allowed to write bytecode, which catches the standard library's modules."""
    previous = sys.pycache_prefix
    sys.pycache_prefix = str(PYCACHE)
    try:
        for folder in (sysconfig.get_paths()["purelib"], ROOT / "kuva_desktop"):
            compileall.compile_dir(folder, quiet=2, workers=0)
    finally:
        sys.pycache_prefix = previous
    warm = dict(env)
    warm.pop("PYTHONDONTWRITEBYTECODE", None)
    for command in commands:
        subprocess.run(command, env=warm, check=True, capture_output=True, timeout=timeout)
