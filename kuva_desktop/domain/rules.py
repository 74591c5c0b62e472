"""The city's rules of DOMAIN.md section 4, in one module used by forms, imports and ``check``.

The checks take plain values or any objects shaped like the model (duck typing through the small
protocols below), so this module knows nothing of the database or of Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from kuva_desktop.domain.fields import FINAL as FINAL
from kuva_desktop.domain.fields import FORECAST_ROUNDS as FORECAST_ROUNDS
from kuva_desktop.domain.fields import LOCKED, OPEN, statuses_of
from kuva_desktop.domain.fields import ROUND_KEYS as ROUND_KEYS
from kuva_desktop.domain.labels import Label, shorten
from kuva_desktop.domain.statuses import Status, status_label


@dataclass(frozen=True)
class Rule:
    number: int
    code: str
    label: Label


RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        Rule(
            1,
            "round_codes",
            Label(
                "Ennustekierros ottaa vain ennustetilat, loppuarvio vain toteumatilat",
                "En prognosomgång tar bara prognosstatus, utfallet bara utfallsstatus",
                "A forecast round takes only forecast statuses; the final round only final ones",
            ),
        ),
        Rule(
            2,
            "comment_required",
            Label(
                "Epävarma tai toteutumaton ennuste tarvitsee kommentin syystä",
                "Osäker eller ej uppnådd prognos kräver en kommentar om orsaken",
                "At risk and off track need a comment that says why",
            ),
        ),
        Rule(
            3,
            "explanation_required",
            Label(
                "Toteutumaton tavoite tarvitsee selvityksen",
                "Ett mål som inte uppfylldes kräver en utredning",
                "Not achieved needs an explanation",
            ),
        ),
        Rule(
            4,
            "goal_outcome",
            Label(
                "Tavoite toteutuu vain, jos sen kaikki mittarit toteutuvat",
                "Målet uppfylls bara om alla dess indikatorer uppfylls",
                "A goal is achieved only if every one of its metrics is achieved",
            ),
        ),
        Rule(
            5,
            "target_required",
            Label(
                "Mittarilla on oltava tavoitetaso",
                "Indikatorn måste ha en målnivå",
                "Every metric of a status year has a target level",
            ),
        ),
        Rule(
            5,
            "numeric_not_negative",
            Label(
                "Numeerinen ennuste on luku, joka on vähintään 0",
                "Den numeriska prognosen är ett tal som är minst 0",
                "A numeric forecast is a number of at least 0",
            ),
        ),
        Rule(
            6,
            "round_locked",
            Label(
                "Lukitulla kierroksella mikään ei muutu",
                "Ingenting ändras i en låst omgång",
                "Nothing changes in a locked round",
            ),
        ),
        Rule(
            6,
            "not_assigned",
            Label(
                "Vastuuhenkilö muuttaa vain omia kirjauksiaan avoimella kierroksella",
                "En ansvarsperson ändrar bara sina egna uppgifter i en öppen omgång",
                "Owners change only their own entries, and only in an open round",
            ),
        ),
        Rule(
            7,
            "status_spelling",
            Label(
                "Tila on yksi sallituista arvoista",
                "Statusen är ett av de tillåtna värdena",
                "A status is one of the known values",
            ),
        ),
    )
}


def allowed_statuses(round_key: str) -> tuple[Status, ...]:
    """Rule 1: the codes a round takes."""
    return statuses_of(round_key)


def entry_problems(
    round_key: str,
    status: str | None,
    comment: str | None = None,
    numeric: Decimal | float | None = None,
    explanation: str | None = None,
) -> list[str]:
    """The codes of the rules one entry breaks (rules 1, 2, 3 and the numeric half of 5)."""
    problems = []
    if status is not None:
        if status not in {s.value for s in allowed_statuses(round_key)}:
            problems.append("round_codes")
        elif status in (Status.AT_RISK, Status.OFF_TRACK) and not (comment or "").strip():
            problems.append("comment_required")
        elif status == Status.NOT_ACHIEVED and not (explanation or "").strip():
            problems.append("explanation_required")
    if numeric is not None and numeric < 0:
        problems.append("numeric_not_negative")
    return problems


def derive_outcome(final_statuses: Iterable[str | None]) -> Status | None:
    """Rule 4: a goal is achieved only if every one of its metrics is achieved.

    Not achieved as soon as one metric is not; None while some metric has no outcome yet.
    """
    statuses = list(final_statuses)
    if not statuses:
        return None
    if Status.NOT_ACHIEVED in statuses:
        return Status.NOT_ACHIEVED
    if all(s == Status.ACHIEVED for s in statuses):
        return Status.ACHIEVED
    return None


def may_change(round_state: str, *, coordinator: bool, assigned: bool = False) -> str | None:
    """Rule 6: None when the change is allowed, else the code of the rule that forbids it."""
    if round_state == LOCKED:
        return "round_locked"
    if coordinator:
        return None
    if round_state != OPEN or not assigned:
        return "not_assigned"
    return None


# The check of a whole year, over anything shaped like the model.


# The members are read-only properties: a protocol's plain attribute would be mutable and so
# match only a type that declares it exactly (not a frozen snapshot, not a model's list of its own
# class).
class EntryLike(Protocol):
    @property
    def round_key(self) -> str: ...
    @property
    def status(self) -> str | None: ...
    @property
    def comment(self) -> str | None: ...
    @property
    def numeric(self) -> Decimal | None: ...
    @property
    def explanation(self) -> str | None: ...


class MetricLike(Protocol):
    @property
    def text_fi(self) -> str: ...
    @property
    def target_fi(self) -> str: ...

    def entry(self, round_key: str) -> EntryLike | None: ...


class GoalLike(Protocol):
    @property
    def title_fi(self) -> str: ...
    @property
    def outcome_explanation(self) -> str | None: ...
    @property
    def metrics(self) -> Sequence[MetricLike]: ...


class ThemeLike(Protocol):
    @property
    def goals(self) -> Sequence[GoalLike]: ...


class YearLike(Protocol):
    @property
    def year(self) -> int: ...
    @property
    def layout(self) -> str: ...
    @property
    def themes(self) -> Sequence[ThemeLike]: ...


@dataclass(frozen=True)
class Violation:
    """One broken rule, with enough to find the place."""

    year: int
    rule: str
    goal: str | None = None
    metric: str | None = None
    metric_number: int | None = None
    round_key: str | None = None
    status: str | None = None

    def describe(self, language: str = "en") -> str:
        rule = RULES[self.rule]
        parts = [str(self.year)]
        if self.goal is not None:
            parts.append(f"goal “{shorten(self.goal, 60)}”")
        if self.metric is not None:
            parts.append(f"metric {self.metric_number} “{shorten(self.metric, 60)}”")
        if self.round_key is not None:
            parts.append(f"round {self.round_key}")
        what = f"rule {rule.number}: {rule.label(language)}"
        if self.status is not None:
            what += f" ({status_label(self.status, language)})"
        return " · ".join([*parts, what])


def check_year(year: YearLike, round_key: str | None = None) -> list[Violation]:
    """Every rule the year's data breaks, optionally only in one round."""
    found: list[Violation] = []
    rounds = (round_key,) if round_key else ROUND_KEYS
    for theme in year.themes:
        for goal in theme.goals:
            for number, metric in enumerate(goal.metrics, start=1):
                where: dict[str, Any] = {
                    "year": year.year,
                    "goal": goal.title_fi,
                    "metric": metric.text_fi,
                    "metric_number": number,
                }
                if year.layout == "status" and not metric.target_fi.strip() and round_key is None:
                    found.append(Violation(rule="target_required", **where))
                for key in rounds:
                    entry = metric.entry(key)
                    if entry is None:
                        continue
                    for rule in entry_problems(
                        key, entry.status, entry.comment, entry.numeric, entry.explanation
                    ):
                        found.append(
                            Violation(rule=rule, round_key=key, status=entry.status, **where)
                        )
            if round_key in (None, FINAL):
                finals = [_final_status(m) for m in goal.metrics]
                outcome = derive_outcome(finals)
                if outcome == Status.NOT_ACHIEVED and not (goal.outcome_explanation or "").strip():
                    found.append(
                        Violation(
                            year=year.year,
                            goal=goal.title_fi,
                            round_key=FINAL,
                            rule="explanation_required",
                            status=outcome,
                        )
                    )
    return found


def _final_status(metric: MetricLike) -> str | None:
    entry = metric.entry(FINAL)
    return entry.status if entry is not None else None
