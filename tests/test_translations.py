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
    assert translator.translate("MainWindow", "&File") == expected
