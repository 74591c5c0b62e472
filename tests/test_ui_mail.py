"""E-mail from the window: packages sent after issuing, reminders and progress in Completeness.

The mail program is QDesktopServices.openUrl, intercepted: the tests read the mailto: URL it
would have been handed, as a mail program does.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from kuva_desktop.editing import Editor, Ref
from kuva_desktop.editing import vocabulary as vocab
from kuva_desktop.exchange.packages import issue_package, merge_paths
from kuva_desktop.ui.main_window import MainWindow
from tests.test_packages_merge import AINO, JUSSI, RIIKKA, YEAR, open_year, submit

pytestmark = pytest.mark.usefixtures("qt_settings")
MIKKO = "Mikko Saarinen"


@pytest.fixture
def ids(database: Any) -> dict[str, str]:
    ids = open_year(database)
    Editor(database).set_field(Ref("round", f"{YEAR}:1"), "deadline", dt.date(2099, 4, 30))
    vocab.save_owner(database, RIIKKA, RIIKKA, None, "LIIKU")  # no e-mail address
    return ids


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """The URLs handed to the system (the mail program, the file manager)."""
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


def mail(url: QUrl) -> tuple[str, str, str]:
    """(to, subject, body) as a mail program reads the URL."""
    encoded = bytes(url.toEncoded().data()).decode("ascii")
    parts = urlsplit(encoded)
    assert parts.scheme == "mailto"
    query = parse_qs(parts.query)
    return unquote(parts.path), query["subject"][0], query["body"][0]


def window_of(qtbot: Any, database: Any, translations: Any) -> MainWindow:
    window = MainWindow(database, translations)
    qtbot.addWidget(window)
    return window


def test_after_issuing_each_owner_gets_a_draft_in_their_language(
    qtbot, database, ids, translations, tmp_path, opened
) -> None:  # type: ignore[no-untyped-def]
    window = window_of(qtbot, database, translations)
    window.menus.coordinator.issue.trigger()
    dialog = window.coordinator_packages.issue_dialog
    dialog.year.setCurrentIndex(dialog.year.findData(YEAR))
    dialog.all_owners.setChecked(True)
    dialog.folder.setText(str(tmp_path))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    issued = dialog.issued_dialog
    qtbot.waitUntil(issued.isVisible)
    assert issued.windowTitle() == "Työpaketit jaettu"

    # Jussi is written to in Swedish: the round, the deadline, the file to attach.
    issued.send_buttons[JUSSI].click()
    to, subject, body = mail(opened[-1])
    package = tmp_path / "kuva-2022-1-jussi-koskinen.kuvapkg"
    assert package.exists()
    assert to == "jussi.koskinen@hel.fi"
    assert subject == "Bindande verksamhetsmål, Prognos 1/2022: ditt arbetspaket"
    assert body.startswith("Hej Jussi Koskinen,\r\n\r\n")
    assert "(Prognos 1/2022)" in body and "senast 30.4.2099." in body
    assert body.endswith(f"Bilaga: {package}")

    # Aino in Finnish.
    issued.send_buttons[AINO].click()
    to, subject, body = mail(opened[-1])
    assert to == "aino.lehtinen@hel.fi"
    assert subject == "Sitovat toiminnan tavoitteet, Ennuste 1/2022: työpakettisi"
    assert "viimeistään 30.4.2099." in body
    assert body.endswith(f"Liite: {tmp_path / 'kuva-2022-1-aino-lehtinen.kuvapkg'}")

    # Riikka has no address: the button says why and opens nothing.
    riikka = issued.send_buttons[RIIKKA]
    assert not riikka.isEnabled()
    assert riikka.toolTip() == (
        "Vastuuhenkilöllä Riikka Heikkilä ei ole sähköpostiosoitetta: lisää se kohdassa "
        "Tiedosto → Vastuuhenkilöt ja kytkeytymiset…"
    )
    count = len(opened)
    qtbot.mouseClick(riikka, Qt.MouseButton.LeftButton)
    assert len(opened) == count

    issued.open_folder_button.click()
    assert opened[-1] == QUrl.fromLocalFile(str(tmp_path))
    issued.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert not issued.isVisible()


def test_no_mail_program_puts_the_draft_on_the_clipboard(
    qtbot, database, ids, translations, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    window = window_of(qtbot, database, translations)
    window.menus.coordinator.issue.trigger()
    dialog = window.coordinator_packages.issue_dialog
    dialog.year.setCurrentIndex(dialog.year.findData(YEAR))
    dialog.owners.item(0).setCheckState(Qt.CheckState.Checked)  # Aino
    dialog.folder.setText(str(tmp_path))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    dialog.issued_dialog.send_buttons[AINO].click()
    assert told and "leikepöydällä" in told[0]
    clipboard = QGuiApplication.clipboard().text()
    assert clipboard.startswith("aino.lehtinen@hel.fi\nSitovat toiminnan tavoitteet")


def test_completeness_shows_progress_per_owner_and_reminds_who_has_not_sent(
    qtbot, qtmodeltester, database, ids, translations, tmp_path, opened
) -> None:  # type: ignore[no-untyped-def]
    a, b = ids["A"], ids["B"]
    aino = issue_package(database, YEAR, "1", AINO, tmp_path).path
    issue_package(database, YEAR, "1", JUSSI, tmp_path)
    merge_paths(database, [submit(aino, {(a, "status"): "on_track"})])

    window = window_of(qtbot, database, translations)
    window.menus.coordinator.completeness.trigger()
    view = window.coordinator_packages.completeness_dialog
    panel = view.owners
    assert view.tabs.currentWidget() is panel
    assert view.tabs.tabText(view.TAB_OWNERS) == "Vastuu&henkilöittäin"
    qtmodeltester.check(panel.model)
    model = panel.model

    def shown() -> dict[str, list[str]]:
        return {
            model.rows[r].owner: [model.data(model.index(r, c)) for c in range(1, 4)]
            for r in range(model.rowCount())
        }

    rows = shown()
    assert rows[AINO][0] == "1 / 1" and rows[AINO][1].startswith("vastaanotettu ")
    assert rows[JUSSI] == ["0 / 1", "ei lähetetty", "svenska"]
    assert rows[MIKKO] == ["1 / 1", "ei jaettu", "suomi"]  # Aino filled their shared metric
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Mittareita täytetty"
    assert "Lähettänyt: 1 / 4 vastuuhenkilöä" in panel.totals.text()
    jussi = list(rows).index(JUSSI)
    tip = model.data(model.index(jussi, 1), Qt.ItemDataRole.ToolTipRole)
    metric_b = next(
        mt.text_fi for mt in _metrics(database) if mt.id == b
    )  # the metric without a value is named
    assert " ".join(metric_b.split())[:40] in " ".join(tip.split())

    # Only those who have not sent; the reason beside the button until one is chosen.
    panel.only_not_sent.click()
    assert sorted(shown()) == [JUSSI, MIKKO, RIIKKA]
    assert not panel.remind.isEnabled()
    assert panel.reason.text() == "Valitse vastuuhenkilö, jota muistutetaan."
    _click_row(qtbot, panel, RIIKKA)
    assert not panel.remind.isEnabled() and "ei ole sähköpostiosoitetta" in panel.reason.text()

    _click_row(qtbot, panel, JUSSI)
    assert panel.remind.isEnabled() and panel.reason.text() == ""
    panel.remind.click()
    to, subject, body = mail(opened[-1])
    assert to == "jussi.koskinen@hel.fi"
    assert subject == "Påminnelse: bindande verksamhetsmål, Prognos 1/2022"
    assert "Dessa indikatorer saknar ännu uppgifter:\r\n- " in body
    assert " ".join(metric_b.split())[:40] in body.replace("\r\n", " ")
    assert body.endswith("Skicka den senast 30.4.2099.")


def test_a_round_where_everyone_has_sent_has_no_one_to_remind(
    qtbot, database, ids, translations, tmp_path, opened
) -> None:  # type: ignore[no-untyped-def]
    window = window_of(qtbot, database, translations)
    aino = issue_package(database, YEAR, "1", AINO, tmp_path).path
    merge_paths(database, [submit(aino, {(ids["A"], "comment"): "Kommentti"})])
    window.menus.coordinator.completeness.trigger()
    panel = window.coordinator_packages.completeness_dialog.owners
    _click_row(qtbot, panel, AINO)
    assert not panel.remind.isEnabled()
    assert (
        panel.reason.text()
        == "Vastuuhenkilö Aino Lehtinen on lähettänyt palautuksen tälle kierrokselle."
    )
    panel.only_not_sent.click()
    assert AINO not in [r.owner for r in panel.model.rows]
    assert not opened


def _click_row(qtbot: Any, panel: Any, owner: str) -> None:
    row = [r.owner for r in panel.model.rows].index(owner)
    rect = panel.table.visualRect(panel.model.index(row, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _metrics(database: Any) -> list[Any]:
    from sqlalchemy import select

    from kuva_desktop.storage import models as m

    with database.reader() as session:
        return list(session.scalars(select(m.Metric)))


def test_no_one_is_reminded_of_a_round_that_is_not_open(
    qtbot, database, ids, translations, opened
) -> None:  # type: ignore[no-untyped-def]
    Editor(database).set_field(Ref("round", f"{YEAR}:1"), "state", "closed")
    window = window_of(qtbot, database, translations)
    window.menus.coordinator.completeness.trigger()
    view = window.coordinator_packages.completeness_dialog
    view.round.setCurrentIndex(view.round.findData("1"))
    panel = view.owners
    _click_row(qtbot, panel, JUSSI)
    assert not panel.remind.isEnabled()
    assert panel.reason.text() == (
        "Kierros ei ole avoinna: vastuuhenkilöt eivät voi lähettää sille palautuksia."
    )
    panel.remind.click()
    assert not opened
