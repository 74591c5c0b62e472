"""Tagged PDF (PDF/UA-1's structure) and PDF/A-2 metadata for the reports, on ReportLab's canvas.

ReportLab has no tagging of its own. What it draws is marked here by hand:

* ``Tagger.marked(canvas, element)`` writes ``/TD <</MCID n>> BDC`` … ``EMC`` around what is drawn
  for a structure element, numbering the marked content per page (MCID). ``Tagger.artifact``
  marks page furniture (borders, fills, the title line and header row repeated on later pages,
  page numbers) as ``/Artifact``.
* ``StructElem`` is the structure tree in Python: elements are made when the story is built and
  join their parent when they are first drawn, so the tree's order is the order of drawing, which
  is the reading order. A table row joins with all its cells, empty ones included, so that the
  table stays a grid.
* ``Tagger.write`` turns the tree into PDF objects once every page is drawn: the structure
  elements, the ParentTree (per page, the element of each MCID), ``/StructParents`` on each page,
  ``/MarkInfo``, XMP metadata (PDF/A-2a and PDF/UA-1 identification, the same title, author,
  subject, dates and producer as the document information) and an sRGB OutputIntent.

The objects are written by ``format`` methods of their own (``_Element``, ``_Raw``): a report of
2 000 goals has some 100 000 elements, and ReportLab's general dictionaries would cost a second.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections.abc import Iterator
from typing import Any

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObject,
    PDFObjectReference,
    PDFStream,
    PDFString,
    PDFZCompress,
)

from kuva_desktop.resources import resource_path

__all__ = ["StructElem", "Tagger", "actual_text", "pdf_text_string"]

# The sRGB profile shipped with the app (resources/icc/README.md says where it is from).
ICC_PROFILE = ("icc", "sRGB.icc")
LANGUAGE_TAGS = {"fi": "fi-FI", "sv": "sv-FI", "en": "en"}


def language_tag(language: str) -> str:
    return LANGUAGE_TAGS.get(language, language)


class StructElem:
    """One structure element: its type, parent, kids (elements and marked content), /Lang, /A.

    ``kids`` holds elements and ``(page index, MCID)`` pairs in reading order. An element made
    with ``attach=True`` joins its parent's kids at once (a row's cells); otherwise it joins when
    it is first drawn or when a kid of it joins.
    """

    __slots__ = ("attached", "attributes", "kids", "language", "page", "parent", "tag")

    def __init__(
        self,
        tag: str,
        parent: StructElem | None = None,
        *,
        language: str = "",
        attributes: dict[str, str | int] | None = None,
        attach: bool = False,
    ) -> None:
        self.tag = tag
        self.parent = parent
        self.kids: list[StructElem | tuple[int, int]] = []
        self.language = language  # a language code ("fi"), or "" for the parent's
        self.attributes = attributes  # the Table attributes (/O /Table …)
        self.page: int | None = None  # the page of its first marked content
        self.attached = parent is None
        if attach and parent is not None:
            parent.kids.append(self)
            self.attached = True

    def attach(self) -> None:
        """Join the parent's kids (and the parent its own), in the order of drawing."""
        parent = self.parent
        if parent is None:
            return
        parent.attach()
        if not self.attached:
            parent.kids.append(self)
            self.attached = True

    def adopt(self, element: StructElem) -> None:
        """Make ``element`` (made before its parent was known) this element's next kid."""
        element.parent = self
        self.kids.append(element)
        element.attached = True

    def child(self, tag: str, language: str = "", **attributes: str | int) -> StructElem:
        """A new kid that joins this element when it is first drawn."""
        return StructElem(tag, self, language=language, attributes=attributes or None)


class Tagger:
    """The structure tree of one document and the marked content of its pages."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.root = StructElem("Document", language="")
        # Per page index, the element of each MCID (the ParentTree's arrays).
        self.pages: list[list[StructElem]] = []

    # Marking what the canvas draws

    def begin(self, canvas: Any, element: StructElem) -> None:
        page = canvas.getPageNumber() - 1
        pages = self.pages
        while len(pages) <= page:
            pages.append([])
        mcids = pages[page]
        mcid = len(mcids)
        mcids.append(element)
        element.attach()
        element.kids.append((page, mcid))
        if element.page is None:
            element.page = page
        canvas.addLiteral(f"/{element.tag} <</MCID {mcid}>> BDC")

    @staticmethod
    def end(canvas: Any) -> None:
        canvas.addLiteral("EMC")

    @contextlib.contextmanager
    def marked(self, canvas: Any, element: StructElem) -> Iterator[None]:
        self.begin(canvas, element)
        yield
        canvas.addLiteral("EMC")

    @staticmethod
    @contextlib.contextmanager
    def artifact(canvas: Any, kind: str = "") -> Iterator[None]:
        """Page furniture: "" for layout (borders, fills), "Header" or "Footer" for pagination."""
        if kind:
            canvas.addLiteral(f"/Artifact <</Type /Pagination /Subtype /{kind}>> BDC")
        else:
            canvas.addLiteral("/Artifact BMC")
        yield
        canvas.addLiteral("EMC")

    # Writing the tree

    def write(self, doc: Any, page_count: int, metadata: Metadata) -> None:
        """Add the structure tree, ParentTree, XMP and OutputIntent to ReportLab's document.

        Called once every page has been added to ``doc`` (ReportLab names them "Page1" …).
        """
        catalog = doc.Catalog
        names: dict[int, str] = {}
        order: list[StructElem] = []
        stack = [self.root]
        while stack:  # depth first, in reading order: the objects' order in the file
            element = stack.pop()
            names[id(element)] = f"KuvaSE{len(order) + 1}"
            order.append(element)
            stack.extend(k for k in reversed(element.kids) if isinstance(k, StructElem))
        root_name = "KuvaStructTreeRoot"
        parent_tree = "KuvaParentTree"
        # The root first, so that its elements follow it in the file.
        doc.Reference(
            _Raw(
                lambda d: (
                    b"<< /Type /StructTreeRoot /K %s /ParentTree %s /ParentTreeNextKey %d >>"
                    % (_ref(d, names[id(self.root)]), _ref(d, parent_tree), page_count)
                )
            ),
            root_name,
        )
        for element in order:
            parent = root_name if element.parent is None else names[id(element.parent)]
            doc.Reference(_Element(element, names, parent), names[id(element)])
        arrays = []
        for index in range(page_count):
            mcids = self.pages[index] if index < len(self.pages) else []
            name = f"KuvaParents{index}"
            elements = [names[id(e)] for e in mcids]
            doc.Reference(
                _Raw(
                    functools.partial(
                        lambda d, elements: b"[%s]" % b" ".join(_ref(d, e) for e in elements),
                        elements=elements,
                    )
                ),
                name,
            )
            arrays.append(name)
        doc.Reference(
            _Raw(
                lambda d: (
                    b"<< /Nums [%s] >>"
                    % b" ".join(b"%d %s" % (i, _ref(d, n)) for i, n in enumerate(arrays))
                )
            ),
            parent_tree,
        )
        for index, page in enumerate(doc.Pages.pages):
            page.StructParents = index
            page.Tabs = PDFName("S")  # annotations, if any, in structure order (PDF/UA)
            if "StructParents" not in page.__NoDefault__:
                page.__NoDefault__ = [*page.__NoDefault__, "StructParents", "Tabs"]
        catalog.StructTreeRoot = PDFObjectReference(root_name)
        catalog.MarkInfo = PDFDictionary({"Marked": "true"})
        catalog.Metadata = _Metadata(metadata)
        catalog.OutputIntents = PDFArray([doc.Reference(_output_intent())])
        if "OutputIntents" not in catalog.__NoDefault__:
            catalog.__NoDefault__ = [*catalog.__NoDefault__, "OutputIntents"]


def _ref(document: Any, name: str) -> bytes:
    return b"%d 0 R" % document.idToObjectNumberAndVersion[name][0]


class _Raw(PDFObject):
    """An object whose bytes a function makes when the file is written (references resolved)."""

    def __init__(self, make: Any) -> None:
        self.make = make

    def format(self, document: Any) -> bytes:
        return bytes(self.make(document))


class _Element(PDFObject):
    """A ``StructElem`` as a PDF structure element dictionary."""

    def __init__(self, element: StructElem, names: dict[int, str], parent: str) -> None:
        self.element = element
        self.names = names
        self.parent = parent

    def format(self, document: Any) -> bytes:
        element = self.element
        parts = [b"<< /Type /StructElem /S /", element.tag.encode()]
        parts += [b" /P ", _ref(document, self.parent)]
        page = element.page
        if page is not None:
            parts += [b" /Pg ", _ref(document, f"Page{page + 1}")]
        if element.language:
            parts += [b" /Lang ", PDFString(language_tag(element.language)).format(document)]
        if element.attributes:
            attributes = b" ".join(
                b"/%s %s" % (k.encode(), b"/" + v.encode() if isinstance(v, str) else b"%d" % v)
                for k, v in element.attributes.items()
            )
            parts.append(b" /A << /O /Table %s >>" % attributes)
        kids = []
        for kid in element.kids:
            if isinstance(kid, StructElem):
                kids.append(_ref(document, self.names[id(kid)]))
            elif kid[0] == page:
                kids.append(b"%d" % kid[1])
            else:
                kids.append(
                    b"<< /Type /MCR /Pg %s /MCID %d >>"
                    % (_ref(document, f"Page{kid[0] + 1}"), kid[1])
                )
        parts.append(b" /K [%s] >>" % b" ".join(kids))
        return b"".join(parts)


def pdf_text_string(text: str) -> str:
    """``text`` as a PDF text string in a content stream: UTF-16BE in hex, or ``()``."""
    if not text:
        return "()"
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


@functools.lru_cache(maxsize=20_000)
def actual_text(text: str) -> str:
    """The operator that begins a span read as ``text`` (``EMC`` ends it)."""
    return f"/Span <</ActualText {pdf_text_string(text)}>> BDC"


# PDF/A-2 and PDF/UA metadata


class Metadata:
    """What the document information says, for the XMP packet that must say the same."""

    def __init__(
        self,
        *,
        title: str,
        author: str,
        subject: str,
        creator: str,
        producer: str,
        printed: dt.date,
        language: str,
    ) -> None:
        self.title = title
        self.author = author
        self.subject = subject
        self.creator = creator
        self.producer = producer
        self.printed = printed
        self.language = language


def xmp_packet(metadata: Metadata) -> bytes:
    """The XMP metadata: PDF/A-2a, PDF/UA-1 (with the extension schema PDF/A asks for it)."""
    date = f"{metadata.printed:%Y-%m-%d}T00:00:00+00:00"
    lang = language_tag(metadata.language)

    def text(value: str) -> str:
        # xml.sax.saxutils.escape's work, without the 30 ms of urllib that module imports.
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt>
    <rdf:li xml:lang="x-default">{text(metadata.title)}</rdf:li>
   </rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{text(metadata.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt>
    <rdf:li xml:lang="x-default">{text(metadata.subject)}</rdf:li>
   </rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{text(lang)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>{text(metadata.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>{date}</xmp:CreateDate>
   <xmp:ModifyDate>{date}</xmp:ModifyDate>
   <xmp:MetadataDate>{date}</xmp:MetadataDate>
   <pdf:Producer>{text(metadata.producer)}</pdf:Producer>
   <pdf:Keywords></pdf:Keywords>
   <pdf:Trapped>False</pdf:Trapped>
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>A</pdfaid:conformance>
   <pdfuaid:part>1</pdfuaid:part>
   <pdfaExtension:schemas>
    <rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>part</pdfaProperty:name>
         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
         <pdfaProperty:category>internal</pdfaProperty:category>
         <pdfaProperty:description>The part of ISO 14289 followed</pdfaProperty:description>
        </rdf:li>
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


class _Metadata(PDFStream):
    """The XMP stream, not compressed (PDF/A: a reader finds it without decoding)."""

    def __init__(self, metadata: Metadata) -> None:
        super().__init__(
            PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
            xmp_packet(metadata),
            filters=None,  # ReportLab's default for a document: none
        )


@functools.lru_cache(maxsize=1)
def _icc_profile() -> bytes:
    return resource_path(*ICC_PROFILE).read_bytes()


def _output_intent() -> PDFDictionary:
    profile = PDFStream(
        PDFDictionary({"N": 3, "Alternate": PDFName("DeviceRGB")}),
        _icc_profile(),
        filters=[PDFZCompress],
    )
    return PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString("sRGB IEC61966-2.1"),
            "Info": PDFString("sRGB IEC61966-2.1"),
            "RegistryName": PDFString("http://www.color.org"),
            "DestOutputProfile": profile,
        }
    )
