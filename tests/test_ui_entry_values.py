"""The window takes what every other door takes (domain.fields): the round form's refusals."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from kuva_desktop.editing import Editor, Ref
from kuva_desktop.storage import models as m
from kuva_desktop.ui.forms import RoundForm
from kuva_desktop.ui.undo import Edits
from tests.test_packages_merge import AINO, YEAR, open_year


def test_the_form_refuses_a_number_export_package_could_not_carry(
    qtbot: Any, database: Any, tmp_path: Path, cli: Any
) -> None:
    ids = open_year(database)
    edits = Edits(Editor(database))
    with database.reader() as session:
        goal_id = session.get(m.Metric, ids["A"]).goal_id
    form = RoundForm(edits, database, "fi")
    qtbot.addWidget(form)
    form.show_round(goal_id, "1")
    block = form.blocks[0]
    ref = Ref.entry(ids["A"], "1")

    block.numeric.setText("1234567890123456")
    assert block.numeric_message.text() == (
        "1234567890123456 on liian suuri; numeerinen ennuste on enintään "
        "99\u00a0999\u00a0999\u00a0999,9999"
    )
    block.numeric_binding.commit()  # as when the field loses focus
    assert Editor(database).get(ref, "numeric") is None

    block.numeric.setText("99999999999,9999")
    assert block.numeric_message.text() == ""
    block.numeric_binding.commit()
    assert Editor(database).get(ref, "numeric") == Decimal("99999999999.9999")
    status, _, err = cli(
        "export-package", "--year", YEAR, "--round", "1", "--owner", AINO, "-o", tmp_path
    )
    assert (status, err) == (0, "")
    package = json.loads(next(tmp_path.glob("*.kuvapkg")).read_bytes())
    entries = [it["entry"] for g in package["content"]["goals"] for it in g["metrics"]]
    assert entries[0]["numeric"] == "99999999999.9999"


def test_the_window_refuses_a_bidi_override_with_the_fields_name(
    qtbot: Any, database: Any, translations: Any
) -> None:
    ids = open_year(database)
    edits = Edits(Editor(database))
    with database.reader() as session:
        goal_id = session.get(m.Metric, ids["A"]).goal_id
    form = RoundForm(edits, database, "fi")
    qtbot.addWidget(form)
    form.show_round(goal_id, "1")
    block = form.blocks[0]
    with qtbot.waitSignal(edits.hub.refused) as refused:
        block.comment.setPlainText("Riskit: \u202eabc")
        block.comment_binding.commit()  # as when the field loses focus
    assert refused.args[0].startswith("kommentit: merkki U+202E RIGHT-TO-LEFT OVERRIDE")
    assert Editor(database).get(Ref.entry(ids["A"], "1"), "comment") is None
