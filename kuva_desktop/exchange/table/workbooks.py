"""Reading the worksheets of an Excel (.xlsx) or OpenDocument (.ods) workbook into rows."""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
import zipfile
from decimal import Decimal
from typing import Any
from xml.etree import ElementTree

from kuva_desktop.domain.numbers import format_numeric
from kuva_desktop.errors import InputError
from kuva_desktop.exchange.table.rows import Row, Sheet, clean
from kuva_desktop.messages import Message

# Excel's built-in percent formats (0%, 0.00%); a custom format shows its "%" in its code.
_PERCENT_IDS = (9, 10)


def read_xlsx(data: bytes, label: str) -> list[Sheet]:
    """Every worksheet of an .xlsx workbook, values as the sheet shows them.

    python-calamine reads it (twenty times faster than openpyxl on a 1 200-row table); the cells
    with a percent format, whose numbers calamine gives without it (1 for 100 %), are found in
    the styles and the sheets' XML. A workbook either step cannot read goes through openpyxl,
    which also names what is wrong with a damaged one.
    """
    percent = _percent_cells(data)
    if percent is not None:
        try:
            return _read_calamine(data, label, visible_only=False, percent=percent)
        except InputError:
            pass
    return _read_openpyxl(data, label)


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DOC_RELS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*)>")
_REF = re.compile(rb'\br="([A-Z]+)([0-9]+)"')
_STYLE = re.compile(rb'\bs="([0-9]+)"')


def _percent_cells(data: bytes) -> dict[str, set[tuple[int, int]]] | None:
    """The cells with a percent format, by sheet name: (row, column) from 1 and 0, as calamine
    gives the values (calamine gives numbers without their format: 1 for a cell showing 100 %).
    None when the workbook cannot be read so: openpyxl reads it, or says what is wrong.

    ElementTree resolves no external entities, and the expat it uses refuses entity expansion
    attacks; the sheets are only searched for their cells' style numbers, never parsed whole.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "xl/styles.xml" not in names:
                return {}
            styles = ElementTree.fromstring(archive.read("xl/styles.xml"))
            formats = {
                int(fmt.get("numFmtId", "-1")): fmt.get("formatCode", "")
                for fmt in styles.iter(f"{_MAIN}numFmt")
            }
            xfs = styles.find(f"{_MAIN}cellXfs")
            percent_styles = {
                str(index).encode()
                for index, xf in enumerate(xfs if xfs is not None else [])
                if (number := int(xf.get("numFmtId", "0"))) in _PERCENT_IDS
                or "%" in formats.get(number, "")
            }
            if not percent_styles:
                return {}
            workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
            rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
            targets = {
                rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{_RELS}Relationship")
            }
            found: dict[str, set[tuple[int, int]]] = {}
            for sheet in workbook.iter(f"{_MAIN}sheet"):
                target = targets.get(sheet.get(f"{_DOC_RELS}id"), "")
                target = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
                cells = found.setdefault(sheet.get("name", ""), set())
                for match in _CELL.finditer(archive.read(target)):
                    style = _STYLE.search(match[1])
                    ref = _REF.search(match[1])
                    if style and ref and style[1] in percent_styles:
                        cells.add((int(ref[2]), _column(ref[1])))
            return found
    except Exception:  # a damaged or unusual archive fails in zipfile, zlib and XML in many ways
        return None


def _column(letters: bytes) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + letter - ord("A") + 1
    return index - 1


def _read_openpyxl(data: bytes, label: str) -> list[Sheet]:
    import openpyxl  # only some workbooks need it, and it is slow to import

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
                    Sheet(_sheet_label(label, sheet.title) if many else label, _xlsx_rows(sheet))
                    for sheet in workbook.worksheets
                ]
            finally:
                workbook.close()
    except InputError:
        raise
    except Exception as error:  # a damaged workbook fails inside openpyxl in many ways
        reason = " ".join(str(error).split())[:120] or type(error).__name__
        raise InputError("table.unreadable_workbook", path=label, reason=reason) from None
    return sheets


def _sheet_label(label: str, sheet: str) -> Message:
    return Message("table.at.sheet", path=label, sheet=sheet)


def _xlsx_rows(sheet: Any) -> list[Row]:
    # The stored dimension may be missing or wrong in files written by other programs; without
    # it openpyxl reads every row there is.
    sheet.reset_dimensions()
    rows: list[Row] = []
    for number, cells in enumerate(sheet.iter_rows(min_row=1), start=1):
        values = [_xlsx_text(cell) for cell in cells]
        while values and not values[-1]:
            values.pop()
        rows.append(Row(number, values))
    return rows


def _xlsx_text(cell: Any) -> str:
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    percent = "%" in (getattr(cell, "number_format", "") or "")
    if percent and isinstance(value, int | float) and not isinstance(value, bool):
        # A percent cell holds 1.0 for "100 %": show it as the table's readers see it.
        return format_numeric(Decimal(repr(value)) * 100, "%")
    return value_text(value)


def _percent_text(value: object) -> str:
    # A percent cell holds 1.0 for "100 %": shown as the table's readers see it.
    if isinstance(value, int | float) and not isinstance(value, bool):
        return format_numeric(Decimal(repr(value)) * 100, "%")
    return value_text(value)


def value_text(value: object) -> str:
    """A cell's value as text: whole numbers without ".0", dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return clean(str(value))


def read_ods(data: bytes, label: str) -> list[Sheet]:
    """Every visible sheet of an OpenDocument spreadsheet (python-calamine).

    Merged cells come out as their first cell's value and empty cells under and beside it, as in
    an Excel workbook. Numbers come without their number format: a percent cell reads as the
    fraction it holds (1 for "100 %"), so the numeric forecast is best typed as text there.
    """
    return _read_calamine(data, label, visible_only=True)


def _read_calamine(
    data: bytes,
    label: str,
    *,
    visible_only: bool,
    percent: dict[str, set[tuple[int, int]]] | None = None,
) -> list[Sheet]:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = [
            meta.name
            for meta in workbook.sheets_metadata
            if not visible_only or str(meta.visible).rsplit(".", 1)[-1].lower() == "visible"
        ] or list(workbook.sheet_names)
        many = len(names) > 1
        sheets = []
        for name in names:
            sheet = workbook.get_sheet_by_name(name)
            rows = []
            # skip_empty_area=False: the rows count from the sheet's first row, as it shows them.
            shown = (percent or {}).get(name, set())
            for offset, values in enumerate(sheet.to_python(skip_empty_area=False), start=1):
                cells = [
                    _percent_text(value) if (offset, column) in shown else value_text(value)
                    for column, value in enumerate(values)
                ]
                while cells and not cells[-1]:
                    cells.pop()
                rows.append(Row(offset, cells))
            sheets.append(Sheet(_sheet_label(label, name) if many else label, rows))
        workbook.close()
    except InputError:
        raise
    except Exception as error:  # calamine reports a damaged file in its own exceptions
        reason = " ".join(str(error).split())[:120] or type(error).__name__
        raise InputError(
            "table.unreadable", path=label, kind="OpenDocument", reason=reason
        ) from None
    return sheets
