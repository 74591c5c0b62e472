"""E-mail drafts to goal owners: a package to send, a reminder of a missing submission.

A draft is opened in the user's mail program as a ``mailto:`` URL (RFC 6068): the owner's address,
a subject and a body in the owner's language (``fi`` or ``sv``, the texts of ``messages.py``).
A ``mailto:`` URL cannot attach a file, so the package's body names the file to attach, with its
full path.

Mail programs and the systems that hand them the URL cut or refuse long ones (Windows' shell and
some Outlook versions near 2 000 characters), so a URL is kept under ``MAX_URL``: a reminder lists
at most ``MAX_LISTED`` missing metrics, each on one shortened line, then "and K more", fewer when
the URL would still be too long; a body that cannot be made short enough so is cut with "…".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from kuva_desktop.domain.dates import format_date
from kuva_desktop.domain.terms import round_label
from kuva_desktop.messages import Message, render

MAX_URL = 2000
MAX_LISTED = 10
METRIC_WIDTH = 90  # characters of a metric's text on its line of a reminder

DateFormat = Callable[[dt.date, str], str]


@dataclass(frozen=True)
class Draft:
    """A message to open in the mail program."""

    to: str
    subject: str
    body: str

    @property
    def url(self) -> str:
        return mailto_url(self.to, self.subject, self.body)


def mailto_url(to: str, subject: str, body: str, limit: int | None = MAX_URL) -> str:
    """``mailto:to?subject=…&body=…``, UTF-8 percent-encoded (a space ``%20``, a line break
    ``%0D%0A``), at most ``limit`` characters: a longer body is cut and ends with "…"."""

    def url(text: str) -> str:
        crlf = "\r\n".join(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
        return (
            f"mailto:{quote(to.strip(), safe='@+')}"
            f"?subject={quote(' '.join(subject.split()), safe='')}"
            f"&body={quote(crlf, safe='')}"
        )

    whole = url(body)
    if limit is None or len(whole) <= limit:
        return whole
    low, high = 0, len(body)  # the longest start of the body that fits, with "…"
    while low < high:
        middle = (low + high + 1) // 2
        if len(url(body[:middle].rstrip() + "…")) <= limit:
            low = middle
        else:
            high = middle - 1
    return url(body[:low].rstrip() + "…")


def deadline_text(
    deadline: dt.date | None,
    language: str,
    today: dt.date | None = None,
    date_format: DateFormat = format_date,
) -> str:
    """ "viimeistään 30.4.2022", "mahdollisimman pian (määräaika oli 30.4.2022)" when it has
    passed, "mahdollisimman pian" without one."""
    if deadline is None:
        return Message("mail.deadline.none").text(language)
    date = date_format(deadline, language)
    if deadline < (today or dt.date.today()):
        return Message("mail.deadline.passed", date=date).text(language)
    return Message("mail.deadline", date=date).text(language)


def package_draft(
    *,
    to: str,
    name: str,
    language: str,
    year: int,
    round_key: str,
    deadline: dt.date | None,
    file: Path,
    today: dt.date | None = None,
    date_format: DateFormat = format_date,
) -> Draft:
    """The message that goes with an issued package: the round, the deadline, the file."""
    round_text = round_label(round_key, year, language)
    return Draft(
        to,
        render("mail.package.subject", {"round": round_text}, language),
        render(
            "mail.package.body",
            {
                "name": name,
                "round": round_text,
                "deadline": deadline_text(deadline, language, today, date_format),
                "file": str(file),
            },
            language,
        ),
    )


def reminder_draft(
    *,
    to: str,
    name: str,
    language: str,
    year: int,
    round_key: str,
    deadline: dt.date | None,
    missing: Sequence[str],
    today: dt.date | None = None,
    date_format: DateFormat = format_date,
) -> Draft:
    """A reminder of a submission that has not come: the metrics without values, the deadline.

    As many of ``missing`` (metric texts) as keep the URL under ``MAX_URL``, at most
    ``MAX_LISTED``, then "and K more"."""
    round_text = round_label(round_key, year, language)
    lines = [_one_line(text) for text in missing]

    def draft(shown: int) -> Draft:
        if lines:
            listed = [f"- {line}" for line in lines[:shown]]
            if shown < len(lines):
                listed.append(Message("mail.more", count=len(lines) - shown).text(language))
            what = Message("mail.remind.missing", metrics="\n".join(listed)).text(language)
        else:
            what = Message("mail.remind.nothing_missing").text(language)
        return Draft(
            to,
            render("mail.remind.subject", {"round": round_text}, language),
            render(
                "mail.remind.body",
                {
                    "name": name,
                    "round": round_text,
                    "missing": what,
                    "deadline": deadline_text(deadline, language, today, date_format),
                },
                language,
            ),
        )

    shown = min(len(lines), MAX_LISTED)
    while shown > 0 and _too_long(draft(shown)):
        shown -= 1
    return draft(shown)


def _too_long(draft: Draft) -> bool:
    return len(mailto_url(draft.to, draft.subject, draft.body, limit=None)) > MAX_URL


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= METRIC_WIDTH else line[: METRIC_WIDTH - 1].rstrip() + "…"
