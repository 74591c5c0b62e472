"""The report commands: ``export-pdf``, ``export-xlsx`` and ``export-html``.

They read a current database file directly with the standard library (``storage.snapshot``), so
that ``export-pdf`` starts without importing SQLAlchemy; the writers are imported inside the
commands for the same reason (tests/test_snapshot.py checks it).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kuva_desktop.cli.common import (
    EXIT_OK,
    AddCommand,
    Run,
    check_output,
    open_database,
    print_date,
    uses_server,
    year,
)
from kuva_desktop.domain.fields import FINAL, ROUND_KEYS
from kuva_desktop.errors import InputError
from kuva_desktop.reports import PROGRESS_ENV

if TYPE_CHECKING:
    from kuva_desktop.reports.table import YearSource


def add_commands(command: AddCommand) -> None:
    """Add the report commands to the parser: all take the same arguments, export-pdf also
    --paper."""

    def report_command(name: str, run: Run, text: str) -> argparse.ArgumentParser:
        sub = command(name, run, text)
        sub.add_argument("--year", type=year, required=True)
        sub.add_argument("--round", choices=ROUND_KEYS, required=True, help="1, 2, 3 or final")
        sub.add_argument("--lang", choices=("fi", "sv"), required=True)
        sub.add_argument("-o", "--output", type=Path, metavar="FILE", required=True)
        sub.add_argument("--only-round", action="store_true", help="only the round's own column")
        sub.add_argument("--date", type=print_date, metavar="YYYY-MM-DD", help="the print date")
        return sub

    sub = report_command(
        "export-pdf", cmd_export_pdf, "write the board report (or year-end report) as PDF"
    )
    sub.add_argument("--paper", choices=("A4", "A3"), default="A4", help="landscape; default A4")
    report_command("export-xlsx", cmd_export_xlsx, "write the board report as an Excel workbook")
    report_command(
        "export-html", cmd_export_html, "write the board report as an accessible web page"
    )


def _report_source(args: argparse.Namespace) -> YearSource:
    """What the report commands read: a current database file directly, with the standard
    library (no SQLAlchemy to import: the command starts in a fraction of the time), otherwise
    the database opened as every command opens it (created, migrated, or refused).

    First the arguments the report commands share are checked together.
    """
    if args.only_round and args.round == FINAL:
        raise InputError("report.only_round_final")
    if not uses_server(args):
        from kuva_desktop.storage.files import current_database

        path = current_database(args.db)
        if path is not None:
            from kuva_desktop.storage.snapshot import DatabaseFile

            check_output(args.output)
            return DatabaseFile(path)
    database = open_database(args, read_only=True)
    check_output(args.output)
    return database


def _progress(done: int, total: int) -> None:
    print(f"progress {done} {total}", file=sys.stderr, flush=True)


def cmd_export_pdf(args: argparse.Namespace) -> int:
    # Lazy, as in every command: ReportLab only for the PDF.
    from kuva_desktop.reports.pdf import write_report

    pages = write_report(
        _report_source(args),
        args.year,
        args.round,
        args.lang,
        args.output,
        paper=args.paper,
        only_round=args.only_round,
        printed=args.date,
        progress=_progress if os.environ.get(PROGRESS_ENV) else None,
    )
    print(f"{args.output}: {pages} page{'' if pages == 1 else 's'} written")
    return EXIT_OK


def cmd_export_xlsx(args: argparse.Namespace) -> int:
    from kuva_desktop.reports.xlsx import write_workbook  # lazy: openpyxl only here

    return _write_report(args, write_workbook)


def cmd_export_html(args: argparse.Namespace) -> int:
    from kuva_desktop.reports.html import write_html  # lazy: only this command needs it

    return _write_report(args, write_html)


def _write_report(args: argparse.Namespace, write: Callable[..., None]) -> int:
    """export-xlsx and export-html: the same arguments to their writer."""
    write(
        _report_source(args),
        args.year,
        args.round,
        args.lang,
        args.output,
        only_round=args.only_round,
        printed=args.date,
    )
    print(f"{args.output}: written")
    return EXIT_OK
