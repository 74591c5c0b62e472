"""The form of a metric: text and target level in Finnish and Swedish, recovery flag, owners."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from kuva_desktop.domain import terms
from kuva_desktop.domain.labels import pick, shorten
from kuva_desktop.domain.rules import RULES
from kuva_desktop.editing.read import read_metric
from kuva_desktop.storage.snapshot import Source
from kuva_desktop.ui.forms.base import Form
from kuva_desktop.ui.forms.widgets import (
    Header,
    Message,
    fill_checklist,
    long_text,
    mark,
    plain_label,
)
from kuva_desktop.ui.undo import Edits


class MetricForm(Form):
    """A metric (mittari) of a goal: ``load(Ref("metric", id))``."""

    def __init__(
        self, edits: Edits, database: Source, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(edits, database, language, parent)
        self.header = Header()
        self.text_fi, self.text_sv = long_text(3), long_text(3)
        self.target_fi, self.target_sv = long_text(2), long_text(2)
        self.recovery = QCheckBox()
        self.owners = QListWidget()
        self.owners_hint = plain_label()
        self.target_message = Message()
        self.labels = {
            name: QLabel() for name in ("text_fi", "text_sv", "target_fi", "target_sv", "owners")
        }
        fields = QFormLayout()
        fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for name, widget in (
            ("text_fi", self.text_fi),
            ("text_sv", self.text_sv),
            ("target_fi", self.target_fi),
        ):
            self.labels[name].setBuddy(widget)
            fields.addRow(self.labels[name], widget)
        fields.addRow(self.target_message)
        self.labels["target_sv"].setBuddy(self.target_sv)
        fields.addRow(self.labels["target_sv"], self.target_sv)
        fields.addRow(self.recovery)
        self.labels["owners"].setBuddy(self.owners)
        fields.addRow(self.labels["owners"], self.owners)
        fields.addRow(self.owners_hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(fields)
        layout.addStretch(1)

        self.text_fi_binding = self.bind_plain(self.text_fi, "text_fi")
        self.text_sv_binding = self.bind_plain(self.text_sv, "text_sv")
        self.target_fi_binding = self.bind_plain(self.target_fi, "target_fi")
        self.target_sv_binding = self.bind_plain(self.target_sv, "target_sv")
        self.recovery_binding = self.bind_check(self.recovery, "recovery")
        self.owners_binding = self.bind_list(self.owners, "owners")
        self.target_fi.textChanged.connect(self._validate)
        self.tab_order(
            self.text_fi, self.text_sv, self.target_fi, self.target_sv, self.recovery, self.owners
        )
        self._year: int | None = None
        self._layout = "narrative"
        self._goal_owners: list[str] = []
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = {
            "text_fi": (self.tr("&Metric (Finnish)"), self.tr("Metric (Finnish)"), self.text_fi),
            "text_sv": (self.tr("M&etric (Swedish)"), self.tr("Metric (Swedish)"), self.text_sv),
            "target_fi": (
                self.tr("&Target level (Finnish)"),
                self.tr("Target level (Finnish)"),
                self.target_fi,
            ),
            "target_sv": (
                self.tr("T&arget level (Swedish)"),
                self.tr("Target level (Swedish)"),
                self.target_sv,
            ),
            "owners": (self.tr("&Owners"), self.tr("Owners"), self.owners),
        }
        for name, (label, accessible, widget) in texts.items():
            self.labels[name].setText(label)
            widget.setAccessibleName(accessible)
        recovery = terms.COLUMN_RECOVERY(self.language)  # the official term
        self.recovery.setText("&" + recovery)
        self.recovery.setAccessibleName(recovery)
        self._show_owners_hint()
        self._validate()

    def _show_owners_hint(self) -> None:
        names = ", ".join(self._goal_owners) or "—"
        self.owners_hint.setText(
            self.tr("None checked: the goal's owners (%1).").replace("%1", names)
        )

    def concerns(self, kind: str, key: Any) -> bool:
        # The goal's owners are this metric's owners while it has none of its own.
        return super().concerns(kind, key) or (kind == "year" and key == self._year)

    def concerns_year(self, year: int) -> bool:
        return year == self._year

    def reload(self) -> bool:
        assert self.ref is not None
        metric = read_metric(self.database, str(self.ref.key))
        if metric is None:
            return False
        self._year, self._layout = metric.year, metric.layout
        self._goal_owners = list(metric.goal_owners)
        goal_title = pick(metric.goal_title_fi, metric.goal_title_sv, self.language)
        self.header.set_texts(
            self.tr("Metric of the goal “%1”").replace("%1", shorten(goal_title, 90)),
            pick(metric.text_fi, metric.text_sv, self.language),
        )
        ref = self.ref
        self.text_fi_binding.load(ref, metric.text_fi)
        self.text_sv_binding.load(ref, metric.text_sv)
        self.target_fi_binding.load(ref, metric.target_fi)
        self.target_sv_binding.load(ref, metric.target_sv)
        self.swedish_placeholder(self.text_sv, metric.text_fi)
        self.swedish_placeholder(self.target_sv, metric.target_fi)
        self.recovery_binding.load(ref, metric.recovery)
        # The recovery flag belongs to the status layout (2021 on).
        self.recovery.setVisible(self._layout == "status" or metric.recovery is not None)
        rebuilt = fill_checklist(self.owners, [(n, n) for n in metric.all_owners])
        self.owners_binding.load(ref, list(metric.owners), force=rebuilt)
        self._show_owners_hint()
        self._validate()
        return True

    def _validate(self) -> None:
        """Rule 5: every metric of a status year has a target level."""
        missing = self._layout == "status" and not self.target_fi.toPlainText().strip()
        mark(self.target_fi, missing)
        self.target_message.show_text(
            RULES["target_required"].label(self.language) if missing else None
        )
