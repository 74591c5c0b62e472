"""One-line messages that say where in a table something is: the file, row and column."""

from __future__ import annotations

_MAX_QUOTED = 80


def quote(value: str) -> str:
    """A cell value as it goes into a one-line message: quoted, line breaks shown, shortened."""
    flat = " ⏎ ".join(line.strip() for line in value.strip().splitlines())
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
