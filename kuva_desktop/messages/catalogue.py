"""The whole table of messages: every area's codes (tests/test_messages.py checks that no code is
defined in two areas, where one would silently replace the other)."""

from __future__ import annotations

from kuva_desktop.messages import database, editing, exchange, packages, reports, sources
from kuva_desktop.messages.text import Text

AREAS = (database, editing, exchange, packages, reports, sources)

MESSAGES: dict[str, Text] = {
    **database.MESSAGES,
    **editing.MESSAGES,
    **exchange.MESSAGES,
    **packages.MESSAGES,
    **reports.MESSAGES,
    **sources.MESSAGES,
}
