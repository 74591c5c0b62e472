"""The names private to ReportLab and openpyxl that the reports use, as the code expects them.

``reports/pdf_text.py``, ``pdf_common.py``, ``pdf_cells.py`` and ``pdf_tags.py`` lean on ReportLab's
underscore names, and ``xlsx.py`` on openpyxl's writer; pyproject.toml caps both libraries below
their next minor release. This list is the inventory: an upgrade that renames, removes or changes
the signature of one fails here by name. Whether the behaviour still agrees is what the property
tests of ``test_report_pdf_text.py`` (PlainParagraph against Paragraph, line for line and byte for
byte) and the reports' own tests say. See docs/dependencies.md.
"""

from __future__ import annotations

import inspect
import io
import re
import zipfile
from typing import Any

import pytest
from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter
from reportlab.pdfbase.pdfdoc import PDFCatalog, PDFDocument, PDFPage
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Frame, Paragraph
from reportlab.platypus import paragraph as rl

from kuva_desktop.reports.pdf_common import FONT, make_styles

# Functions (and methods) of reportlab.platypus.paragraph, with their parameters.
FUNCTIONS = {
    "_uri_split_pairs": ["uri"],
    "_splitWord": ["w", "lineWidth", "maxWidths", "lineno", "fontName", "fontSize", "encoding"],
    "_processed_frags": ["frags"],
    "strip": ["text"],
    "split": ["text", "delim"],
}
# Word and fragment classes: name -> its ReportLab bases, as pdf_text tells them apart.
CLASSES = {
    "_SplitWord": ["str"],
    "_SplitWordEnd": ["_SplitWord"],
    "_SplitWordH": ["_SplitWord"],
    "_SplitWordHY": ["_SplitWordH"],
    "_SplitWordLL": ["str"],
    "BidiList": ["list"],
    "_SplitFrag": ["list"],
    "_HSFrag": ["list"],
    "_SplitFragHY": ["_SplitFragH"],
    "_SplitFragLL": ["_SplitFragHS"],
    "_InjectedFrag": ["list"],
}
# Patterns of the hyphenation (_hyGenPair's), with a text each must and must not match.
PATTERNS = {
    "_hy_pfx_pat": ("(sana", "sana"),
    "_hy_sfx_pat": ("sana.)", "sana"),
    "_hy_letters_pat": ("sana", "sa2na"),
    "_hy_shy_letters_pat": ("sa\xadna", "sa2na"),
    "_hy_shy_pat": ("\xad", "a"),
}
SETTINGS = {"hyphenationMinWordLength": int, "paraFontSizeHeightOffset": int}


def parameters(function: Any) -> list[str]:
    return list(inspect.signature(function).parameters)


@pytest.mark.parametrize("name", FUNCTIONS)
def test_paragraph_functions_keep_their_parameters(name: str) -> None:
    assert parameters(getattr(rl, name)) == FUNCTIONS[name]


@pytest.mark.parametrize("name", CLASSES)
def test_word_and_fragment_classes_keep_their_bases(name: str) -> None:
    cls = getattr(rl, name)
    assert isinstance(cls, type)
    assert all(
        any(base.__name__ == expected for base in cls.__mro__[1:]) for expected in CLASSES[name]
    ), cls.__mro__
    assert issubclass(rl._SplitFragHY, rl._SplitFragH) and issubclass(rl._SplitFragH, rl._SplitFrag)
    assert issubclass(rl._SplitFragHS, rl._HSFrag)


@pytest.mark.parametrize("name", PATTERNS)
def test_hyphenation_patterns_match_as_expected(name: str) -> None:
    pattern = getattr(rl, name)
    assert isinstance(pattern, re.Pattern)
    yes, no = PATTERNS[name]
    assert pattern.search(yes) and not pattern.fullmatch(no)


@pytest.mark.parametrize("name", SETTINGS)
def test_paragraph_settings_exist(name: str) -> None:
    assert isinstance(getattr(rl, name), SETTINGS[name])


def test_paragraph_and_text_object_internals() -> None:
    """What PlainParagraph reads and overrides on a Paragraph, its lines and its text object."""
    assert parameters(Paragraph.breakLines) == ["self", "width"]
    assert parameters(Paragraph.drawPara) == ["self", "debug"]
    assert parameters(Paragraph.beginText) == ["self", "x", "y"]
    assert parameters(PDFTextObject._textOut) == ["self", "text", "TStar"]
    assert parameters(PDFTextObject._formatText) == ["self", "text"]
    style = make_styles("fi", 8.0).body
    # Several fragments: ReportLab's kind 1 lines know their first frag word (sFW), and the
    # paragraph counts its hyphenations.
    paragraph = Paragraph("<b>Tavoite toteutui.</b> asiakastyytyväisyysmittari " * 4, style)
    lines = paragraph.breakLines([60.0])
    assert lines.kind == 1
    assert all(isinstance(line.sFW, int) for line in lines.lines)
    assert paragraph._hyphenations > 0 and paragraph._splitLongWordCount == 0
    assert all(isinstance(w, list) and isinstance(w[0], (int, float)) for w in paragraph.frags)
    canvas = Canvas(io.BytesIO(), initialFontName=FONT)
    for name in ("_doc", "_escape", "_code", "_pagesize", "_startPage"):
        assert hasattr(canvas, name), name
    text = canvas.beginText(0, 0)
    assert isinstance(text._code, list) and isinstance(text._curSubset, int)


def test_font_frame_and_document_internals() -> None:
    """pdf_common's font (its per-document subset state), pdf_cells' frame, pdf_tags' document."""
    from reportlab.pdfbase.pdfmetrics import getFont

    make_styles("fi", 8.0)
    font = getFont(FONT)
    canvas = Canvas(io.BytesIO(), initialFontName=FONT)
    font.splitString("ä", canvas._doc)
    assert font._dynamicFont and not font.shapable
    assert isinstance(font.state[canvas._doc].assignments, dict)
    frame = Frame(0, 0, 100, 100)
    assert isinstance(frame._atTop, int) and isinstance(frame._aH, (int, float))
    document = PDFDocument()
    assert isinstance(document.Catalog, PDFCatalog)
    assert isinstance(document.idToObjectNumberAndVersion, dict)
    assert isinstance(document.Pages.pages, list)
    assert "OutputIntents" not in PDFCatalog.__NoDefault__
    assert isinstance(PDFPage.__NoDefault__, list)


def test_openpyxl_writer_writes_through_the_archive_it_is_given() -> None:
    """xlsx._save hands ExcelWriter its own zip archive, whose writestr and write stamp every
    member: the writer must write through it and nothing else."""
    assert parameters(ExcelWriter.__init__) == ["self", "workbook", "archive"]
    calls: list[str] = []

    class Archive(zipfile.ZipFile):
        def writestr(self, name: Any, data: Any, *args: Any, **kw: Any) -> None:
            calls.append("writestr")
            super().writestr(name, data, *args, **kw)

        def write(self, filename: Any, arcname: Any = None, *args: Any, **kw: Any) -> None:
            calls.append("write")
            super().write(filename, arcname, *args, **kw)

    workbook = Workbook()
    workbook.active["A1"] = "Tavoite"
    buffer = io.BytesIO()
    with Archive(buffer, "w") as archive:
        ExcelWriter(workbook, archive).save()
    assert "writestr" in calls
    with zipfile.ZipFile(buffer) as written:
        assert "xl/worksheets/sheet1.xml" in written.namelist()
