"""Reading the seed tables and the shapes people really export them in into a year document."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from kuva_desktop.exchange.document import Metric, YearDocument
from kuva_desktop.exchange.table import TableImport, read_table

DATA = Path(__file__).parent / "data"
SEED_2020 = DATA / "seed_001_2020.txt"
SEED_2021 = DATA / "seed_002_2021.txt"
SEEDS = {"2020": (SEED_2020, 2020), "2021": (SEED_2021, 2021)}

DAMAGED = "s t r a t e g i a m i t t a r i s s o s u u s , j o l l a h a r r a"


def metrics(document: YearDocument) -> list[Metric]:
    return [m for theme in document.themes for goal in theme.goals for m in goal.metrics]


def goals(document: YearDocument) -> list:  # type: ignore[type-arg]
    return [goal for theme in document.themes for goal in theme.goals]


def seed_rows(path: Path) -> list[list[str]]:
    text = path.read_text(encoding="utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))


def write_rows(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter="\t", lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


@pytest.fixture(scope="module")
def seed_2020() -> TableImport:
    return read_table(SEED_2020, year=2020)


@pytest.fixture(scope="module")
def seed_2021() -> TableImport:
    return read_table(SEED_2021, year=2021)


# -- seed 001: the 2020 layout -----------------------------------------------------------------


def test_seed_2020_shape(seed_2020: TableImport) -> None:
    document = seed_2020.document
    assert document.year == 2020
    assert document.layout == "narrative"
    assert len(document.themes) == 3
    assert len(goals(document)) == 3
    assert len(metrics(document)) == 5
    entries = [(key, e) for m in metrics(document) for key, e in m.entries.items()]
    assert len(entries) == 15
    assert all(e.forecast and e.status is None for _, e in entries)
    assert sorted({key for key, _ in entries}) == ["1", "2", "3"]
    assert document.rounds == [] and document.owners == []
    assert all(g.id is None for g in goals(document))


def test_seed_2020_first_goal(seed_2020: TableImport) -> None:
    goal = seed_2020.document.themes[0].goals[0]
    assert seed_2020.document.themes[0].name.fi == "Maailman toimivin kaupunki"
    assert goal.title.fi == "Palveluja parannetaan asiakaskokemuksen perusteella"
    assert goal.description.fi == (
        "Kulttuurin ja vapaa-ajan toimiala käyttää yhteisiä välineitä asiakaskokemuksen "
        "arviointiin, parantamiseen ja johtamiseen.\n\nPalvelujen parantamisessa"
    )
    assert [link.fi for link in goal.links] == [
        "Asukaskokemus ja asiakastyytyväisyys",
        "Palvelujen saavutettavuus",
        "Merellinen strategia",
        "Liikkumisohjelma",
        "Mukana-ohjelma",
    ]
    metric = goal.metrics[0]
    assert metric.text.fi.startswith("Digitaalisuatio:\n\nParannetaan toimintatapoja")
    forecast = metric.entries["1"].forecast
    assert forecast is not None
    assert forecast.startswith("Arvio on, että Teams-järjestelmän")
    assert "<p>" not in forecast and forecast.count("\n\n") == 3


def test_seed_2020_third_goal_continues_over_rows(seed_2020: TableImport) -> None:
    theme = seed_2020.document.themes[2]
    assert theme.name.fi == "Uudistuvat palvelut"
    assert len(theme.goals) == 1
    goal = theme.goals[0]
    assert goal.title.fi == "Helsingissä on helppoa ja houkuttelevaa lähteä liikkeelle"
    assert len(goal.metrics) == 3
    assert goal.description.fi.startswith("Kulttuurin ja vapaa-ajan toimiala edistää")
    assert goal.description.fi.endswith("helpottaa mielekkään tekemisen löytämistä")
    assert goal.description.fi.count("\n\n") == 2
    # "----" in the last row says "no links"; the rest are the union in order.
    assert [link.fi for link in goal.links] == [
        "Hyvinvoinnin ja terveyden edistäminen",
        "Liikkumisohjelma",
        "Merellinen strategia",
    ]
    assert goal.metrics[0].text.fi == "Liikkumishjelma:"


def test_seed_2020_warns_about_the_misspelt_link(seed_2020: TableImport) -> None:
    assert seed_2020.warnings == [
        "seed_001_2020.txt: row 4, column "
        '"Kytkeytyminen kaupunkiyhteisiin hankkeisiin ja yhteissuunnittelun teemoihin": '
        "'Asukaskokemus ja asiakastytyväisyys' read as 'Asukaskokemus ja asiakastyytyväisyys'"
    ]


# -- seed 002: the 2021 layout -----------------------------------------------------------------


def test_seed_2021_shape(seed_2021: TableImport) -> None:
    document = seed_2021.document
    assert document.layout == "status"
    assert len(goals(document)) == 3
    found = metrics(document)
    assert len(found) == 3
    statuses = [m.entries[key].status for m in found for key in ("1", "2", "3")]
    assert statuses == ["on_track"] * 9
    assert [m.recovery for m in found] == [False, True, True]
    for metric in found:
        assert metric.entries["3"].numeric == Decimal(100)
        assert metric.entries["3"].unit == "%"
        assert metric.entries["3"].comment
        for key in ("1", "2"):
            assert metric.entries[key].numeric is None
            assert metric.entries[key].comment is None
    assert found[0].entries["3"].comment is not None
    assert found[0].entries["3"].comment.startswith("Palvelukokonaisuudet ovat")


def test_seed_2021_comments_go_to_the_chosen_round() -> None:
    document = read_table(SEED_2021, year=2021, round_key="1").document
    for metric in metrics(document):
        assert metric.entries["1"].numeric == Decimal(100)
        assert metric.entries["1"].comment
        assert metric.entries["1"].status == "on_track"
        assert metric.entries["3"].numeric is None and metric.entries["3"].comment is None


def test_seed_2021_titles_split(seed_2021: TableImport) -> None:
    titles = [g.title.fi for g in goals(seed_2021.document)]
    assert titles == [
        "Palveluja parannetaan asiakaskokemuksen perusteella",
        "Koko kaupunki on oppimisen, kulttuuristen kohtaamisten, tekemisen ja "
        "kansalaistoiminnan paikka",
        "Helsingissä on helppoa ja houkuttelevaa lähteä liikkeelle",
    ]
    first = goals(seed_2021.document)[0]
    assert first.description.fi.startswith("Kulttuurin ja vapaa-ajan toimiala käyttää")
    guessed = [w for w in seed_2021.warnings if "title was guessed" in w]
    assert len(guessed) == 3
    assert guessed[0].startswith('seed_002_2021.txt: row 4, column "Sitova toiminnan tavoite"')


def test_seed_2021_known_titles_split_without_guessing(seed_2020: TableImport) -> None:
    known = [g.title.fi for g in goals(seed_2020.document)]
    result = read_table(SEED_2021, year=2021, known_goal_titles=known)
    assert [g.title.fi for g in goals(result.document)] == known
    assert not [w for w in result.warnings if "guessed" in w]


def test_seed_2021_links_and_misspelling(seed_2021: TableImport) -> None:
    last = goals(seed_2021.document)[2]
    assert [link.fi for link in last.links] == [
        "Hyvinvoinnin ja terveyden edistäminen",
        "Liikkumisohjelma",
    ]
    assert [len(g.links) for g in goals(seed_2021.document)] == [4, 6, 2]
    assert any(
        w.startswith("seed_002_2021.txt: row 6, column")
        and "'Liikkumishohjelma' read as 'Liikkumisohjelma'" in w
        for w in seed_2021.warnings
    )


def test_seed_2021_damaged_text_is_kept(seed_2021: TableImport) -> None:
    second = metrics(seed_2021.document)[1]
    assert second.text.fi.endswith("kaupunkiyhteisössä " + DAMAGED)


def test_seed_2021_read_into_another_year_warns() -> None:
    result = read_table(SEED_2021, year=2022)
    assert result.document.year == 2022
    assert any('column "Ennuste 1/2021"' in w and "2021" in w for w in result.warnings)


def test_vocabulary_from_the_database_is_used(tmp_path: Path) -> None:
    from kuva_desktop.exchange.document import Text

    vocabulary = [Text(fi="Liikkumisohjelma", sv="Rörelseprogrammet"), Text(fi="Osallisuus")]
    result = read_table(SEED_2021, year=2021, vocabulary=vocabulary)
    last = goals(result.document)[2]
    assert last.links[1] == Text(fi="Liikkumisohjelma", sv="Rörelseprogrammet")
    assert any("'Hyvinvoinnin ja terveyden edistäminen' is not in" in w for w in result.warnings)


# -- the same tables as programs write them ----------------------------------------------------


@pytest.mark.parametrize("seed", ["2020", "2021"])
@pytest.mark.parametrize(
    ("encoding", "newline"),
    [
        ("utf-8-sig", "\r\n"),
        ("utf-16", "\r\n"),  # Excel "Unicode text": UTF-16 LE with a BOM
        ("utf-16-be", "\n"),
        ("utf-16-le", "\r\n"),  # without a BOM
        ("utf-32", "\n"),
        ("cp1252", "\r\n"),  # Excel "Text (Tab delimited)" on Windows
        ("mac_roman", "\r"),  # old Mac Excel
        ("utf-8", "\r"),
    ],
)
def test_encodings_and_line_endings(tmp_path: Path, seed: str, encoding: str, newline: str) -> None:
    path, year = SEEDS[seed]
    text = path.read_text(encoding="utf-8").replace("\n", newline)
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    variant = tmp_path / "table.txt"
    variant.write_bytes(data)
    expected = read_table(path, year=year)
    result = read_table(variant, year=year)
    assert result.document == expected.document
    assert len(result.warnings) == len(expected.warnings)


def test_title_line_and_blank_lines_above_the_header(tmp_path: Path) -> None:
    text = SEED_2021.read_text(encoding="utf-8")
    variant = tmp_path / "title.txt"
    variant.write_text(
        "Sitovat tavoitteet / Kulttuurin ja vapaa-ajan toimiala\n\n\t\t\n" + text,
        encoding="utf-8",
    )
    result = read_table(variant, year=2021)
    assert result.document.division.fi == "Kulttuurin ja vapaa-ajan toimiala"
    assert result.document.themes == read_table(SEED_2021, year=2021).document.themes


@pytest.mark.parametrize("seed", ["2020", "2021"])
def test_columns_in_another_order(tmp_path: Path, seed: str) -> None:
    path, year = SEEDS[seed]
    rows = seed_rows(path)
    width = max(len(row) for row in rows)
    order = list(reversed(range(width)))
    shuffled = [[row[i] for i in order] if row else [] for row in rows]
    variant = write_rows(tmp_path / "shuffled.txt", shuffled)
    assert read_table(variant, year=year).document == read_table(path, year=year).document


def test_repeated_header_in_the_middle_is_skipped(tmp_path: Path) -> None:
    rows = seed_rows(SEED_2021)
    header_at = next(i for i, row in enumerate(rows) if row)
    rows.insert(header_at + 2, rows[header_at])
    rows.insert(header_at + 2, [])
    variant = write_rows(tmp_path / "repeated.txt", rows)
    assert read_table(variant, year=2021).document == read_table(SEED_2021, year=2021).document


HEADER_2021 = [
    "Kaupunkistrategian teema",
    "Sitova toiminnan tavoite",
    "Sitovan toiminnan tavoitteen mittarit",
    "Palautumis-mittari",
    "Ennuste 1/2021",
    "Kommentit",
    "Mittarin numeerinen ennuste",
]


def test_quoted_cells_with_tabs_quotes_and_line_breaks(tmp_path: Path) -> None:
    tricky = 'Mittari\tyksi "lainattu"\nrivi kaksi\n\ntoinen kappale: a < b, AT&T'
    rows = [
        HEADER_2021,
        ["Teema", "Otsikko\nKuvaus", tricky, "Ei", "Toteutuu", 'Riskit: "iso"', "87,5 %"],
        ["", "", "Toinen", "Kyllä", "toteutuu.", "", "1 200 kpl"],
    ]
    path = write_rows(tmp_path / "quoted.txt", rows, encoding="cp1252")
    document = read_table(path, year=2021).document
    first, second = metrics(document)
    assert first.text.fi == tricky
    assert first.recovery is False
    assert first.entries["1"].comment == 'Riskit: "iso"'
    assert (first.entries["1"].numeric, first.entries["1"].unit) == (Decimal("87.5"), "%")
    assert (second.entries["1"].numeric, second.entries["1"].unit) == (Decimal(1200), "kpl")
    goal = goals(document)[0]
    assert (goal.title.fi, goal.description.fi) == ("Otsikko", "Kuvaus")


def test_row_numbers_count_lines_of_multiline_cells(tmp_path: Path) -> None:
    from kuva_desktop.errors import InputError

    rows = [
        HEADER_2021,
        ["Teema", "Otsikko", "yksi\nkaksi\nkolme", "Ei", "Toteutuu", "", ""],
        ["", "", "Toinen", "Ei", "Menee hyvin", "", ""],
    ]
    path = write_rows(tmp_path / "lines.txt", rows)
    with pytest.raises(InputError) as error:
        read_table(path, year=2021)
    assert 'lines.txt: row 5, column "Ennuste 1/2021"' in str(error.value)


def test_merged_cells_empty_below_their_first_row(tmp_path: Path) -> None:
    rows = [
        HEADER_2021,
        ["Teema A", "Tavoite yksi\nKuvaus", "M1", "Ei", "Toteutuu", "", ""],
        ["", "", "M2", "Ei", "Toteutuminen epävarma", "Riskit: aika", ""],
        ["", "Tavoite yksi\nKuvaus", "M3", "Kyllä", "Ei toteudu", "Riskit: raha", ""],
        ["", "Tavoite kaksi", "M4", "", "", "", ""],
        ["Teema B", "Tavoite kolme", "M5", "", "Uppnås", "", ""],
        ["Teema A", "Tavoite neljä", "M6", "", "", "", ""],
    ]
    path = write_rows(tmp_path / "merged.txt", rows)
    document = read_table(path, year=2021).document
    assert [t.name.fi for t in document.themes] == ["Teema A", "Teema B"]
    assert [g.title.fi for g in document.themes[0].goals] == [
        "Tavoite yksi",
        "Tavoite kaksi",
        "Tavoite neljä",
    ]
    assert [m.text.fi for m in document.themes[0].goals[0].metrics] == ["M1", "M2", "M3"]
    statuses = [m.entries["1"].status if m.entries else None for m in metrics(document)]
    assert statuses == ["on_track", "at_risk", "off_track", None, None, "on_track"]


def test_plain_text_goal_cell_starts_a_new_goal(tmp_path: Path) -> None:
    rows = [
        ["Kaupunkistrategian teema", "Sitova toiminnan tavoite", "Mittarit", "Ennuste 1/2020"],
        ["Teema", "Otsikko yksi", "M1", "proosaa"],
        ["", "Otsikko kaksi", "M2", "lisää proosaa"],
    ]
    header = ["Kaupunkistrategian teema", "Sitova toiminnan tavoite"]
    header += ["Sitovan toiminnan tavoitteen mittarit", "Ennuste 1/2020"]
    rows[0] = header
    path = write_rows(tmp_path / "plain.txt", rows)
    document = read_table(path, year=2020).document
    assert document.layout == "narrative"
    assert [g.title.fi for g in goals(document)] == ["Otsikko yksi", "Otsikko kaksi"]
    assert metrics(document)[1].entries["1"].forecast == "lisää proosaa"


def test_html_goal_cell_without_bold_continues_the_goal(tmp_path: Path) -> None:
    header = ["Kaupunkistrategian teema", "Sitova toiminnan tavoite"]
    header += ["Sitovan toiminnan tavoitteen mittarit", "Ennuste 1/2020"]
    rows = [
        header,
        ["Teema", "<p><strong>Otsikko &amp; muuta</strong></p><p>Kuvaus<br>jatkuu</p>", "M1", "x"],
        ["", "<ul><li>lisää</li><li>kuvausta</li></ul>", "M2", "<p>AT&amp;T &lt; b</p>"],
        ["", "<b>Uusi otsikko</b>", "M3", "z"],
    ]
    path = write_rows(tmp_path / "html.txt", rows)
    document = read_table(path, year=2020).document
    first, second = goals(document)
    assert first.title.fi == "Otsikko & muuta"
    assert first.description.fi == "Kuvaus\njatkuu\n\n- lisää\n- kuvausta"
    assert [m.text.fi for m in first.metrics] == ["M1", "M2"]
    assert first.metrics[1].entries["1"].forecast == "AT&T < b"
    assert second.title.fi == "Uusi otsikko"


def test_status_layout_from_status_values_alone(tmp_path: Path) -> None:
    header = ["Stadsstrategins tema", "Bindande verksamhetsmål"]
    header += ["Indikatorer för det bindande verksamhetsmålet", "Prognos 1/2021", "Prognos 2/2021"]
    rows = [header, ["Tema", "Mål", "Indikator", "Uppnås", "Osäkert"]]
    path = write_rows(tmp_path / "sv.txt", rows)
    document = read_table(path, year=2021).document
    assert document.layout == "status"
    entries = metrics(document)[0].entries
    assert (entries["1"].status, entries["2"].status) == ("on_track", "at_risk")


def write_workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    first = workbook.active
    assert first is not None
    first.title = "Ohje"
    first["A1"] = "Täytä taulukko toisella välilehdellä"
    sheet = workbook.create_sheet("Taulukko")
    sheet["A1"] = "Sitovat tavoitteet / Kulttuurin ja vapaa-ajan toimiala"
    for column, title in enumerate(HEADER_2021, start=1):
        sheet.cell(row=3, column=column, value=title)
    values = [
        ["Teema", "Otsikko\nKuvaus", "M1", "Kyllä", "Toteutuu", "Riskit: ei", 1.0],
        [None, None, "M2", "Ei", "Toteutuminen epävarma", "Riskit: aika", 0.875],
        [None, None, "M3", True, "Ei toteudu", "Riskit: raha", 42],
    ]
    for row, cells in enumerate(values, start=4):
        for column, value in enumerate(cells, start=1):
            sheet.cell(row=row, column=column, value=value)
    sheet["G4"].number_format = "0%"
    sheet["G5"].number_format = "0.0%"
    sheet.merge_cells("A4:A6")
    sheet.merge_cells("B4:B6")
    workbook.save(path)
    return path


def test_xlsx_on_the_second_sheet_below_a_title(tmp_path: Path) -> None:
    # The name says nothing: the content decides.
    path = write_workbook(tmp_path / "taulukko.dat")
    result = read_table(path, year=2021)
    document = result.document
    assert document.layout == "status"
    assert document.division.fi == "Kulttuurin ja vapaa-ajan toimiala"
    assert len(goals(document)) == 1
    found = metrics(document)
    assert [m.text.fi for m in found] == ["M1", "M2", "M3"]
    assert [m.recovery for m in found] == [True, False, True]
    assert [m.entries["1"].status for m in found] == ["on_track", "at_risk", "off_track"]
    assert [m.entries["1"].numeric for m in found] == [Decimal(100), Decimal("87.5"), 42]
    assert {m.entries["1"].unit for m in found} == {"%"}
    assert goals(document)[0].description.fi == "Kuvaus"


def test_xlsx_errors_name_the_sheet_and_row(tmp_path: Path) -> None:
    from kuva_desktop.errors import InputError

    path = write_workbook(tmp_path / "taulukko.xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook["Taulukko"]["E5"] = "Hyvä"
    workbook.save(path)
    with pytest.raises(InputError) as error:
        read_table(path, year=2021)
    assert str(error.value).startswith(
        'taulukko.xlsx, sheet "Taulukko": row 5, column "Ennuste 1/2021": unknown status \'Hyvä\''
    )


def test_2019_titles_broken_over_lines(tmp_path: Path) -> None:
    header = [
        "Kaupunkistrategian teema",
        "Sitova toiminnan tavoite",
        "Sitovan toiminnan \ntavoitteen mittarit",
        "Sitovan toiminnan tavoitteen \nmittareiden toteutumisennuste \n1/2019",
        "Kytkeytyminen \nkaupunkiyhteisiin \nhankkeisiin",
    ]
    rows = [header, ["Teema", "Otsikko\nKuvaus", "Mittari", "Toteutumassa.", "Osallisuus"]]
    path = write_rows(tmp_path / "2019.txt", rows)
    result = read_table(path, year=2019)
    assert result.document.layout == "narrative"
    metric = metrics(result.document)[0]
    assert (metric.text.fi, metric.entries["1"].forecast) == ("Mittari", "Toteutumassa.")
    assert [link.fi for link in goals(result.document)[0].links] == ["Osallisuus"]
    assert result.warnings == []
