"""Reading a table file into rows of cell strings, whatever program wrote it.

Detection goes by content, not by the file name: a workbook is a zip with ``xl/workbook.xml``;
anything else must be text in one of the encodings spreadsheet and office programs write.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import warnings
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from kuva_desktop.domain.numbers import format_numeric
from kuva_desktop.errors import InputError
from kuva_desktop.exchange.table.messages import where

MAX_BYTES = 200 * 1024 * 1024

# Signatures of files people pick by mistake; naming what the file is helps them more than
# "not a table" alone.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.xls or .doc): save it as .xlsx"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
)

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


@dataclass(frozen=True)
class Row:
    """One table row: its 1-based line (text) or row (workbook) number and its cells."""

    number: int
    cells: list[str]

    def cell(self, index: int | None) -> str:
        if index is None or index >= len(self.cells):
            return ""
        return self.cells[index]


@dataclass(frozen=True)
class Sheet:
    """The rows of one worksheet, or of the whole text file; ``label`` names it in messages."""

    label: str
    rows: list[Row]


def read_file(path: Path) -> bytes:
    """The file's bytes, read once; refuses a missing, unreadable or oversized file."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path.name}: the file is too large for a table ({size} bytes)")
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"{path.name}: cannot read the file ({error.strerror})") from None


def read_sheets(data: bytes, label: str) -> list[Sheet]:
    """The sheets of a table file's content: one for text, one per worksheet for a workbook."""
    if not data.strip():
        raise InputError(f"{label}: the file is empty")
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _read_workbook(data, label)
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"{label}: not a table ({what})")
    text = decode(data, label)
    if not text.strip():
        raise InputError(f"{label}: the file is empty")
    return [Sheet(label, _split_text(text, label))]


def decode(data: bytes, label: str) -> str:
    """The text of a file in the encodings that spreadsheet and office programs write."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom) :].decode(encoding), label)
            except UnicodeDecodeError:
                raise InputError(f"{label}: not a table (broken {encoding} text)") from None
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise InputError(f"{label}: not a table (binary data)")
        try:
            return _checked(data.decode(utf16), label)
        except UnicodeDecodeError:
            raise InputError(f"{label}: not a table (broken {utf16} text)") from None
    try:
        return _checked(data.decode("utf-8"), label)
    except UnicodeDecodeError:
        pass
    return _checked(_single_byte(data), label)


def _checked(text: str, label: str) -> str:
    if _BINARY.search(text):
        raise InputError(f"{label}: not a table (binary data)")
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


def _split_text(text: str, label: str) -> list[Row]:
    # Tab-separated is what the programs write; a semicolon or comma file (the "CSV" choices)
    # is read too when the text has no tab at all.
    delimiter = "\t" if "\t" in text else ";" if text.count(";") >= text.count(",") else ","
    rows: list[Row] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 0
    try:
        for cells in reader:
            start = line + 1
            line = reader.line_num
            rows.append(Row(start, [_clean(cell) for cell in cells]))
    except csv.Error as error:
        raise InputError(f"{where(label, line + 1)}: cannot read the line ({error})") from None
    return rows


def _clean(cell: str) -> str:
    return cell.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n").strip()


def _read_workbook(data: bytes, label: str) -> list[Sheet]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        raise InputError(f"{label}: not a table (a damaged zip file)") from None
    if "xl/workbook.xml" not in names:
        if "content.xml" in names:
            what = "an OpenDocument file: save it as .xlsx"
        elif "word/document.xml" in names:
            what = "a Word document"
        else:
            what = "a zip archive, not an Excel workbook"
        raise InputError(f"{label}: not a table ({what})")
    import openpyxl  # only workbooks need it, and it is slow to import

    try:
        # openpyxl warns about features it drops (data validation, unknown extensions, no
        # default style); none of them matter for reading values, and tests treat warnings as
        # errors, so they are silenced here only.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                many = len(workbook.worksheets) > 1
                sheets = [
                    Sheet(f'{label}, sheet "{sheet.title}"' if many else label, _sheet_rows(sheet))
                    for sheet in workbook.worksheets
                ]
            finally:
                workbook.close()
    except InputError:
        raise
    except Exception as error:  # a damaged workbook fails inside openpyxl in many ways
        reason = " ".join(str(error).split())[:120] or type(error).__name__
        raise InputError(f"{label}: not a readable Excel workbook ({reason})") from None
    return sheets


def _sheet_rows(sheet: Any) -> list[Row]:
    # The stored dimension may be missing or wrong in files written by other programs; without
    # it openpyxl reads every row there is.
    sheet.reset_dimensions()
    rows: list[Row] = []
    for number, cells in enumerate(sheet.iter_rows(min_row=1), start=1):
        values = [_cell_text(cell) for cell in cells]
        while values and not values[-1]:
            values.pop()
        rows.append(Row(number, values))
    return rows


def _cell_text(cell: Any) -> str:
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        if "%" in (getattr(cell, "number_format", "") or ""):
            # A percent cell holds 1.0 for "100 %": show it as the table's readers see it.
            return format_numeric(Decimal(repr(value)) * 100, "%")
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return repr(value) if isinstance(value, float) else str(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return _clean(str(value))
