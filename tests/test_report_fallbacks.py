"""A Swedish report names each cell that fell back to Finnish by its name and place."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from kuva_desktop.editing import Editor, Ref
from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.reports.table import build_board_table, build_year_end
from kuva_desktop.storage import models as m

PRINTED = dt.date(2021, 11, 1)


def test_a_theme_without_a_swedish_name_is_named_by_its_finnish_name(database: Any) -> None:
    load_sample_data(database)
    with database.reader() as session:
        theme = session.scalars(
            select(m.Theme).join(m.Year).where(m.Year.year == 2021).order_by(m.Theme.position)
        ).all()[1]
        theme_id, name = theme.id, theme.name_fi
    Editor(database).set_field(Ref("theme", theme_id), "name_sv", None)

    fallbacks = build_board_table(database, 2021, "3", "sv", printed=PRINTED).fallbacks
    assert f"tema ”{name}”" in fallbacks
    assert not any(item.startswith("tema 2") for item in fallbacks)
    goal = next(item for item in fallbacks if item.startswith("mål ”"))
    assert goal.endswith("”")  # the goal by its Finnish title
    metric = next(item for item in fallbacks if ", indikator 1 ”" in item)
    assert metric.startswith("mål ”")  # its goal, its number in the goal, its text


def test_the_year_end_report_names_its_fallbacks_the_same_way(database: Any) -> None:
    load_sample_data(database)
    fallbacks = build_year_end(database, 2021, "sv", printed=PRINTED).fallbacks
    assert fallbacks
    assert all(item.startswith("mål ”") for item in fallbacks)
    assert build_year_end(database, 2021, "fi", printed=PRINTED).fallbacks == []
