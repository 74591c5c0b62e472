"""Dates as a reader of the reports expects them: ``30.4.2022`` in Finnish and Swedish (Finland's
convention, as the seeds write them: no leading zeros), ISO 8601 in English.

The window formats through ``ui/formatting.py`` (Qt's fi_FI and sv_FI locales), which writes the
same ``30.4.2022``; this is the same convention for the layers without Qt (the reports).
"""

from __future__ import annotations

import datetime as dt


def format_date(day: dt.date, language: str) -> str:
    if language in ("fi", "sv"):
        return f"{day.day}.{day.month}.{day.year}"
    return day.isoformat()
