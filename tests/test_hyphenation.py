"""Line-break positions: Finnish by the syllable rules, Swedish and English through pyphen."""

from __future__ import annotations

import io
from pathlib import Path

import pyphen
import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from kuva_desktop.reports.hyphenation import (
    Hyphenator,
    break_points,
    hyphenate,
    reportlab_hyphenator,
    reportlab_style_options,
    syllables,
)

# Syllables written by hand from the rules (words from the seeds and the rule examples).
SYLLABLES = {
    "kulttuurin": "kult-tuu-rin",
    "toimiala": "toi-mi-a-la",
    "asiakaskokemuksen": "a-si-a-kas-ko-ke-muk-sen",
    "palvelukokonaisuuksissa": "pal-ve-lu-ko-ko-nai-suuk-sis-sa",
    "kaupunkiyhteisiin": "kau-pun-ki-yh-tei-siin",
    "yhteissuunnittelun": "yh-teis-suun-nit-te-lun",
    "strategia": "stra-te-gi-a",
    "liikkumisohjelma": "liik-ku-mis-oh-jel-ma",
    "hyvinvoinnin": "hy-vin-voin-nin",
    "saavutettavuus": "saa-vu-tet-ta-vuus",
    "kaupunginosat": "kau-pun-gin-o-sat",
    "harrastustoiminta": "har-ras-tus-toi-min-ta",
    "osallisuus": "o-sal-li-suus",
    "projektissa": "pro-jek-tis-sa",
    "määritellyt": "mää-ri-tel-lyt",
    "työnjakokuvauksia": "työn-ja-ko-ku-vauk-si-a",
    "syrjäytymishaasteen": "syr-jäy-ty-mis-haas-teen",
    "ikääntyneiden": "i-kään-ty-nei-den",
    "etäpalveluiden": "e-tä-pal-ve-lui-den",
    "kehittämiskohteeksi": "ke-hit-tä-mis-koh-teek-si",
    # the rules' own examples
    "talo": "ta-lo",
    "kahvi": "kah-vi",
    "arkki": "ark-ki",
    "helppo": "help-po",
    "karsta": "kars-ta",
    "koe": "ko-e",
    "luento": "lu-en-to",
    "radio": "ra-di-o",
    "klassinen": "klas-si-nen",
    "hyöty": "hyö-ty",
    "liuos": "liu-os",
    "raaista": "raa-is-ta",
    "maailma": "maa-il-ma",
    "tietää": "tie-tää",
    "suomi": "suo-mi",
    "tehtävien": "teh-tä-vi-en",
    "terveys": "ter-ve-ys",
    # compound parts recognised from the list
    "yhteistyöryhmä": "yh-teis-työ-ryh-mä",
    "kulttuuristrategia": "kult-tuu-ri-stra-te-gi-a",
    "nuorisoprojekti": "nuo-ri-so-pro-jek-ti",
    "kulttuuriuutiset": "kult-tuu-ri-uu-ti-set",
    "vanhanaikainen": "van-han-ai-kai-nen",
}

# What break_points offers: the syllables less single letters at either end (and less splits of
# ie/uo/yö outside a first syllable).
FINNISH_BREAKS = {
    "kulttuurin": "kult-tuu-rin",
    "toimiala": "toi-mi-a-la",
    "asiakaskokemuksen": "asi-a-kas-ko-ke-muk-sen",
    "palvelukokonaisuuksissa": "pal-ve-lu-ko-ko-nai-suuk-sis-sa",
    "kaupunkiyhteisen": "kau-pun-ki-yh-tei-sen",
    "yhteissuunnitelma": "yh-teis-suun-ni-tel-ma",
    "strategia": "stra-te-gia",
    "liikkumisohjelma": "liik-ku-mis-oh-jel-ma",
    "hyvinvoinnin": "hy-vin-voin-nin",
    "saavutettavuus": "saa-vu-tet-ta-vuus",
    "kaupunginosat": "kau-pun-gin-o-sat",
    "harrastustoiminta": "har-ras-tus-toi-min-ta",
    "osallisuus": "osal-li-suus",
    "projektissa": "pro-jek-tis-sa",
    "määritellyt": "mää-ri-tel-lyt",
    "työnjakokuvauksia": "työn-ja-ko-ku-vauk-sia",
    "syrjäytymishaasteen": "syr-jäy-ty-mis-haas-teen",
    "ikääntyneiden": "ikään-ty-nei-den",
    "etäpalveluiden": "etä-pal-ve-lui-den",
    "kehittämiskohteeksi": "ke-hit-tä-mis-koh-teek-si",
    "talo": "ta-lo",
    "koe": "koe",
    "radio": "ra-dio",
    "tehtävien": "teh-tä-vien",
    "yhteistyöryhmä": "yh-teis-työ-ryh-mä",
}


def _positions(hyphenated: str) -> list[int]:
    """Break indices in the unhyphenated word from a "ta-lo" style spelling."""
    positions = []
    letters = 0
    for char in hyphenated:
        if char == "-":
            positions.append(letters)
        else:
            letters += 1
    return positions


@pytest.mark.parametrize(("word", "expected"), SYLLABLES.items())
def test_finnish_syllables(word: str, expected: str) -> None:
    assert "-".join(syllables(word)) == expected


@pytest.mark.parametrize(("word", "expected"), FINNISH_BREAKS.items())
def test_finnish_break_points(word: str, expected: str) -> None:
    assert break_points(word, "fi") == _positions(expected)
    assert hyphenate(word, "fi") == expected


def test_syllables_keep_the_spelling_and_hyphens() -> None:
    assert syllables("vapaa-ajan") == ["va", "paa-", "a", "jan"]
    assert syllables("Kulttuurin") == ["Kult", "tuu", "rin"]
    assert syllables("") == []
    assert syllables("2024") == ["2024"]


def test_no_single_letter_alone_at_either_end() -> None:
    assert 1 not in break_points("asiakas", "fi")
    assert break_points("ilo", "fi") == []
    assert break_points("aa", "fi") == []
    assert hyphenate("alo", "fi") == "alo"
    assert hyphenate("talo", "fi") == "ta-lo"
    for word in FINNISH_BREAKS:
        for point in break_points(word, "fi"):
            assert 2 <= point <= len(word) - 2


def test_existing_hyphens_are_breaks_without_another_hyphen() -> None:
    assert hyphenate("vapaa-ajan", "fi") == "va-paa-ajan"
    assert break_points("vapaa-ajan", "fi") == [2, 6]
    assert hyphenate("Mukana-ohjelma", "fi") == "Mu-ka-na-oh-jel-ma"
    assert 7 in break_points("Mukana-ohjelma", "fi")
    # a single letter after the hyphen does not stand alone either
    assert 7 not in break_points("vapaa-ajan", "fi")


def test_capitalised_and_upper_case_words() -> None:
    assert hyphenate("KULTTUURIN", "fi") == "KULT-TUU-RIN"
    assert hyphenate("Kaupunginosat", "fi") == "Kau-pun-gin-o-sat"
    assert hyphenate("STRATEGIA", "fi") == "STRA-TE-GIA"
    assert hyphenate("VERKSAMHETSMÅL", "sv") == hyphenate("verksamhetsmål", "sv").upper()


@pytest.mark.parametrize("word", ["2024", "kulttuuri2024", "COVID-19", "a1b2c3d4", "e-mail@x"])
def test_words_with_digits_or_symbols_are_not_broken(word: str) -> None:
    assert break_points(word, "fi") == []
    assert hyphenate(word, "fi") == word
    assert break_points(word, "sv") == []


def test_surrounding_punctuation_is_kept_whole() -> None:
    assert hyphenate("(kulttuurin),", "fi") == "(kult-tuu-rin),"
    assert hyphenate("”strategia”", "fi") == "”stra-te-gia”"


def test_long_compound_breaks_every_few_letters() -> None:
    word = "kaupunkiyhteisöllisyysvaikuttavuusarviointikehittämishankesuunnitelma"
    points = break_points(word, "fi")
    gaps = [b - a for a, b in zip([0, *points], [*points, len(word)], strict=True)]
    assert max(gaps) <= 5
    assert hyphenate(word, "fi") == (
        "kau-pun-ki-yh-tei-söl-li-syys-vai-kut-ta-vuus-ar-vi-oin-ti-"
        "ke-hit-tä-mis-han-ke-suun-ni-tel-ma"
    )


def test_pyphen_has_no_finnish_but_has_swedish() -> None:
    assert not any(name.startswith("fi") for name in pyphen.LANGUAGES)
    assert pyphen.language_fallback("sv_SE") is not None


@pytest.mark.parametrize("language", ["sv", "sv_SE", "sv-FI"])
@pytest.mark.parametrize("word", ["verksamhetsmål", "fritidssektorn", "Ungdomsverksamheten"])
def test_swedish_through_pyphen(word: str, language: str) -> None:
    points = break_points(word, language)
    assert points
    assert all(2 <= p <= len(word) - 2 for p in points)
    assert hyphenate(word, language).replace("-", "") == word
    assert hyphenate("verksamhetsmål", language) == "verk-sam-hets-mål"


def test_english_through_pyphen() -> None:
    for language in ("en", "en_GB", "en_US"):
        assert break_points("accessibility", language)
        assert hyphenate("accessibility", language).replace("-", "") == "accessibility"


@pytest.mark.parametrize("language", ["de", "xx", ""])
def test_unknown_languages_give_no_breaks(language: str) -> None:
    assert break_points("kulttuurin", language) == []
    assert hyphenate("kulttuurin", language) == "kulttuurin"
    assert reportlab_hyphenator(language) == ""
    assert reportlab_style_options(language) == {"hyphenationLang": ""}


def test_hyphenator_gives_reportlab_pairs_longest_head_first() -> None:
    hyphenator = reportlab_hyphenator("fi")
    assert isinstance(hyphenator, Hyphenator)
    assert hyphenator("kulttuurin") == [("kulttuu", "rin"), ("kult", "tuurin")]
    assert hyphenator("vapaa-ajan") == [("vapaa-", "ajan"), ("va", "paa-ajan")]
    assert hyphenator("2024") == []
    assert isinstance(reportlab_hyphenator("sv"), Hyphenator)


def _pdf_lines(text: str, language: str, width: float) -> list[str]:
    buffer = io.BytesIO()
    style = ParagraphStyle(
        "narrow", fontName="Helvetica", fontSize=10, leading=12, **reportlab_style_options(language)
    )
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=50, rightMargin=A4[0] - 50 - width, topMargin=50
    )
    document.build([Paragraph(text, style)])
    return [line for line in PdfReader(buffer).pages[0].extract_text().splitlines() if line]


@pytest.mark.parametrize("width", [45, 60, 75, 90])
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "kaupunkiyhteisiin yhteissuunnittelun palvelukokonaisuuskohtaisten"),
        ("fi", "liikkumisohjelma kaupunginosat <b>harrastustoiminta</b> syrjäytymishaasteen"),
        ("sv", "verksamhetsmål fritidssektorn ungdomsverksamheten"),
    ],
)
def test_reportlab_breaks_narrow_columns_only_at_syllables(
    language: str, text: str, width: float
) -> None:
    words = text.replace("<b>", "").replace("</b>", "").split()
    lines = _pdf_lines(text, language, width)
    assert len(lines) > len(words)  # the column is narrow enough to need breaks
    rebuilt: list[str] = []
    open_head = ""
    cuts: list[int] = []  # where the open word was cut, in letters from its start
    for line in lines:
        tokens = line.split()
        if open_head:
            tokens[0] = open_head + tokens[0]
        trailing = tokens[-1].endswith("-")
        if open_head and not (trailing and len(tokens) == 1):
            word = tokens[0]  # the broken word is whole again
            for cut in cuts:  # (a word broken over three lines has two cuts)
                assert cut in break_points(word, language), (word[:cut], word)
            open_head, cuts = "", []
        if trailing:
            open_head = tokens.pop()[:-1]
            cuts.append(len(open_head))
        rebuilt.extend(tokens)
    assert not open_head
    # every word comes back whole: nothing was cut without a hyphen
    assert rebuilt == words


# Voikko's breaks of the seeds' words and of the municipal list (tests/data), written by
# scripts/compare-hyphenation --write-expected, so that these tests do not need Voikko.
EXPECTED = Path(__file__).parent / "data" / "hyphenation_expected_fi.tsv"


def _voikko(word_set: str) -> dict[str, list[int]]:
    words = {}
    for line in EXPECTED.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        name, word, points, _hyphenated = line.split("\t")
        if name == word_set:
            words[word] = [int(p) for p in points.split(",") if p]
    return words


def _wrong(words: dict[str, list[int]]) -> dict[str, str]:
    return {
        word: hyphenate(word, "fi")
        for word, theirs in words.items()
        if set(break_points(word, "fi")) - set(theirs)
    }


def test_no_seed_word_breaks_where_voikko_does_not() -> None:
    words = _voikko("seeds")
    assert len(words) > 900
    assert _wrong(words) == {}


def test_municipal_words_break_wrongly_in_under_one_percent() -> None:
    words = _voikko("municipal")
    assert len(words) > 500
    wrong = _wrong(words)
    assert len(wrong) < 0.01 * len(words), wrong


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # the compounds the syllable rule broke at the wrong letter (issue 13)
        ("käyttöönotto", "käyt-töön-ot-to"),
        ("toteutumisennuste", "to-teu-tu-mis-en-nus-te"),
        ("Saavutettavuusauditointi", "Saa-vu-tet-ta-vuus-au-di-toin-ti"),
        ("kokonaisarkkitehtuuria", "ko-ko-nais-ark-ki-teh-tuu-ria"),
        ("tulosennuste", "tu-los-en-nus-te"),
        ("kaupunginorkesteri", "kau-pun-gin-or-kes-te-ri"),
        ("palveluohjaus", "pal-ve-lu-oh-jaus"),
        ("kaupunkiyhteisiin", "kau-pun-ki-yh-tei-siin"),
        # a diphthong ey before a consonant is not split, a first syllable's uo neither
        ("terveyden", "ter-vey-den"),
        ("Vuosaari", "Vuo-saa-ri"),
        # and the inflections that look like joints stay as they were
        ("toteutumisen", "to-teu-tu-mi-sen"),
        ("teknologia", "tek-no-lo-gia"),
        ("palvelusopimus", "pal-ve-lu-so-pi-mus"),
    ],
)
def test_finnish_compound_joints(word: str, expected: str) -> None:
    assert hyphenate(word, "fi") == expected


@pytest.mark.parametrize(
    ("word", "language", "expected"),
    [
        ("Palautumismittari", "fi", "Palautumis-mittari"),
        ("Toteutuminen", "fi", "Toteutu-minen"),
        ("epävarma", "fi", "epä-varma"),
        ("Ennuste", "fi", "Ennuste"),
        ("Kaupunkistrategian", "fi", "Kaupunki-strate-gian"),
        ("numeerinen", "fi", "numee-rinen"),
        ("Återhämtningsindikator", "sv", "Åter-hämt-nings-indi-kator"),
        ("Indikatorer", "sv", "Indi-katorer"),
    ],
)
def test_titles_and_status_labels_break_where_chosen(
    word: str, language: str, expected: str
) -> None:
    assert hyphenate(word, language) == expected
    assert hyphenate(word.upper(), language) == expected.upper()


@pytest.mark.parametrize(
    ("text", "language", "width", "expected"),
    [
        # (the frame's padding takes 12 pt of the width)
        ("Palautumismittari", "fi", 66, ["Palautumis-", "mittari"]),
        ("Toteutuminen epävarma", "fi", 63, ["Toteutu-", "minen epä-", "varma"]),
        ("Återhämtningsindikator", "sv", 82, ["Återhämtnings-", "indikator"]),
    ],
)
def test_narrow_header_lines(text: str, language: str, width: float, expected: list[str]) -> None:
    assert _pdf_lines(text, language, width) == expected
