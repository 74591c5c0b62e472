"""The year overview: the model without widgets, then the widget's double-click and Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from kuva_desktop.domain.rules import RULES
from kuva_desktop.domain.statuses import status_colour
from kuva_desktop.editing import Editor, Ref
from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.storage import models as m
from kuva_desktop.ui.overview import (
    COLUMN_COMMENTS,
    COLUMN_GOAL,
    COLUMN_LINKS,
    COLUMN_METRIC,
    COLUMN_NUMERIC,
    COLUMN_PROBLEMS,
    COLUMN_RECOVERY,
    COLUMN_ROUND,
    COLUMN_THEME,
    MISSING,
    YearOverview,
    YearOverviewModel,
)

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
FONT = Qt.ItemDataRole.FontRole


@pytest.fixture
def sample(database):  # type: ignore[no-untyped-def]
    load_sample_data(database)
    return database


@pytest.fixture
def model(qapp, sample) -> YearOverviewModel:  # type: ignore[no-untyped-def]
    model = YearOverviewModel(sample)
    model.set_year(2021)
    return model


def _metric_ids(database, year: int) -> list[str]:  # type: ignore[no-untyped-def]
    with database.reader() as session:
        return list(
            session.scalars(
                select(m.Metric.id)
                .join(m.Goal)
                .join(m.Theme)
                .join(m.Year)
                .where(m.Year.year == year)
                .order_by(m.Theme.position, m.Goal.position, m.Metric.position)
            )
        )


def _header(model: YearOverviewModel) -> list[str]:
    return [
        model.headerData(s, Qt.Orientation.Horizontal, TOOLTIP) for s in range(model.columnCount())
    ]


def test_model_passes_the_model_tester(qtmodeltester, model: YearOverviewModel) -> None:
    qtmodeltester.check(model)
    model.set_year(2020)
    qtmodeltester.check(model)


def test_no_year_and_an_unknown_year_give_an_empty_table(qtmodeltester, qapp, sample) -> None:  # type: ignore[no-untyped-def]
    model = YearOverviewModel(sample)
    assert (model.rowCount(), model.columnCount()) == (0, 0)
    model.set_year(1999)
    assert (model.rowCount(), model.columnCount()) == (0, 0)
    qtmodeltester.check(model)


def test_status_year_in_the_official_layout(model: YearOverviewModel) -> None:
    assert model.rowCount() == 3
    assert _header(model) == [
        "Kaupunkistrategian teema",
        "Sitova toiminnan tavoite",
        "Sitovan toiminnan tavoitteen mittarit",
        "Palautumismittari",
        "Ennuste 1/2021",
        "Ennuste 2/2021",
        "Ennuste 3/2021",
        "Toteuma 2021",
        "Kommentit",
        "Mittarin numeerinen ennuste",
        "Kytkeytyminen kaupunkiyhteisiin hankkeisiin ja yhteissuunnittelun teemoihin",
        "Problems",
    ]
    round_1 = model.index(0, model.column_of(COLUMN_ROUND, "1"))
    assert model.data(round_1, DISPLAY) == "Toteutuu"
    assert model.data(round_1, BACKGROUND) == QColor(status_colour("on_track"))
    assert model.data(round_1, TOOLTIP).startswith("Ennuste 1/2021\n\nToteutuu")
    goal = model.index(0, model.column_of(COLUMN_GOAL))
    assert model.data(goal, DISPLAY) == "Palveluja parannetaan asiakaskokemuksen perusteella"
    assert model.data(goal, FONT).bold()
    assert model.data(model.index(0, model.column_of(COLUMN_RECOVERY)), DISPLAY) in ("Yes", "No")
    assert model.data(model.index(0, model.column_of(COLUMN_NUMERIC)), DISPLAY) == "100 %"
    links = model.data(model.index(0, model.column_of(COLUMN_LINKS)), DISPLAY)
    assert links.startswith("Asukaskokemus ja asiakastyytyväisyys, Palvelujen saavutettavuus")
    assert model.data(model.index(0, model.column_of(COLUMN_PROBLEMS)), DISPLAY) == ""
    assert model.spans() == []  # 2021: one metric per goal, one goal per theme


def test_theme_and_goal_cells_span_their_rows(model: YearOverviewModel) -> None:
    model.set_year(2020)  # the third goal has three metrics
    assert model.rowCount() == 5
    theme, goal = model.column_of(COLUMN_THEME), model.column_of(COLUMN_GOAL)
    assert model.spans() == [(2, theme, 3), (2, goal, 3)]
    assert model.data(model.index(2, theme), DISPLAY) == "Uudistuvat palvelut"
    assert model.data(model.index(2, goal), DISPLAY).startswith("Helsingissä on helppoa")
    for row in (3, 4):
        assert model.data(model.index(row, theme), DISPLAY) == ""
        assert model.data(model.index(row, goal), DISPLAY) == ""
        assert model.data(model.index(row, model.column_of(COLUMN_METRIC)), DISPLAY)


def test_missing_entries_are_marked(model: YearOverviewModel) -> None:
    final = model.index(0, model.column_of(COLUMN_ROUND, "final"))  # 2021 has no year end yet
    assert model.data(final, DISPLAY) == MISSING
    assert model.data(final, TOOLTIP) == "No entry"
    assert model.data(final, FONT).italic()
    assert model.data(final, FOREGROUND) == QColor("#767676")
    assert model.data(final, BACKGROUND) is None


def test_narrative_year_shows_the_start_of_the_forecast(model: YearOverviewModel) -> None:
    model.set_year(2020)
    header = _header(model)
    assert "Palautumismittari" not in header and "Kommentit" not in header
    assert model.column_of(COLUMN_COMMENTS) == -1 and model.column_of(COLUMN_NUMERIC) == -1
    text = model.data(model.index(0, model.column_of(COLUMN_ROUND, "1")), DISPLAY)
    assert text.startswith("Arvio on, että Teams") and len(text) <= 80
    assert model.data(model.index(0, model.column_of(COLUMN_ROUND, "final")), DISPLAY) == MISSING


def test_a_broken_rule_shows_in_problems(qapp, sample) -> None:  # type: ignore[no-untyped-def]
    editor = Editor(sample, who="Aino")
    editor.new_year_from(2021, 2022)
    metric = _metric_ids(sample, 2022)[1]
    editor.set_field(Ref.entry(metric, "1"), "status", "at_risk")
    model = YearOverviewModel(sample)
    model.set_year(2022)
    problems = model.index(1, model.column_of(COLUMN_PROBLEMS))
    label = RULES["comment_required"].label("fi")
    assert model.data(problems, DISPLAY) == label
    assert model.data(problems, TOOLTIP) == f"2. {label}"
    assert model.data(model.index(0, model.column_of(COLUMN_PROBLEMS)), DISPLAY) == ""
    at_risk = model.index(1, model.column_of(COLUMN_ROUND, "1"))
    assert model.data(at_risk, DISPLAY) == "Toteutuminen epävarma"
    model.set_language("sv")
    assert model.data(problems, DISPLAY) == RULES["comment_required"].label("sv")
    assert model.data(at_risk, DISPLAY) == "Osäkert"


def test_swedish_labels(model: YearOverviewModel) -> None:
    model.set_language("sv")
    header = _header(model)
    assert header[:4] == [
        "Stadsstrategins tema",
        "Bindande verksamhetsmål",
        "Indikatorer för det bindande verksamhetsmålet",
        "Återhämtningsindikator",
    ]
    assert header[4] == "Prognos 1/2021" and header[7] == "Utfall 2021"
    assert model.data(model.index(0, model.column_of(COLUMN_ROUND, "3")), DISPLAY) == "Uppnås"


def test_targets_of_the_cells(model: YearOverviewModel, sample) -> None:  # type: ignore[no-untyped-def]
    metric = _metric_ids(sample, 2021)[0]
    assert model.target(model.index(0, model.column_of(COLUMN_ROUND, "2"))) == (
        "entry",
        metric,
        "2",
    )
    assert model.target(model.index(0, model.column_of(COLUMN_METRIC))) == ("metric", metric, "")
    assert model.target(model.index(0, model.column_of(COLUMN_LINKS))) == ("metric", metric, "")
    kind, goal, round_key = model.target(model.index(0, model.column_of(COLUMN_GOAL)))
    assert (kind, round_key) == ("goal", "") and goal == model.row(0).goal_id
    assert model.target(model.index(0, model.column_of(COLUMN_THEME)))[0] == "theme"


def test_unhandled_roles_give_none(model: YearOverviewModel) -> None:
    index = model.index(0, model.column_of(COLUMN_METRIC))
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is None
    assert model.data(index, Qt.ItemDataRole.EditRole) is None
    assert model.headerData(0, Qt.Orientation.Vertical, DISPLAY) is None
    # The header wraps into lines; its tooltip is the whole title on one line.
    display = model.headerData(0, Qt.Orientation.Horizontal, DISPLAY)
    assert display.replace("\n", " ") == model.headerData(0, Qt.Orientation.Horizontal, TOOLTIP)
    assert model.data(model.index(99, 0), DISPLAY) is None


# The widget


@pytest.fixture
def overview(qtbot, sample) -> YearOverview:  # type: ignore[no-untyped-def]
    widget = YearOverview(sample)
    qtbot.addWidget(widget)
    widget.set_year(2021)
    widget.resize(1200, 600)
    widget.show()
    return widget


def _click_cell(qtbot, overview: YearOverview, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    view = overview.view
    rect = view.visualRect(overview.model.index(row, column))
    view.scrollTo(overview.model.index(row, column))
    rect = view.visualRect(overview.model.index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_double_click_on_a_round_cell_opens_the_entry(qtbot, overview, sample) -> None:  # type: ignore[no-untyped-def]
    metric = _metric_ids(sample, 2021)[2]
    column = overview.model.column_of(COLUMN_ROUND, "1")
    with qtbot.waitSignal(overview.open_requested) as opened:
        _click_cell(qtbot, overview, 2, column)
    assert opened.args == ["entry", metric, "1"]
    with qtbot.waitSignal(overview.open_requested) as opened:
        _click_cell(qtbot, overview, 2, overview.model.column_of(COLUMN_METRIC))
    assert opened.args == ["metric", metric, ""]


def test_enter_does_what_a_double_click_does(qtbot, overview, sample) -> None:  # type: ignore[no-untyped-def]
    metric = _metric_ids(sample, 2021)[0]
    overview.view.setFocus()
    overview.view.setCurrentIndex(
        overview.model.index(0, overview.model.column_of(COLUMN_ROUND, "3"))
    )
    with qtbot.waitSignal(overview.open_requested) as opened:
        qtbot.keyClick(overview.view, Qt.Key.Key_Return)
    assert opened.args == ["entry", metric, "3"]


def test_widget_language_spans_and_accessible_name(overview: YearOverview) -> None:
    assert overview.view.accessibleName() == "Year overview"
    overview.set_year(2020)
    theme = overview.model.column_of(COLUMN_THEME)
    assert overview.view.rowSpan(2, theme) == 3
    overview.set_year(2021)
    assert overview.view.rowSpan(2, theme) == 1
    overview.set_language("sv")
    assert overview.title.text() == "Bindande verksamhetsmål / Kultur- och fritidssektorn · 2021"
    assert overview.model.headerData(0, Qt.Orientation.Horizontal, TOOLTIP) == (
        "Stadsstrategins tema"
    )


def test_column_widths_are_saved_and_restored_per_layout(qtbot, sample) -> None:  # type: ignore[no-untyped-def]
    first = YearOverview(sample)
    qtbot.addWidget(first)
    first.set_year(2021)
    first.view.horizontalHeader().resizeSection(2, 333)
    first.set_year(2020)
    first.view.horizontalHeader().resizeSection(2, 444)
    state = first.save_state()

    second = YearOverview(sample)
    qtbot.addWidget(second)
    assert second.restore_state(state)
    second.set_year(2021)
    assert second.view.columnWidth(2) == 333
    second.set_year(2020)
    assert second.view.columnWidth(2) == 444
    assert not second.restore_state(QByteArray(b"\xff not json"))
    assert second.view.columnWidth(2) == 444


def test_own_words_follow_the_installed_translation(qapp, overview: YearOverview) -> None:  # type: ignore[no-untyped-def]
    from kuva_desktop.ui.i18n import Translations

    translations = Translations(qapp)
    problems = overview.model.column_of(COLUMN_PROBLEMS)
    final = overview.model.index(0, overview.model.column_of(COLUMN_ROUND, "final"))
    try:
        translations.set_language("fi")
        qapp.processEvents()
        assert overview.model.headerData(problems, Qt.Orientation.Horizontal) == "Puutteet"
        assert "…" not in "".join(_header(overview.model))
        assert overview.model.data(final, TOOLTIP) == "Ei kirjausta"
        assert overview.view.accessibleName() == "Vuoden yleiskuva"
    finally:
        translations.set_language("en")
        qapp.processEvents()


def test_the_headers_are_not_cut_in_a_maximised_window(qtbot, database, translations) -> None:  # type: ignore[no-untyped-def]
    """Every line of every column title fits its column at the usual widths; the header grows."""
    from kuva_desktop.exchange.sample import load_sample_data
    from kuva_desktop.ui.main_window import MainWindow

    load_sample_data(database)
    window = MainWindow(database, translations)
    qtbot.addWidget(window)
    window.showMaximized()
    qtbot.waitExposed(window)
    window.menus.overview.trigger()
    view = window.overview.view
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: window.overview.model.columnCount() > 0)
    metrics = header.fontMetrics()
    for section in range(header.count()):
        text = window.overview.model.headerData(section, Qt.Orientation.Horizontal)
        for line in text.split("\n"):
            assert metrics.horizontalAdvance(line) + 16 <= header.sectionSize(section), line
    assert header.height() >= metrics.lineSpacing() * max(
        len(window.overview.model.headerData(s, Qt.Orientation.Horizontal).split("\n"))
        for s in range(header.count())
    )
