"""JSON read strictly: an object that names a key twice is refused, not read as its last value.

Python's ``json`` keeps the last of two equal keys, so ``{"comment": "a", "comment": "b"}`` would
read as "b" while another tool might read "a": a file that two readers understand differently is
refused here.
"""

from __future__ import annotations

import json
from typing import Any


class DuplicateKey(Exception):
    """An object in the document has ``key`` twice."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DuplicateKey(key)
        out[key] = value
    return out


def loads(text: str, **options: Any) -> Any:
    """``json.loads`` that raises ``DuplicateKey`` for a key given twice in one object."""
    return json.loads(text, object_pairs_hook=_unique, **options)
