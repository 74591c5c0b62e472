"""The file name suffixes of the app's own files, which the file manager opens with it.

A module of their own, importing nothing, so that the command line can tell a work package given as
the program's argument before it imports anything else (``cli.main``). The installer registers the
same suffixes (``scripts/kuva-desktop.iss``); ``docs/package-format.md`` documents them.
"""

from __future__ import annotations

PACKAGE_SUFFIX = ".kuvapkg"
SUBMISSION_SUFFIX = ".kuvasub"
