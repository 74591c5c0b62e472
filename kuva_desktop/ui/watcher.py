"""Noticing what other windows and commands change in the window's database.

Every ``POLL_MS`` the watcher asks SQLite whether any other connection committed since it last
looked (``PRAGMA data_version`` on a connection of its own, which costs next to nothing); only
then does it read which items the new or updated ``change`` rows name, and tells the hub. A
server database, which has no ``data_version``, is asked for the newest change id and time.

The window's own writes come back this way too (they are made on other connections of the
pool): refreshing an item the window just wrote changes nothing on screen, since an input shows
a value read from the database only when it differs from the one it showed, and never over text
still waiting to be written.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from PySide6.QtCore import QObject, QTimer
from sqlalchemy import func, or_, select

from kuva_desktop.editing.editor import change_ref
from kuva_desktop.storage import models as m
from kuva_desktop.storage.database import Database
from kuva_desktop.ui.undo import DataHub

POLL_MS = 1000
# Rows updated in place (a stretch of typing) are found by their time, read with this margin.
MARGIN = dt.timedelta(seconds=2)
FIELD_KINDS = ("year", "round", "theme", "goal", "metric", "entry")


class ChangeWatcher(QObject):
    """Polls the database for changes made elsewhere and announces them on ``hub``
    (``outside_changed(kind, key)`` per item, ``outside_structure()`` for items added, moved or
    deleted and for the vocabularies)."""

    def __init__(self, database: Database, hub: DataHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database, self.hub = database, hub
        self._raw: sqlite3.Connection | None = None
        if database.path is not None:
            self._raw = sqlite3.connect(database.path, check_same_thread=False)
        self._mark = self._version()
        self._last_id, self._since = self._newest()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self._raw is not None:
            self._raw.close()
            self._raw = None

    def _version(self) -> Any:
        if self._raw is not None:
            return self._raw.execute("PRAGMA data_version").fetchone()[0]
        with self.database.reader() as session:
            return tuple(
                session.execute(select(func.max(m.Change.id), func.max(m.Change.at))).one()
            )

    def _newest(self) -> tuple[int, dt.datetime]:
        with self.database.reader() as session:
            newest = session.scalar(select(func.max(m.Change.id))) or 0
        return newest, _now()

    def poll(self) -> None:
        """Look once; announce what changed since the last look."""
        if self._raw is None and self.database.path is not None:
            return
        try:
            version = self._version()
        except sqlite3.Error:
            return  # locked or gone for a moment: the next look will tell
        if version == self._mark:
            return
        self._mark = version
        now = _now()
        with self.database.reader() as session:
            rows = session.execute(
                select(m.Change.id, m.Change.entity, m.Change.entity_id, m.Change.action)
                .where(or_(m.Change.id > self._last_id, m.Change.at >= self._since - MARGIN))
                .order_by(m.Change.id)
            ).all()
        self._since = now
        if rows:
            self._last_id = max(self._last_id, max(r.id for r in rows))
        items: dict[tuple[str, Any], None] = {}
        structure = False
        for row in rows:
            if row.action != "update" or row.entity not in FIELD_KINDS:
                structure = True
            if row.entity in FIELD_KINDS:
                ref = change_ref(_Change(row.entity, row.entity_id))
                items[(ref.kind, ref.key)] = None
            elif row.entity == "goal_link":
                items[("goal", str(row.entity_id).split(":")[0])] = None
        if structure:
            self.hub.outside_structure.emit()
        for kind, key in items:
            self.hub.outside_changed.emit(kind, key)


class _Change:
    """What ``change_ref`` reads of a change row."""

    def __init__(self, entity: str, entity_id: str) -> None:
        self.entity, self.entity_id = entity, entity_id


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
