"""What every reader gives: sheets of numbered rows of cell strings."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One table row: its 1-based line (text) or row (workbook, document) number and its cells."""

    number: int
    cells: list[str]

    def cell(self, index: int | None) -> str:
        if index is None or index >= len(self.cells):
            return ""
        return self.cells[index]


@dataclass(frozen=True)
class Sheet:
    """The rows of one worksheet, document or text file; ``label`` names it in messages."""

    label: str
    rows: list[Row]


def clean(cell: str) -> str:
    """A cell's text with line feeds for every kind of line break, trimmed."""
    return cell.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n").strip()
