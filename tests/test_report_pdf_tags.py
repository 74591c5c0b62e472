"""The PDF reports as a screen reader, an archive and a search engine read them: the structure
tree (pikepdf, pdfplumber), PDF/A's metadata and output intent, and the text ``pdftotext`` gets.

veraPDF cannot be installed here; docs/board-report.md says what a run of it elsewhere should
still confirm.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pikepdf
import pytest
from pypdf import PdfReader

from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.reports.hyphenation import break_points
from kuva_desktop.reports.pdf import write_report
from kuva_desktop.reports.table import (
    PAGE,
    BoardTable,
    build_board_table,
    build_year_end,
)
from kuva_desktop.resources import resource_path
from kuva_desktop.storage.database import Database, open_database

from .test_report_pdf import squash

PRINTED = dt.date(2021, 4, 30)
REPORTS = [
    (2019, "1", "fi"),
    (2020, "3", "sv"),
    (2021, "1", "fi"),
    (2021, "3", "sv"),
    (2019, "final", "fi"),
    (2021, "final", "sv"),
]
BOARD = [r for r in REPORTS if r[1] != "final"]
NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "pdfuaid": "http://www.aiim.org/pdfua/ns/id/",
}
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no poppler")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("tags") / "sample.db")
    load_sample_data(database)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def written(sample: Database, tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("tagged")
    cache: dict[tuple[int, str, str], Path] = {}

    def get(year: int, round_key: str, language: str) -> Path:
        key = (year, round_key, language)
        if key not in cache:
            path = folder / f"{year}-{round_key}-{language}.pdf"
            write_report(sample, year, round_key, language, path, printed=PRINTED)
            cache[key] = path
        return cache[key]

    return get


# Reading the structure


class Element:
    """A structure element as read back: its type, /Lang, attributes, kids, marked content."""

    def __init__(self, item: pikepdf.Dictionary, pages: dict[tuple[int, int], int]) -> None:
        self.tag = str(item.S)[1:]
        self.lang = str(item.Lang) if "/Lang" in item else ""
        self.attributes = (
            {str(k)[1:]: v for k, v in item.A.items() if k != "/O"} if "/A" in item else {}
        )
        page = pages[item.Pg.objgen] if "/Pg" in item else None
        self.kids: list[Element] = []
        self.content: list[tuple[int, int]] = []  # (page index, MCID) in order
        kids = item.K if "/K" in item else []
        if not isinstance(kids, pikepdf.Array):
            kids = [kids]
        for kid in kids:
            if isinstance(kid, int):
                assert page is not None
                self.content.append((page, int(kid)))
            elif kid.get("/Type") == "/MCR":
                self.content.append((pages[kid.Pg.objgen], int(kid.MCID)))
            else:
                assert kid.P.objgen == item.objgen  # the kid names this element its parent
                self.kids.append(Element(kid, pages))
        self.objgen = item.objgen

    def walk(self) -> Iterator[Element]:
        yield self
        for kid in self.kids:
            yield from kid.walk()

    def find(self, tag: str) -> list[Element]:
        return [e for e in self.walk() if e.tag == tag]


def tree(path: Path) -> tuple[pikepdf.Pdf, Element]:
    pdf = pikepdf.open(path)
    pages = {page.obj.objgen: index for index, page in enumerate(pdf.pages)}
    root = pdf.Root.StructTreeRoot
    (document,) = [root.K] if not isinstance(root.K, pikepdf.Array) else list(root.K)
    return pdf, Element(document, pages)


def _operators(stream: Any) -> Iterator[tuple[str, list[Any]]]:
    for operands, operator in pikepdf.parse_content_stream(stream):
        yield str(operator), list(operands)


def marked_content(pdf: pikepdf.Pdf) -> list[list[tuple[str, int | None, bool, int]]]:
    """Per page, each text-showing operator (and form) with the marked content it is in: the
    innermost tag with an MCID, that MCID, whether an Artifact encloses it, and how many glyphs
    it draws (one byte each in ReportLab's subsets; a form's own). Checks that BDC/BMC and EMC
    balance on the page."""

    def glyphs(stream: Any) -> int:
        return sum(len(bytes(o[0])) for name, o in _operators(stream) if name == "Tj")

    result = []
    for page in pdf.pages:
        shown: list[tuple[str, int | None, bool, int]] = []
        stack: list[tuple[str, int | None]] = []
        for name, operands in _operators(page):
            if name == "BDC":
                properties = operands[1]
                mcid = (
                    properties.get("/MCID") if isinstance(properties, pikepdf.Dictionary) else None
                )
                stack.append((str(operands[0])[1:], None if mcid is None else int(mcid)))
            elif name == "BMC":
                stack.append((str(operands[0])[1:], None))
            elif name == "EMC":
                stack.pop()
            elif name in ("Tj", "Do"):
                artifact = any(tag == "Artifact" for tag, _ in stack)
                owner = next(((t, m) for t, m in reversed(stack) if m is not None), ("", None))
                if name == "Tj":
                    count = len(bytes(operands[0]))
                else:
                    count = glyphs(page.Resources.XObject[operands[0]])
                shown.append((owner[0], owner[1], artifact, count))
            else:
                assert name not in ("TJ", "'", '"'), name  # not used: glyph counts hold
        assert not stack, "unbalanced marked content"
        result.append(shown)
    return result


def element_texts(path: Path, document: Element) -> dict[int, str]:
    """Each element's text: the characters pdfplumber reads, given to the marked content they
    are drawn in (id of the element → text).

    pdfplumber's own ``mcid`` of a char is that of the innermost marked content only, and it
    keeps no stack: inside a hyphenation span (which has no MCID of its own) and after it, a
    cell's chars would have none. So the chars are matched, in drawing order, with the text
    operators of the content stream and their enclosing MCID.
    """
    pdf = pikepdf.open(path)
    shown = marked_content(pdf)
    chars: dict[tuple[int, int], list[str]] = {}
    with pdfplumber.open(path) as plumber:
        for index, page in enumerate(plumber.pages):
            owners = [mcid for _, mcid, _, count in shown[index] for _ in range(count)]
            assert len(owners) == len(page.chars)
            for mcid, char in zip(owners, page.chars, strict=True):
                if mcid is not None:
                    chars.setdefault((index, mcid), []).append(char["text"])
    return {
        id(element): "".join("".join(chars.get(key, [])) for key in element.content)
        for element in document.walk()
    }


@pytest.mark.parametrize(("year", "round_key", "language"), REPORTS)
def test_every_mcid_is_in_the_tree_once_and_the_parent_tree_agrees(  # type: ignore[no-untyped-def]
    written, year, round_key, language
) -> None:
    pdf, document = tree(written(year, round_key, language))
    assert pdf.Root.MarkInfo.Marked is True
    assert str(pdf.Root.Lang) == {"fi": "fi-FI", "sv": "sv-FI"}[language]
    owners: dict[tuple[int, int], Any] = {}
    for element in document.walk():
        for key in element.content:
            assert key not in owners, key  # one element per marked content
            owners[key] = element.objgen
    shown = marked_content(pdf)
    in_pages = set()
    for index, operators in enumerate(shown):
        for tag, mcid, artifact, _ in operators:
            # Every text (and form) is either an element's content or an artifact, not both.
            assert (mcid is None) == artifact, (index, tag, mcid)
            if mcid is not None:
                in_pages.add((index, mcid))
    assert in_pages <= set(owners)
    # The ParentTree: per page (/StructParents), per MCID, the element that owns it.
    numbers = pdf.Root.StructTreeRoot.ParentTree.Nums
    parents = {int(numbers[i]): numbers[i + 1] for i in range(0, len(numbers), 2)}
    assert int(pdf.Root.StructTreeRoot.ParentTreeNextKey) == len(pdf.pages)
    for index, page in enumerate(pdf.pages):
        array = parents[int(page.obj.StructParents)]
        mcids = sorted(m for p, m in owners if p == index)
        assert mcids == list(range(len(array)))
        for mcid in mcids:
            assert array[mcid].objgen == owners[(index, mcid)]


@pytest.mark.parametrize(("year", "round_key", "language"), BOARD)
def test_the_table_is_a_grid_with_column_and_row_headers(  # type: ignore[no-untyped-def]
    sample, written, year, round_key, language
) -> None:
    table = build_board_table(sample, year, round_key, language, printed=PRINTED)
    path = written(year, round_key, language)
    _, document = tree(path)
    texts = element_texts(path, document)
    assert [e.tag for e in document.kids][:3] == ["H1", "P", "Table"]
    assert texts[id(document.kids[0])] == table.title
    (grid,) = document.find("Table")
    head, body = grid.kids
    assert (head.tag, body.tag) == ("THead", "TBody")
    (header,) = head.kids
    assert [c.tag for c in header.kids] == ["TH"] * len(table.columns)
    assert all(c.attributes["Scope"] == "/Column" for c in header.kids)
    assert [squash(texts[id(c)]) for c in header.kids] == [squash(c.title) for c in table.columns]
    # Rows: one TR per metric row; with the row spans, every row has a cell in every column.
    assert len(body.kids) == len(table.rows)
    covered: list[set[int]] = [set() for _ in body.kids]
    for number, row in enumerate(body.kids):
        column = 0
        for cell in row.kids:
            while column in covered[number]:
                column += 1
            span = int(cell.attributes.get("RowSpan", 1))
            for below in range(number, number + span):
                assert column not in covered[below]
                covered[below].add(column)
            if column < 2:
                assert (cell.tag, cell.attributes["Scope"]) == ("TH", "/Row")
            else:
                assert cell.tag == "TD"
    assert all(c == set(range(len(table.columns))) for c in covered)
    # The row headers say the theme and the goal of their rows.
    first = body.kids[0].kids
    assert squash(texts[id(first[0])]) == squash(table.rows[0].theme)
    assert squash(texts[id(first[1])]).startswith(squash(table.rows[0].goal_title))


def test_the_goal_and_links_span_the_goals_metric_rows(sample, written) -> None:  # type: ignore[no-untyped-def]
    table = build_board_table(sample, 2019, "1", "fi", printed=PRINTED)
    path = written(2019, "1", "fi")
    _, document = tree(path)
    texts = element_texts(path, document)
    rows = document.find("TBody")[0].kids
    first_goal = [r for r in table.rows if r.goal_id == table.rows[0].goal_id]
    assert len(first_goal) > 1
    goal, links = rows[0].kids[1], rows[0].kids[-1]
    assert int(goal.attributes["RowSpan"]) == int(links.attributes["RowSpan"]) == len(first_goal)
    # The links are said once, not once per metric row.
    links_text = first_goal[0].cells[table.columns[-1]].text
    document_text = squash("".join(p.extract_text() for p in PdfReader(path).pages))
    assert document_text.count(squash(links_text)) == 1
    assert squash(texts[id(rows[0].kids[-1])]) == squash(links_text)
    assert [len(r.kids) for r in rows[1 : len(first_goal)]] == [len(table.columns) - 3] * (
        len(first_goal) - 1
    )


@pytest.mark.parametrize(("year", "round_key", "language"), REPORTS)
def test_page_furniture_is_an_artifact(written, year, round_key, language) -> None:  # type: ignore[no-untyped-def]
    path = written(year, round_key, language)
    with pdfplumber.open(path) as pdf:
        pages = len(pdf.pages)
        for number, page in enumerate(pdf.pages, start=1):
            words = page.extract_words(extra_attrs=["mcid", "tag"])
            footer = [w for w in words if w["top"] > page.height - 30]
            assert " ".join(w["text"] for w in footer) == PAGE(language) % {
                "page": number,
                "pages": pages,
            }
            assert all(w["mcid"] is None and w["tag"] == "Artifact" for w in footer)
            title = [w for w in words if w["top"] < 40]
            assert title
            if number == 1:  # the title line is the document's heading on the first page
                assert all(w["mcid"] is not None for w in title)
            else:  # and a repetition on the later ones, with the header row
                assert all(w["mcid"] is None for w in title)


def test_fallback_cells_are_marked_finnish(sample, written) -> None:  # type: ignore[no-untyped-def]
    table = build_board_table(sample, 2021, "3", "sv", printed=PRINTED)
    assert table.fallbacks
    path = written(2021, "3", "sv")
    _, document = tree(path)
    texts = element_texts(path, document)
    rows = document.find("TBody")[0].kids
    for row, element in zip(table.rows, rows, strict=True):
        cells = element.kids
        if len(cells) == len(table.columns):  # the first row of its goal and theme
            assert cells[0].lang == ("fi-FI" if row.theme_language == "fi" else "")
            title_fi = row.goal_title_language == "fi"
            if title_fi and row.goal_description_language in ("fi", "") and row.goal_description:
                assert cells[1].lang == ("fi-FI" if row.goal_description_language == "fi" else "")
        tds = cells[-(len(table.columns) - 2) :]
        for column, cell in zip(table.columns[2:], tds, strict=True):
            value = row.cells[column]
            if value.languages and set(value.languages) == {"fi"}:
                assert cell.lang == "fi-FI", column.kind
            elif not value.languages:
                assert cell.lang == "", column.kind
            else:  # some lines Finnish: those are a Span with their /Lang
                spans = [k for k in cell.kids if k.tag == "Span"]
                assert spans and all(s.lang == "fi-FI" for s in spans)
                assert all(squash(texts[id(s)]) in squash(value.text) for s in spans)


# PDF/A


def _xmp(pdf: pikepdf.Pdf) -> ET.Element:
    stream = pdf.Root.Metadata
    assert "/Filter" not in stream  # readable without decoding
    data = stream.read_bytes()
    assert data.startswith(b"<?xpacket begin=") and data.rstrip().endswith(b'<?xpacket end="w"?>')
    return ET.fromstring(data)  # well-formed


def _pdf_date(value: str) -> str:
    match = re.fullmatch(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)\+(\d\d)'(\d\d)'", value)
    assert match, value
    y, mo, d, h, mi, s, oh, om = match.groups()
    return f"{y}-{mo}-{d}T{h}:{mi}:{s}+{oh}:{om}"


@pytest.mark.parametrize(("year", "round_key", "language"), REPORTS)
def test_the_xmp_says_pdfa_2a_and_pdfua_1_and_what_the_info_says(  # type: ignore[no-untyped-def]
    written, year, round_key, language
) -> None:
    pdf = pikepdf.open(written(year, round_key, language))
    xmp = _xmp(pdf)
    info = pdf.docinfo

    def one(path: str) -> str:
        (found,) = xmp.findall(f".//{path}", NS)
        return found.text or ""

    assert one("pdfaid:part") == "2" and one("pdfaid:conformance") == "A"
    assert one("pdfuaid:part") == "1"
    assert one("dc:title/rdf:Alt/rdf:li") == str(info["/Title"])
    assert one("dc:creator/rdf:Seq/rdf:li") == str(info["/Author"])
    assert one("dc:description/rdf:Alt/rdf:li") == str(info["/Subject"])
    assert one("xmp:CreatorTool") == str(info["/Creator"])
    assert one("pdf:Producer") == str(info["/Producer"])
    assert one("pdf:Keywords") == str(info["/Keywords"])
    assert one("xmp:CreateDate") == _pdf_date(str(info["/CreationDate"]))
    assert one("xmp:ModifyDate") == _pdf_date(str(info["/ModDate"]))
    assert one("xmp:CreateDate").startswith(PRINTED.isoformat())
    assert pdf.pdf_version == "1.7"
    # pikepdf's own reading of the packet agrees.
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        assert meta["pdfaid:part"] == "2"
        assert meta["dc:title"] == str(info["/Title"])


@pytest.mark.parametrize(("year", "round_key", "language"), [REPORTS[0], REPORTS[-1]])
def test_the_output_intent_is_the_shipped_srgb_profile(written, year, round_key, language) -> None:  # type: ignore[no-untyped-def]
    pdf = pikepdf.open(written(year, round_key, language))
    (intent,) = list(pdf.Root.OutputIntents)
    assert intent.S == "/GTS_PDFA1" and intent.Type == "/OutputIntent"
    assert str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"
    profile = intent.DestOutputProfile
    assert int(profile.N) == 3
    data = profile.read_bytes()
    assert data == resource_path("icc", "sRGB.icc").read_bytes()
    assert data[36:40] == b"acsp" and data[16:20] == b"RGB "


# Reading order and words, as pdftotext reads them


def _pdftotext(path: Path, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", *options, "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@needs_pdftotext
@pytest.mark.parametrize(("year", "round_key", "language"), BOARD)
def test_pdftotext_reads_theme_goal_metric_values_links_in_order(  # type: ignore[no-untyped-def]
    sample, written, year, round_key, language
) -> None:
    table = build_board_table(sample, year, round_key, language, printed=PRINTED)
    text = squash(_pdftotext(written(year, round_key, language), "-raw"))
    position = 0
    previous_goal = previous_theme = None
    for row in table.rows:
        expected: list[str] = []
        if row.theme_id != previous_theme:
            expected.append(row.theme)
        if row.goal_id != previous_goal:
            expected += [row.goal_title, row.goal_description]
        for column in table.columns[2:-1]:
            expected += row.cells[column].text.split("\n\n")
        if row.goal_id != previous_goal:
            expected.append(row.cells[table.columns[-1]].text)
        for piece in expected:
            if not squash(piece):
                continue
            found = text.find(squash(piece), position)
            assert found >= 0, (piece[:40], text[position : position + 80])
            position = found + len(squash(piece))
        previous_goal, previous_theme = row.goal_id, row.theme_id


def _long_words(table: BoardTable) -> set[str]:
    words: set[str] = set()
    for row in table.rows:
        texts = [row.theme, row.goal_title, row.goal_description]
        texts += [cell.text for cell in row.cells.values()]
        for text in texts:
            words.update(w for w in re.findall(r"[^\W\d_]{12,}", text))
    return words


@needs_pdftotext
@pytest.mark.parametrize(("year", "round_key", "language"), BOARD)
def test_hyphenated_words_extract_whole(sample, written, year, round_key, language) -> None:  # type: ignore[no-untyped-def]
    table = build_board_table(sample, year, round_key, language, printed=PRINTED)
    path = written(year, round_key, language)
    # pypdf reads the glyphs as drawn: the words that were broken at a line end.
    drawn = "".join(p.extract_text() for p in PdfReader(path).pages)
    broken = {w for w in _long_words(table) if w not in drawn}
    assert broken  # the sample reports do hyphenate long words
    for options in ((), ("-raw",)):
        extracted = set(re.findall(r"[^\W\d_]+", _pdftotext(path, *options)))
        assert broken <= extracted, (options, sorted(broken - extracted)[:5])
    # A hyphen that is in the text stays: "vapaa-ajan" is still written with it.
    raw = _pdftotext(path, "-raw")
    assert "vapaa-ajan" in raw or "fritids" in raw


YEAR_END = [(year, language) for year in (2019, 2020, 2021) for language in ("fi", "sv")]


@needs_pdftotext
@pytest.mark.parametrize(("year", "language"), YEAR_END)
def test_year_end_words_broken_at_line_ends_extract_whole(  # type: ignore[no-untyped-def]
    sample, written, year, language
) -> None:
    """Also in the paragraphs that start with a bold outcome or lead ("Tavoite toteutui. …",
    "Selvitys: …"), which ReportLab lays out as several fragments."""
    report = build_year_end(sample, year, language, printed=PRINTED)
    led = [m.explanation for g in report.goals for m in g.metrics if m.outcome]
    led += [g.explanation for g in report.goals]
    plain = [g.title for g in report.goals] + [m.text for g in report.goals for m in g.metrics]
    source_words = {w for t in led + plain for w in re.findall(r"[^\W\d_]+", t)}
    path = written(year, "final", language)
    # pypdf reads the glyphs as drawn: "leik-" at a line end, "kaavia" on the next.
    drawn = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    broken = {h + t for h, t in re.findall(r"([^\W\d_]+)-\n([^\W\d_]+)", drawn)}
    broken &= source_words
    for options in ((), ("-raw",)):
        extracted = re.findall(r"[^\W\d_]+", _pdftotext(path, *options))
        assert broken <= set(extracted), (options, sorted(broken - set(extracted)))
        # The halves are not read as words of their own.
        halves = {h for h, t in re.findall(r"([^\W\d_]+)-\n([^\W\d_]+)", drawn)}
        assert not (halves - source_words) & set(extracted), options


def test_year_end_breaks_words_in_bold_led_paragraphs(sample, written) -> None:  # type: ignore[no-untyped-def]
    """The test above sees words broken in the paragraphs with a bold lead: "leikkaavia" in
    2019's first explanation, laid out after "Tavoite toteutui."."""
    drawn = "\n".join(p.extract_text() for p in PdfReader(written(2019, "final", "fi")).pages)
    assert re.search(r"Tavoite toteutui\. Palvelut ovat .*leik-\nkaavia", drawn, re.DOTALL)


@pytest.mark.parametrize("round_key", ["1", "3"])
def test_a_swedish_reports_finnish_text_breaks_by_finnish_rules(  # type: ignore[no-untyped-def]
    sample, written, round_key
) -> None:
    table = build_board_table(sample, 2021, round_key, "sv", printed=PRINTED)
    finnish_texts = [r.goal_description for r in table.rows if r.goal_description_language == "fi"]
    finnish_texts += [r.theme for r in table.rows if r.theme_language == "fi"]
    for row in table.rows:
        for cell in row.cells.values():
            lines = [line for line in cell.text.split("\n") if line.strip()]
            finnish_texts += [
                line for line, lang in zip(lines, cell.languages, strict=False) if lang == "fi"
            ]
    finnish_words = {w for t in finnish_texts for w in re.findall(r"[^\W\d_]+", t)}
    # pypdf reads the glyphs as drawn: "asi-" at a line end, "akastyytyväisyys" on the next.
    drawn = "\n".join(p.extract_text() for p in PdfReader(written(2021, round_key, "sv")).pages)
    checked = 0
    for head, tail in re.findall(r"([^\W\d_]+)-\n([^\W\d_]+)", drawn):
        word = head + tail
        if word in finnish_words:
            checked += 1
            assert len(head) in break_points(word, "fi"), f"{head}-{tail}"
    assert checked


def _breaks(path: Path) -> list[tuple[str, str]]:
    """(head, tail) of each word broken at a line end, as pypdf reads the glyphs drawn."""
    drawn = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    return re.findall(r"([^\W\d_]+)-\n([^\W\d_]+)", drawn)


def test_a_swedish_year_end_breaks_finnish_explanations_by_finnish_rules(  # type: ignore[no-untyped-def]
    sample, written
) -> None:
    """The explanations of 2019 have no recorded language; they are Finnish, and the Swedish
    report breaks and tags them as Finnish: "leik-kaavia", never "leikka-avia"."""
    report = build_year_end(sample, 2019, "sv", printed=PRINTED)
    explanations = [m.explanation for g in report.goals for m in g.metrics if m.explanation]
    explanations += [g.explanation for g in report.goals if g.explanation]
    assert {m.explanation_language for g in report.goals for m in g.metrics} == {"fi"}
    words = {w for t in explanations for w in re.findall(r"[^\W\d_]+", t)}
    path = written(2019, "final", "sv")
    breaks = [(h, t) for h, t in _breaks(path) if h + t in words]
    assert ("leik", "kaavia") in breaks
    assert ("leikka", "avia") not in breaks
    for head, tail in breaks:
        assert len(head) in break_points(head + tail, "fi"), f"{head}-{tail}"
    # Each explanation's paragraph carries /Lang fi; the report's own paragraphs none.
    _, document = tree(path)
    texts = element_texts(path, document)
    paragraphs = [(e.lang, squash(texts[id(e)])) for e in document.kids if e.tag == "P"]
    for explanation in explanations:
        langs = {lang for lang, text in paragraphs if squash(explanation)[:60] in text}
        assert langs == {"fi-FI"}, explanation[:40]
    assert ("", squash("Indikatorer:")) in paragraphs


def test_a_swedish_board_reports_finnish_forecasts_are_finnish_cells(  # type: ignore[no-untyped-def]
    sample, written
) -> None:
    table = build_board_table(sample, 2019, "3", "sv", printed=PRINTED)
    forecasts = [c for r in table.rows for k, c in r.cells.items() if k.kind == "round" and c.text]
    assert forecasts and {c.language for c in forecasts} == {"fi"}
    words = {w for c in forecasts for w in re.findall(r"[^\W\d_]+", c.text)}
    path = written(2019, "3", "sv")
    checked = 0
    for head, tail in _breaks(path):
        if head + tail in words:
            checked += 1
            assert len(head) in break_points(head + tail, "fi"), f"{head}-{tail}"
    assert checked
    _, document = tree(path)
    texts = element_texts(path, document)
    cells = {squash(texts[id(e)]): e.lang for e in document.find("TD")}
    for forecast in forecasts:
        langs = {lang for text, lang in cells.items() if squash(forecast.text)[:60] in text}
        assert langs == {"fi-FI"}, forecast.text[:40]


def test_the_year_end_report_is_headings_and_paragraphs(sample, written) -> None:  # type: ignore[no-untyped-def]
    report = build_year_end(sample, 2019, "fi", printed=PRINTED)
    path = written(2019, "final", "fi")
    _, document = tree(path)
    texts = element_texts(path, document)
    tags = [k.tag for k in document.kids]
    assert tags[0] == "H1" and set(tags[1:]) <= {"P", "H2", "L"}
    headings = [texts[id(k)] for k in document.kids if k.tag == "H2"]
    assert [squash(h) for h in headings] == [
        squash(f"{g.title} ({g.outcome})") for g in report.goals
    ]
