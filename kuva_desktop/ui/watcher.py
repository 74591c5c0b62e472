"""Noticing what other windows and commands change in the window's database.

Every ``POLL_MS`` the watcher asks SQLite whether any other connection committed since it last
looked (``PRAGMA data_version`` on a connection of its own, which costs next to nothing); only
then does it read which items the ``change`` rows added since name. A stretch of typing updates
its version row in place (see ``storage.history``), so the watcher also keeps the rows that may
still be updated so (those younger than a stretch) and reads them again by id: both reads go
through the primary key, however long the history. A server database, which has no
``data_version``, is asked for the newest change id and time instead; there every unit of work
that commits announces it (``NOTIFY kuva_changes``, storage.server), and the watcher, which
LISTENs on a connection of its own whose socket a ``QSocketNotifier`` watches (so the GUI thread
never waits for it), looks at once when a notice comes and otherwise only every 30 s (for a
writer that does not announce: an older version, psql). Without notices it polls every second.

The window's own writes come back this way too (they are made on other connections of the
pool): refreshing an item the window just wrote changes nothing on screen, since an input shows
a value read from the database only when it differs from the one it showed, and never over text
still waiting to be written.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from sqlalchemy.exc import DBAPIError

from kuva_desktop.editing.changes import ChangeRow, change_mark, changes_after, newest_changes
from kuva_desktop.editing.editor import entity_ref
from kuva_desktop.errors import InputError
from kuva_desktop.storage.database import Database
from kuva_desktop.storage.keys import STRETCH
from kuva_desktop.storage.server import ChangeListener, is_server
from kuva_desktop.ui.undo import DataHub

POLL_MS = 1000
# On a server whose commits are announced (LISTEN/NOTIFY), a look now and then for writers that
# do not announce theirs.
LISTEN_POLL_MS = 30_000
# A stretch row is followed a little longer than a stretch lasts (clocks of other processes).
MARGIN = dt.timedelta(seconds=5)
# At start, the rows a stretch may still update are among the newest this many.
RECENT_ROWS = 500
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
        # The rows a stretch of typing may still update: id → (entity, entity id, at, new).
        self._open: dict[int, tuple[str, str, dt.datetime, str | None]] = {}
        self._last_id = 0
        self._take(newest_changes(database, RECENT_ROWS), _now())
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self._listener: ChangeListener | None = None
        self._notifier: QSocketNotifier | None = None
        if database.path is None and is_server(database.url):
            self._listen()

    def _listen(self) -> None:
        """On a server: look when a commit is announced (LISTEN), and only now and then
        otherwise (a writer that does not announce: an older version, psql)."""
        try:
            self._listener = ChangeListener(self.database.url)
        except ConnectionError:  # no notices: poll
            return
        self._notifier = QSocketNotifier(self._listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notice)
        self.timer.setInterval(LISTEN_POLL_MS)

    def _on_notice(self) -> None:
        if self._listener is None:
            return
        try:
            noticed = self._listener.drain()
        except ConnectionError:  # the connection was lost: back to polling
            self._stop_listening()
            self.timer.setInterval(POLL_MS)
            return
        if noticed:
            self.poll()

    def _stop_listening(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    @property
    def listening(self) -> bool:
        """Whether commits on the server are announced to this watcher (LISTEN/NOTIFY)."""
        return self._listener is not None

    def stop(self) -> None:
        self.timer.stop()
        self._stop_listening()
        if self._raw is not None:
            self._raw.close()
            self._raw = None

    def _version(self) -> Any:
        if self._raw is not None:
            return self._raw.execute("PRAGMA data_version").fetchone()[0]
        return change_mark(self.database)

    def _take(self, rows: tuple[ChangeRow, ...], now: dt.datetime) -> None:
        """Remember the newest id and the rows still open to a stretch of typing."""
        for row in rows:
            self._last_id = max(self._last_id, row.id)
            if row.action == "update" and row.field is not None:
                self._open[row.id] = (row.entity, row.entity_id, row.at, row.new)
        for key in [k for k, (_e, _i, at, _n) in self._open.items() if now - at > STRETCH + MARGIN]:
            del self._open[key]

    def poll(self) -> None:
        """Look once; announce what changed since the last look."""
        if self._raw is None and self.database.path is not None:
            return
        try:
            version = self._version()
        except (sqlite3.Error, DBAPIError, InputError):
            return  # locked, or the server out of reach, for a moment: the next look will tell
        if version == self._mark:
            return
        self._mark = version
        now = _now()
        opened = dict(self._open)
        rows = changes_after(self.database, self._last_id, list(opened))
        named: list[tuple[str, str, str]] = []  # (entity, entity id, action)
        for row in rows:
            before = opened.pop(row.id, None)
            # New, or a stretch of typing went on in it.
            if before is None or before[2:] != (row.at, row.new):
                named.append((row.entity, row.entity_id, row.action))
        for key, (entity, entity_id, _at, _new) in opened.items():  # typed back: the row is gone
            named.append((entity, entity_id, "update"))
            del self._open[key]
        self._take(rows, now)
        self._announce(named)

    def _announce(self, named: list[tuple[str, str, str]]) -> None:
        items: dict[tuple[str, Any], None] = {}
        structure = False
        for entity, entity_id, action in named:
            if action != "update" or entity not in FIELD_KINDS:
                structure = True
            if entity in FIELD_KINDS:
                ref = entity_ref(entity, entity_id)
                items[(ref.kind, ref.key)] = None
            elif entity == "goal_link":
                items[("goal", str(entity_id).split(":")[0])] = None
        if structure:
            self.hub.outside_structure.emit()
        for kind, key in items:
            self.hub.outside_changed.emit(kind, key)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
