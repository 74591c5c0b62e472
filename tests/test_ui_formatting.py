"""One formatter per UI language: Finland's conventions in Finnish and Swedish alike."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kuva_desktop.ui import formatting
from kuva_desktop.ui.formatting import (
    date_text,
    datetime_text,
    number_text,
    stored_time_text,
    time_text,
)

NBSP = "\u00a0"


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_finnish_and_finland_swedish_write_day_month_year_and_a_dot_in_times(
    qapp, language: str
) -> None:  # type: ignore[no-untyped-def]
    assert date_text(dt.date(2022, 4, 30), language) == "30.4.2022"
    assert date_text("2022-04-30", language) == "30.4.2022"
    assert time_text(dt.time(14, 5), language) == "14.05"
    assert datetime_text(dt.datetime(2026, 11, 29, 4, 38), language) == "29.11.2026 4.38"
    assert number_text(Decimal(1200), "%", language) == f"1{NBSP}200 %"
    assert number_text(Decimal("87.5"), None, language) == "87,5 %"
    assert number_text(Decimal("1234567.25"), "kpl", language) == f"1{NBSP}234{NBSP}567,25 kpl"


def test_a_stored_time_is_shown_in_the_local_time_zone(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TZ", "Europe/Helsinki")
    import time

    time.tzset()
    try:
        assert stored_time_text(dt.datetime(2026, 11, 29, 4, 38), "fi") == "29.11.2026 6.38"
        assert stored_time_text(None, "fi", empty="—") == "—"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_ui_language_picks_finlands_locale(qapp, translations) -> None:  # type: ignore[no-untyped-def]
    translations.set_language("sv")
    assert formatting.locale().name() == "sv_FI"
    assert date_text(dt.date(2022, 4, 30)) == "30.4.2022"
    translations.set_language("fi")
    assert formatting.locale().name() == "fi_FI"


def test_the_overview_writes_numbers_as_the_form_does(qapp, database) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from kuva_desktop.editing import Editor, Ref
    from kuva_desktop.ui.overview import COLUMN_NUMERIC, YearOverviewModel
    from tests.test_packages_merge import YEAR, metric_ids, open_year

    open_year(database)  # the sample data and 2022, every round open
    first, second = metric_ids(database)[:2]
    editor = Editor(database)
    editor.set_field(Ref.entry(first, "1"), "status", "on_track")
    editor.set_field(Ref.entry(first, "1"), "numeric", "1200")
    editor.set_field(Ref.entry(second, "1"), "status", "on_track")
    editor.set_field(Ref.entry(second, "1"), "numeric", "87,5")
    model = YearOverviewModel(database)
    model.set_year(YEAR)
    column = model.column_of(COLUMN_NUMERIC)
    shown = [model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) for row in (0, 1)]
    assert shown == [f"1{NBSP}200 %", "87,5 %"]


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_report_writes_dates_as_the_window_does(qapp, database, language: str) -> None:  # type: ignore[no-untyped-def]
    from kuva_desktop.exchange.sample import load_sample_data
    from kuva_desktop.reports.table import build_board_table

    load_sample_data(database)
    printed = dt.date(2021, 4, 30)
    table = build_board_table(database, 2021, "1", language, printed=printed)
    assert table.subtitle.endswith(f" {date_text(printed, language)}")
    assert table.subtitle.endswith(" 30.4.2021"), table.subtitle
