"""The year-end report in the layout of seed 004, as a PDF.

Each goal with its outcome in brackets, "Mittarit:", each metric as "Tavoite 1: …" followed by
"Tavoite toteutui." / "Tavoite ei toteutunut." (on the status colour) and its explanation, and the
goal's own explanation to the council where it says more than its metrics' explanations do.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Frame, PageTemplate, Paragraph, Spacer

from kuva_desktop.domain.dates import format_date
from kuva_desktop.domain.statuses import status_colour
from kuva_desktop.domain.terms import round_label
from kuva_desktop.reports.pdf_common import (
    FONT,
    FONT_BOLD,
    MARGIN,
    ProgressFn,
    build_document,
    fallback_list,
    make_styles,
    markup,
    paper_size,
)
from kuva_desktop.reports.table import (
    GOAL_EXPLANATION,
    METRIC_NUMBER,
    METRICS_HEADING,
    PRINTED,
    YearEndReport,
)


class GoalMark(Spacer):
    """A zero-height marker after each goal, for the progress callback."""

    def __init__(self, done: int) -> None:
        super().__init__(0, 0)
        self.done = done


def _outcome(text: str, status: str | None) -> str:
    if not text:
        return ""
    if status:
        return f'<span backColor="{status_colour(status)}"><b>{markup(text)}</b></span>'
    return f"<b>{markup(text)}</b>"


def year_end_story(report: YearEndReport, size: float) -> list[Flowable]:
    styles = make_styles(report.language, size)
    language = report.language
    indented = ParagraphStyle("indented", parent=styles.body, leftIndent=size * 1.5, spaceAfter=3)
    metric = ParagraphStyle(
        "metric", parent=styles.body, leftIndent=size * 1.5, spaceBefore=size * 0.6, spaceAfter=2
    )
    goal_heading = ParagraphStyle("goal", parent=styles.heading, keepWithNext=1)
    story: list[Flowable] = []
    for number, goal in enumerate(report.goals, start=1):
        outcome = f" ({markup(goal.outcome)})" if goal.outcome else ""
        story.append(Paragraph(f"{markup(goal.title)}{outcome}", goal_heading))
        if goal.metrics:
            story.append(
                Paragraph(
                    markup(METRICS_HEADING(language)),
                    ParagraphStyle("m", parent=styles.body, keepWithNext=1),
                )
            )
        for item in goal.metrics:
            label = METRIC_NUMBER(language) % {"n": item.number}
            metric_style = ParagraphStyle("mk", parent=metric, keepWithNext=1)
            story.append(Paragraph(f"{markup(label)}: {markup(item.text)}", metric_style))
            result = _outcome(item.outcome, item.status)
            if item.explanation:
                result = (
                    f"{result} {markup(item.explanation)}" if result else markup(item.explanation)
                )
            if result:
                story.append(Paragraph(result, indented))
        said = {m.explanation.strip() for m in goal.metrics}
        if goal.explanation.strip() and goal.explanation.strip() not in said:
            story.append(
                Paragraph(
                    f"<b>{markup(GOAL_EXPLANATION(language))}:</b> {markup(goal.explanation)}",
                    ParagraphStyle("ge", parent=styles.body, spaceBefore=size * 0.6),
                )
            )
        story.append(GoalMark(number))
    story += fallback_list(report.fallbacks, language, styles)
    return story


def write_year_end_report(
    report: YearEndReport,
    path: Path,
    *,
    paper: str = "A4",
    progress: ProgressFn | None = None,
) -> int:
    """Draw a built ``YearEndReport`` to ``path``; the number of pages."""
    pagesize = paper_size(paper)
    size = 9.0 if paper.upper() == "A4" else 11.0
    page_width, page_height = pagesize
    language = report.language
    top = page_height - MARGIN
    subject = round_label("final", report.year, language)
    date = format_date(report.printed, language)
    subtitle = f"{subject} · {PRINTED(language)} {date}"

    def title_line(canv: Any, _doc: Any) -> None:
        canv.saveState()
        canv.setFont(FONT_BOLD, size * 1.25)
        canv.drawString(MARGIN, top - size * 1.25, report.title)
        canv.setFont(FONT, size)
        canv.drawRightString(page_width - MARGIN, top - size * 1.25, subtitle)
        canv.restoreState()

    bottom = MARGIN + size * 1.5
    frame_top = top - size * 2.2
    # Text lines as long as a landscape page are hard to read: the text keeps to a column.
    text_width = min(page_width - 2 * MARGIN, size * 75)
    frame = Frame(
        MARGIN,
        bottom,
        text_width,
        frame_top - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    total = len(report.goals)

    def after(flowable: Any) -> None:
        if progress is not None and isinstance(flowable, GoalMark):
            progress(flowable.done, total)

    if progress is not None:
        progress(0, total)
    return build_document(
        path,
        pagesize=pagesize,
        templates=[PageTemplate("year-end", [frame], onPage=title_line)],
        story=year_end_story(report, size),
        language=language,
        printed=report.printed,
        title=report.title,
        author=report.division,
        subject=subject,
        font_size=size,
        after_flowable=after,
    )
