"""The read-only details of the item selected in the tree: a year, a theme, a goal or a metric.

Every text from the data is escaped before it goes into the pane's HTML, so that a goal text with
"<b>" in it shows "<b>". Status labels and the official terms come from the domain tables; only
the pane's own words go through Qt's translations.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale
from PySide6.QtWidgets import QTextBrowser, QWidget
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kuva_desktop.domain import terms
from kuva_desktop.domain.labels import Label
from kuva_desktop.domain.rules import FINAL, derive_outcome
from kuva_desktop.domain.statuses import STATUS_TABLE, status_colour, status_label
from kuva_desktop.storage import models as m
from kuva_desktop.storage.database import Database
from kuva_desktop.ui.tree_model import GOAL, METRIC, THEME, YEAR

EMPTY = "—"


def text_html(text: str | None) -> str:
    """Plain text as escaped HTML; a blank line starts a new paragraph."""
    if not text or not text.strip():
        return EMPTY
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)


def pick(fi: str | None, sv: str | None, language: str) -> str:
    """The Swedish value in a Swedish UI when there is one, else the Finnish one."""
    return (sv if language == "sv" and sv else fi) or ""


def status_html(code: str | None, language: str) -> str:
    """A status label in the UI language on its colour; an unknown code shows as stored."""
    if not code:
        return EMPTY
    if code not in STATUS_TABLE:
        return html.escape(code)
    return (
        f'<span style="background-color:{status_colour(code)}; color:#000000">'
        f"&nbsp;{html.escape(status_label(code, language))}&nbsp;</span>"
    )


class DetailsView(QTextBrowser):
    """Shows one item of the tree in full; ``show_item(kind, key)`` chooses it."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._item: tuple[str, Any] | None = None
        self.language = "fi"
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def show_item(self, kind: str | None, key: Any = None) -> None:
        self._item = (kind, key) if kind is not None else None
        self.refresh()

    def refresh(self) -> None:
        """Read the item again and show it in the current language."""
        if self._item is None:
            hint = self.tr("Select an item in the tree.")
            self.setHtml(f"<p><i>{html.escape(hint)}</i></p>")
            return
        kind, key = self._item
        with self._database.reader() as session:
            render = {
                YEAR: self._year_html,
                THEME: self._theme_html,
                GOAL: self._goal_html,
                METRIC: self._metric_html,
            }[kind]
            body = render(session, key)
        self.setHtml(body)

    # Helpers shared by the renderers

    def _term(self, label: Label) -> str:
        return label(self.language)

    def _fields(self, rows: Iterable[tuple[str, str]]) -> str:
        """A two-column table: an escaped heading, and a value that is already HTML."""
        cells = "".join(
            # A fixed width for the headings lines up the tables of one item.
            f'<tr><td valign="top" width="32%"><b>{html.escape(name)}</b></td>'
            f'<td valign="top">{value}</td></tr>'
            for name, value in rows
        )
        return f'<table width="100%" cellspacing="0" cellpadding="3">{cells}</table>'

    def _heading(self, level: int, what: str, title: str) -> str:
        small = f'<span style="color:#666666">{html.escape(what)}</span><br>' if what else ""
        return f"<h{level}>{small}{html.escape(title)}</h{level}>"

    def _owners(self, owners: Iterable[m.Owner]) -> str:
        names = [html.escape(o.name) for o in owners]
        return ", ".join(names) if names else EMPTY

    def _date(self, value: dt.date | None) -> str:
        if value is None:
            return EMPTY
        locale = QLocale(self.language)
        return html.escape(
            locale.toString(
                QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
            )
        )

    def _number(self, value: Decimal | None, unit: str | None) -> str:
        if value is None:
            return EMPTY
        text = format(value.normalize(), "f")
        if self.language in ("fi", "sv"):
            text = text.replace(".", ",")
        return html.escape(f"{text} {unit}" if unit else text)

    def _not_found(self) -> str:
        # lupdate does not look inside f-strings: every tr() stands outside them.
        text = self.tr("This item is no longer in the database.")
        return f"<p>{html.escape(text)}</p>"

    # The four kinds of item

    def _year_html(self, session: Any, key: int) -> str:
        year = session.scalars(
            select(m.Year).where(m.Year.year == key).options(selectinload(m.Year.rounds))
        ).one_or_none()
        if year is None:
            return self._not_found()
        layout = terms.LAYOUTS.get(year.layout)
        rounds = "".join(
            f"<tr><td>{html.escape(terms.round_label(r.key, year.year, self.language))}</td>"
            f"<td>{self._date(r.deadline)}</td>"
            f"<td>{html.escape(self._state(r.state))}</td></tr>"
            for r in year.rounds
        )
        header = "".join(
            f"<th align='left'>{html.escape(h)}</th>"
            for h in (self.tr("Round"), self.tr("Deadline"), self.tr("State"))
        )
        return (
            self._heading(2, self.tr("Year"), str(year.year))
            + self._fields(
                [
                    (self.tr("Division (Finnish)"), text_html(year.division_fi)),
                    (self.tr("Division (Swedish)"), text_html(year.division_sv)),
                    (
                        self.tr("Layout"),
                        html.escape(layout(self.language) if layout else year.layout),
                    ),
                ]
            )
            + "<h3>"
            + html.escape(self.tr("Rounds"))
            + "</h3>"
            + f'<table cellspacing="0" cellpadding="3"><tr>{header}</tr>{rounds}</table>'
        )

    def _state(self, state: str) -> str:
        label = terms.ROUND_STATES.get(state)
        return label(self.language) if label else state

    def _theme_html(self, session: Any, key: str) -> str:
        theme = session.get(m.Theme, key)
        if theme is None:
            return self._not_found()
        return self._heading(
            2, self._term(terms.COLUMN_THEME), pick(theme.name_fi, theme.name_sv, self.language)
        ) + self._fields(
            [
                (self.tr("Name (Finnish)"), text_html(theme.name_fi)),
                (self.tr("Name (Swedish)"), text_html(theme.name_sv)),
                (self.tr("Goals"), html.escape(str(len(theme.goals)))),
            ]
        )

    def _goal_html(self, session: Any, key: str) -> str:
        goal = session.scalars(
            select(m.Goal)
            .where(m.Goal.id == key)
            .options(
                selectinload(m.Goal.owners),
                selectinload(m.Goal.link_rows).selectinload(m.GoalLink.link),
                selectinload(m.Goal.metrics).selectinload(m.Metric.entries),
            )
        ).one_or_none()
        if goal is None:
            return self._not_found()
        links = [pick(link.name_fi, link.name_sv, self.language) for link in goal.links]
        links_html = "<br>".join(html.escape(name) for name in links) if links else EMPTY
        finals = [e.status if (e := mt.entry(FINAL)) else None for mt in goal.metrics]
        outcome = derive_outcome(finals)
        outcome_html = (
            status_html(outcome, self.language)
            if outcome is not None
            else html.escape(self.tr("Not known yet: some metric has no year-end outcome."))
        )
        return self._heading(
            2, self._term(terms.COLUMN_GOAL), pick(goal.title_fi, goal.title_sv, self.language)
        ) + self._fields(
            [
                (
                    self.tr("Description"),
                    text_html(pick(goal.description_fi, goal.description_sv, self.language)),
                ),
                (self.tr("Owners"), self._owners(goal.owners)),
                (self._term(terms.COLUMN_LINKS), links_html),
                (self.tr("Metrics"), html.escape(str(len(goal.metrics)))),
                (self.tr("Year-end outcome (derived from the metrics)"), outcome_html),
                (self.tr("Explanation"), text_html(goal.outcome_explanation)),
            ]
        )

    def _metric_html(self, session: Any, key: str) -> str:
        metric = session.scalars(
            select(m.Metric)
            .where(m.Metric.id == key)
            .options(
                selectinload(m.Metric.owners),
                selectinload(m.Metric.entries),
                selectinload(m.Metric.goal).selectinload(m.Goal.owners),
            )
        ).one_or_none()
        if metric is None:
            return self._not_found()
        goal = metric.goal
        year = goal.theme.year
        own = bool(metric.owners)
        owners = self._owners(metric.effective_owners)
        if not own:
            owners += " " + html.escape(self.tr("(the goal's owners)"))
        recovery = {True: self.tr("Yes"), False: self.tr("No"), None: EMPTY}[metric.recovery]
        fields = [
            (
                self._term(terms.COLUMN_GOAL),
                html.escape(pick(goal.title_fi, goal.title_sv, self.language)),
            ),
            (
                self._term(terms.TARGET_LEVEL),
                text_html(pick(metric.target_fi, metric.target_sv, self.language)),
            ),
        ]
        # The recovery flag belongs to the status layout (2021 on).
        if year.layout == "status" or metric.recovery is not None:
            fields.append((self._term(terms.COLUMN_RECOVERY), html.escape(recovery)))
        fields.append((self.tr("Owners"), owners))
        parts = [
            self._heading(
                3,
                self.tr("Metric"),
                pick(metric.text_fi, metric.text_sv, self.language),
            ),
            self._fields(fields),
        ]
        for round_ in year.rounds:
            entry = metric.entry(round_.key)
            title = terms.round_label(round_.key, year.year, self.language)
            parts.append(f"<h3>{html.escape(title)}</h3>")
            if entry is None:
                parts.append("<p>" + html.escape(self.tr("Nothing entered.")) + "</p>")
                continue
            # A narrative year's rounds are prose: the status-layout fields show only when set.
            status_layout = year.layout == "status"
            rows = []
            if status_layout or entry.status or round_.key == FINAL:
                rows.append((self.tr("Status"), status_html(entry.status, self.language)))
            if round_.key == FINAL:
                rows.append((self.tr("Explanation"), text_html(entry.explanation)))
            else:
                if entry.forecast or not status_layout:
                    rows.append((self.tr("Forecast"), text_html(entry.forecast)))
                if entry.comment or status_layout:
                    rows.append((self._term(terms.COLUMN_COMMENTS), text_html(entry.comment)))
                if entry.numeric is not None or status_layout:
                    number = self._number(entry.numeric, entry.unit)
                    rows.append((self._term(terms.COLUMN_NUMERIC), number))
            parts.append(self._fields(rows))
        return "".join(parts)
