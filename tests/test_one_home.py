"""The shapes that must spell an entry's fields themselves (a schema, a dataclass, a table of
labels) hold exactly the fields of ``domain.fields``: a field added in one place and forgotten in
another fails here, not in a user's file."""

from __future__ import annotations

import dataclasses

from sqlalchemy import inspect

from kuva_desktop.domain.fields import ENTRY_FIELDS, FINAL, FORECAST_ROUNDS, entry_fields
from kuva_desktop.exchange import document as doc
from kuva_desktop.storage import models as m
from kuva_desktop.storage.snapshot import EntrySnapshot
from kuva_desktop.ui.package_texts import FIELD_LABELS


def test_every_shape_of_an_entry_has_the_domains_fields() -> None:
    fields = set(ENTRY_FIELDS)
    assert set(doc.Entry.model_fields) == fields
    columns = {c.key for c in inspect(m.Entry).column_attrs}
    assert columns - {"id", "metric_id", "round_key"} == fields
    assert {f.name for f in dataclasses.fields(EntrySnapshot)} - {"round_key"} == fields
    assert set(FIELD_LABELS) == fields


def test_each_round_takes_a_part_of_the_fields() -> None:
    assert set(entry_fields(FINAL)) == {"status", "explanation"}
    for key in FORECAST_ROUNDS:
        assert set(entry_fields(key)) == fields_without("explanation")


def fields_without(name: str) -> set[str]:
    return set(ENTRY_FIELDS) - {name}
