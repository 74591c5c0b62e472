"""The translation files: complete, in step with the code, and compiled.

Fails when a ``.ts`` has an unfinished or missing translation, when a string marked in the code is
not in the ``.ts`` (or the ``.ts`` keeps one the code no longer has), or when a committed ``.qm`` is
stale against its ``.ts``. ``scripts/update-translations`` fixes the last two; the first needs a
translator.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "kuva_desktop" / "ui"
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("fi", "sv")
BIN = Path(sys.executable).parent
BAD_TYPES = {"unfinished", "vanished", "obsolete"}


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"kuva_desktop_{language}.ts"


def tool(name: str) -> str:
    path = BIN / name
    found = str(path) if path.exists() else shutil.which(name)
    assert found, f"{name} not found next to {sys.executable} nor on PATH"
    return found


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → the <translation> element of every message of a .ts file."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: {name}: a message without translation"
            found[(name, message.findtext("source") or "")] = translation
    return found


def texts(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of a %n message."""
    forms = [form.text or "" for form in translation.findall("numerusform")]
    return forms or [translation.text or ""]


def run_lupdate(target: Path, language: str) -> None:
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *("-no-obsolete", "-locations", "none", "-source-language", "en"),
            *("-target-language", language, *sources, "-ts", str(target)),
        ],
        check=True,
        capture_output=True,
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    path = ts_file(language)
    found = messages(path)
    assert found, f"{path.name}: no messages"
    assert ET.parse(path).getroot().get("language") == language
    problems = [
        f"{context}: {source!r}"
        + (f" is {tr.get('type')}" if tr.get("type") in BAD_TYPES else " has no translation")
        for (context, source), tr in found.items()
        if tr.get("type") in BAD_TYPES or not all(text.strip() for text in texts(tr))
    ]
    assert not problems, f"{path.name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_mnemonics(language: str) -> None:
    for (context, source), translation in messages(ts_file(language)).items():
        for text in texts(translation):
            where = f"{language}: {context}: {source!r} → {text!r}"
            assert sorted(re.findall(r"%[\dn]", source)) == sorted(re.findall(r"%[\dn]", text)), (
                where
            )
            assert source.count("&") == text.count("&"), where


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_has_every_string_of_the_code(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"kuva_desktop_{language}.ts"
    run_lupdate(fresh, language)
    in_code = set(messages(fresh))
    committed = set(messages(ts_file(language)))
    assert in_code, "lupdate found no strings"
    assert not in_code - committed, "not in the .ts; run scripts/update-translations"
    assert not committed - in_code, (
        "in the .ts but not in the code; run scripts/update-translations"
    )


def _marked_strings(path: Path) -> list[tuple[str, str, int]]:
    """(context, text, line) of every tr / translate / QT_TRANSLATE_NOOP call with literals.

    ast sees calls inside f-strings, which lupdate does not: a ``tr()`` there would go
    untranslated without any tool noticing.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for cls in ast.walk(tree):
        if not isinstance(cls, ast.ClassDef | ast.Module):
            continue
        context = cls.name if isinstance(cls, ast.ClassDef) else None
        body_calls = [n for n in ast.walk(cls) if isinstance(n, ast.Call)]
        for call in body_calls:
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = call.args
            if name == "tr" and context and args:
                assert isinstance(args[0], ast.Constant), (
                    f"{path.name}:{call.lineno}: tr() of a computed string"
                )
                found.append((context, args[0].value, call.lineno))
            # translate() of a variable is the second half of a QT_TRANSLATE_NOOP table.
            elif name in ("translate", "QT_TRANSLATE_NOOP") and all(
                isinstance(a, ast.Constant) for a in args[:2]
            ):
                found.append((args[0].value, args[1].value, call.lineno))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_marked_string_escapes_lupdate(language: str) -> None:
    committed = set(messages(ts_file(language)))
    missing = [
        f"{path.name}:{line}: {context}: {text!r}"
        for path in sorted(UI.rglob("*.py"))
        for context, text, line in _marked_strings(path)
        if (context, text) not in committed
    ]
    assert not missing, "marked in the code but not in the .ts (inside an f-string?):\n" + (
        "\n".join(missing)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_is_compiled_from_the_ts(language: str, tmp_path: Path) -> None:
    committed = TRANSLATIONS / f"kuva_desktop_{language}.qm"
    fresh = tmp_path / committed.name
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file(language)), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert committed.exists(), f"{committed.name} missing; run scripts/update-translations"
    assert committed.read_bytes() == fresh.read_bytes(), (
        f"{committed.name} is stale; run scripts/update-translations --release"
    )


@pytest.mark.parametrize(("language", "expected"), [("fi", "Tie&dosto"), ("sv", "Arki&v")])
def test_qm_loads_and_translates(qapp, language: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    from kuva_desktop.resources import translations_path

    translator = QTranslator()
    assert translator.load(f"kuva_desktop_{language}", str(translations_path()))
    assert translator.translate("Menus", "&File") == expected


# Qt's own dialogs. qtbase_fi.qm lacks some strings that the non-native dialogs show ("&Look in:",
# "Files of &type:", "Folder"); translations/qt_extra_fi.ts supplies them.

QT_EXTRA = ("qt_extra_fi", "qt_extra_sv")
# The same word in English and in the language, by design.
SAME_WORD = {"OK", "Alias", "%p%", "Kuva"}  # Kuva: our own title and text


def qt_extra_ts(catalog: str) -> Path:
    return TRANSLATIONS / f"{catalog}.ts"


@pytest.mark.parametrize("catalog", QT_EXTRA)
def test_the_qt_extra_catalogue_is_translated_and_compiled(catalog: str, tmp_path: Path) -> None:
    found = messages(qt_extra_ts(catalog))
    assert found
    assert all(tr.get("type") is None and (tr.text or "").strip() for tr in found.values())
    fresh = tmp_path / f"{catalog}.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(qt_extra_ts(catalog)), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert (TRANSLATIONS / f"{catalog}.qm").read_bytes() == fresh.read_bytes(), (
        f"{catalog}.qm is stale; run scripts/update-translations --release"
    )


def _shown_texts(dialog: Any) -> dict[tuple[str, int], str]:
    """What a Qt dialog shows in words: labels, group titles, buttons and their tips, combo
    entries, table headers, actions (menus), keyed by where they are."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QWidget,
    )

    found: dict[tuple[str, int], str] = {}

    def add(where: str, text: str) -> None:
        index = sum(1 for key in found if key[0] == where)
        found[(where, index)] = text

    add("title", dialog.windowTitle())
    for widget in dialog.findChildren(QWidget):
        name = f"{type(widget).__name__}:{widget.objectName()}"
        if isinstance(widget, QLabel):
            add(name, widget.text())
        elif isinstance(widget, QGroupBox):
            add(name, widget.title())
        elif isinstance(widget, QAbstractButton):
            add(name, widget.text())
            add(name + ":tip", widget.toolTip())
        elif isinstance(widget, QComboBox) and widget.objectName() != "lookInCombo":  # paths
            for row in range(widget.count()):
                add(name, widget.itemText(row))
        elif isinstance(widget, QAbstractItemView) and widget.objectName() == "treeView":
            model = widget.model()
            for column in range(model.columnCount()):
                add(name, model.headerData(column, Qt.Orientation.Horizontal))
            root = widget.rootIndex()
            for row in range(model.rowCount(root)):
                if model.data(model.index(row, 0, root)) == "folder":  # its type: "Folder"
                    add(name, model.data(model.index(row, 2, root)))
        elif isinstance(widget, QAbstractItemView) and widget.objectName() == "sidebar":
            model = widget.model()
            add(name, model.data(model.index(0, 0)))  # "Computer"
    for action in dialog.findChildren(QAction):
        add(f"action:{action.objectName()}", action.text())
    return {key: text for key, text in found.items() if text and re.search(r"[A-Za-z]", text)}


def _dialog(kind: str, folder: Path, printer: Any) -> Any:
    from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    if kind in ("open", "save"):
        dialog = QFileDialog(None, "Kuva", str(folder))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        if kind == "save":
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        return dialog
    if kind == "message":
        buttons = QMessageBox.StandardButton
        every = (
            buttons.Yes | buttons.No | buttons.Ok | buttons.Cancel | buttons.Close | buttons.Save
        ) | (buttons.Discard | buttons.Apply | buttons.Retry | buttons.Ignore | buttons.Abort)
        box = QMessageBox(QMessageBox.Icon.Warning, "Kuva", "Kuva", every)
        box.setDetailedText("Kuva")
        return box
    return QPrintPreviewDialog(printer) if kind == "preview" else QPrintDialog(printer)


# What a person reads in each dialog, as it must read (fi, sv): the words Qt's catalogues give and
# what translations/qt_extra_*.ts supplies ("&Sijainti:", "Kansio", "Tiedosto&tyyppi:").
_FILE_DIALOG = {
    ("QLabel:lookInLabel", 0): ("&Sijainti:", "&Titta i:"),
    ("QLabel:fileNameLabel", 0): ("Tiedosto&nimi:", "Fil&namn:"),
    ("QLabel:fileTypeLabel", 0): ("Tiedosto&tyyppi:", "Filer av &typ:"),
    ("QComboBox:fileTypeCombo", 0): ("Kaikki tiedostot (*)", "Alla filer (*)"),
    ("QToolButton:newFolderButton:tip", 0): ("Uusi kansio", "Skapa ny mapp"),
    ("QTreeView:treeView", 0): ("Nimi", "Namn"),
    ("QTreeView:treeView", 3): ("Muutosaika", "Datum ändrad"),
    ("QTreeView:treeView", 4): ("Kansio", "Mapp"),  # the type of the folder in it
    ("QListView:sidebar", 0): ("Tietokone", "Dator"),
    ("QPushButton:", 1): ("Peru", "Avbryt"),
}
EXPECTED: dict[str, dict[tuple[str, int], tuple[str, str]]] = {
    "open": {**_FILE_DIALOG, ("QPushButton:", 0): ("&Avaa", "&Öppna")},
    "save": {**_FILE_DIALOG, ("QPushButton:", 0): ("&Tallenna", "&Spara")},
    "message": {
        ("QPushButton:", 1): ("Tallenna", "Spara"),
        ("QPushButton:", 2): ("&Kyllä", "&Ja"),
        ("QPushButton:", 3): ("&Ei", "&Nej"),
        ("QPushButton:", 7): ("Sulje", "Stäng"),
        ("QPushButton:", 8): ("Peru", "Avbryt"),
        ("QPushButton:", 11): ("Näytä yksityiskohdat…", "Visa detaljer..."),
    },
    "preview": {
        ("title", 0): ("Tulostuksen esikatselu", "Förhandsvisa utskrift"),
        ("QToolButton:", 0): ("Sovita leveys", "Anpassa till bredd"),
        ("QToolButton:", 5): ("Vaaka", "Liggande"),
    },
    "print": {
        ("title", 0): ("Tulosta", "Skriv ut"),
        ("QGroupBox:printerGroup", 0): ("Tulostin", "Skrivare"),
        ("QComboBox:printers", 0): ("Tulosta tiedostoon (PDF)", "Skriv ut till fil (PDF)"),
        ("QRadioButton:grayscale", 0): ("Harmaasävy", "Gråskala"),
    },
}


@pytest.mark.parametrize("kind", ["open", "save", "message", "preview", "print"])
def test_qt_dialogs_show_no_english_in_finnish_and_swedish(
    qtbot, translations, tmp_path: Path, kind: str
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QPushButton

    printer = QPrinter()  # outlives the dialogs that print on it
    (tmp_path / "folder").mkdir()
    (tmp_path / "raportti.pdf").write_bytes(b"%PDF-1.4\n")
    shown = {}
    for language in ("en", "fi", "sv"):
        translations.set_language(language)
        dialog = _dialog(kind, tmp_path, printer)
        qtbot.addWidget(dialog)
        dialog.show()
        if kind == "print":  # the options: copies, pages, sides
            buttons = dialog.findChildren(QPushButton)
            options = next(b for b in buttons if ">>" in b.text())
            options.click()
        if kind in ("open", "save"):
            view = dialog.findChild(object, "treeView")
            qtbot.waitUntil(lambda view=view: view.model().rowCount(view.rootIndex()) == 2)
        shown[language] = _shown_texts(dialog)
        dialog.close()
    english = shown["en"]
    assert len(english) > 5
    for language in ("fi", "sv"):
        untranslated = {
            f"{where}: {text!r}"
            for where, text in shown[language].items()
            if english.get(where) == text and text not in SAME_WORD
        }
        assert not untranslated, f"{kind} in {language}: " + ", ".join(sorted(untranslated))
    for where, (fi, sv) in EXPECTED[kind].items():
        assert (shown["fi"].get(where), shown["sv"].get(where)) == (fi, sv), (kind, where)


# The glossary: the translations use its words.


def _glossary_problems(language: str, sentences: list[tuple[str, str, list[str]]]) -> list[str]:
    from kuva_desktop.domain.glossary import TERMS

    return [
        f"{where}: {source!r} uses “{term.en}” but {text!r} has no {getattr(term, language)!r}"
        for where, source, translated in sentences
        for text in translated
        for term in TERMS
        if term.in_english(source) and not term.in_language(text, language)
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_window_uses_the_glossarys_terms(language: str) -> None:
    sentences = [
        (context, source, texts(translation))
        for (context, source), translation in messages(ts_file(language)).items()
    ]
    problems = _glossary_problems(language, sentences)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_messages_use_the_glossarys_terms(language: str) -> None:
    from kuva_desktop.messages import MESSAGES

    sentences = [(code, text.en, [text.get(language)]) for code, text in MESSAGES.items()]
    problems = _glossary_problems(language, sentences)
    assert not problems, "\n".join(problems)


def test_the_glossary_finds_a_wrong_word() -> None:
    from kuva_desktop.domain.glossary import TERMS

    board = next(term for term in TERMS if term.en == "board")
    assert board.in_english("&Export board report…")
    assert not board.in_language("Vie johtokunnan &raportti…", "fi")
    assert board.in_language("Vie lautakunnan &raportti…", "fi")
    assert board.in_language("&Exportera nämndrapporten…", "sv")


def test_docs_show_the_glossary() -> None:
    from kuva_desktop.domain.glossary import markdown

    docs = (ROOT / "docs" / "translations.md").read_text(encoding="utf-8")
    shown = docs.split("<!-- glossary -->\n", 1)[1].split("\n<!-- /glossary -->", 1)[0]
    assert shown == markdown(), (
        "docs/translations.md: paste the output of "
        "python -c 'from kuva_desktop.domain.glossary import markdown; print(markdown())'"
    )
