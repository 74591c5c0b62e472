"""Damaged tables: whatever the bytes, the reader refuses with InputError or reads a table."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest

from kuva_desktop.errors import InputError
from kuva_desktop.exchange.table import read_table
from tests.conftest import SEED_2020, SEED_2021

INSERTS = [b"\t", b'"', b"\r", b"\n", b"\x00", b"<b>", b"&amp;", b"\xff\xfe", "€ä".encode()]


def _workbook_bytes() -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for line in SEED_2021.read_text(encoding="utf-8").strip().splitlines():
        sheet.append(line.split("\t"))  # type: ignore[union-attr]
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _mutate(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    choice = rng.random()
    if choice < 0.3:
        for _ in range(rng.randint(1, 20)):
            out[rng.randrange(len(out))] = rng.randrange(256)
    elif choice < 0.5:
        del out[rng.randrange(len(out)) :]
    elif choice < 0.7:
        at = rng.randrange(len(out))
        out[at:at] = rng.choice(INSERTS) * rng.randint(1, 5)
    else:
        a, b = rng.randrange(len(out)), rng.randrange(len(out))
        out[a : a + 50] = out[b : b + 50]
    return bytes(out)


@pytest.mark.parametrize("batch", range(4))
def test_mutated_tables_never_raise_anything_but_input_error(tmp_path: Path, batch: int) -> None:
    rng = random.Random(batch)
    originals = [SEED_2020.read_bytes(), SEED_2021.read_bytes(), _workbook_bytes()]
    for number in range(150):
        data = _mutate(rng, rng.choice(originals))
        path = tmp_path / f"damaged{number}.{'xlsx' if data[:2] == b'PK' else 'txt'}"
        path.write_bytes(data)
        try:
            read_table(path, year=2021)
        except InputError as error:
            assert path.name in str(error) and "\n" not in str(error)
