"""Small widgets the forms share: messages beside inputs, the status combo, headers, marks.

Data is shown as plain text everywhere, so that a goal text with "<b>" in it shows "<b>".
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kuva_desktop.domain.statuses import Status, status_colour, status_label

# A marked input: a red border that also shows in high contrast, set by the "problem" property.
FORM_STYLE = """
QLineEdit[problem="true"], QPlainTextEdit[problem="true"] {
    border: 2px solid #c62828;
    border-radius: 2px;
}
QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"], QDateEdit:disabled,
QComboBox:disabled {
    background: #eeeeee;
    color: #4d4d4d;
    border: 1px dashed #9e9e9e;
}
QLineEdit[unsaved="true"], QPlainTextEdit[unsaved="true"], QComboBox[unsaved="true"] {
    border: 2px dashed #e65100;
    border-radius: 2px;
}
QLabel[role="heading"] { font-weight: bold; font-size: 11pt; }
QLabel[role="kind"] { color: #555555; }
QLabel[role="metric"] { font-weight: 600; }
"""


def plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    """A label for data: plain text always, so that "<b>" in a goal shows as typed."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    return label


class LongText(QPlainTextEdit):
    """An input for a long text: plain text only, and its own undo off so that Ctrl+Z reaches
    the window's undo stack. As tall as ``lines`` lines; longer texts scroll."""

    def __init__(self, lines: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(self._height(min(lines, 2)))

    def _height(self, lines: int) -> int:
        margins = self.contentsMargins()
        document = int(self.document().documentMargin() * 2)
        frame = margins.top() + margins.bottom() + document
        return self.fontMetrics().lineSpacing() * lines + frame

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(self.lines))


def long_text(lines: int = 4) -> LongText:
    return LongText(lines)


def mark(widget: QWidget, problem: bool) -> None:
    """Mark an input as breaking a rule (a red border through the form's style sheet)."""
    if bool(widget.property("problem")) == problem:
        return
    widget.setProperty("problem", problem)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


def strip_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


@contextlib.contextmanager
def blocked(*objects: QObject) -> Iterator[None]:
    """Signals of the objects off while a value is put in (nothing is written back)."""
    previous = [o.blockSignals(True) for o in objects]
    try:
        yield
    finally:
        for obj, was in zip(objects, previous, strict=True):
            obj.blockSignals(was)


class Message(QWidget):
    """A message beside an input: an icon and a text, hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None, *, warning: bool = True) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.icon = QLabel()
        pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning
        if not warning:
            pixmap = QStyle.StandardPixmap.SP_MessageBoxInformation
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = plain_label()
        if warning:
            self.label.setStyleSheet("color: #b71c1c;")
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        # The line stays reserved while there is nothing to say, so that the inputs below do not
        # jump (and a click does not land in empty space) as a message comes and goes.
        self.setMinimumHeight(max(size, self.label.fontMetrics().lineSpacing()))
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setVisible(False)

    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""

    def show_text(self, text: str | None) -> None:
        self.label.setText(text or "")
        self.setHidden(not text)


class StatusCombo(QComboBox):
    """A status chosen from the codes a round takes, plus an empty choice; coloured by status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._codes: tuple[Status, ...] = ()
        self.currentIndexChanged.connect(self._colour)

    def set_codes(self, codes: tuple[Status, ...], language: str) -> None:
        """The choices in ``language``; keeps the chosen code."""
        current = self.code()
        if (
            codes == self._codes
            and self.count()
            and self.itemText(1) == status_label(codes[0], language)
        ):
            return
        self._codes = codes
        with blocked(self):
            self.clear()
            self.addItem("", None)
            for code in codes:
                self.addItem(status_label(code, language), code.value)
                index = self.count() - 1
                self.setItemData(index, QColor(status_colour(code)), Qt.ItemDataRole.BackgroundRole)
                self.setItemData(index, QColor("#000000"), Qt.ItemDataRole.ForegroundRole)
            self.set_code(current)
        self._colour()

    def code(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        if index < 0:  # a code the round does not take (rule 1): shown as stored, not lost
            self.addItem(str(code), code)
            index = self.count() - 1
        self.setCurrentIndex(index)
        self._colour()

    def _colour(self) -> None:
        code = self.code()
        if code and code in {s.value for s in Status}:
            self.setStyleSheet(
                f"QComboBox {{ background-color: {status_colour(code)}; color: #000000; "
                "padding: 2px 6px; }"
            )
        else:
            self.setStyleSheet("")


class ElidedLabel(QLabel):
    """One line of plain text, cut with an ellipsis to the label's width; the whole text in
    ``full_text()`` and the tooltip. Its height never depends on the text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(1)

    def set_full_text(self, text: str) -> None:
        self._full = " ".join(text.split())
        self.setToolTip(text if text else "")
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()

    def sizeHint(self) -> QSize:
        # One line tall whatever the text, even before the style sheet's font is applied.
        return QSize(super().sizeHint().width(), self.fontMetrics().height())

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, max(1, self.width())
        )
        if self.text() != shown:
            self.setText(shown)


class Header(QWidget):
    """The top of a form: what the item is (small) and its name (bold), one line each.

    The name is what the person types in a field below it; if it wrapped to more lines as it
    grew, every input would move down at the first save, and a click aimed at the next input
    would land in empty space while typing went on in the previous one (issue 11).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(2)
        self.kind = ElidedLabel()
        self.kind.setProperty("role", "kind")
        self.title = ElidedLabel()
        self.title.setProperty("role", "heading")
        layout.addWidget(self.kind)
        layout.addWidget(self.title)

    def set_texts(self, kind: str, title: str) -> None:
        self.kind.set_full_text(kind)
        self.title.set_full_text(title)


def fill_checklist(listing: QListWidget, items: list[tuple[str, str]]) -> bool:
    """Put (name, shown text) items in a checkable list; False when it already had them."""
    present = [
        (listing.item(i).data(Qt.ItemDataRole.UserRole), listing.item(i).text())
        for i in range(listing.count())
    ]
    if present == items:
        return False
    with blocked(listing):
        listing.clear()
        for name, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            listing.addItem(item)
    # As tall as the list (up to fourteen rows), so that a short vocabulary leaves no empty box.
    rows = max(3, min(listing.count(), 14))
    row = listing.sizeHintForRow(0) if listing.count() else listing.fontMetrics().height()
    listing.setFixedHeight(rows * row + 2 * listing.frameWidth() + 4)
    return True


def fill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    """(data, text) choices in a combo, keeping the chosen one; no signal goes out."""
    current = combo.currentData()
    with blocked(combo):
        if [combo.itemData(i) for i in range(combo.count())] == [d for d, _ in items]:
            for index, (_, text) in enumerate(items):
                combo.setItemText(index, text)
            return
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
