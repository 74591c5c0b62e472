"""Importing a table into a database, in two steps: prepare (read, match, plan; nothing written)
and apply (a backup, then the plan in one transaction). The command line and the window's
File → Import table… both go through here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from kuva_desktop.errors import InputError
from kuva_desktop.exchange import year_backups
from kuva_desktop.exchange.document import Text, YearDocument
from kuva_desktop.exchange.table.importer import TableImport, read_table
from kuva_desktop.exchange.table.links import default_vocabulary
from kuva_desktop.exchange.table.plan import Plan, plan_import
from kuva_desktop.exchange.yeardoc import ApplyResult, apply_document, export_year
from kuva_desktop.messages import Message
from kuva_desktop.storage import backups
from kuva_desktop.storage import models as m
from kuva_desktop.storage.database import Database


@dataclass
class PreparedImport:
    """A table read and matched with its year; nothing written yet."""

    path: Path
    table: TableImport
    plan: Plan

    def counts(self) -> tuple[int, int, int, int]:
        """The themes, goals, metrics and entries the table has."""
        document = self.table.document
        goals = [g for t in document.themes for g in t.goals]
        metrics = [mt for g in goals for mt in g.metrics]
        return len(document.themes), len(goals), len(metrics), sum(len(m.entries) for m in metrics)

    def summary(self, changed: int) -> str:
        """The line the command prints after an import (docs/import-table.md)."""
        document = self.table.document
        themes, goals, metrics, entries = self.counts()
        warnings = len(self.plan.warnings)
        return (
            f"{self.path}: {document.year} ({document.layout} layout): {themes} themes, "
            f"{goals} goals, {metrics} metrics, {entries} entries, "
            f"{warnings} warning{'' if warnings == 1 else 's'}; "
            + (f"{changed} values changed" if changed else "no changes")
        )

    def preview_lines(self, language: str = "en") -> list[str]:
        """What ``--dry-run`` prints (English) and the window's preview shows (its language):
        the table, then each addition, change, choice and warning."""
        themes, goals, metrics, entries = self.counts()
        plan = self.plan
        head = Message(
            "table.preview",
            path=str(self.path),
            year=self.table.document.year,
            language=Message(f"table.language.{self.table.language}"),
            themes=themes,
            goals=goals,
            metrics=metrics,
            entries=entries,
            added=len(plan.added),
            changed=len(plan.changed),
            choices=len(plan.choices),
            warnings=len(plan.warnings),
        )
        lines = [head]
        lines += [Message("table.preview.add", line=line) for line in plan.added]
        lines += [Message("table.preview.change", line=line) for line in plan.changed]
        lines += [Message("table.preview.choice", line=choice.text) for choice in plan.choices]
        lines += [Message("table.preview.warning", line=line) for line in plan.warnings]
        return [line.text(language) for line in lines]


def prepare_import(
    database: Database | None, path: Path, *, year: int, round_key: str | None = None
) -> PreparedImport:
    """Read ``path`` and match it with ``year`` of ``database`` (None: a database not made yet,
    with no years and no vocabulary of its own); raises InputError when the file cannot be
    imported. Only reads the database."""
    if database is None:
        table = read_table(path, year=year, round_key=round_key)
        return PreparedImport(path, table, plan_import(table, None))
    with database.reader() as session:
        # The database's vocabulary, and the shipped one for names no year has used yet.
        vocabulary = [
            Text(fi=link.name_fi, sv=link.name_sv) for link in session.scalars(select(m.Link))
        ]
        known = {text.fi for text in vocabulary}
        vocabulary += [text for text in default_vocabulary() if text.fi not in known]
        titles = list(session.scalars(select(m.Goal.title_fi).distinct()))
        titles += [t for t in session.scalars(select(m.Goal.title_sv).distinct()) if t]
        try:
            existing: YearDocument | None = export_year(session, year)
        except InputError as error:
            if error.code != "year.missing":
                raise
            existing = None
    table = read_table(
        path, year=year, round_key=round_key, vocabulary=vocabulary, known_goal_titles=titles
    )
    return PreparedImport(path, table, plan_import(table, existing))


def apply_plan(database: Database, prepared: PreparedImport) -> ApplyResult:
    """Write a prepared import in one transaction, with a backup just before it commits (only
    when it wrote something). A table that changes nothing (the plan found nothing to add or
    change) writes nothing, not even the backup."""
    if not prepared.plan.writes:
        return ApplyResult()
    source = f"import-table {prepared.path.name}"
    with year_backups.session(
        database, source=source, reason=backups.IMPORT, years=[prepared.table.document.year]
    ) as session:
        return apply_document(
            session, prepared.plan.document, replace=False, name=str(prepared.path)
        )
