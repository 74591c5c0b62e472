"""Text that breaks naive reports: markup characters, a comment longer than a page, a compound
wider than its column, an emoji. Read back with pdfplumber, column by column."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pypdf import PdfReader

from kuva_desktop.editing import Editor, Ref
from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.reports.hyphenation import break_points
from kuva_desktop.reports.pdf import write_board_pdf
from kuva_desktop.reports.pdf_board import column_widths
from kuva_desktop.reports.pdf_common import MARGIN, PAPERS
from kuva_desktop.reports.table import BoardTable, build_board_table
from kuva_desktop.storage.database import Database, open_database
from kuva_desktop.storage.queries import load_year

from .test_report_pdf import squash
from .test_report_pdf_tags import element_texts, tree

PRINTED = dt.date(2022, 4, 30)
MARKUP = "Tavoite <b>lihavoitu</b> & AT&T; <i>ei</i> 1 < 2 > 0 &amp; <br/>"
COMPOUND = "Liikuntapaikkarakentamisenkehittämisohjelmanseurantaryhmässä"
EMOJI = "Ennen 🎉 jälkeen 😀 loppu"


def long_comment() -> str:
    """About 10 000 characters in paragraphs, every word numbered so that a lost line shows."""
    paragraphs = []
    number = 0
    while sum(len(p) + 2 for p in paragraphs) < 10_000:
        words = []
        for _ in range(60):
            number += 1
            words.append(f"riski{number}")
        paragraphs.append(" ".join(words))
    return "\n\n".join(paragraphs)[:10_000].rsplit(" ", 1)[0]


COMMENT = long_comment()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Path]]:
    folder = tmp_path_factory.mktemp("hostile")
    database = open_database(folder / "kuva.db")
    load_sample_data(database)
    editor = Editor(database, who="test")
    editor.new_year_from(2021, 2022)
    with database.reader() as session:
        year = load_year(session, 2022)
        assert year is not None
        theme = year.themes[0]
        goal = theme.goals[0]
        metrics = [m.id for m in goal.metrics]
        other = year.themes[1].goals[0].metrics[0].id
        ids = theme.id, goal.id
    editor.set_field(Ref("theme", ids[0]), "name_fi", COMPOUND)
    editor.set_field(Ref("goal", ids[1]), "title_fi", MARKUP)
    editor.set_field(Ref.entry(metrics[0], "1"), "comment", COMMENT)
    editor.set_field(Ref.entry(metrics[0], "1"), "status", "at_risk")
    editor.set_field(Ref.entry(other, "1"), "comment", EMOJI)
    path = folder / "hostile.pdf"
    write_board_pdf(database, 2022, "1", "fi", path, printed=PRINTED)
    yield database, path
    database.dispose()


def _table(database: Database) -> BoardTable:
    return build_board_table(database, 2022, "1", "fi", printed=PRINTED)


def _column(database: Database, kind: str) -> tuple[float, float, str]:
    table = _table(database)
    widths = column_widths(table, PAPERS["A4"][0] - 2 * MARGIN)
    index = [c.kind for c in table.columns].index(kind)
    x0 = MARGIN + sum(widths[:index])
    return x0, x0 + widths[index], table.columns[index].title


def _column_texts(path: Path, x0: float, x1: float) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [
            page.crop((x0 + 0.5, 0, x1 - 0.5, page.height)).extract_text() or ""
            for page in pdf.pages
        ]


def test_markup_characters_appear_as_typed(hostile) -> None:  # type: ignore[no-untyped-def]
    _, path = hostile
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert squash(MARKUP) in squash(text)


def test_a_comment_longer_than_a_page_is_split_with_nothing_lost(hostile) -> None:  # type: ignore[no-untyped-def]
    database, path = hostile
    x0, x1, title = _column(database, "comments")
    texts = _column_texts(path, x0, x1)
    pages_with_comment = [i for i, t in enumerate(texts) if "riski" in t]
    assert len(pages_with_comment) >= 2
    # Each page's column starts with the end of the title line and the column's title.
    joined = "".join(squash(t).split(squash(title), 1)[-1] for t in texts)
    assert squash(COMMENT) in joined


def test_a_row_continued_on_the_next_page_says_its_metric_again(hostile) -> None:  # type: ignore[no-untyped-def]
    database, path = hostile
    x0, x1, title = _column(database, "metric")
    table = _table(database)
    metric = next(c for c in table.columns if c.kind == "metric")
    first_words = " ".join(table.rows[0].cells[metric].text.split()[:3])
    comments = _column(database, "comments")
    texts = _column_texts(path, x0, x1)
    continued = [i for i, t in enumerate(_column_texts(path, *comments[:2])) if i and "riski" in t]
    assert continued
    for index in continued:  # each page that goes on with the row names its metric first
        below_header = squash(texts[index]).split(squash(title), 1)[-1]
        assert below_header.startswith(squash(first_words)), texts[index][:200]
        assert squash("(jatkuu)") in below_header
    # The repeated text is an artifact: the metric's TD has its text once, on the first page.
    _, document = tree(path)
    texts_of = element_texts(path, document)
    metric_cell = document.find("TBody")[0].kids[0].kids[2]
    assert squash(texts_of[id(metric_cell)]) == squash(table.rows[0].cells[metric].text)
    assert len({page for page, _ in metric_cell.content}) == 1


def test_a_character_the_fonts_lack_shows_a_mark(hostile) -> None:  # type: ignore[no-untyped-def]
    _, path = hostile
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    # 🎉 is not in DejaVu, and no emoji can be read back from ReportLab's fonts: the replacement
    # mark stands in for each.
    assert "Ennen \ufffd jälkeen \ufffd loppu" in text


def test_a_split_row_keeps_its_borders(hostile) -> None:  # type: ignore[no-untyped-def]
    database, path = hostile
    x0, x1, _ = _column(database, "comments")
    with pdfplumber.open(path) as pdf:
        checked = 0
        for page in pdf.pages:
            chars = [
                w
                for w in page.extract_words()
                if x0 <= w["x0"] and w["x1"] <= x1 and w["text"].startswith("riski")
            ]
            if not chars:
                continue
            low = max(c["bottom"] for c in chars)
            high = min(c["top"] for c in chars)
            horizontal = [
                e
                for e in page.edges
                if e["orientation"] == "h" and e["x0"] <= x0 + 1 and e["x1"] >= x1 - 1
            ]
            assert any(e["top"] >= low - 0.5 for e in horizontal), page.page_number
            assert any(e["top"] <= high + 0.5 for e in horizontal), page.page_number
            for x in (x0, x1):
                vertical = [
                    e
                    for e in page.edges
                    if e["orientation"] == "v"
                    and abs(e["x0"] - x) < 1
                    and e["top"] <= high
                    and e["bottom"] >= low
                ]
                assert vertical, (page.page_number, x)
            checked += 1
        assert checked >= 2


def test_a_long_compound_breaks_at_syllables_inside_its_column(hostile) -> None:  # type: ignore[no-untyped-def]
    database, path = hostile
    x0, x1, title = _column(database, "theme")
    with pdfplumber.open(path) as pdf:
        first = pdf.pages[0]
        # Below the header row: the header's last word is the column title's last word.
        header = next(
            w
            for w in first.extract_words()
            if x0 <= w["x0"] < x1 and w["text"] == title.split()[-1]
        )
        theme_chars = [c for c in first.chars if x0 <= c["x0"] < x1 and c["top"] > header["bottom"]]
        assert theme_chars and all(c["x1"] <= x1 + 0.01 for c in theme_chars)
    lines = _column_texts(path, x0, x1)[0].split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(COMPOUND[:6]))
    pieces: list[str] = []
    for line in lines[start:]:
        pieces.append(line.strip())
        if "".join(p.removesuffix("-") for p in pieces) == COMPOUND:
            break
    assert "".join(p.removesuffix("-") for p in pieces) == COMPOUND
    assert len(pieces) > 1
    assert all(p.endswith("-") for p in pieces[:-1])
    cuts, position = [], 0
    for piece in pieces[:-1]:
        position += len(piece) - 1
        cuts.append(position)
    assert set(cuts) <= set(break_points(COMPOUND, "fi")), (pieces, cuts)


def test_an_emoji_does_not_stop_the_report(hostile) -> None:  # type: ignore[no-untyped-def]
    _, path = hostile
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    for word in ("Ennen", "jälkeen", "loppu"):
        assert word in text


def test_the_status_cell_has_its_colour_and_label(hostile) -> None:  # type: ignore[no-untyped-def]
    from kuva_desktop.domain.statuses import status_colour

    database, path = hostile
    x0, x1, _ = _column(database, "round")
    colour = status_colour("at_risk").lstrip("#")
    wanted = tuple(int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4))
    with pdfplumber.open(path) as pdf:
        page: Any = pdf.pages[0]
        fills = [
            r
            for r in page.rects
            if r["fill"]
            and abs(r["x0"] - x0) < 1
            and tuple(round(v, 2) for v in r["non_stroking_color"])
            == tuple(round(v, 2) for v in wanted)
        ]
        assert fills
        assert "Toteutuminen" in page.crop((x0, 0, x1, page.height)).extract_text()
