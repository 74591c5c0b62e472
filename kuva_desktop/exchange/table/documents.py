"""Reading the tables of a Word document (.docx) or a web page (.html) into rows.

Both give one sheet: the rows of every table in the document, in order (a table per goal, each
with its header, is how people lay them out; the importer skips the repeated headers). A merged
cell, across or down, comes out as its text in its first cell and empty cells for the rest, as
in a workbook. A cell with bold text is handed on as HTML (``<p>``, ``<b>``, ``<br>``), so that
the goal's bold title is found as in the web tool's export; other cells are plain paragraphs.
"""

from __future__ import annotations

import html
import io
import warnings
from collections.abc import Iterator
from typing import Any

from kuva_desktop.errors import InputError
from kuva_desktop.exchange.table.rows import Row, Sheet, clean


def read_docx(data: bytes, label: str) -> Sheet:
    """The rows of every table of a Word document, and the paragraphs above the first one."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = Document(io.BytesIO(data))
        rows: list[Row] = []
        seen_table = False
        for block in document.iter_inner_content():
            if isinstance(block, Paragraph):
                # A title line above the table ("Sitovat tavoitteet / …") names the division;
                # text between tables (headings) is not part of any table.
                if not seen_table and block.text.strip():
                    rows.append(Row(len(rows) + 1, [clean(block.text)]))
            elif isinstance(block, Table):
                seen_table = True
                for cells in _docx_rows(block):
                    rows.append(Row(len(rows) + 1, cells))
    except InputError:
        raise
    except Exception as error:  # python-docx and lxml report a damaged file in many ways
        reason = " ".join(str(error).split())[:120] or type(error).__name__
        raise InputError("table.unreadable", path=label, kind="Word", reason=reason) from None
    return Sheet(label, rows)


def _docx_rows(table: Any) -> Iterator[list[str]]:
    above: list[Any] = []
    for row in table.rows:
        cells = row.cells  # one per grid column: a merged cell appears once per column it spans
        texts = []
        for index, cell in enumerate(cells):
            merged_across = index > 0 and cells[index - 1]._tc is cell._tc
            merged_down = index < len(above) and above[index]._tc is cell._tc
            texts.append("" if merged_across or merged_down else _docx_cell(cell))
        above = cells
        while texts and not texts[-1]:
            texts.pop()
        yield texts


def _docx_cell(cell: Any) -> str:
    from docx.text.hyperlink import Hyperlink

    paragraphs: list[list[tuple[str, bool]]] = []
    for paragraph in cell.paragraphs:
        style_bold = bool(paragraph.style is not None and paragraph.style.font.bold)
        pieces: list[tuple[str, bool]] = []
        for item in paragraph.iter_inner_content():
            runs = item.runs if isinstance(item, Hyperlink) else [item]
            for run in runs:
                bold = run.bold if run.bold is not None else style_bold
                pieces.append((run.text, bool(bold)))
        if "".join(text for text, _ in pieces).strip():
            paragraphs.append(pieces)
    if not any(bold and text.strip() for pieces in paragraphs for text, bold in pieces):
        return "\n\n".join(clean("".join(text for text, _ in pieces)) for pieces in paragraphs)
    out = []
    for pieces in paragraphs:
        parts = []
        for text, bold in pieces:
            escaped = html.escape(text, quote=False).replace("\n", "<br>")
            parts.append(f"<b>{escaped}</b>" if bold and text.strip() else escaped)
        out.append(f"<p>{''.join(parts)}</p>")
    return "".join(out)


def read_html(data: bytes, label: str) -> Sheet:
    """The rows of every table of a web page, in the encoding the page declares.

    ``rowspan`` and ``colspan`` are laid out on the grid as merged cells are in a workbook. A
    cell keeps its markup, so that bold titles and paragraphs are read as in the web tool's
    export.
    """
    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        # Given bytes, BeautifulSoup follows the byte-order mark, then the page's own
        # <meta charset> or http-equiv declaration, then guesses.
        soup = BeautifulSoup(data, "html.parser")
    rows: list[Row] = []
    tables = soup.find_all("table")
    if tables:
        # A title line above the table ("Sitovat tavoitteet / …") names the division.
        above = tables[0].find_all_previous(["p", "h1", "h2", "h3", "h4", "h5", "h6"])
        for block in reversed(above):
            text = clean(block.get_text(" "))
            if text and block.find_parent("table") is None:
                rows.append(Row(len(rows) + 1, [" ".join(text.split())]))
    for table in tables:
        own = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
        for cells in _grid(own):
            rows.append(Row(len(rows) + 1, cells))
    if not rows:
        if soup.find(["frameset", "frame"]) is not None or "sheet001.htm" in str(soup):
            # Excel's "Web Page" keeps each sheet in a file of the folder beside the page.
            raise InputError("table.html_frames", path=label)
        raise InputError("table.no_html_table", path=label)
    return Sheet(label, rows)


def _grid(trs: list[Any]) -> Iterator[list[str]]:
    pending: dict[int, int] = {}  # column -> rows that a rowspan above still covers
    for tr in trs:
        cells: list[str] = []
        for td in tr.find_all(["td", "th"], recursive=False):
            _covered(cells, pending)
            rowspan = _span(td.get("rowspan"))
            colspan = _span(td.get("colspan"))
            for offset in range(colspan):
                if rowspan > 1:
                    pending[len(cells)] = rowspan - 1
                cells.append(_inner(td) if offset == 0 else "")
        while any(count > 0 and column >= len(cells) for column, count in pending.items()):
            if pending.get(len(cells), 0) > 0:
                _covered(cells, pending)
            else:
                cells.append("")
        while cells and not cells[-1]:
            cells.pop()
        yield cells


def _covered(cells: list[str], pending: dict[int, int]) -> None:
    """Empty cells where a rowspan from above covers the next columns."""
    while pending.get(len(cells), 0) > 0:
        pending[len(cells)] -= 1
        cells.append("")


def _span(value: Any) -> int:
    try:
        return max(1, min(int(str(value).strip()), 1000))
    except (TypeError, ValueError):
        return 1


def _inner(td: Any) -> str:
    # Calc writes an empty cell as <font><br/></font>, Word as &nbsp;: no text is no value.
    if not td.get_text().strip():
        return ""
    return clean("".join(str(child) for child in td.contents))
