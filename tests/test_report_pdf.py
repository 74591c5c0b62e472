"""The PDF board report and year-end report, read back with pypdf as a reader's tools would."""

from __future__ import annotations

import datetime as dt
import gc
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from kuva_desktop.errors import InputError
from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.reports.pdf import write_board_pdf, write_report, write_year_end_pdf
from kuva_desktop.reports.table import (
    CONTINUED,
    FELL_BACK,
    PAGE,
    BoardTable,
    YearEndReport,
    build_board_table,
    build_year_end,
)
from kuva_desktop.storage.database import Database, open_database

PRINTED = dt.date(2021, 4, 30)
REPORTS = [
    (2019, "1"),
    (2019, "final"),
    (2020, "1"),
    (2020, "2"),
    (2020, "3"),
    (2021, "1"),
    (2021, "2"),
    (2021, "3"),
]
STANDARD_14 = {
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One database with the sample data for the whole module: these tests only read it."""
    database = open_database(tmp_path_factory.mktemp("pdf") / "sample.db")
    load_sample_data(database)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def written(sample: Database, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Each report written once per module: (year, round, language) -> path."""
    folder = tmp_path_factory.mktemp("reports")
    cache: dict[tuple[int, str, str], Path] = {}

    def get(year: int, round_key: str, language: str) -> Path:
        key = (year, round_key, language)
        if key not in cache:
            path = folder / f"{year}-{round_key}-{language}.pdf"
            write_report(sample, year, round_key, language, path, printed=PRINTED)
            cache[key] = path
        return cache[key]

    return get


def squash(text: str) -> str:
    """Text without whitespace and hyphens: line breaks and added hyphens do not count.

    What remains must still match letter for letter, in order.
    """
    return re.sub(r"[\s\-\u00ad]+", "", text)


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def _table(database: Database, year: int, round_key: str, language: str) -> BoardTable:
    return build_board_table(database, year, round_key, language, printed=PRINTED)


def _year_end(database: Database, year: int, language: str) -> YearEndReport:
    return build_year_end(database, year, language, printed=PRINTED)


BOARD = [(y, r) for y, r in REPORTS if r != "final"]


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize(("year", "round_key"), BOARD)
def test_every_cell_is_in_the_board_report(sample, written, year, round_key, language) -> None:  # type: ignore[no-untyped-def]
    table = _table(sample, year, round_key, language)
    document = squash("".join(page_texts(written(year, round_key, language))))
    expected = set()
    for row in table.rows:
        expected.update([row.theme, row.goal_title, row.goal_description])
        for cell in row.cells.values():
            expected.update(cell.text.split("\n\n"))
    missing = [text for text in expected if text and squash(text) not in document]
    assert not missing


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize(("year", "round_key"), BOARD)
def test_header_title_line_and_page_numbers_on_every_page(  # type: ignore[no-untyped-def]
    sample, written, year, round_key, language
) -> None:
    table = _table(sample, year, round_key, language)
    texts = page_texts(written(year, round_key, language))
    appendix = next(
        (i for i, t in enumerate(texts) if squash(FELL_BACK(language)) in squash(t)), len(texts)
    )
    for number, text in enumerate(texts, start=1):
        assert PAGE(language) % {"page": number, "pages": len(texts)} in text
        assert table.title in text
        assert squash(table.subtitle) in squash(text)
        if number - 1 < appendix:  # the pages of the fallback list need no header
            for column in table.columns:
                assert squash(column.title) in squash(text), (number, column.title)


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize("year", [2019, 2020, 2021])
def test_year_end_report_has_every_outcome_and_explanation(sample, written, year, language) -> None:  # type: ignore[no-untyped-def]
    report = _year_end(sample, year, language)
    texts = page_texts(written(year, "final", language))
    document = squash("".join(texts))
    assert report.goals
    for goal in report.goals:
        assert squash(f"{goal.title} ({goal.outcome})") in document
        for metric in goal.metrics:
            assert squash(metric.text) in document
            assert squash(metric.outcome) in document
            for paragraph in metric.explanation.split("\n\n"):
                assert squash(paragraph) in document
        if goal.status == "not_achieved":
            for paragraph in goal.explanation.split("\n\n"):
                assert squash(paragraph) in document
    for number, text in enumerate(texts, start=1):
        assert PAGE(language) % {"page": number, "pages": len(texts)} in text


def test_year_end_2019_follows_seed_004(written) -> None:  # type: ignore[no-untyped-def]
    text = squash("".join(page_texts(written(2019, "final", "fi"))))
    for line in [
        "Kulttuurin ja vapaa-ajan toimialan vuoden 2019 sitovien tavoitteiden toteumatiedot",
        "Palveluja parannetaan asiakaskokemuksen perusteella (toteutui)",
        "Helsingissä on houkuttelevaa ja helppoa lähteä liikkeelle (ei toteutunut)",
        "Mittarit:",
        "Tavoite 1:",
        "Tavoite ei toteutunut.",
    ]:
        assert squash(line) in text


def _fonts(reader: PdfReader) -> Iterator[dict[str, Any]]:
    """Every font dictionary in the pages' resources, the forms' resources included."""
    seen: set[int] = set()

    def walk(resources: Any) -> Iterator[dict[str, Any]]:
        if resources is None:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            yield font.get_object()
        for xobject in (resources.get("/XObject") or {}).values():
            key = xobject.idnum if isinstance(xobject, IndirectObject) else id(xobject)
            if key in seen:
                continue
            seen.add(key)
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                yield from walk(xobject.get("/Resources"))

    for page in reader.pages:
        yield from walk(page.get("/Resources"))


@pytest.mark.parametrize(
    ("year", "round_key", "language"), [(2021, "3", "sv"), (2019, "final", "fi")]
)
def test_every_font_is_embedded(written, year, round_key, language) -> None:  # type: ignore[no-untyped-def]
    path = written(year, round_key, language)
    fonts = list(_fonts(PdfReader(path)))
    assert fonts
    for font in fonts:
        base = str(font.get("/BaseFont", "")).lstrip("/")
        assert base.split("+")[-1] not in STANDARD_14, base
        descriptor = font.get("/FontDescriptor")
        if font.get("/Subtype") == "/Type0":
            descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        assert descriptor is not None, base
        descriptor = descriptor.get_object()
        assert any(k in descriptor for k in ("/FontFile2", "/FontFile3", "/FontFile")), base
    # Nowhere in the file, not even unused: ReportLab's initial Helvetica.
    raw = path.read_bytes()
    assert b"Helvetica" not in raw and b"/Type1" not in raw


@pytest.mark.parametrize(
    ("year", "round_key", "language", "lang"),
    [(2021, "2", "fi", "fi-FI"), (2021, "2", "sv", "sv-FI"), (2019, "final", "sv", "sv-FI")],
)
def test_metadata(sample, written, year, round_key, language, lang) -> None:  # type: ignore[no-untyped-def]
    reader = PdfReader(written(year, round_key, language))
    info = reader.metadata
    assert info is not None
    division = {"fi": "Kulttuurin ja vapaa-ajan toimiala", "sv": "Kultur- och fritidssektorn"}
    assert info.author == division[language]
    assert info.title and str(year) in info.title
    assert info.subject and str(year) in info.subject
    assert reader.trailer["/Root"]["/Lang"] == lang
    assert str(info["/CreationDate"]).startswith("D:20210430")


def test_same_data_and_date_give_the_same_bytes(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    for round_key in ("3", "final"):
        first, second, later = (tmp_path / f"{round_key}-{n}.pdf" for n in "abc")
        write_report(sample, 2021, round_key, "sv", first, printed=PRINTED)
        write_report(sample, 2021, round_key, "sv", second, printed=PRINTED)
        write_report(sample, 2021, round_key, "sv", later, printed=dt.date(2021, 5, 1))
        assert first.read_bytes() == second.read_bytes()
        assert first.read_bytes() != later.read_bytes()


@pytest.mark.parametrize("round_key", ["3", "final"])
def test_swedish_report_lists_the_finnish_fallbacks(sample, written, round_key) -> None:  # type: ignore[no-untyped-def]
    if round_key == "final":
        fallbacks = _year_end(sample, 2021, "sv").fallbacks
    else:
        fallbacks = _table(sample, 2021, round_key, "sv").fallbacks
    assert fallbacks
    text = "".join(page_texts(written(2021, round_key, "sv")))
    assert "Finsk text eftersom svensk text saknas:" in text
    after = squash(text.split("Finsk text eftersom svensk text saknas:")[1])
    for where in fallbacks:
        assert squash(where) in after
    assert "Finsk text" not in "".join(page_texts(written(2021, round_key, "fi")))


def test_only_round_shows_one_forecast_column_as_the_2021_print(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "only.pdf"
    write_board_pdf(sample, 2021, "2", "fi", path, only_round=True, printed=PRINTED)
    text = squash(PdfReader(path).pages[0].extract_text())
    assert squash("Ennuste 2/2021") in text
    assert squash("Ennuste 1/2021") not in text
    assert squash("Palautumismittari") in text and "Kommentit" in text


def test_a3_paper_and_progress(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[int, int]] = []
    path = tmp_path / "a3.pdf"
    pages = write_board_pdf(
        sample,
        2020,
        "3",
        "fi",
        path,
        paper="A3",
        printed=PRINTED,
        progress=lambda d, t: calls.append((d, t)),
    )
    reader = PdfReader(path)
    assert pages == len(reader.pages)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)
    total = len(_table(sample, 2020, "3", "fi").rows)
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_year_end_writer_and_refusals(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert write_year_end_pdf(sample, 2019, "fi", tmp_path / "y.pdf", printed=PRINTED) >= 1
    with pytest.raises(InputError, match="year 2030"):
        write_report(sample, 2030, "1", "fi", tmp_path / "x.pdf")
    with pytest.raises(InputError, match="missing"):
        write_report(sample, 2021, "1", "fi", tmp_path / "missing" / "x.pdf")
    with pytest.raises(InputError, match="A5"):
        write_report(sample, 2021, "1", "fi", tmp_path / "x.pdf", paper="A5")
    assert not (tmp_path / "x.pdf").exists()


def test_continued_marks_are_in_the_language(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # 2020 round 3 runs over several pages: a goal or a theme continues on a new page.
    for language in ("fi", "sv"):
        path = tmp_path / f"{language}.pdf"
        write_board_pdf(sample, 2020, "3", language, path, printed=PRINTED)
        texts = page_texts(path)
        assert len(texts) > 1
        assert any(CONTINUED(language) in t for t in texts[1:])


def test_export_pdf_command(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert cli("sample-data")[0] == 0
    out = tmp_path / "board.pdf"
    status, stdout, _ = cli(
        "export-pdf",
        "--year",
        "2021",
        "--round",
        "2",
        "--lang",
        "sv",
        "-o",
        out,
        "--date",
        "2021-09-30",
    )
    assert status == 0 and str(out) in stdout
    assert out.read_bytes().startswith(b"%PDF")
    again = tmp_path / "again.pdf"
    cli(
        "export-pdf",
        "--year",
        "2021",
        "--round",
        "2",
        "--lang",
        "sv",
        "-o",
        again,
        "--date",
        "2021-09-30",
    )
    assert again.read_bytes() == out.read_bytes()

    final = tmp_path / "final.pdf"
    status, _, _ = cli(
        "export-pdf",
        "--year",
        "2019",
        "--round",
        "final",
        "--lang",
        "fi",
        "-o",
        final,
        "--paper",
        "A3",
    )
    assert status == 0 and "toteumatiedot" in PdfReader(final).pages[0].extract_text()

    only = tmp_path / "only.pdf"
    status, _, _ = cli(
        "export-pdf", "--year", "2021", "--round", "1", "--lang", "fi", "-o", only, "--only-round"
    )
    assert status == 0


def test_export_pdf_refusals(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cli("sample-data")
    status, _, err = cli(
        "export-pdf", "--year", "2030", "--round", "1", "--lang", "fi", "-o", tmp_path / "x.pdf"
    )
    assert status == 2 and "2030" in err and len(err.strip().splitlines()) == 1
    target = tmp_path / "no" / "x.pdf"
    status, _, err = cli(
        "export-pdf", "--year", "2021", "--round", "1", "--lang", "fi", "-o", target
    )
    assert status == 2 and str(target) in err and len(err.strip().splitlines()) == 1
    status, _, err = cli(
        "export-pdf",
        "--year",
        "2021",
        "--round",
        "final",
        "--lang",
        "fi",
        "-o",
        tmp_path / "y.pdf",
        "--only-round",
    )
    assert status == 2 and "--only-round" in err


def test_a_report_leaves_the_garbage_collector_as_it_found_it(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The layout runs with the collector quieted; afterwards, and after a report inside a
    report (the window's export while another runs), it is the application's again."""
    from kuva_desktop.reports.pdf_common import fewer_collections

    application = gc.get_threshold()
    gc.set_threshold(600, 9, 8)
    try:
        before = (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled())
        with fewer_collections():
            quiet = gc.get_threshold()
            write_year_end_pdf(sample, 2019, "fi", tmp_path / "inner.pdf", printed=PRINTED)
            assert gc.get_threshold() == quiet != before[0]
        write_board_pdf(sample, 2021, "1", "fi", tmp_path / "outer.pdf", printed=PRINTED)
        with pytest.raises(InputError):
            write_board_pdf(sample, 1999, "1", "fi", tmp_path / "none.pdf", printed=PRINTED)
        assert (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()) == before
    finally:
        gc.set_threshold(*application)
