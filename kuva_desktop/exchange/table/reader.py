"""Reading a table file into rows of cell strings, whatever program wrote it.

Detection goes by content, not by the file name: a zip is an Excel workbook (``xl/workbook.xml``),
an OpenDocument spreadsheet (``content.xml``) or a Word document (``word/document.xml``); text
that begins with markup is a web page; anything else must be text in one of the encodings
spreadsheet and office programs write, separated by tabs, semicolons or commas.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from pathlib import Path

from kuva_desktop.errors import InputError, os_reason
from kuva_desktop.exchange.table import documents, workbooks
from kuva_desktop.exchange.table.columns import read_header
from kuva_desktop.exchange.table.messages import where
from kuva_desktop.exchange.table.rows import Row, Sheet, clean
from kuva_desktop.messages import Message

__all__ = ["MAX_BYTES", "Row", "Sheet", "decode", "read_file", "read_sheets"]

MAX_BYTES = 200 * 1024 * 1024

# Signatures of files people pick by mistake; naming what the file is helps them more than
# "not a table" alone.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "table.kind.png"),
    (b"\xff\xd8\xff", "table.kind.jpeg"),
    (b"GIF87a", "table.kind.gif"),
    (b"GIF89a", "table.kind.gif"),
    (b"%PDF", "table.kind.pdf"),
    (b"\x1f\x8b", "table.kind.gzip"),
    (b"Rar!", "table.kind.rar"),
    (b"7z\xbc\xaf\x27\x1c", "table.kind.7z"),
)
# The compound file of old Office formats, and of an Office Open XML file saved with a password
# (the encrypted package sits in a stream of that name).
_COMPOUND = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM begins with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters never found in exported text; tab, line feed, carriage return, vertical tab
# (old Excel's in-cell line break) and form feed are.
_BINARY = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_NORDIC = re.compile(r"[äöåÄÖÅéÉüÜ]")
# A few stray NUL bytes in otherwise readable text are damage to point at, not a binary file.
_STRAY_NULS = 0.01
_MARKUP = re.compile(
    rb"^\s*<(?:!doctype\s+html|html|\?xml[^>]*>\s*<html|meta|table|head|body)", re.IGNORECASE
)
# The separators that the "CSV" and "Text" choices of spreadsheet programs write.
SEPARATORS = ("\t", ";", ",")


def read_file(path: Path) -> bytes:
    """The file's bytes, read once; refuses a missing, unreadable or oversized file."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError("table.too_large", path=path.name, size=size)
        return path.read_bytes()
    except OSError as error:
        raise InputError("table.cannot_read", path=path.name, reason=os_reason(error)) from None


def read_sheets(data: bytes, label: str) -> list[Sheet]:
    """The sheets of a table file's content: one per worksheet of a workbook, else one."""
    if not data.strip():
        raise InputError("table.empty", path=label)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _read_zip(data, label)
    if data.startswith(_COMPOUND):
        if _ENCRYPTED in data:
            raise InputError("table.password", path=label)
        raise InputError("table.old_office", path=label)
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise InputError("table.not_a_table", path=label, what=Message(what))
    if _MARKUP.match(_without_bom(data)):
        return [documents.read_html(data, label)]
    text = decode(data, label)
    if not text.strip():
        raise InputError("table.empty", path=label)
    return [Sheet(label, split_text(text, label))]


def _without_bom(data: bytes) -> bytes:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding == "utf-8":
                return data[len(bom) :]
            try:
                return data[len(bom) : len(bom) + 4096].decode(encoding, "ignore").encode()
            except LookupError:  # pragma: no cover - the codecs are built in
                return data
    return data


def _read_zip(data: bytes, label: str) -> list[Sheet]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        raise InputError(
            "table.not_a_table", path=label, what=Message("table.kind.damaged_zip")
        ) from None
    if "xl/workbook.xml" in names:
        return workbooks.read_xlsx(data, label)
    if "content.xml" in names:
        return workbooks.read_ods(data, label)
    if "word/document.xml" in names:
        return [documents.read_docx(data, label)]
    raise InputError("table.not_a_table", path=label, what=Message("table.kind.other_zip"))


def decode(data: bytes, label: str) -> str:
    """The text of a file in the encodings that spreadsheet and office programs write."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom) :].decode(encoding), label)
            except UnicodeDecodeError:
                raise _broken(label, encoding) from None
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            try:
                return _checked(data.decode(utf16), label)
            except UnicodeDecodeError:
                raise _broken(label, utf16) from None
        if data.count(b"\x00") > len(data) * _STRAY_NULS:
            raise InputError("table.not_a_table", path=label, what=Message("table.kind.binary"))
    try:
        return _checked(data.decode("utf-8"), label)
    except UnicodeDecodeError:
        pass
    return _checked(_single_byte(data), label)


def _broken(label: str, encoding: str) -> InputError:
    what = Message("table.kind.broken_text", encoding=encoding)
    return InputError("table.not_a_table", path=label, what=what)


def _checked(text: str, label: str) -> str:
    found = _BINARY.search(text)
    if found:
        line = text.count("\n", 0, found.start()) + 1
        if "\n" not in text and "\r" in text:
            line = text.count("\r", 0, found.start()) + 1
        raise InputError("table.control", path=label, line=line, code=f"U+{ord(found[0]):04X}")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM puts a NUL in every other byte of Latin text."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs == 0:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= pairs * 0.3 and even <= pairs * 0.05:
        return "utf-16-le"
    if even >= pairs * 0.3 and odd <= pairs * 0.05:
        return "utf-16-be"
    return None


def _single_byte(data: bytes) -> str:
    """Windows "Text (Tab delimited)" is cp1252; old Mac Excel wrote Mac Roman.

    cp1252 leaves five bytes undefined; they are read as Latin-1 so that no file is refused for
    them. Mac Roman wins only when it gives more Nordic letters, as Finnish text has many.
    """
    text = data.decode("cp1252", errors="surrogateescape")
    text = re.sub("[\udc80-\udcff]", lambda m: chr(ord(m[0]) - 0xDC00), text)
    mac = data.decode("mac_roman")
    if len(_NORDIC.findall(mac)) > len(_NORDIC.findall(text)):
        return mac
    return text


def split_text(text: str, label: str) -> list[Row]:
    """The rows of a text table, with the separator that gives the table.

    Each separator is tried by parsing the whole text (so quoted cells may hold any character):
    the one whose rows give a header with the column titles wins, the header naming the most
    columns and then the most rows of the header's width deciding between two. When none gives
    a header, the separator that reads the most columns is kept for the messages that follow.
    """
    best: tuple[tuple[int, int, int], list[Row]] | None = None
    failure: InputError | None = None
    for separator in SEPARATORS:
        try:
            rows = _parse(text, separator, label)
        except InputError as error:
            failure = failure or error
            continue
        score, perfect = _score(rows)
        if perfect:
            return rows  # every row after the header as wide as it: no other separator can win
        if best is None or score > best[0]:
            best = (score, rows)
    if best is None:
        assert failure is not None
        raise failure
    return best[1]


def _parse(text: str, separator: str, label: str) -> list[Row]:
    rows: list[Row] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    line = 0
    try:
        for cells in reader:
            start = line + 1
            line = reader.line_num
            rows.append(Row(start, [clean(cell) for cell in cells]))
    except csv.Error:
        # With newline="" and NUL bytes refused before, the one error the csv module has left
        # is a cell over its size limit (its own text is English only).
        reason = Message("table.line.too_long", limit=csv.field_size_limit())
        raise InputError("table.bad_line", at=where(label, line + 1), reason=reason) from None
    return rows


def _score(rows: list[Row]) -> tuple[tuple[int, int, int], bool]:
    """(a header with every required column, the columns it names, rows as wide as it), and
    whether the header has every required column and every row below is as wide (or empty)."""
    best = (0, 0, 0)
    for position, row in enumerate(rows):
        if len(row.cells) < 2:
            continue
        columns = read_header(row)
        if columns.found < 2:
            continue
        width = len(row.cells)
        fitting = sum(1 for other in rows[position + 1 :] if len(other.cells) in (width, 0))
        named = len(columns.index) + len(columns.rounds)
        best = max(best, (int(not columns.missing()), named, fitting))
        if not columns.missing():
            return best, fitting == len(rows) - position - 1
    if best == (0, 0, 0):
        best = (0, 0, max((len(row.cells) for row in rows), default=0))
    return best, False
