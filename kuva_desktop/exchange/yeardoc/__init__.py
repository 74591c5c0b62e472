"""The year document: writing a year out of the database and reading one into it.

``apply_document`` is the single way a whole year comes in, from a year document (``import-json``,
the sample data) or from a table (``import-table``). In *replace* mode the document is the whole
truth of the year: what it lacks is deleted. In *merge* mode only what the document sets is
written (pydantic's ``model_fields_set``), so a table without owners keeps the owners. Unchanged
values are not written, so importing the same file twice changes nothing.

The package keeps the three steps apart: ``export`` (database → document), ``files`` (document ↔
JSON, and the checks a document read from a file gets), ``apply`` (document → database).
"""

from kuva_desktop.exchange.yeardoc.apply import (
    Applier,
    ApplyResult,
    NewYear,
    apply_document,
    import_document,
)
from kuva_desktop.exchange.yeardoc.export import export_document, export_year, newest_change
from kuva_desktop.exchange.yeardoc.files import check_document, dump, load, parse

__all__ = [
    "Applier",
    "ApplyResult",
    "NewYear",
    "apply_document",
    "check_document",
    "dump",
    "export_document",
    "export_year",
    "import_document",
    "load",
    "newest_change",
    "parse",
]
