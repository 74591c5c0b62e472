"""Tables the importer refuses: one InputError, one line, naming the file and where it applies."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from kuva_desktop.errors import InputError
from kuva_desktop.exchange.table import read_table

DATA = Path(__file__).parent / "data"
SEED_2021 = DATA / "seed_002_2021.txt"


def refused(path: Path, year: int = 2021, **options: str) -> str:
    with pytest.raises(InputError) as error:
        read_table(path, year=year, **options)  # type: ignore[arg-type]
    message = str(error.value)
    assert path.name in message
    assert "\n" not in message
    return message


def seed_rows(keep_blank: bool = False) -> list[list[str]]:
    text = SEED_2021.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
    return rows if keep_blank else [row for row in rows if row]


def write_rows(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter="\t", lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def with_cell(tmp_path: Path, row: int, title: str, value: str) -> Path:
    """Seed 002 with one cell changed; ``row`` counts data rows from 1 (the file's line 3 + row)."""
    rows = seed_rows(keep_blank=True)
    header = next(i for i, cells in enumerate(rows) if cells)
    rows[header + row][rows[header].index(title)] = value
    return write_rows(tmp_path / "changed.txt", rows)


@pytest.mark.parametrize("content", [b"", b"  \r\n\t\n", b"\xff\xfe", b"\xef\xbb\xbf\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert "empty" in refused(path)


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"GIF89a\x01\x00\x01\x00", "GIF image"),
        (bytes(range(256)) * 4, "binary data"),
        (b"Kaupunkistrategian teema\tSitova\x01\x02\x03", "binary data"),
    ],
)
def test_not_a_table(tmp_path: Path, content: bytes, what: str) -> None:
    path = tmp_path / "picture.txt"
    path.write_bytes(content)
    message = refused(path)
    assert "not a table" in message and what in message


def test_missing_file(tmp_path: Path) -> None:
    assert "cannot read" in refused(tmp_path / "nowhere.txt")


def test_text_without_a_table(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text("Hei,\n\ntässä pyytämäsi tiedot.\n", encoding="utf-8")
    message = refused(path)
    assert "no table found" in message
    assert '"Kaupunkistrategian teema"' in message


def test_missing_required_column(tmp_path: Path) -> None:
    rows = seed_rows()
    drop = rows[0].index("Sitovan toiminnan tavoitteen mittarit")
    path = write_rows(tmp_path / "nometric.txt", [r[:drop] + r[drop + 1 :] for r in rows])
    message = refused(path)
    assert (
        message == 'nometric.txt: the table has no column "Sitovan toiminnan tavoitteen mittarit"'
    )


def test_missing_round_columns(tmp_path: Path) -> None:
    rows = [[cell for cell in row[:3]] for row in seed_rows()]
    message = refused(write_rows(tmp_path / "norounds.txt", rows))
    assert message == 'norounds.txt: the table has no column "Ennuste N/2021"'


def test_header_and_no_rows(tmp_path: Path) -> None:
    rows = seed_rows()
    path = write_rows(tmp_path / "header.txt", [rows[0], [], rows[0]])
    assert refused(path) == "header.txt: the table has a header but no rows"


def test_unknown_status(tmp_path: Path) -> None:
    path = with_cell(tmp_path, 2, "Ennuste 2/2021", "Menee hyvin")
    message = refused(path)
    assert message.startswith(
        "changed.txt: row 5, column \"Ennuste 2/2021\": unknown status 'Menee hyvin'"
    )
    assert "'Toteutuu'" in message


def test_final_status_in_a_forecast_round(tmp_path: Path) -> None:
    path = with_cell(tmp_path, 1, "Ennuste 3/2021", "Toteutui")
    message = refused(path)
    assert message.startswith(
        "changed.txt: row 4, column \"Ennuste 3/2021\": 'Toteutui' is a year-end status"
    )


def test_numeric_forecast_that_is_not_a_number(tmp_path: Path) -> None:
    path = with_cell(tmp_path, 3, "Mittarin numeerinen ennuste", "noin puolet")
    assert refused(path) == (
        "changed.txt: row 6, column \"Mittarin numeerinen ennuste\": not a number ('noin puolet')"
    )


def test_negative_numeric_forecast(tmp_path: Path) -> None:
    path = with_cell(tmp_path, 3, "Mittarin numeerinen ennuste", "-5 %")
    assert "below zero ('-5 %')" in refused(path)


def test_recovery_flag_that_is_not_yes_or_no(tmp_path: Path) -> None:
    path = with_cell(tmp_path, 1, "Palautusmittari", "Ehkä")
    assert refused(path) == (
        "changed.txt: row 4, column \"Palautusmittari\": not yes or no ('Ehkä')"
    )


def test_round_that_is_not_a_forecast_round(tmp_path: Path) -> None:
    copy = tmp_path / "seed.txt"
    copy.write_bytes(SEED_2021.read_bytes())
    assert "the round must be 1, 2 or 3" in refused(copy, round_key="final")


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "table.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert "not an Excel workbook" in refused(path)


def test_broken_zip(tmp_path: Path) -> None:
    path = tmp_path / "table.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 20)
    assert "damaged zip" in refused(path)


def test_workbook_with_broken_parts(tmp_path: Path) -> None:
    path = tmp_path / "table.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<not xml")
    assert "not a readable Excel workbook" in refused(path)


def test_truncated_workbook(tmp_path: Path) -> None:
    path = tmp_path / "table.xlsx"
    openpyxl.Workbook().save(path)
    path.write_bytes(path.read_bytes()[:300])
    message = refused(path)
    assert "zip" in message or "workbook" in message


def test_workbook_without_the_table(tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["A1"] = "Budjetti"
    sheet["A2"] = 12
    workbook.create_sheet("Toinen")["B3"] = "Kaupunkistrategian teema"
    workbook.save(path)
    assert "no table found" in refused(path)


def test_first_row_without_a_theme(tmp_path: Path) -> None:
    path = with_cell(tmp_path, 1, "Kaupunkistrategian teema", "")
    assert refused(path) == (
        'changed.txt: row 4, column "Kaupunkistrategian teema": the first row has no theme'
    )
