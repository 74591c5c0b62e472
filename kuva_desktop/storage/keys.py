"""What the history and the editor name things by, with no database code.

The window's forms and undo stack use these before SQLAlchemy is loaded (``ui/app.py`` shows the
first form from a standard-library read), so they live apart from ``storage.history``, which
writes the history through the session.
"""

from __future__ import annotations

import datetime as dt

SOURCE_TYPED = "typed"
# Typed changes of one field by one person this close together are one version
# (``storage.history``'s module doc).
STRETCH = dt.timedelta(seconds=30)


def per_round_id(owner: object, round_key: str) -> str:
    """The id of something that exists once per round: an entry's "<metric id>:<round key>", a
    round's "<year>:<round key>". The history's ``entity_id`` and the editor's ``Ref`` keys."""
    return f"{owner}:{round_key}"


def split_per_round_id(key: object) -> tuple[str, str]:
    """``per_round_id`` taken apart: (the metric id or the year, the round key)."""
    owner, _, round_key = str(key).rpartition(":")
    return owner, round_key
