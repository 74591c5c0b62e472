"""The owner's side, headless: a package opened into a working copy, edits, the signed submission.

The working copy is a small JSON file beside the package (``<package>.work.json``), written whole
with every edit (a temporary file, flushed, renamed), so that a crash or a power cut loses at most
the edit being typed. Edits go through the rules the forms use (``values.normalise``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kuva_desktop.errors import InputError, os_reason
from kuva_desktop.exchange.packages import format as fmt
from kuva_desktop.exchange.packages import values as v
from kuva_desktop.messages import Message, field_name
from kuva_desktop.storage.history import current_user

WORK_FORMAT = "kuva-working-copy"
WORK_SUFFIX = ".work.json"


@dataclass(frozen=True)
class FieldChange:
    metric_id: str
    metric: str  # the metric's Finnish text, for the summary
    field: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class Problem:
    metric_id: str
    metric: str
    rule: str  # a code of kuva_desktop.domain.rules.RULES


@dataclass(frozen=True)
class SubmissionSummary:
    """What ``save_submission`` wrote: the file, what changed since the package, broken rules."""

    path: Path
    sequence: int
    changes: list[FieldChange]
    problems: list[Problem]


class WorkingCopy:
    """An opened work package and the owner's values, kept on disk as they are typed."""

    def __init__(self, package_path: Path, package: fmt.PackageContent, work_path: Path) -> None:
        self.package_path = package_path
        self.package = package
        self.work_path = work_path
        self.items: dict[str, tuple[fmt.Goal, fmt.Item]] = {
            item.id: (goal, item) for goal in package.goals for item in goal.metrics
        }
        self.values: dict[str, v.Values] = {
            item_id: item.entry.model_dump() for item_id, (_, item) in self.items.items()
        }
        self.sequence = 0

    # Opening

    @classmethod
    def open(cls, package_path: Path) -> WorkingCopy:
        """Open a package (refused as ``PackageRefused`` when it is not one), and its working
        copy if there is one for the same package; a copy of another package is set aside."""
        package_path = Path(package_path)
        package = fmt.read_package(fmt.read_path(package_path), str(package_path))
        work_path = package_path.with_name(package_path.name + WORK_SUFFIX)
        copy = cls(package_path, package, work_path)
        if work_path.exists():
            copy._load_work()
        return copy

    def _load_work(self) -> None:
        try:
            data = json.loads(self.work_path.read_text(encoding="utf-8"))
            if data.get("format") != WORK_FORMAT or data.get("version") != 1:
                raise ValueError("not a working copy")
            if data.get("package_id") != self.package.package_id:
                self.work_path.replace(self.work_path.with_suffix(".other-package.json"))
                return
            values = {}
            for item_id, entry in data["entries"].items():
                if item_id in self.items:
                    values[item_id] = fmt.Values.model_validate(entry).model_dump()
            self.values.update(values)
            self.sequence = int(data.get("sequence", 0))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            reason = os_reason(error) if isinstance(error, OSError) else Message("work.damaged")
            raise InputError("work.unreadable", path=self.work_path, reason=reason) from None

    def _save_work(self) -> None:
        data = {
            "format": WORK_FORMAT,
            "version": 1,
            "package_id": self.package.package_id,
            "sequence": self.sequence,
            "entries": self.values,
        }
        fmt.write_atomically(
            self.work_path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
        )

    # What the forms show

    @property
    def round_key(self) -> str:
        return self.package.round.key

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(self.package.fields)

    def get(self, metric_id: str, field: str) -> str | None:
        return self.values[self._item(metric_id).id][field]

    def base(self, metric_id: str) -> v.Values:
        return self._item(metric_id).entry.model_dump()

    def _item(self, metric_id: str) -> fmt.Item:
        try:
            return self.items[metric_id][1]
        except KeyError:
            raise InputError("package.metric_not_in", id=metric_id) from None

    # Editing

    def set_field(self, metric_id: str, field: str, value: Any) -> str | None:
        """Set one field as typed; returns the value it had (for undo). Refuses (``EditRefused``)
        what the rules forbid, and fields the round does not take; written to disk at once."""
        self._item(metric_id)
        if field not in self.fields:
            raise InputError(
                "package.field_not_taken", round=self.round_key, field=field_name(field)
            )
        new = v.normalise(metric_id, self.round_key, field, value)
        old = self.values[metric_id][field]
        if new != old:
            self.values[metric_id] = {**self.values[metric_id], field: new}
            self._save_work()
        return old

    def changes(self) -> list[FieldChange]:
        out = []
        for item_id, (_, item) in self.items.items():
            base = item.entry.model_dump()
            for field in v.FIELDS:
                if self.values[item_id][field] != base[field]:
                    out.append(
                        FieldChange(
                            item_id, item.text.fi, field, base[field], self.values[item_id][field]
                        )
                    )
        return out

    def problems(self) -> list[Problem]:
        return [
            Problem(item_id, item.text.fi, rule)
            for item_id, (_, item) in self.items.items()
            for rule in v.problems(self.round_key, self.values[item_id])
        ]

    # The submission

    def default_submission_path(self) -> Path:
        p = self.package
        return self.package_path.with_name(
            fmt.file_name(p.owner.name, p.year, p.round.key, submission=True)
        )

    def save_submission(self, path: Path | None = None) -> SubmissionSummary:
        """Write the signed submission (the whole assignment with the owner's values)."""
        path = Path(path) if path is not None else self.default_submission_path()
        self.sequence += 1
        data = self.package.model_dump(exclude={"kind", "key"})
        for goal in data["goals"]:
            for item in goal["metrics"]:
                item["entry"] = dict(self.values[item["id"]])
        content = fmt.SubmissionContent(
            kind="submission",
            written_at=fmt.now(),
            sequence=self.sequence,
            written_by=current_user()[:500],
            **data,
        )
        fmt.write_atomically(path, fmt.envelope(content, self.package.key))
        self._save_work()
        return SubmissionSummary(path, self.sequence, self.changes(), self.problems())
