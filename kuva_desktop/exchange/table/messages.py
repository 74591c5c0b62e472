"""One-line messages that say where in a table something is: the file, row and column.

Places, refusals and warnings are ``messages.Message`` values (a code and its parameters), so
that the window shows them in the UI language and the command line in English.
"""

from __future__ import annotations

from kuva_desktop.messages import Message

_MAX_QUOTED = 80


def quote(value: str) -> str:
    """A cell value as it goes into a one-line message: quoted, line breaks shown, shortened."""
    flat = " ⏎ ".join(line.strip() for line in value.strip().splitlines() if line.strip())
    if len(flat) > _MAX_QUOTED:
        flat = flat[: _MAX_QUOTED - 1].rstrip() + "…"
    return f"'{flat}'"


def where(label: str, row: int | None = None, column: str | None = None) -> Message:
    """``FILE``, ``FILE: row R`` or ``FILE: row R, column "TITLE"``, ready for ``: what``."""
    if column is not None:
        if not isinstance(column, Message):  # a title; a Message names a column by its number
            column = " ".join(column.split())
        if row is None:
            return Message("table.at.column", path=label, column=column)
        return Message("table.at.row_column", path=label, row=row, column=column)
    if row is not None:
        return Message("table.at.row", path=label, row=row)
    return Message("table.at.file", path=label)


# Warnings repeated on many rows are shown once, with the rows and a count.
_GROUPED_AFTER = 3
_AT_ROWS = {"table.at.row": "table.at.rows", "table.at.row_column": "table.at.rows_column"}


def _key(warning: Message) -> tuple[str, ...] | None:
    """What a warning says, but its row: the same key on many rows is one warning."""
    at = warning.params.get("at")
    if not isinstance(at, Message) or at.code not in _AT_ROWS:
        return None
    others = sorted((name, str(value)) for name, value in warning.params.items() if name != "at")
    place = (at.code, str(at.params["path"]), str(at.params.get("column", "")))
    return (warning.code, *place, *(f"{name}={value}" for name, value in others))


def group_warnings(warnings: list[Message]) -> list[Message]:
    """The warnings in order, those with the same text on more than three rows given once:
    ``FILE: rows 4, 7, 9 … (200 rows), column "…": text``."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for warning in warnings:
        key = _key(warning)
        if key is not None:
            at = warning.params["at"]
            assert isinstance(at, Message)
            groups.setdefault(key, []).append(int(str(at.params["row"])))
    out: list[Message] = []
    done: set[tuple[str, ...]] = set()
    for warning in warnings:
        key = _key(warning)
        if key is None or len(groups[key]) <= _GROUPED_AFTER:
            out.append(warning)
            continue
        if key in done:
            continue
        done.add(key)
        rows = groups[key]
        at = warning.params["at"]
        assert isinstance(at, Message)
        params = {name: value for name, value in at.params.items() if name != "row"}
        shown = ", ".join(str(row) for row in rows[:_GROUPED_AFTER])
        grouped = Message(_AT_ROWS[at.code], rows=shown, count=len(rows), **params)
        out.append(Message(warning.code, **{**warning.params, "at": grouped}))
    return out
