"""The year-end report in the layout of seed 004, as a PDF.

Each goal with its outcome in brackets, "Mittarit:", each metric as "Tavoite 1: …" followed by
"Tavoite toteutui." / "Tavoite ei toteutunut." (on the status colour) and its explanation, and the
goal's own explanation to the council where it says more than its metrics' explanations do.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Frame, PageTemplate, Spacer

from kuva_desktop.domain.dates import format_date
from kuva_desktop.domain.statuses import status_colour
from kuva_desktop.domain.terms import round_label
from kuva_desktop.reports.pdf_common import (
    FONT,
    FONT_BOLD,
    MARGIN,
    ProgressFn,
    TaggedParagraph,
    build_document,
    fallback_list,
    make_styles,
    markup,
    paper_size,
)
from kuva_desktop.reports.pdf_tags import Tagger
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


class _Styles:
    """The year-end report's styles in one language (its hyphenation and tags)."""

    def __init__(self, language: str, size: float) -> None:
        styles = self.base = make_styles(language, size)
        self.body = styles.body
        self.indented = ParagraphStyle(
            "indented", parent=styles.body, leftIndent=size * 1.5, spaceAfter=3
        )
        self.metric = ParagraphStyle(
            "metric",
            parent=styles.body,
            leftIndent=size * 1.5,
            spaceBefore=size * 0.6,
            spaceAfter=2,
            keepWithNext=1,
        )
        self.goal = ParagraphStyle("goal", parent=styles.heading, keepWithNext=1)
        self.metrics = ParagraphStyle("m", parent=styles.body, keepWithNext=1)
        self.explanation = ParagraphStyle("ge", parent=styles.body, spaceBefore=size * 0.6)


def year_end_story(report: YearEndReport, size: float, tagger: Tagger) -> list[Flowable]:
    """The goals as H2, "Mittarit:", the metrics and outcomes and explanations as P."""
    language = report.language
    by_language: dict[str, _Styles] = {}

    def styles(text_language: str = "") -> _Styles:
        key = text_language or language
        if key not in by_language:
            by_language[key] = _Styles(key, size)
        return by_language[key]

    root = tagger.root
    story: list[Flowable] = []
    for number, goal in enumerate(report.goals, start=1):
        outcome = f" ({markup(goal.outcome)})" if goal.outcome else ""
        story.append(
            TaggedParagraph(
                f"{markup(goal.title)}{outcome}",
                styles(goal.title_language).goal,
                element=root.child("H2", language=goal.title_language),
            )
        )
        if goal.metrics:
            story.append(
                TaggedParagraph(
                    markup(METRICS_HEADING(language)), styles().metrics, element=root.child("P")
                )
            )
        for item in goal.metrics:
            label = METRIC_NUMBER(language) % {"n": item.number}
            story.append(
                TaggedParagraph(
                    f"{markup(label)}: {markup(item.text)}",
                    styles(item.text_language).metric,
                    element=root.child("P", language=item.text_language),
                )
            )
            result = _outcome(item.outcome, item.status)
            if item.explanation:
                result = (
                    f"{result} {markup(item.explanation)}" if result else markup(item.explanation)
                )
            if result:
                # the paragraph is in the explanation's language (its outcome label is short)
                explained = item.explanation_language if item.explanation else ""
                story.append(
                    TaggedParagraph(
                        result,
                        styles(explained).indented,
                        element=root.child("P", language=explained),
                    )
                )
        said = {m.explanation.strip() for m in goal.metrics}
        if goal.explanation.strip() and goal.explanation.strip() not in said:
            story.append(
                TaggedParagraph(
                    f"<b>{markup(GOAL_EXPLANATION(language))}:</b> {markup(goal.explanation)}",
                    styles(goal.explanation_language).explanation,
                    element=root.child("P", language=goal.explanation_language),
                )
            )
        story.append(GoalMark(number))
    story += fallback_list(report.fallbacks, language, styles().base, tagger)
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

    tagger = Tagger(language)

    def title_line(canv: Any, _doc: Any) -> None:
        """The title (H1) and the round and print date (P) on the first page; on later pages
        the same line is a pagination artifact."""
        first = canv.getPageNumber() == 1
        canv.saveState()
        if first:
            tagger.begin(canv, tagger.root.child("H1"))
        else:
            canv.addLiteral("/Artifact <</Type /Pagination /Subtype /Header>> BDC")
        canv.setFont(FONT_BOLD, size * 1.25)
        canv.drawString(MARGIN, top - size * 1.25, report.title)
        if first:
            tagger.end(canv)
            tagger.begin(canv, tagger.root.child("P"))
        canv.setFont(FONT, size)
        canv.drawRightString(page_width - MARGIN, top - size * 1.25, subtitle)
        tagger.end(canv)
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
        story=year_end_story(report, size, tagger),
        language=language,
        printed=report.printed,
        title=report.title,
        author=report.division,
        subject=subject,
        font_size=size,
        tagger=tagger,
        after_flowable=after,
    )
