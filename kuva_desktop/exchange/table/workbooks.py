"""Reading the worksheets of an Excel (.xlsx) or OpenDocument (.ods) workbook into rows."""

from __future__ import annotations

import datetime as dt
import io
import warnings
import zipfile
from decimal import Decimal
from typing import Any

from kuva_desktop.domain.numbers import format_numeric
from kuva_desktop.errors import InputError
from kuva_desktop.exchange.table.rows import Row, Sheet, clean
from kuva_desktop.messages import Message

# Excel's built-in percent formats (0%, 0.00%); a custom format shows its "%" in styles.xml.
_PERCENT_FORMATS = (b'numFmtId="9"', b'numFmtId="10"')


def read_xlsx(data: bytes, label: str) -> list[Sheet]:
    """Every worksheet of an .xlsx workbook, values as the sheet shows them.

    python-calamine reads it (twenty times faster than openpyxl on a 1 200-row table); a
    workbook with percent formats, whose numbers calamine gives without the format, and one
    calamine cannot read go through openpyxl, which also names what is wrong with a damaged one.
    """
    if not _has_percent_formats(data):
        try:
            return _read_calamine(data, label, visible_only=False)
        except InputError:
            pass
    return _read_openpyxl(data, label)


def _has_percent_formats(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            styles = archive.read("xl/styles.xml")
    except KeyError:
        return False
    except Exception:  # a damaged archive fails in zipfile and zlib in many ways
        return True  # openpyxl reads it and says what is wrong
    return b"%" in styles or any(code in styles for code in _PERCENT_FORMATS)


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


def _read_calamine(data: bytes, label: str, *, visible_only: bool) -> list[Sheet]:
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
            for offset, values in enumerate(sheet.to_python(skip_empty_area=False), start=1):
                cells = [value_text(value) for value in values]
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
