"""The coordinator's merge: submissions into the master database, each all or nothing.

Per submission, in this order (the first failing check refuses the file, and nothing of it is
written): the file is read and checked whole (``format``); it is from this database, from a
package this database issued, signed with that package's key (else: with which other package's
key), for the package's owner, year and round; the round is not locked; it is not older than a
submission of the same package already merged; every entry it changes is assigned by the package,
in a field the round takes, with a value the rules accept. The same submission a second time is
recognised by its content hash and changes nothing.

Then per entry the owner changed (the submission's value differs from the base the master kept
for the package): unchanged in the master since the base → applied; changed in the master too,
to something else → the fields only the owner changed apply, and each field both sides changed
to different values is a conflict row for the coordinator to resolve
(``conflicts.resolve_conflict``). Every submission is written in its own transaction
after one backup (``before-merge``), with the history source ``submission <package id>
(<owner>)``; the package's base moves to the owner's values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from kuva_desktop.domain import rules
from kuva_desktop.domain.fields import EditRefused
from kuva_desktop.domain.labels import shorten
from kuva_desktop.domain.rules import RULES
from kuva_desktop.exchange import year_backups
from kuva_desktop.exchange.packages import format as fmt
from kuva_desktop.exchange.packages import values as v
from kuva_desktop.exchange.packages.issue import database_id
from kuva_desktop.messages import Message, field_name
from kuva_desktop.storage import backups
from kuva_desktop.storage import models as m
from kuva_desktop.storage.database import Database


@dataclass(frozen=True)
class AppliedEntry:
    file: str
    owner: str
    metric_id: str
    metric: str
    round_key: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class ConflictEntry:
    file: str
    owner: str
    metric_id: str
    metric: str
    round_key: str
    fields: tuple[str, ...]
    conflict_ids: tuple[int, ...]  # empty in a dry run


@dataclass(frozen=True)
class RuleWarning:
    """A rule of DOMAIN.md section 4 that an applied entry breaks (``rule``: a key of RULES)."""

    owner: str
    metric: str
    round_key: str
    rule: str

    def __str__(self) -> str:
        rule = RULES[self.rule]
        return (
            f"{self.owner} · {shorten(self.metric, 50)} · round {self.round_key}: "
            f"rule {rule.number}: {rule.label('en')}"
        )


@dataclass(frozen=True)
class Refusal:
    file: str
    reason: str  # a key of format.REASONS
    message: str
    error: fmt.PackageRefused | None = None  # the refusal, for its text in another language


@dataclass(frozen=True)
class FileResult:
    file: str
    status: str  # merged, conflict, unchanged (nothing to apply), already (merged before), refused
    owner: str | None = None
    package_id: str | None = None
    late: bool = False


@dataclass
class MergeReport:
    """What a merge did (or, in a dry run, would do)."""

    dry_run: bool = False
    files: list[FileResult] = field(default_factory=list)
    applied: list[AppliedEntry] = field(default_factory=list)
    conflicts: list[ConflictEntry] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    warnings: list[RuleWarning] = field(default_factory=list)  # rules broken by what was applied
    backup: Path | None = None
    saved_years: set[int] = field(default_factory=set)  # on a server (exchange.year_backups)

    def exit_status(self) -> int:
        """DOMAIN.md section 6: 2 when a file was refused, else 3 when conflicts wait, else 0."""
        if self.refused:
            return 2
        return 3 if self.conflicts else 0

    def summary(self) -> str:
        what = "would apply" if self.dry_run else "applied"
        fields = sum(len(a.fields) for a in self.applied)
        return (
            f"{len(self.files)} file{'' if len(self.files) == 1 else 's'}: "
            f"{what} {len(self.applied)} entries ({fields} values), "
            f"{len(self.conflicts)} in conflict, {len(self.refused)} refused"
            + (
                f", {sum(f.status == 'already' for f in self.files)} merged before"
                if any(f.status == "already" for f in self.files)
                else ""
            )
            + (" (dry run: nothing changed)" if self.dry_run else "")
        )

    def lines(self) -> list[str]:
        """The summary as the command line prints it: one line per file, entry and conflict."""
        out = []
        for result in self.files:
            late = ", late" if result.late else ""
            who = f" ({result.owner})" if result.owner else ""
            out.append(f"{result.file}{who}: {result.status}{late}")
        for a in self.applied:
            out.append(
                f"  applied: {a.owner} · {shorten(a.metric, 50)} · round {a.round_key} · "
                + ", ".join(a.fields)
            )
        for c in self.conflicts:
            ids = f" [conflict {', '.join(map(str, c.conflict_ids))}]" if c.conflict_ids else ""
            out.append(
                f"  conflict: {c.owner} · {shorten(c.metric, 50)} · round {c.round_key} · "
                + ", ".join(c.fields)
                + ids
            )
        out.extend(f"  warning: {w}" for w in self.warnings)
        out.append(self.summary())
        return out


Source = Path | tuple[str, bytes]


def merge_files(
    database: Database, files: Iterable[Source], *, dry_run: bool = False
) -> MergeReport:
    """Merge submission files (paths, or ``(name, bytes)`` pairs), each all or nothing.

    Refusals are reported, never raised; a database error (disk full, locked) is raised as an
    ``InputError`` and leaves the submission being merged out.
    """
    report = MergeReport(dry_run=dry_run)
    for source in files:
        name, read = _reader(source)
        try:
            submission = fmt.read_submission(read(), name)
            _merge_one(database, submission, name, report, dry_run)
        except fmt.PackageRefused as refusal:
            report.refused.append(Refusal(name, refusal.reason, refusal.message, refusal))
            report.files.append(FileResult(name, "refused"))
    if report.backup == Path():
        report.backup = None
    return report


def _reader(source: Source) -> tuple[str, Callable[[], bytes]]:
    if isinstance(source, tuple):
        name, data = source
        return name, lambda: data
    return str(source), lambda: fmt.read_path(source)


class _Plan:
    def __init__(self) -> None:
        self.apply: list[tuple[m.Metric, m.Entry | None, v.Values, tuple[str, ...]]] = []
        self.conflicts: list[tuple[m.Metric, v.Values, v.Values, v.Values, tuple[str, ...]]] = []
        self.bases: dict[str, v.Values] = {}
        self.touched: set[str] = set()


def _merge_one(
    database: Database, sub: fmt.Submission, name: str, report: MergeReport, dry_run: bool
) -> None:
    content = sub.content
    source = f"submission {content.package_id} ({content.owner.name})"
    # The check "unchanged in the master since the package" and the write are one step for any
    # other writer: the transaction holds the write lock from its start (SQLite), and the rows
    # it compares are locked as they are read (a server), so a change made meanwhile is either
    # seen (a conflict) or waits for the merge; it is never overwritten unseen.
    with database.session(source=source, write_lock=not dry_run) as session:
        package = _package(session, sub, name)
        round_ = _round(session, package, name)
        late = _late(sub, round_)
        received = package.submissions
        if any(r.content_hash == sub.digest for r in received):
            report.files.append(FileResult(name, "already", package.owner, package.id, late))
            return
        newer = [r.sequence for r in received if r.sequence >= content.sequence]
        if newer:
            detail = Message("package.detail.stale", sequence=content.sequence, merged=max(newer))
            raise fmt.PackageRefused(name, "stale", detail)
        plan = _plan(session, package, sub, name)
        for metric, _entry, theirs, fields in plan.apply:
            report.applied.append(
                AppliedEntry(name, package.owner, metric.id, metric.text_fi, round_.key, fields)
            )
            for rule in v.problems(round_.key, theirs):
                report.warnings.append(RuleWarning(package.owner, metric.text_fi, round_.key, rule))
        status = "conflict" if plan.conflicts else ("merged" if plan.apply else "unchanged")
        if dry_run:
            for metric, _base, _ours, _theirs, fields in plan.conflicts:
                report.conflicts.append(
                    ConflictEntry(
                        name, package.owner, metric.id, metric.text_fi, round_.key, fields, ()
                    )
                )
            report.files.append(FileResult(name, status, package.owner, package.id, late))
            session.rollback()
            return
        if year_backups.is_server(database):  # the year's document, once per year and merge
            if package.year not in report.saved_years:
                report.saved_years.add(package.year)
                saved = year_backups.save(database, backups.MERGE, [package.year])
                report.backup = report.backup or (saved[0] if saved else None)
        elif report.backup is None:  # once per merge, when the first submission is to be written
            report.backup = database.backup(backups.MERGE) or Path()
        _write(session, package, sub, plan, round_, late, name, report)
        report.files.append(FileResult(name, status, package.owner, package.id, late))


def _package(session: Session, sub: fmt.Submission, name: str) -> m.IssuedPackage:
    content = sub.content
    if content.database_id != database_id(session):
        raise fmt.PackageRefused(
            name, "other_database", Message("package.detail.database", id=content.database_id)
        )
    package = session.get(m.IssuedPackage, content.package_id, with_for_update=True)
    if package is None:
        raise fmt.PackageRefused(
            name, "unknown_package", Message("package.detail.package", id=content.package_id)
        )
    if not sub.signed_with(package.secret):
        for other_id, owner, year, round_key, secret in session.execute(
            select(
                m.IssuedPackage.id,
                m.IssuedPackage.owner,
                m.IssuedPackage.year,
                m.IssuedPackage.round_key,
                m.IssuedPackage.secret,
            ).where(m.IssuedPackage.id != package.id)
        ):
            if sub.signed_with(secret):
                raise fmt.PackageRefused(
                    name,
                    "other_package",
                    Message(
                        "package.detail.other_key",
                        package=package.id,
                        other=other_id,
                        owner=owner,
                        year=year,
                        round=round_key,
                    ),
                )
        raise fmt.PackageRefused(name, "altered", Message("package.detail.bad_signature"))
    said = (content.owner.name, content.year, content.round.key)
    issued = (package.owner, package.year, package.round_key)
    if said != issued:
        raise fmt.PackageRefused(
            name,
            "wrong_year_round",
            Message(
                "package.detail.issued_to",
                owner=said[0],
                year=said[1],
                round=said[2],
                issued_owner=issued[0],
                issued_year=issued[1],
                issued_round=issued[2],
            ),
        )
    return package


def _round(session: Session, package: m.IssuedPackage, name: str) -> m.Round:
    round_ = session.scalars(
        select(m.Round)
        .join(m.Year)
        .where(m.Year.year == package.year, m.Round.key == package.round_key)
    ).one_or_none()
    if round_ is None:
        detail = Message("package.detail.round_gone", year=package.year, round=package.round_key)
        raise fmt.PackageRefused(name, "wrong_year_round", detail)
    if rules.may_change(round_.state, coordinator=True):
        detail = Message("package.detail.round_locked", year=package.year, round=round_.key)
        raise fmt.PackageRefused(name, "locked", detail)
    return round_


def _late(sub: fmt.Submission, round_: m.Round) -> bool:
    """Written after the deadline day, by the owner's clock (the time the signature covers)."""
    return round_.deadline is not None and sub.written_at.date() > round_.deadline


def _plan(session: Session, package: m.IssuedPackage, sub: fmt.Submission, name: str) -> _Plan:
    round_key = package.round_key
    editable = v.editable_fields(round_key)
    bases = {e.metric_id: e for e in package.entries}
    items = [item for goal in sub.content.goals for item in goal.metrics]
    ids = [item.id for item in items]
    metrics = {
        mt.id: mt
        for mt in session.scalars(
            select(m.Metric)
            .where(m.Metric.id.in_(ids))
            .options(selectinload(m.Metric.entries))
            .with_for_update()
        )
    }
    # The entries compared below, locked until the merge commits (nothing on SQLite, whose
    # write lock the merge already holds).
    session.execute(
        select(m.Entry.id)
        .where(m.Entry.metric_id.in_(ids), m.Entry.round_key == round_key)
        .with_for_update()
    )
    plan = _Plan()
    for item in items:
        short = shorten(item.text.fi, 50)
        package_entry = bases.get(item.id)
        if package_entry is None:
            detail = Message("package.detail.not_in_package", metric=short, id=item.id)
            raise fmt.PackageRefused(name, "outside_assignment", detail)
        base = v.loads(package_entry.base)
        theirs = dict(base)
        given = item.entry.model_dump()
        for field_ in v.FIELDS:
            if field_ not in editable:
                if given[field_] != base[field_]:
                    detail = Message(
                        "package.detail.field_not_taken",
                        metric=short,
                        round=round_key,
                        field=field_name(field_),
                    )
                    raise fmt.PackageRefused(name, "outside_assignment", detail)
                continue
            try:
                theirs[field_] = v.normalise(item.id, round_key, field_, given[field_])
            except EditRefused as error:
                # The refusal names the field itself ("tila: tuntematon tila 'Vihreä'").
                detail = Message("package.detail.invalid_value", metric=short, error=error)
                raise fmt.PackageRefused(name, "invalid_value", detail) from None
        changed = tuple(f for f in editable if theirs[f] != base[f])
        plan.bases[item.id] = theirs
        if not changed:
            continue
        plan.touched.add(item.id)
        metric = metrics.get(item.id)
        if metric is None:
            detail = Message("package.detail.metric_gone", metric=short)
            raise fmt.PackageRefused(name, "outside_assignment", detail)
        entry = metric.entry(round_key)
        ours = v.from_row(entry)
        if all(ours[f] == base[f] for f in editable):
            plan.apply.append(
                (metric, entry, theirs, tuple(f for f in editable if theirs[f] != ours[f]))
            )
        else:
            # Field by field: what only the owner changed applies; only what both sides changed,
            # to different values, waits for the coordinator.
            only_theirs = tuple(f for f in changed if ours[f] == base[f] and theirs[f] != ours[f])
            fields = tuple(f for f in changed if ours[f] != base[f] and theirs[f] != ours[f])
            if only_theirs:
                plan.apply.append((metric, entry, theirs, only_theirs))
            if fields:
                plan.conflicts.append((metric, base, ours, theirs, fields))
    return plan


def _write(
    session: Session,
    package: m.IssuedPackage,
    sub: fmt.Submission,
    plan: _Plan,
    round_: m.Round,
    late: bool,
    name: str,
    report: MergeReport,
) -> None:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    for metric, entry, theirs, fields in plan.apply:
        if entry is None:
            entry = m.Entry(round_key=round_.key)
            metric.entries.append(entry)
        for field_ in fields:
            v.to_row(entry, field_, theirs[field_])
    received = m.ReceivedSubmission(
        package_id=package.id,
        content_hash=sub.digest,
        sequence=sub.content.sequence,
        written_at=sub.written_at.astimezone(dt.UTC).replace(tzinfo=None),
        received_at=now,
        status="conflict" if plan.conflicts else "merged",
        late=late,
    )
    package.submissions.append(received)
    session.flush()
    conflicted = {metric.id for metric, *_ in plan.conflicts}
    if conflicted:
        # A newer submission of the same package supersedes what an older one left open.
        older = select(m.ReceivedSubmission.id).where(
            m.ReceivedSubmission.package_id == package.id, m.ReceivedSubmission.id != received.id
        )
        session.execute(
            update(m.Conflict)
            .where(
                m.Conflict.submission_id.in_(older),
                m.Conflict.metric_id.in_(conflicted),
                m.Conflict.resolution.is_(None),
            )
            .values(resolution="superseded", resolved_at=now)
        )
    for metric, base, ours, theirs, fields in plan.conflicts:
        rows = [
            m.Conflict(
                submission_id=received.id,
                metric_id=metric.id,
                round_key=round_.key,
                field=field_,
                base=v.field_json(base[field_]),
                ours=v.field_json(ours[field_]),
                theirs=v.field_json(theirs[field_]),
            )
            for field_ in fields
        ]
        session.add_all(rows)
        session.flush()
        report.conflicts.append(
            ConflictEntry(
                name,
                package.owner,
                metric.id,
                metric.text_fi,
                round_.key,
                fields,
                tuple(r.id for r in rows),
            )
        )
    for package_entry in package.entries:
        if package_entry.metric_id in plan.bases:
            package_entry.base = v.dumps(plan.bases[package_entry.metric_id])
        if package_entry.metric_id in conflicted:
            package_entry.state = "conflict"
        elif package_entry.metric_id in plan.touched:
            package_entry.state = "merged"
        elif package_entry.state == "not_sent":
            package_entry.state = "received"


def merge_paths(database: Database, paths: Sequence[Path], *, dry_run: bool = False) -> MergeReport:
    """``merge_files`` for paths (the command line's and the window's entry point)."""
    return merge_files(database, [Path(p) for p in paths], dry_run=dry_run)
