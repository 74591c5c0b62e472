"""Where a change came from, as a sentence: the history's stored sources by their kind."""

from __future__ import annotations

import re

from kuva_desktop.messages.core import render

# The stored sources of the history (``database.session(source=…)``), by kind: a fixed text, or a
# prefix followed by a file name, or a submission with its package and owner.
_FIXED_SOURCES = {
    "typed": "source.typed",
    "sample data": "source.sample",
    "round command": "source.round_command",
    "export-package": "source.export_package",
    "self-test": "source.self_test",
}
_NAMED_SOURCES = (
    ("import-table ", "source.import_table"),
    ("import-json ", "source.import_json"),
    ("work package ", "source.work_package"),
)
_SUBMISSION = re.compile(
    r"^(?P<resolution>conflict resolution of )?submission \S+ \((?P<owner>.*)\)$"
)


def history_source(source: str, language: str) -> str:
    """Where a change came from, as a sentence in ``language``: by the kind of the stored source,
    a submission by its owner's name. A source of no known kind is shown as it is stored."""
    if source in _FIXED_SOURCES:
        return render(_FIXED_SOURCES[source], {}, language)
    for prefix, code in _NAMED_SOURCES:
        if source.startswith(prefix):
            return render(code, {"file": source[len(prefix) :]}, language)
    match = _SUBMISSION.match(source)
    if match:
        code = "source.resolution" if match["resolution"] else "source.submission"
        return render(code, {"owner": match["owner"]}, language)
    return source
