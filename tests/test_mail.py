"""E-mail drafts to owners: the mailto: URL, its encoding and length, the texts per language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from kuva_desktop.exchange.packages.mail import (
    MAX_LISTED,
    MAX_URL,
    mailto_url,
    package_draft,
    reminder_draft,
)

TODAY = dt.date(2022, 4, 1)
DEADLINE = dt.date(2022, 4, 30)


def fields(url: str) -> tuple[str, dict[str, str]]:
    """The address and the decoded subject and body, as a mail program reads them."""
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
    return unquote(parts.path), query


def test_special_characters_are_percent_encoded() -> None:
    url = mailto_url(
        "åsa.öst+kuva@hel.fi",
        "Ennuste 1/2022: mittarit & muut?",
        "Hei Åsa,\nä ö å & ? = # %\n\nLiite: C:\\Kuva\\paketti.kuvapkg",
    )
    assert url == (
        "mailto:%C3%A5sa.%C3%B6st+kuva@hel.fi"
        "?subject=Ennuste%201%2F2022%3A%20mittarit%20%26%20muut%3F"
        "&body=Hei%20%C3%85sa%2C%0D%0A%C3%A4%20%C3%B6%20%C3%A5%20%26%20%3F%20%3D%20%23%20%25"
        "%0D%0A%0D%0ALiite%3A%20C%3A%5CKuva%5Cpaketti.kuvapkg"
    )
    assert url.isascii() and " " not in url and "\n" not in url
    to, query = fields(url)
    assert to == "åsa.öst+kuva@hel.fi"
    assert query["subject"] == "Ennuste 1/2022: mittarit & muut?"
    assert query["body"] == "Hei Åsa,\r\nä ö å & ? = # %\r\n\r\nLiite: C:\\Kuva\\paketti.kuvapkg"


def test_a_subject_is_one_line_and_windows_line_breaks_are_not_doubled() -> None:
    _, query = fields(mailto_url("a@hel.fi", "yksi\nrivi", "a\r\nb\rc"))
    assert query == {"subject": "yksi rivi", "body": "a\r\nb\r\nc"}


def test_a_long_body_is_cut_to_the_limit_on_a_whole_character() -> None:
    body = "ääkköset " * 400
    url = mailto_url("a@hel.fi", "S", body)
    assert len(url) <= MAX_URL
    _, query = fields(url)  # no half of a UTF-8 sequence: it decodes
    assert query["body"].endswith("…") and body.startswith(query["body"][:-1])
    assert len(mailto_url("a@hel.fi", "S", body, limit=None)) > MAX_URL


def test_the_package_mail_in_finnish_and_swedish() -> None:
    path = Path("/home/koordinaattori/paketit/kuva-2022-1-aino-lehtinen.kuvapkg")
    common = {
        "to": "aino.lehtinen@hel.fi",
        "name": "Aino Lehtinen",
        "year": 2022,
        "round_key": "1",
        "deadline": DEADLINE,
        "file": path,
        "today": TODAY,
    }
    fi = package_draft(language="fi", **common)  # type: ignore[arg-type]
    assert fi.subject == "Sitovat toiminnan tavoitteet, Ennuste 1/2022: työpakettisi"
    assert fi.body.startswith("Hei Aino Lehtinen,\n\n")
    assert "(Ennuste 1/2022)" in fi.body and "viimeistään 30.4.2022." in fi.body
    assert fi.body.endswith(f"Liite: {path}")
    sv = package_draft(language="sv", **common)  # type: ignore[arg-type]
    assert sv.subject == "Bindande verksamhetsmål, Prognos 1/2022: ditt arbetspaket"
    assert "senast 30.4.2022." in sv.body and sv.body.endswith(f"Bilaga: {path}")
    to, query = fields(sv.url)
    assert to == "aino.lehtinen@hel.fi" and query["body"] == sv.body.replace("\n", "\r\n")


def test_the_deadline_passed_or_none() -> None:
    common = {"to": "a@hel.fi", "name": "A", "year": 2022, "file": Path("p")}
    late = package_draft(
        language="fi", round_key="1", deadline=DEADLINE, today=dt.date(2022, 5, 2), **common
    )  # type: ignore[arg-type]
    assert "mahdollisimman pian (määräaika oli 30.4.2022)" in late.body
    final = package_draft(language="sv", round_key="final", deadline=None, **common)  # type: ignore[arg-type]
    assert final.subject == "Bindande verksamhetsmål, Utfall 2022: ditt arbetspaket"
    assert "så snart som möjligt." in final.body


def test_a_reminder_names_the_missing_metrics_and_the_deadline() -> None:
    draft = reminder_draft(
        to="jussi.koskinen@hel.fi",
        name="Jussi Koskinen",
        language="sv",
        year=2022,
        round_key="2",
        deadline=DEADLINE,
        missing=["Barns och ungas\nhobbyer", "Bibliotekets besökare"],
        today=TODAY,
    )
    assert draft.subject == "Påminnelse: bindande verksamhetsmål, Prognos 2/2022"
    assert draft.body == (
        "Hej Jussi Koskinen,\n\ndin inlämning för uppföljningen av de bindande verksamhetsmålen "
        "(Prognos 2/2022) har ännu inte kommit till mig.\n\nDessa indikatorer saknar ännu "
        "uppgifter:\n- Barns och ungas hobbyer\n- Bibliotekets besökare\n\nSkicka den senast "
        "30.4.2022."
    )
    nothing = reminder_draft(
        to="a@hel.fi", name="A", language="fi", year=2022, round_key="1", deadline=None, missing=[]
    )
    assert "Mittareillasi on jo tiedot" in nothing.body and "mahdollisimman pian" in nothing.body


def test_a_long_list_of_missing_metrics_ends_with_and_k_more_under_the_limit() -> None:
    many = [f"Mittari {i}: " + "ääöö " * 20 for i in range(40)]
    draft = reminder_draft(
        to="a@hel.fi",
        name="A",
        language="fi",
        year=2022,
        round_key="1",
        deadline=None,
        missing=many,
    )
    assert len(draft.url) <= MAX_URL
    listed = [line for line in draft.body.splitlines() if line.startswith("- Mittari")]
    assert 0 < len(listed) < MAX_LISTED  # fewer than ten, so that the URL fits
    assert f"ja {40 - len(listed)} muuta" in draft.body
    assert all(len(line) <= 92 and line.endswith("…") for line in listed)
    assert not draft.body.endswith("…")  # the list was shortened, not the body

    few = reminder_draft(
        to="a@hel.fi",
        name="A",
        language="en",
        year=2022,
        round_key="1",
        deadline=None,
        missing=[f"M{i}" for i in range(12)],
    )
    assert "- M9\nand 2 more\n" in few.body and "- M10" not in few.body
