"""The window in Finnish and in Swedish: every message a situation shows is in that language.

One coordinator's window, switched through fi and sv from View → Language, meets the situations
that show messages from below the UI: each refusal of a submission (the import's dry run), a
conflict (the merge, the conflict dialog), an invalid field (an edited value the rules refuse), a
locked round (the form, a submission for it), a damaged file (a work package that will not open),
and the history of a merged entry. Each shown text is compared with the expected Finnish and
Swedish text.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kuva_desktop.editing import Editor, Ref
from kuva_desktop.exchange.packages import issue_package
from kuva_desktop.ui.history_panel import COLUMN_SOURCE, COLUMN_WHAT, COLUMN_WHEN
from kuva_desktop.ui.main_window import MainWindow
from kuva_desktop.ui.tree_nodes import METRIC
from kuva_desktop.ui.tree_nodes import YEAR as YEAR_NODE
from tests.test_packages_merge import (
    AINO,
    JUSSI,
    RIIKKA,
    YEAR,
    _set_status,
    open_year,
    package_key,
    resign,
    submit,
)

pytestmark = pytest.mark.usefixtures("qt_settings")

# 30.4.2022 14.05: Finland's conventions in Finnish and in Swedish alike.
DATE_TIME = r"\d{1,2}\.\d{1,2}\.20\d\d \d{1,2}\.\d\d"
FILE_MENU = {"fi": "Tie&dosto", "sv": "Arki&v"}


def short(text: str, width: int = 50) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


def choose_language(window: MainWindow, language: str) -> None:
    """View → Language → Suomi / Svenska, as a person does it."""
    menu = window.menus.language_menu
    action = next(a for a in menu.actions() if a.data() == language)
    action.trigger()
    assert window.menus.file.title() == FILE_MENU[language]


@pytest.fixture
def world(qtbot: Any, database: Any, translations: Any, tmp_path: Path) -> dict[str, Any]:
    """2022 open; Riikka's and Aino's submissions; Aino's meets the coordinator's own edit; six
    files that are refused, each for its own reason."""
    ids = open_year(database)
    a, c = ids["A"], ids["C"]
    riikka = issue_package(database, YEAR, "1", RIIKKA, tmp_path).path
    aino = issue_package(database, YEAR, "1", AINO, tmp_path).path
    jussi = issue_package(database, YEAR, "1", JUSSI, tmp_path).path
    Editor(database, who="coordinator").set_field(Ref.entry(a, "1"), "status", "on_track")
    good = submit(
        riikka, {(c, "status"): "on_track", (c, "numeric"): "1200"}, tmp_path / "riikka.kuvasub"
    )
    conflicting = submit(
        aino,
        {(a, "status"): "off_track", (a, "comment"): "Riskit: rahoitus."},
        tmp_path / "aino.kuvasub",
    )
    late = submit(jussi, {(ids["B"], "status"): "on_track"}, tmp_path / "jussi.kuvasub")
    data = good.read_bytes()
    key = package_key(riikka)
    refused = tmp_path / "refused"
    refused.mkdir()
    one_byte = bytearray(data)
    one_byte[data.index(b'"on_track"') + 2] ^= 0x01
    files = {
        "lähetys (2).kuvasub": bytes(one_byte),
        "paketti.kuvasub": riikka.read_bytes(),
        "kuva.kuvasub": b"\x89PNG\r\n\x1a\n" + bytes(100),
        "muutettu.kuvasub": resign(data, None, lambda content: content.update(sequence=7)),
        "vuosi.kuvasub": resign(data, key, lambda content: content.update(year=2023)),
        "tila.kuvasub": resign(data, key, lambda content: _set_status(content, "Vihreä")),
    }
    for name, content in files.items():
        (refused / name).write_bytes(content)
    damaged = tmp_path / "rikki.kuvapkg"
    package = bytearray(riikka.read_bytes())
    package[package.index(b'"owner"') + 2] ^= 0x01
    damaged.write_bytes(bytes(package))
    with database.reader() as session:
        from kuva_desktop.storage import models as m

        metric_a = session.get(m.Metric, a).text_fi
        metric_c = session.get(m.Metric, c).text_fi
    window = MainWindow(database, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return {
        "window": window,
        "ids": ids,
        "good": good,
        "conflicting": conflicting,
        "late": late,
        "refused": [refused / name for name in files],
        "damaged": damaged,
        "metric_a": short(metric_a),
        "metric_c": short(metric_c),
    }


def choose_files(monkeypatch: Any, paths: list[Path]) -> None:
    chosen = ([str(p) for p in paths], "")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_args, **_kw: chosen)


def dry_run(qtbot: Any, window: MainWindow, monkeypatch: Any, paths: list[Path]) -> tuple[str, str]:
    """File → Import submissions…, the files chosen: the dry run's question, its text and
    details; then Cancel."""
    choose_files(monkeypatch, paths)
    window.menus.coordinator.import_submissions.trigger()
    importer = window.coordinator_packages.submission_import
    qtbot.waitUntil(lambda: importer.confirm_box is not None and importer.confirm_box.isVisible())
    box = importer.confirm_box
    shown = box.text(), box.detailedText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    importer.confirm_box = None
    return shown


def open_locked_round(qtbot: Any, window: MainWindow) -> str:
    """2021's first metric, View → Year overview, Enter on its round 1 cell: the round form."""
    from PySide6.QtCore import Qt

    year = window.model.node(window.model.find(YEAR_NODE, 2021))
    metric = year.children[0].children[0].children[0]
    window.tree.setCurrentIndex(window.model.find(METRIC, metric.key))
    window.menus.overview.trigger()
    view = window.overview.view
    model = window.overview.model
    view.setCurrentIndex(model.index(0, model.column_of("round", "1")))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.forms.current == ("round", f"{metric.parent.key}:1")
    return str(window.forms.round_form.top.locked.text())


def warnings(monkeypatch: Any) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *_a: shown.append((title, text))
    )
    return shown


REFUSED = {
    "fi": [
        "lähetys (2).kuvasub: puutteellinen tai vahingoittunut (sisältö ei vastaa "
        "tarkistussummaansa: vahingoittunut tai muokattu)",
        "paketti.kuvasub: työpaketti, ei palautus (lähetä sen sijaan tallennettu palautus)",
        "kuva.kuvasub: ei Kuvan työpaketti eikä palautus (ei JSON-asiakirja)",
        "muutettu.kuvasub: muutettu kirjoittamisen jälkeen (allekirjoitus ei täsmää)",
        "vuosi.kuvasub: eri vuodelle, kierrokselle tai vastuuhenkilölle kuin sen työpaketti "
        "(Riikka Heikkilä, 2023 kierros 1; työpaketti jaettiin vastuuhenkilölle Riikka "
        "Heikkilä, 2022 kierros 1)",
        "tila.kuvasub: arvo, jota säännöt eivät salli (mittari ”{metric_c}”, tila: "
        "tuntematon tila 'Vihreä')",
    ],
    "sv": [
        "lähetys (2).kuvasub: ofullständig eller skadad (innehållet stämmer inte med sin "
        "kontrollsumma: skadat eller redigerat)",
        "paketti.kuvasub: ett arbetspaket, inte en inlämning (skicka den sparade inlämningen "
        "i stället)",
        "kuva.kuvasub: varken ett arbetspaket eller en inlämning från Kuva (inte ett "
        "JSON-dokument)",
        "muutettu.kuvasub: ändrad efter att den skrevs (signaturen stämmer inte)",
        "vuosi.kuvasub: för ett annat år, en annan omgång eller ansvarsperson än dess "
        "arbetspaket (Riikka Heikkilä, 2023 omgång 1; arbetspaketet delades ut till Riikka "
        "Heikkilä för 2022 omgång 1)",
        "tila.kuvasub: ett värde som reglerna inte tillåter (indikatorn ”{metric_c}”, status: "
        "okänd status 'Vihreä')",
    ],
}
DRY_RUN = {
    "fi": (
        "2 kirjausta tuodaan, 1 ristiriita, 6 tiedostoa hylätty.\n\nHylätyt:\n",
        [
            "riikka.kuvasub (Riikka Heikkilä): yhdistetään",
            "aino.kuvasub (Aino Lehtinen): ristiriidassa",
            "lähetys (2).kuvasub: hylätty",
            "Tuodaan: Aino Lehtinen · {metric_a} · kierros 1 · Kommentit",
            "Tuodaan: Riikka Heikkilä · {metric_c} · kierros 1 · Tila, Numeerinen ennuste",
            "Ristiriita: Aino Lehtinen · {metric_a} · kierros 1 · Tila",
        ],
    ),
    "sv": (
        "2 poster förs in, 1 konflikt, 6 filer avvisade.\n\nAvvisade:\n",
        [
            "riikka.kuvasub (Riikka Heikkilä): sammanfogas",
            "aino.kuvasub (Aino Lehtinen): i konflikt",
            "lähetys (2).kuvasub: avvisat",
            "Förs in: Aino Lehtinen · {metric_a} · omgång 1 · Kommentarer",
            "Förs in: Riikka Heikkilä · {metric_c} · omgång 1 · Status, Numerisk prognos",
            "Konflikt: Aino Lehtinen · {metric_a} · omgång 1 · Status",
        ],
    ),
}
MERGED = {
    "fi": "2 kirjausta tuotu, 1 ristiriita ratkaistavana, 0 tiedostoa hylätty.",
    "sv": "2 poster införda, 1 konflikt att lösa, 0 filer avvisade.",
}
CONFLICT = {
    "fi": ("Aino Lehtinen · Ennuste 1/2022 · Tila · vastaanotettu ", "Toteutuu", "Ei toteudu"),
    "sv": ("Aino Lehtinen · Prognos 1/2022 · Status · mottaget ", "Uppnås", "Uppnås inte"),
}
LOCKED_FORM = {
    "fi": "Kierros 1/2021 on lukittu: mitään ei voi muuttaa.",
    "sv": "Omgång 1/2021 är låst: ingenting kan ändras.",
}
LOCKED_SUBMISSION = {
    "fi": "jussi.kuvasub: lukitulle kierrokselle (vuoden 2022 kierros 1 on lukittu)",
    "sv": "jussi.kuvasub: för en låst omgång (2022 omgång 1 är låst)",
}
DAMAGED = {
    "fi": (
        "Työpakettia ei avattu",
        "{path}: puutteellinen tai vahingoittunut (sisältö ei vastaa tarkistussummaansa: "
        "vahingoittunut tai muokattu)",
    ),
    "sv": (
        "Arbetspaketet öppnades inte",
        "{path}: ofullständig eller skadad (innehållet stämmer inte med sin kontrollsumma: "
        "skadat eller redigerat)",
    ),
}
HISTORY = {
    "fi": ("Vastuuhenkilön Riikka Heikkilä palautus", "Ennuste 1/2022: Luotu"),
    "sv": ("Inlämning av Riikka Heikkilä", "Prognos 1/2022: Skapad"),
}


def test_every_message_of_the_window_speaks_finnish_and_swedish(qtbot, world, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = world["window"]
    names = {"metric_a": world["metric_a"], "metric_c": world["metric_c"]}
    everything = [world["good"], world["conflicting"], *world["refused"]]

    # Each refusal of a submission, and what the dry run would do, before anything is merged.
    for language in ("fi", "sv"):
        choose_language(window, language)
        text, details = dry_run(qtbot, window, monkeypatch, everything)
        summary, lines = DRY_RUN[language]
        assert text == summary + "\n".join(r.format(**names) for r in REFUSED[language])
        for line in lines:
            assert line.format(**names) in details.splitlines(), (line, details)

    # The merge, in Swedish: its summary; closed, the conflicts come side by side.
    choose_files(monkeypatch, [world["good"], world["conflicting"]])
    window.menus.coordinator.import_submissions.trigger()
    importer = window.coordinator_packages.submission_import
    qtbot.waitUntil(lambda: importer.confirm_box is not None and importer.confirm_box.isVisible())
    importer.confirm_box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: importer.summary_box is not None and importer.summary_box.isVisible())
    assert importer.summary_box.text() == MERGED["sv"]
    importer.summary_box.button(QMessageBox.StandardButton.Close).click()
    assert (
        window.coordinator_packages.conflict_dialog is not None
        and window.coordinator_packages.conflict_dialog.isVisible()
    )
    window.coordinator_packages.conflict_dialog.close_button.click()

    shown = warnings(monkeypatch)
    for language in ("fi", "sv"):
        choose_language(window, language)
        # A conflict, side by side: Edit → Resolve conflicts…
        window.menus.coordinator.conflicts.trigger()
        dialog = window.coordinator_packages.conflict_dialog
        assert dialog is not None and dialog.isVisible()
        where, ours, theirs = CONFLICT[language]
        dialog.listing.setCurrentRow(0)
        assert re.fullmatch(re.escape(where) + DATE_TIME, dialog.where.text()), dialog.where.text()
        assert (dialog.ours.toPlainText(), dialog.theirs.toPlainText()) == (ours, theirs)
        # A status conflict is settled from the round's own statuses: nothing invalid to type.
        assert dialog.edited_status.isVisible() and not dialog.edited.isVisible()
        dialog.close_button.click()
        # The history of the merged entry: who, from where, when.
        window.tree.setCurrentIndex(window.model.find(METRIC, world["ids"]["C"]))
        model = window.history.model
        rows = [
            [model.data(model.index(r, col)) for col in (COLUMN_SOURCE, COLUMN_WHAT, COLUMN_WHEN)]
            for r in range(model.rowCount())
        ]
        source, what = HISTORY[language]
        merged = [row for row in rows if row[0] == source]
        assert [row[1] for row in merged] == [what], rows
        assert all(re.fullmatch(DATE_TIME, row[2]) for row in merged), merged
        # A damaged file: a work package that will not open.
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(world["damaged"]), "")
        )
        window.menus.open_package.trigger()
        title, text = DAMAGED[language]
        assert shown.pop() == (title, text.format(path=world["damaged"]))
        # A locked round: its form, opened from the year overview, says so.
        assert open_locked_round(qtbot, window) == LOCKED_FORM[language]

    # A locked round: a submission for it is refused.
    Editor(world["window"].database).set_field(Ref("round", f"{YEAR}:1"), "state", "locked")
    for language in ("fi", "sv"):
        choose_language(window, language)
        text, _details = dry_run(qtbot, window, monkeypatch, [world["late"]])
        assert text.endswith("\n" + LOCKED_SUBMISSION[language]), text


def test_nothing_in_the_window_takes_a_message_apart() -> None:
    """A refusal reaches the window as a code and its parameters; no UI code cuts a sentence to
    find its parts again (which broke on a file named "lähetys (2).kuvasub")."""
    import ast

    ui = Path(__file__).resolve().parent.parent / "kuva_desktop" / "ui"
    cutting = {"split", "rsplit", "partition", "rpartition", "removeprefix", "removesuffix"}
    found = []
    for path in sorted(ui.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in cutting and not (
                isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
            ):
                continue
            names = {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)}
            names |= {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
            if names & {"message", "error", "refusal", "detail"}:
                found.append(f"{path.name}:{node.lineno}")
    assert not found, found


def test_a_broken_rule_in_the_merge_details_speaks_the_ui_language(translations) -> None:  # type: ignore[no-untyped-def]
    from kuva_desktop.exchange.packages.merge import FileResult, MergeReport, RuleWarning
    from kuva_desktop.ui.package_texts import merge_details

    report = MergeReport(
        files=[FileResult("/tmp/lähetys (2).kuvasub", "merged", RIIKKA, late=True)],
        warnings=[RuleWarning(RIIKKA, "Asiakastyytyväisyys %2 paranee", "1", "comment_required")],
    )
    assert merge_details(report, "fi").splitlines() == [
        "lähetys (2).kuvasub (Riikka Heikkilä): yhdistetty, myöhässä",
        "Varoitus: Riikka Heikkilä · Asiakastyytyväisyys %2 paranee · kierros 1: sääntö 2: "
        "Epävarma tai toteutumaton ennuste tarvitsee kommentin syystä",
    ]
    translations.set_language("sv")
    assert merge_details(report, "sv").splitlines()[1] == (
        "Varning: Riikka Heikkilä · Asiakastyytyväisyys %2 paranee · omgång 1: regel 2: "
        "Osäker eller ej uppnådd prognos kräver en kommentar om orsaken"
    )
