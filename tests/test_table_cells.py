"""The pieces of the table reader: cells, goal titles, links, text decoding and resources."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kuva_desktop.exchange.document import Text
from kuva_desktop.exchange.table import default_vocabulary
from kuva_desktop.exchange.table.cells import has_tags, read_cell, split_goal
from kuva_desktop.exchange.table.columns import title_key
from kuva_desktop.exchange.table.links import LinkSplitter
from kuva_desktop.exchange.table.reader import decode, read_sheets
from kuva_desktop.resources import resource_path


@pytest.mark.parametrize("text", ["a < b", "AT&T", "AT&amp;T ja <3 kk", "x<y>z"])
def test_plain_cells_stay_as_typed(text: str) -> None:
    assert not has_tags(text)
    assert read_cell(text, html_table=False).text == text


def test_html_cell_to_paragraphs() -> None:
    cell = read_cell(
        "<p><b>Otsikko</b></p> <p>Rivi&nbsp;yksi<br/>rivi   kaksi</p><div>AT&amp;T &lt; b</div>"
        "<ol><li>eka</li> <li>toka</li></ol><!-- huomautus --><p></p>",
        html_table=True,
    )
    assert cell.paragraphs == [
        "Otsikko",
        "Rivi yksi\nrivi kaksi",
        "AT&T < b",
        "1. eka\n2. toka",
    ]
    assert cell.bold_first
    assert cell.text == "Otsikko\n\nRivi yksi\nrivi kaksi\n\nAT&T < b\n\n1. eka\n2. toka"


def test_two_line_breaks_make_a_paragraph() -> None:
    assert read_cell("yksi<br><br>kaksi", html_table=True).paragraphs == ["yksi", "kaksi"]


def test_entities_in_an_html_table_cell_without_tags() -> None:
    assert read_cell("Tom &amp; Jerry", html_table=True).text == "Tom & Jerry"
    assert read_cell("Tom &amp; Jerry", html_table=False).text == "Tom &amp; Jerry"


def test_partly_bold_first_paragraph_is_not_a_title() -> None:
    cell = read_cell("<p><b>Puoliksi</b> lihavoitu</p><p>toinen</p>", html_table=True)
    assert not cell.bold_first
    split = split_goal(cell, [])
    assert (split.title, split.description) == ("Puoliksi lihavoitu", "toinen")


def test_plain_cell_first_line_is_the_title() -> None:
    split = split_goal(read_cell("Otsikko\nKuvaus\n\nLisää", html_table=False), [])
    assert (split.title, split.description, split.guessed) == ("Otsikko", "Kuvaus\n\nLisää", False)


def test_one_line_goal_split_before_a_capitalised_word() -> None:
    line = "Helsingissä on helppoa lähteä liikkeelle Kulttuurin ja vapaa-ajan  toimiala edistää"
    split = split_goal(read_cell(line, html_table=False), [])
    assert split.title == "Helsingissä on helppoa lähteä liikkeelle"
    assert split.description == "Kulttuurin ja vapaa-ajan  toimiala edistää"
    assert split.guessed


def test_one_line_goal_split_at_a_known_title() -> None:
    line = "Koko kaupunki on Helsingin paikka Helsinki on alusta."
    known = ["Muu tavoite", "koko  kaupunki on helsingin paikka"]
    split = split_goal(read_cell(line, html_table=False), known)
    assert (split.title, split.description, split.guessed) == (
        "Koko kaupunki on Helsingin paikka",
        "Helsinki on alusta.",
        False,
    )


def test_one_line_goal_split_after_the_first_sentence() -> None:
    split = split_goal(read_cell("Tavoite on tämä. lisää tekstiä", html_table=False), [])
    assert (split.title, split.description, split.guessed) == (
        "Tavoite on tämä",
        "lisää tekstiä",
        True,
    )
    whole = split_goal(read_cell("pelkkä otsikko", html_table=False), [])
    assert (whole.title, whole.description, whole.guessed) == ("pelkkä otsikko", "", False)


@pytest.fixture(scope="module")
def splitter() -> LinkSplitter:
    return LinkSplitter(default_vocabulary())


def test_links_run_together(splitter: LinkSplitter) -> None:
    found = splitter.split(["Merellinen strategia Liikkumisohjelma", "Mukana-ohjelma"])
    assert [(m.link.fi, m.kind) for m in found] == [
        ("Merellinen strategia", "exact"),
        ("Liikkumisohjelma", "exact"),
        ("Mukana-ohjelma", "exact"),
    ]


def test_links_close_misspellings(splitter: LinkSplitter) -> None:
    found = splitter.split(["Hyvinvoinnin ja terveyden edistäminen Liikkumishohjelma"])
    assert [(m.written, m.link.fi, m.kind) for m in found] == [
        ("Hyvinvoinnin ja terveyden edistäminen", "Hyvinvoinnin ja terveyden edistäminen", "exact"),
        ("Liikkumishohjelma", "Liikkumisohjelma", "close"),
    ]


def test_links_unknown_runs_become_new_links(splitter: LinkSplitter) -> None:
    found = splitter.split(["Uusi hanke Osallisuus, toinen juttu; ----"])
    assert [(m.link.fi, m.kind) for m in found] == [
        ("Uusi hanke", "new"),
        ("Osallisuus", "exact"),
        ("toinen juttu", "new"),
    ]
    assert splitter.split(["----", " - "]) == []


def test_links_match_swedish_names() -> None:
    splitter = LinkSplitter([Text(fi="Osallisuus", sv="Delaktighet"), Text(fi="Liikkumisohjelma")])
    found = splitter.split(["Delaktighet Liikkumisohjelma"])
    assert [m.link for m in found] == [
        Text(fi="Osallisuus", sv="Delaktighet"),
        Text(fi="Liikkumisohjelma"),
    ]


def test_default_vocabulary() -> None:
    vocabulary = default_vocabulary()
    assert len(vocabulary) == 11
    assert vocabulary[0] == Text(fi="Asukaskokemus ja asiakastyytyväisyys")
    assert all(text.sv is None for text in vocabulary)


def test_resource_path_in_a_checkout() -> None:
    assert resource_path("links.json").is_file()
    assert resource_path("links.json").parent.parent == Path(__file__).parent.parent


def test_resource_path_when_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("links.json") == tmp_path / "resources" / "links.json"


@pytest.mark.parametrize(
    "title",
    ["Palautumismittari", "Palautumis-mittari", "Palautumis- mittari", "PALAUTUMIS\u00admittari"],
)
def test_title_key_joins_hyphenated_titles(title: str) -> None:
    assert title_key(title) == "palautumismittari"


def test_cp1252_undefined_bytes_read_as_latin1() -> None:
    assert decode("Hyvää päivää €".encode("cp1252") + b" \x81", "x") == "Hyvää päivää € \x81"


def test_mac_roman_is_recognised() -> None:
    assert decode("Kestävän kasvun tehtävä".encode("mac_roman"), "x") == "Kestävän kasvun tehtävä"


def test_semicolon_separated_text_without_tabs() -> None:
    (sheet,) = read_sheets(b'a;"b;c"\r\nd;e\r\n', "x")
    assert [row.cells for row in sheet.rows] == [["a", "b;c"], ["d", "e"]]
