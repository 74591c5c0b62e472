"""Unexpected errors in the window reach a dialog with details, not stderr."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from kuva_desktop.errors import InputError
from kuva_desktop.ui import crash


def _capture(monkeypatch) -> list[QMessageBox]:  # type: ignore[no-untyped-def]
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    return shown


def test_a_bug_shows_the_crash_dialog_with_details(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown = _capture(monkeypatch)
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError:
        crash.report(*sys.exc_info())  # type: ignore[arg-type]
    assert len(shown) == 1
    assert "Everything saved so far is kept" in shown[0].text()
    assert "ZeroDivisionError: division by zero" in shown[0].detailedText()


def test_refused_input_shows_only_its_message(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown = _capture(monkeypatch)
    error = InputError("table.empty", path="table.txt")
    crash.report(InputError, error, None)
    assert shown[0].text() == "table.txt: the file is empty"
    assert shown[0].detailedText() == ""


def test_install_routes_uncaught_exceptions(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    crash.install()
    assert sys.excepthook is crash.report
