"""The fast line breaker breaks exactly where ReportLab's Paragraph does; line breaks in a cell."""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from kuva_desktop.reports.pdf_common import escape, make_styles, paragraphs, plain_paragraph
from kuva_desktop.reports.pdf_text import PlainParagraph

# Words of the kinds a report holds: Finnish and Swedish prose, long compounds, words with
# hyphens, addresses, numbers, punctuation around words, markup characters, a no-break space,
# an emoji, a word longer than any column.
WORDS = [
    "Kulttuurin",
    "ja",
    "vapaa-ajan",
    "toimiala",
    "asiakaskokemuksen",
    "palvelukokonaisuuksissa",
    "kaupunkiympäristötoimialan",
    "lasten-",
    "nuorten-",
    "ja",
    "perheiden",
    "(jatkuu)",
    "«lainaus»",
    "tavoite.",
    "100 %",
    "87,5",
    "https://www.hel.fi/fi/kulttuuri-ja-vapaa-aika/liikunta/uimahallit",
    "www.hel.fi/kuva",
    "AT&T;",
    "<b>",
    "&",
    "verksamhetsmålen",
    "kommunfullmäktige",
    "Ärende",
    "huvudstadsregionens",
    "sää\u00a0tila",
    "😀",
    "a" * 60,
    "lentokonesuihkuturbiinimoottoriapumekaanikkoaliupseerioppilas",
    "Päätösvalmistelu-yhteistyö-sopimus",
    "x",
]

COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}


Lines = list[tuple[float, list[tuple[str, str]]]]


def lines_of(paragraph: Paragraph, width: float) -> Lines:
    """The broken lines: each line's free width and its words with their kinds."""
    return described(paragraph.breakLines([width, width]))


def described(broken: Any) -> Lines:
    if broken.kind == 1:  # several fragments (markup): the fragments' texts
        return [
            (line.extraSpace, [(type(f).__name__, f.text) for f in line.words])
            for line in broken.lines
        ]
    return [(free, [(type(w).__name__, str(w)) for w in words]) for free, words in broken.lines]


@settings(max_examples=400, **COMMON)
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=60),
    width=st.floats(min_value=12, max_value=320),
    language=st.sampled_from(["fi", "sv"]),
    size=st.sampled_from([8.0, 10.0]),
    bold=st.booleans(),
)
def test_the_fast_breaker_breaks_where_reportlab_breaks(
    words: list[str], width: float, language: str, size: float, bold: bool
) -> None:
    styles = make_styles(language, size)
    style = styles.bold if bold else styles.body
    text = " ".join(words)
    fast = plain_paragraph(text, style)
    assert isinstance(fast, PlainParagraph)
    reference = Paragraph(text, style, frags=[f.clone() for f in fast.frags])
    assert type(reference) is Paragraph
    # The fast breaker itself (not a fall-back to ReportLab's) against ReportLab's.
    assert described(fast._break_plain(fast.frags[0], [width, width])) == lines_of(reference, width)
    # Split across a page after two lines: the rest is broken again from its words.
    fast.wrap(width, 10_000)
    reference.wrap(width, 10_000)
    fast_parts = fast.split(width, 2 * style.leading + 0.1)
    reference_parts = reference.split(width, 2 * style.leading + 0.1)
    assert len(fast_parts) == len(reference_parts)
    if len(fast_parts) == 2:
        rest = fast_parts[1]
        assert isinstance(rest, PlainParagraph) and hasattr(rest.frags[0], "words")
        assert described(rest._break_plain(rest.frags[0], [width, width])) == lines_of(
            reference_parts[1], width
        )


@pytest.mark.parametrize("width", [30.0, 55.0, 140.0])
def test_a_compound_in_a_narrow_column_is_hyphenated_by_both(width: float) -> None:
    style = make_styles("fi", 8.0).body
    text = "Kulttuuripalvelukokonaisuuksien asiakaskokemuksen parantaminen"
    fast = lines_of(plain_paragraph(text, style), width)
    assert fast == lines_of(Paragraph(text, style), width)
    assert any(words[-1][0] == "_SplitWordHY" for _, words in fast)  # a hyphen was added


def test_soft_hyphens_and_markup_go_reportlabs_way() -> None:
    style = make_styles("fi", 8.0).body
    soft = plain_paragraph("kulttuuri\xadpalvelu\xadkokonaisuus on pitkä", style)
    assert lines_of(soft, 40.0) == lines_of(Paragraph(soft.frags[0].text, style), 40.0)
    marked = PlainParagraph("<b>lihava</b> ja tavallinen teksti", style)
    assert lines_of(marked, 40.0) == lines_of(
        Paragraph("<b>lihava</b> ja tavallinen teksti", style), 40.0
    )


def test_line_breaks_in_a_cell_are_lines_without_space_between() -> None:
    style = make_styles("fi", 8.0).body
    text = "Osallisuus\nHarrastustoiminta\nKaupungin tilojen käyttö\n\nUusi kappale"
    flows = paragraphs(text, style)
    assert [f.frags[0].text for f in flows] == [
        "Osallisuus",
        "Harrastustoiminta",
        "Kaupungin tilojen käyttö",
        "Uusi kappale",
    ]
    # The lines of one paragraph sit a leading apart, as <br/> puts them; the blank line before
    # the last keeps the paragraph space.
    assert [f.getSpaceAfter() for f in flows] == [0, 0, style.spaceAfter, style.spaceAfter]
    heights = [f.wrap(200, 1000)[1] for f in flows[:3]]
    together = Paragraph("Osallisuus<br/>Harrastustoiminta<br/>Kaupungin tilojen käyttö", style)
    assert sum(heights) == pytest.approx(together.wrap(200, 1000)[1])


def drawn(make: Any, texts: list[str], width: float, style: Any) -> bytes:
    """A one-page PDF with the paragraphs drawn one below the other."""
    canvas = Canvas(io.BytesIO(), pagesize=A4, invariant=1, initialFontName=style.fontName)
    y = A4[1] - 20
    for text in texts:
        paragraph = make(text, style)
        _, height = paragraph.wrapOn(canvas, width, 10_000)
        paragraph.drawOn(canvas, 20, y - height)
        y -= height + 4
    canvas.showPage()
    return bytes(canvas.getpdfdata())


@settings(max_examples=60, **COMMON)
@given(
    paragraphs_words=st.lists(
        st.lists(st.sampled_from(WORDS), min_size=1, max_size=40), min_size=1, max_size=4
    ),
    width=st.floats(min_value=20, max_value=300),
    bold=st.booleans(),
)
def test_the_fast_drawing_writes_what_reportlab_writes(
    paragraphs_words: list[list[str]], width: float, bold: bool
) -> None:
    styles = make_styles("fi", 8.0)
    style = styles.bold if bold else styles.body
    texts = [" ".join(words) for words in paragraphs_words]

    def reference(text: str, style: Any) -> Paragraph:
        fast = plain_paragraph(text, style)
        return Paragraph(text, style, frags=[f.clone() for f in fast.frags])

    fast = page_content(drawn(plain_paragraph, texts, width, style))
    slow = page_content(drawn(reference, texts, width, style))
    assert without_spans(fast) == without_spans(slow)
    # A word broken at a line end is drawn in spans: its head's gives the word whole, the
    # continuations' give nothing.
    words = {w for text in texts for w in text.split(" ")}
    wholes = [actual_text(a) for a in re.findall(rb"/ActualText (<FEFF[0-9A-F]*>|\(\))", fast)]
    assert all(whole in words for whole in wholes if whole), wholes
    assert len([w for w in wholes if w]) <= len([w for w in wholes if not w])


MARKUP_WORDS = ["<b>Kulttuuri</b>palvelukokonaisuuksien", "<b>lihava</b>", "<i>kursiivi</i>"]


@settings(max_examples=60, **COMMON)
@given(
    lead=st.lists(st.sampled_from(WORDS), min_size=1, max_size=3),
    words=st.lists(st.sampled_from(WORDS) | st.sampled_from(MARKUP_WORDS), min_size=1, max_size=50),
    width=st.floats(min_value=20, max_value=300),
    coloured=st.booleans(),
)
def test_bold_led_paragraphs_draw_what_reportlab_draws(
    lead: list[str], words: list[str], width: float, coloured: bool
) -> None:
    """A paragraph of several fragments (the year-end report's "Tavoite toteutui. …") is laid
    out by ReportLab; ``PlainParagraph`` only adds the spans of the words broken at line ends."""
    style = make_styles("fi", 8.0).body
    bold = f"<b>{escape(' '.join(lead))}</b>"
    if coloured:
        bold = f'<span backColor="#9be59b">{bold}</span>'
    body = " ".join(w if w in MARKUP_WORDS else escape(w) for w in words)
    text = f"{bold} {body}"
    fast = page_content(drawn(PlainParagraph, [text], width, style))
    slow = page_content(drawn(Paragraph, [text], width, style))
    assert without_spans(fast) == without_spans(slow)
    plain = {re.sub(r"</?[bi]>", "", w) for w in [*lead, *words]}
    plain |= {p for w in plain for p in w.split(" ")}
    wholes = [actual_text(a) for a in re.findall(rb"/ActualText (<FEFF[0-9A-F]*>|\(\))", fast)]
    assert all(whole in plain for whole in wholes if whole), wholes
    assert len([w for w in wholes if w]) <= len([w for w in wholes if not w])
    laid_out = PlainParagraph(text, style)
    laid_out.wrap(width, 10_000)
    # Where ReportLab broke a word at a line end, it is marked.
    assert bool(laid_out._hyphenations or laid_out._splitLongWordCount) == any(wholes)


def actual_text(value: bytes) -> str:
    return "" if value == b"()" else bytes.fromhex(value[5:-1].decode()).decode("utf-16-be")


def page_content(pdf: bytes) -> bytes:
    return bytes(PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data())


def without_spans(content: bytes) -> bytes:
    """The page's operators without the hyphenation spans: the text ReportLab draws."""
    content = re.sub(rb"/Span <</ActualText (?:<[0-9A-F]*>|\(\))>> BDC ", b"", content)
    content = re.sub(rb" EMC(?= )", b"", content)
    return re.sub(rb"\) Tj \(", b"", content)


@settings(max_examples=200, **COMMON)
@given(
    texts=st.lists(
        st.text(
            alphabet=st.characters(
                min_codepoint=0x20, max_codepoint=0x52F, exclude_categories=("Cs",)
            )
            | st.sampled_from(["\xa0", "😀", "ä", "ö", "å", "ŋ", "đ"]),
            max_size=80,
        ),
        min_size=1,
        max_size=30,
    )
)
def test_text_maps_to_the_font_subsets_as_reportlab_maps_it(texts: list[str]) -> None:
    """The font's fast mapping of text to subset codes against ReportLab's own, on a new document
    (codes assigned as characters come, past the first subset of 256)."""
    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.pdfbase.ttfonts import TTFont

    make_styles("fi", 8.0)  # registers the fonts
    font = getFont("KuvaSans")
    canvas = Canvas(io.BytesIO(), invariant=1)
    for text in texts:
        expected = [
            (subset, bytes(data)) for subset, data in TTFont.splitString(font, text, canvas._doc)
        ]
        assert font.splitString(text, canvas._doc) == expected


@pytest.mark.parametrize(("language", "mark"), [("fi", "(jatkuu)"), ("sv", "(forts.)")])
def test_the_continuation_mark_is_never_hyphenated(language: str, mark: str) -> None:
    """At every width the mark after a theme stays whole, while the theme's words do break."""
    from kuva_desktop.reports.pdf_cells import _marked

    style = make_styles(language, 8.0).body
    theme = "Kulttuuripalvelukokonaisuuksien kehittäminen"
    hyphenated_theme = False
    for width in range(30, 120, 3):
        flows = _marked(theme, mark, style)
        words = [w for f in flows for _, line in lines_of(f, float(width)) for _, w in line]
        assert mark in words, (width, words)
        hyphenated_theme |= any(w.endswith("-") for w in words)
    assert hyphenated_theme
    if language != "fi":
        return
    # In an ordinary paragraph "(jatkuu)" does break ("(jat-"): it is kept whole on purpose.
    ordinary = [
        w
        for width in range(30, 60, 3)
        for _, line in lines_of(plain_paragraph(f"{theme} {mark}", style), float(width))
        for _, w in line
    ]
    assert any(w.startswith("(") and w.endswith("-") for w in ordinary)
