"""The board report as PDF: the board table of a forecast round, or the year-end report.

Headless (ReportLab, no Qt): the window, the command line (``export-pdf``) and tests call these.
The drawing lives in ``pdf_board`` and ``pdf_year_end``; fonts, pages and the file in
``pdf_common``. See ``docs/board-report.md``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from kuva_desktop.domain.fields import FINAL
from kuva_desktop.errors import InputError
from kuva_desktop.reports.pdf_common import (
    ProgressFn,
    check_writable,
    fewer_collections,
    paper_size,
)
from kuva_desktop.reports.table import YearSource, build_board_table, build_year_end

__all__ = ["write_board_pdf", "write_report", "write_year_end_pdf"]

LANGUAGES = ("fi", "sv")


def _check(language: str, paper: str, path: Path) -> None:
    if language not in LANGUAGES:
        raise InputError("report.language", language=repr(language))
    paper_size(paper)
    check_writable(path)


def write_board_pdf(
    source: YearSource,
    year: int,
    round_key: str,
    language: str,
    path: Path,
    *,
    paper: str = "A4",
    only_round: bool = False,
    printed: dt.date | None = None,
    progress: ProgressFn | None = None,
) -> int:
    """The board table of ``year`` for round ``round_key`` ("1"–"3"); the number of pages.

    Forecast columns of rounds 1..N, or with ``only_round`` only round N's (as the 2021 print).
    Raises ``InputError`` for a year not in the database or a path that cannot be written.
    """
    from kuva_desktop.reports.pdf_board import write_board_table

    path = Path(path)
    _check(language, paper, path)
    with fewer_collections():
        table = build_board_table(
            source, year, round_key, language, only_round=only_round, printed=printed
        )
        return write_board_table(table, path, paper=paper, progress=progress)


def write_year_end_pdf(
    source: YearSource,
    year: int,
    language: str,
    path: Path,
    *,
    paper: str = "A4",
    printed: dt.date | None = None,
    progress: ProgressFn | None = None,
) -> int:
    """The year-end report of ``year`` (seed 004's layout); the number of pages."""
    from kuva_desktop.reports.pdf_year_end import write_year_end_report

    path = Path(path)
    _check(language, paper, path)
    with fewer_collections():
        report = build_year_end(source, year, language, printed=printed)
        return write_year_end_report(report, path, paper=paper, progress=progress)


def write_report(
    source: YearSource,
    year: int,
    round_key: str,
    language: str,
    path: Path,
    **options: Any,
) -> int:
    """``write_board_pdf`` for rounds "1"–"3", ``write_year_end_pdf`` for "final"."""
    if round_key == FINAL:
        options.pop("only_round", None)  # the year-end report has no round columns
        return write_year_end_pdf(source, year, language, path, **options)
    return write_board_pdf(source, year, round_key, language, path, **options)
