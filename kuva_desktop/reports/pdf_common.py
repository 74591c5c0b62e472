"""What the board report and the year-end report share: fonts, text, styles, pages, the file.

Fonts: DejaVu Sans Condensed (regular, bold, oblique, bold oblique) from ``resources/fonts``,
embedded as TrueType subsets. The canvas starts in that family too (``initialFontName``), so that
ReportLab's default Helvetica never enters the file: every font in it is embedded.

Determinism: the document is built with ``invariant=1`` and its dates are the print date, so the
same data and date give the same bytes.

Tagging: the canvas carries the document's ``Tagger`` (``pdf_tags``) as ``kuva_tags``; the page
numbers are artifacts, and once every page is drawn the structure tree, XMP and OutputIntent are
added (PDF/UA-1, PDF/A-2a).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import io
import os
import re
import threading
import weakref
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Paragraph

from kuva_desktop.errors import InputError
from kuva_desktop.messages import Message
from kuva_desktop.reports.hyphenation import reportlab_hyphenator
from kuva_desktop.reports.pdf_tags import LANGUAGE_TAGS, Metadata, StructElem, Tagger
from kuva_desktop.reports.pdf_text import PlainParagraph
from kuva_desktop.reports.table import PAGE
from kuva_desktop.resources import resource_path
from kuva_desktop.storage.files import write_file

FONT = "KuvaSans"
FONT_BOLD = "KuvaSans-Bold"
FONT_ITALIC = "KuvaSans-Oblique"
FONT_BOLD_ITALIC = "KuvaSans-BoldOblique"
_FONT_FILES = {
    FONT: "DejaVuSansCondensed.ttf",
    FONT_BOLD: "DejaVuSansCondensed-Bold.ttf",
    FONT_ITALIC: "DejaVuSansCondensed-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSansCondensed-BoldOblique.ttf",
}
_fonts_lock = threading.Lock()

PAPERS: dict[str, tuple[float, float]] = {"A4": landscape(A4), "A3": landscape(A3)}
ProgressFn = Callable[[int, int], None]


class _Font(TTFont):
    """A TrueType font that remembers the widths of the words it has measured.

    ReportLab measures every word of every line (and every hyphenation candidate) again; the same
    words recur throughout a report.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._widths: dict[tuple[str, float], float] = {}
        # Per document's subset state (ReportLab's), its codes for str.translate.
        self._codes: weakref.WeakKeyDictionary[Any, _Codes] = weakref.WeakKeyDictionary()

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        """ReportLab's mapping of text to the font's subsets, with a fast path.

        Once every character of a text has its code in the document (all but the first pages
        of a report), the text is translated to its codes at once (``str.translate`` over the
        assigned codes); in the usual case, a single subset, the result is one run. Anything else
        (a new character, several subsets) goes the way ReportLab goes, so the bytes written are
        the same.
        """
        state = self.state.get(doc) if isinstance(text, str) else None
        if state is not None:
            codes = self._codes.get(state)
            if codes is None or len(codes) != len(state.assignments):
                codes = self._codes[state] = _Codes(state.assignments)
            mapped = text.replace("\xa0", " ").translate(codes)
            if codes.missing:
                codes.missing = False
            else:
                try:
                    data = mapped.encode("latin-1")
                except UnicodeEncodeError:  # a code of a later subset
                    pass
                else:
                    return [(0, data)] if data else []
        return list(super().splitString(text, doc, encoding))

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        key = (text, size)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) > 200_000:
                self._widths.clear()
            width = self._widths[key] = super().stringWidth(text, size, encoding)
        return width


class _Codes(dict[int, int]):
    """A font subset's codes by character, for ``str.translate``; notes a character without one."""

    missing = False

    def __missing__(self, key: int) -> None:
        self.missing = True
        return None


# What a character the fonts lack is drawn as (the font would draw its empty .notdef glyph, which
# shows nothing and which PDF/A forbids): the replacement character, which all four fonts have.
MISSING_MARK = "\ufffd"


class _Marks(dict[int, int]):
    """For ``str.translate``: each character to itself, or to the mark where a font lacks it
    (found out once per character).

    Characters beyond the Basic Multilingual Plane (emoji) get the mark even where DejaVu has a
    glyph (😀): ReportLab writes their ToUnicode entries as odd-length hex, so no reader could
    tell what they are (and PDF/A-2a wants every glyph's Unicode).
    """

    def __missing__(self, code: int) -> int:
        register_fonts()
        fonts = [pdfmetrics.getFont(name).face.charToGlyph for name in _FONT_FILES]
        drawable = code <= 0xFFFF and all(code in font for font in fonts)
        value = code if drawable or chr(code) in "\n\r\t" else ord(MISSING_MARK)
        self[code] = value
        return value


_marks = _Marks()


def visible(text: str) -> str:
    """``text`` with each character the fonts lack replaced by ``MISSING_MARK``."""
    if text.isascii():
        return text
    return text.translate(_marks)


def register_fonts() -> None:
    """Register the report family once per process (ReportLab's registry is global)."""
    with _fonts_lock:
        if FONT in pdfmetrics.getRegisteredFontNames():
            return
        # Binary streams: ASCII85 makes the file a quarter larger and, in pure Python, costs a
        # tenth of the export time. Nothing else in the process uses ReportLab.
        rl_config.useA85 = 0
        for name, file_name in _FONT_FILES.items():
            pdfmetrics.registerFont(_Font(name, str(resource_path("fonts", file_name))))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as Paragraph markup shows them (``xml.sax.saxutils.escape``'s
    work, without the 30 ms of ``urllib`` that module imports)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(text: str) -> str:
    """Plain text as Paragraph markup that shows exactly what was typed.

    ``<``, ``>`` and ``&`` are escaped; a blank line (a paragraph break) and a single line break
    become ``<br/>``s.
    """
    text = visible(text).replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    paragraphs = re.split(r"\n[ \t]*\n\s*", text)
    return "<br/><br/>".join(escape(p).replace("\n", "<br/>") for p in paragraphs)


def paragraphs(
    text: str, style: ParagraphStyle, line_styles: Sequence[ParagraphStyle] = ()
) -> list[Paragraph]:
    """One Paragraph per paragraph of ``text`` (separated by blank lines), line breaks kept.

    Every paragraph is plain text in one font (``plain_paragraph``): a line break inside a
    paragraph ends a Paragraph with no space after it, which lays the lines out as a ``<br/>``
    would, without the markup parser and ReportLab's slower path for several fragments.
    ``line_styles``: a style for each non-blank line (its language), instead of ``style``.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if not text.strip():
        return []
    result = []
    number = 0
    for part in re.split(r"\n[ \t]*\n\s*", text):
        lines = [line for line in part.split("\n") if line.strip()]
        for index, line in enumerate(lines):
            line_style = line_styles[number] if number < len(line_styles) else style
            number += 1
            if index < len(lines) - 1:
                line_style = _no_space_after(line_style)
            result.append(plain_paragraph(line, line_style))
    return result


# What is remembered per paragraph style, beside ReportLab's objects rather than on them: the
# style without space after, the fragment a plain paragraph is cloned from, the text's language.
_tight: weakref.WeakKeyDictionary[ParagraphStyle, ParagraphStyle] = weakref.WeakKeyDictionary()
_templates: weakref.WeakKeyDictionary[ParagraphStyle, Any] = weakref.WeakKeyDictionary()
_languages: weakref.WeakKeyDictionary[ParagraphStyle, str] = weakref.WeakKeyDictionary()


def _no_space_after(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` with no space after a paragraph: for the lines of a paragraph but the last."""
    tight = _tight.get(style)
    if tight is None:
        tight = _tight[style] = ParagraphStyle(f"{style.name}-line", parent=style, spaceAfter=0)
    return tight


_SPACES = re.compile(r"[ \t\f\v]+")


def plain_paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text in one font, made without the markup parser.

    The text is taken as it is (no markup to escape); runs of spaces become one, as the parser
    would make them. Parsing is a tenth of the export time of a large year.
    """
    template = _templates.get(style)
    if template is None:
        template = _templates[style] = Paragraph("x", style).frags[0]
    text = visible(_SPACES.sub(" ", text).strip(" "))
    return PlainParagraph(text, style, frags=[template.clone(text=text)])


def paper_size(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[paper.upper()]
    except KeyError:
        raise InputError("report.paper", paper=repr(paper)) from None


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one report: body, bold, header cells, title lines."""

    body: ParagraphStyle
    bold: ParagraphStyle
    header: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    item: ParagraphStyle  # a list item with a bullet


@functools.lru_cache(maxsize=8)
def _cached_hyphenator(language: str) -> Callable[[str], list[tuple[str, str]]] | str:
    """The hyphenator of ``language`` remembering its words: ReportLab asks for the word at the
    end of every line, and the same words come back again and again."""
    hyphenator = reportlab_hyphenator(language)
    if not callable(hyphenator):
        return hyphenator
    return functools.lru_cache(maxsize=50_000)(hyphenator)


@functools.lru_cache(maxsize=16)
def make_styles(language: str, size: float) -> Styles:
    """The styles of text in ``language``: its hyphenation, and its language for the tags
    (``style_language``). A report's cells that fell back to Finnish use the Finnish ones."""
    register_fonts()
    hyphenator = _cached_hyphenator(language)
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        bulletFontName=FONT,  # ReportLab's default is Helvetica, which is not embedded
        fontSize=size,
        leading=size * 1.22,
        spaceAfter=size * 0.6,  # between the paragraphs of one text
        # Long compounds break at syllables with a hyphen; a word wider than its column is split
        # rather than left to overflow. uriWasteReduce hyphenates a word that would otherwise leave
        # more than 30 % of a narrow line empty.
        hyphenationLang=hyphenator,
        embeddedHyphenation=2,
        uriWasteReduce=0.3,
        splitLongWords=1,
        allowWidows=1,
        allowOrphans=1,
    )
    styles = Styles(
        body=body,
        bold=ParagraphStyle("bold", parent=body, fontName=FONT_BOLD, spaceAfter=size * 0.35),
        header=ParagraphStyle("header", parent=body, fontName=FONT_BOLD),
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=size * 1.4, leading=size * 1.7
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=size * 1.15,
            leading=size * 1.45,
            spaceBefore=size * 1.2,
            spaceAfter=size * 0.5,
        ),
        item=ParagraphStyle("item", parent=body, leftIndent=size * 1.5, bulletIndent=size * 0.3),
    )
    for style in (styles.body, styles.bold, styles.header, styles.title, styles.heading):
        _languages[style] = language
    _languages[styles.item] = language
    return styles


def style_language(style: ParagraphStyle) -> str:
    """The language a style was made for (``make_styles``), or "" for none."""
    language = _languages.get(style)
    if language is None and style.parent is not None:
        return style_language(style.parent)
    return language or ""


def pdf_date(printed: dt.date) -> str:
    return f"D:{printed:%Y%m%d}000000+00'00'"


def make_canvas_class(language: str, printed: dt.date, font_size: float, tagger: Tagger) -> type:
    """A canvas that numbers the pages "Sivu k / n" once it knows n, dated the print date, and
    writes the document's structure tree (``tagger``) when it saves.

    Pages are kept until ``save``: only then is the page count known.
    """
    date_text = pdf_date(printed)

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["pdfVersion"] = (1, 7)  # PDF/A-2 and PDF/UA-1 are both based on PDF 1.7
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_: date_text)
            self._saved_pages: list[dict[str, Any]] = []
            self.kuva_tags = tagger

        def showPage(self) -> None:
            # The page's operators as one string (ReportLab joins them with newlines when it
            # writes the page): a big report keeps thousands of pages, a million small strings.
            if self._code:
                self._code[:] = ["\n".join(self._code)]
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages, self._saved_pages = self._saved_pages, []
            total = len(pages)
            for number in range(1, total + 1):
                # Let go of each page's state once ReportLab has its page.
                state, pages[number - 1] = pages[number - 1], {}
                self.__dict__.update(state)
                width = self._pagesize[0]
                with tagger.artifact(self, "Footer"):
                    self.setFont(FONT, font_size)
                    self.setFillColorRGB(0, 0, 0)
                    self.drawRightString(
                        width - MARGIN,
                        MARGIN * 0.55,
                        PAGE(language) % {"page": number, "pages": total},
                    )
                super().showPage()
            info = self._doc.info
            tagger.write(
                self._doc,
                total,
                Metadata(
                    title=info.title,
                    author=info.author,
                    subject=info.subject,
                    creator=info.creator,
                    producer=info.producer,
                    printed=printed,
                    language=language,
                ),
            )
            super().save()

    return NumberedCanvas


MARGIN = 28.0  # points, about 1 cm


def build_document(
    path: Path,
    *,
    pagesize: tuple[float, float],
    templates: list[Any],
    story: list[Any],
    language: str,
    printed: dt.date,
    title: str,
    author: str,
    subject: str,
    font_size: float,
    tagger: Tagger,
    after_flowable: Callable[[Any], None] | None = None,
) -> int:
    """Lay out ``story`` and write the file, tagged with ``tagger``'s tree; the number of pages."""
    register_fonts()
    check_writable(path)

    class Document(BaseDocTemplate):
        def afterFlowable(self, flowable: Any) -> None:
            if after_flowable is not None:
                after_flowable(flowable)

    buffer = io.BytesIO()
    doc = Document(
        buffer,
        pagesize=pagesize,
        pageTemplates=templates,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=author,
        subject=subject,
        creator="Kuva Desktop",
        producer="Kuva Desktop (ReportLab)",
        keywords=[],
        pageCompression=1,
        displayDocTitle=1,
        invariant=1,
        initialFontName=FONT,
        initialFontSize=font_size,
        lang=LANGUAGE_TAGS.get(language, language),
    )
    doc.build(story, canvasmaker=make_canvas_class(language, printed, font_size, tagger))
    pages = int(doc.page)
    write_file(path, buffer.getvalue())
    return pages


_collector_lock = threading.Lock()
_collector_users = 0
_collector_thresholds: tuple[int, int, int] = (700, 10, 10)


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Run a report with the cyclic garbage collector seldom, and never over the whole heap.

    A report makes millions of small objects (cells, fragments, lines, words) and hardly a cycle.
    With the default thresholds the collector scans them again and again, a fifth of a large
    report's time; and each full collection scans a heap that grows with the report, the one cost
    that grew faster than the report (0.5 s at 1 000 goals, 1.1 s at 2 000). So for the report's
    duration what existed before it is frozen (never scanned), the young generations are
    collected seldom, and the oldest not at all. Nested or concurrent reports share one such
    period: the last to end restores the collector.
    """
    global _collector_users, _collector_thresholds
    with _collector_lock:
        if _collector_users == 0:
            _collector_thresholds = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(50_000, 20, 1_000_000_000)
        _collector_users += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector_users -= 1
            if _collector_users == 0:
                gc.set_threshold(*_collector_thresholds)
                gc.unfreeze()


def check_writable(path: Path) -> None:
    """Refuse an output path that cannot be written before the (possibly long) layout."""
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise InputError("file.cannot_write", path=path, reason=Message("file.is_folder"))
    if not parent.is_dir():
        raise InputError(
            "file.cannot_write", path=path, reason=Message("file.no_folder", folder=parent)
        )
    if not os.access(parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise InputError("file.cannot_write", path=path, reason=Message("file.permission"))


def fallback_list(
    fallbacks: list[str], language: str, styles: Styles, tagger: Tagger
) -> list[Flowable]:
    """The Swedish report's list of the cells that show the Finnish text (empty when none):
    a heading (H2) and a list (L, LI, LBody)."""
    from kuva_desktop.reports.table import FELL_BACK

    if not fallbacks:
        return []
    heading = TaggedParagraph(
        markup(f"{FELL_BACK(language)}:"), styles.heading, element=tagger.root.child("H2")
    )
    items = tagger.root.child("L")
    flows: list[Flowable] = [heading]
    for where in fallbacks:
        # The dash is drawn with the text, as a part of the item's body.
        body = items.child("LI").child("LBody")
        flows.append(TaggedParagraph(markup(where), styles.item, bulletText="–", element=body))
    return flows


class TaggedParagraph(PlainParagraph):
    """A paragraph drawn as the marked content of a structure element (``element``); the parts
    of a paragraph split across pages belong to the same element."""

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        *args: Any,
        element: StructElem | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(text, style, *args, **kwargs)
        self.kuva_element = element

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = list(super().split(availWidth, availHeight))
        for part in parts:  # ReportLab makes the parts without the element
            if getattr(part, "kuva_element", None) is None:
                part.kuva_element = self.kuva_element
        return parts

    def draw(self) -> None:
        if self.kuva_element is None:
            super().draw()
            return
        with self.canv.kuva_tags.marked(self.canv, self.kuva_element):
            super().draw()
