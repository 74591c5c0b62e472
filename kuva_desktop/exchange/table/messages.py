"""One-line messages that say where in a table something is: the file, row and column."""

from __future__ import annotations

import re

_MAX_QUOTED = 80


def quote(value: str) -> str:
    """A cell value as it goes into a one-line message: quoted, line breaks shown, shortened."""
    flat = " ⏎ ".join(line.strip() for line in value.strip().splitlines() if line.strip())
    if len(flat) > _MAX_QUOTED:
        flat = flat[: _MAX_QUOTED - 1].rstrip() + "…"
    return f"'{flat}'"


def where(label: str, row: int | None = None, column: str | None = None) -> str:
    """``FILE``, ``FILE: row R`` or ``FILE: row R, column "TITLE"``, ready for ``: what``."""
    parts = []
    if row is not None:
        parts.append(f"row {row}")
    if column is not None:
        parts.append(f'column "{" ".join(column.split())}"')
    return f"{label}: {', '.join(parts)}" if parts else label


# Warnings repeated on many rows are shown once, with the rows and a count.
_GROUPED_AFTER = 3
_AT_ROW = re.compile(
    r"^(?P<label>.*?): row (?P<row>\d+)(?P<column>, column \"[^\"]*\")?: (?P<text>.*)$"
)


def group_warnings(warnings: list[str]) -> list[str]:
    """The warnings in order, those with the same text on more than three rows given once:
    ``FILE: rows 4, 7, 9 … (200 rows), column "…": text``."""
    groups: dict[tuple[str, str, str], list[int]] = {}
    for warning in warnings:
        match = _AT_ROW.match(warning)
        if match:
            key = (match["label"], match["column"] or "", match["text"])
            groups.setdefault(key, []).append(int(match["row"]))
    out: list[str] = []
    done: set[tuple[str, str, str]] = set()
    for warning in warnings:
        match = _AT_ROW.match(warning)
        if not match:
            out.append(warning)
            continue
        key = (match["label"], match["column"] or "", match["text"])
        rows = groups[key]
        if len(rows) <= _GROUPED_AFTER:
            out.append(warning)
        elif key not in done:
            done.add(key)
            shown = ", ".join(str(row) for row in rows[:_GROUPED_AFTER])
            out.append(f"{key[0]}: rows {shown} … ({len(rows)} rows){key[1]}: {key[2]}")
    return out
