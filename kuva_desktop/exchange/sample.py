"""The 2019-2021 sample data: year documents shipped under ``resources/sample/``.

How each year was made from the seeds is told in ``docs/sample-data.md``.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from kuva_desktop.errors import InputError
from kuva_desktop.exchange import yeardoc
from kuva_desktop.resources import resource_path
from kuva_desktop.storage import backups
from kuva_desktop.storage import models as m
from kuva_desktop.storage.database import Database

SAMPLE_YEARS = (2019, 2020, 2021)


def sample_files() -> list[tuple[int, str]]:
    return [(year, str(resource_path("sample", f"{year}.json"))) for year in SAMPLE_YEARS]


def load_sample_data(database: Database) -> list[int]:
    """Load the sample years, all or nothing; refused when one of them is already there."""
    documents = [yeardoc.load(Path(path)) for _, path in sample_files()]
    with database.reader() as session:
        present = set(session.scalars(select(m.Year.year).where(m.Year.year.in_(SAMPLE_YEARS))))
    if present:
        years = ", ".join(str(y) for y in sorted(present))
        raise InputError("sample.present", path=database.path or database.url, years=years)
    with database.session(source="sample data", backup=backups.SAMPLE_DATA) as session:
        for document in documents:
            yeardoc.apply_document(session, document, replace=True, name=f"sample {document.year}")
    return [d.year for d in documents]
