"""The one place that finds the application's files, in a checkout and in the frozen bundle.

In a PyInstaller bundle everything lives below ``sys._MEIPASS``; ``build_installer.spec`` puts
each data folder at the same relative place it has in the repository.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _root() -> Path:
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return _PACKAGE.parent


def resource_path(*parts: str) -> Path:
    """A file under the repository's ``resources/`` folder, e.g. ``resource_path("links.json")``."""
    return _root().joinpath("resources", *parts)


def translations_path(*parts: str) -> Path:
    """A file under ``translations/`` (the compiled ``.qm`` files)."""
    return _root().joinpath("translations", *parts)


def package_path(*parts: str) -> Path:
    """A data file that travels inside the package, such as the Alembic migrations."""
    if getattr(sys, "frozen", False):
        return _root().joinpath("kuva_desktop", *parts)
    return _PACKAGE.joinpath(*parts)
