"""``kuva-desktop --self-test``: the installation checked end to end, one line per check.

It runs in a checkout and in the frozen bundle alike, on a temporary database: migrations, the
sample data, the Swedish translation, Qt's collation and case mapping (ICU on Linux), a
board-report PDF with its fonts embedded, and a work package written and read back. A windowed
program on Windows has no standard output: the lines then go to ``kuva-desktop-self-test.log``
in the temporary folder, and the exit status tells.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

# Each check imports what it checks inside itself: a module or library missing from the bundle
# then fails that one check, named, instead of the whole self-test.
Check = Callable[[Path], str]


def _database(folder: Path) -> str:
    from kuva_desktop.storage.database import open_database
    from kuva_desktop.storage.migrations import HEAD

    database = open_database(folder / "self-test.db")
    database.dispose()
    return f"database created and migrated to schema {HEAD}"


def _sample_data(folder: Path) -> str:
    from kuva_desktop.domain.rules import check_year
    from kuva_desktop.exchange.sample import load_sample_data
    from kuva_desktop.storage.database import open_database
    from kuva_desktop.storage.queries import load_year

    database = open_database(folder / "self-test.db")
    try:
        years = load_sample_data(database)
        broken = 0
        with database.reader() as session:
            for number in years:
                year = load_year(session, number)
                if year is None:
                    raise AssertionError(f"the sample year {number} was not stored")
                broken += len(check_year(year))
    finally:
        database.dispose()
    if broken:
        raise AssertionError(f"the sample data breaks {broken} rules")
    return f"sample data {', '.join(map(str, years))} loaded, the rules hold"


def _translation(_folder: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from kuva_desktop.ui.i18n import Translations

    app = QCoreApplication.instance() or QCoreApplication([])
    translations = Translations(app)
    try:
        translations.set_language("sv")
        texts = (
            QCoreApplication.translate("Menus", "&File"),
            QCoreApplication.translate("QPlatformTheme", "Cancel"),
        )
        translations.set_language("fi")
        # From translations/qt_extra_fi.qm: what Qt's qtbase_fi lacks.
        look_in = QCoreApplication.translate("QFileDialog", "&Look in:")
    finally:
        translations.set_language("en")
    if texts != ("Arki&v", "Avbryt"):
        raise AssertionError(f"Swedish not loaded: {texts}")
    if look_in != "&Sijainti:":
        raise AssertionError(f"Qt's extra Finnish not loaded: {look_in}")
    return "Swedish translations of the application and of Qt, and Qt's extra Finnish, loaded"


def _icu(_folder: Path) -> str:
    """Qt's ICU paths, which need ICU's data: on Linux the bundle carries only part of it
    (scripts/trim-icu-data), and a missing collation falls back silently to the root order."""
    from functools import cmp_to_key

    from PySide6.QtCore import QCollator, QLocale

    words = ["Öljy", "Zeta", "Äiti", "Aalto", "Åbo"]
    expected = {
        # Finnish and Swedish put å, ä, ö after z; English (the root order) puts them with a, o.
        "fi_FI": ["Aalto", "Zeta", "Åbo", "Äiti", "Öljy"],
        "sv_SE": ["Aalto", "Zeta", "Åbo", "Äiti", "Öljy"],
        "en_US": ["Aalto", "Åbo", "Äiti", "Öljy", "Zeta"],
    }
    for name, order in expected.items():
        collator = QCollator(QLocale(name))
        got = sorted(words, key=cmp_to_key(collator.compare))
        if got != order:
            raise AssertionError(f"{name} collation sorts {got}")
    numeric = QCollator(QLocale("fi_FI"))
    numeric.setNumericMode(True)
    got = sorted(["file10", "file9", "file1"], key=cmp_to_key(numeric.compare))
    if got != ["file1", "file9", "file10"]:
        raise AssertionError(f"numeric collation sorts {got}")
    upper = QLocale("fi_FI").toUpper("äiti")
    if upper != "ÄITI":
        raise AssertionError(f"fi_FI upper case of äiti is {upper}")
    return "Finnish, Swedish and English collation, numeric collation, Finnish upper case"


def _pdf(folder: Path) -> str:
    from pypdf import PdfReader

    from kuva_desktop.reports.pdf import write_report
    from kuva_desktop.storage.database import open_database

    database = open_database(folder / "self-test.db")
    path = folder / "self-test.pdf"
    try:
        pages = write_report(database, 2021, "1", "sv", path)
    finally:
        database.dispose()
    reader = PdfReader(path)
    fonts = set()
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if font.get("/Subtype") == "/Type0":
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else None
            embedded = descriptor is not None and any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            if not embedded:
                raise AssertionError(f"font {font.get('/BaseFont')} is not embedded")
            fonts.add(str(font.get("/BaseFont")))
    if "Prognos 1/2021" not in reader.pages[0].extract_text():
        raise AssertionError("the Swedish report has no Swedish round label")
    return f"board report PDF written ({pages} pages, {len(fonts)} fonts, all embedded)"


def _package(folder: Path) -> str:
    from kuva_desktop.editing import Editor
    from kuva_desktop.exchange.packages import (
        WorkingCopy,
        issue_package,
        merge_paths,
        owners_with_assignments,
    )
    from kuva_desktop.exchange.suffixes import SUBMISSION_SUFFIX
    from kuva_desktop.storage.database import open_database

    database = open_database(folder / "self-test.db")
    try:
        Editor(database, source="self-test").new_year_from(2021, 2099)
        owner = owners_with_assignments(database, 2099)[0]
        issued = issue_package(database, 2099, "1", owner, folder)
        copy = WorkingCopy.open(issued.path)
        metric = next(iter(copy.items))
        copy.set_field(metric, "status", "on_track")
        submission = copy.save_submission(folder / f"self-test{SUBMISSION_SUFFIX}")
        report = merge_paths(database, [submission.path], dry_run=True)
    finally:
        database.dispose()
    if len(report.applied) != 1 or report.refused:
        raise AssertionError(f"the submission did not merge cleanly: {report.summary()}")
    return f"work package for {owner} written, submission read back and merged (dry run)"


CHECKS: list[tuple[str, Check]] = [
    ("database", _database),
    ("sample data", _sample_data),
    ("translations", _translation),
    ("ICU", _icu),
    ("board report", _pdf),
    ("work package", _package),
]


def _output() -> tuple[TextIO, Path | None]:
    if sys.stdout is not None and not sys.stdout.closed:
        return sys.stdout, None
    log = Path(tempfile.gettempdir()) / "kuva-desktop-self-test.log"
    return log.open("w", encoding="utf-8"), log


def run() -> int:
    """Run every check; 0 only when all passed."""
    out, log = _output()
    failed = 0
    with tempfile.TemporaryDirectory(prefix="kuva-self-test-") as tmp:
        folder = Path(tmp)
        for name, check in CHECKS:
            start = time.perf_counter()
            try:
                result = check(folder)
            except Exception as error:
                failed += 1
                detail = " ".join(str(error).split()) or type(error).__name__
                print(f"FAIL {name}: {detail}", file=out)
                if os.environ.get("KUVA_SELF_TEST_TRACE"):
                    traceback.print_exc(file=out)
            else:
                print(f"ok   {name}: {result} ({time.perf_counter() - start:.2f} s)", file=out)
    print(
        f"self-test: {len(CHECKS) - failed} passed, {failed} failed",
        file=out,
    )
    out.flush()
    if log is not None:
        out.close()
    return 0 if failed == 0 else 1
