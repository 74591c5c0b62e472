"""The form of a goal: title and description in Finnish and Swedish, owners, links, its rounds."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kuva_desktop.domain import terms
from kuva_desktop.domain.labels import pick
from kuva_desktop.domain.rules import ROUND_KEYS
from kuva_desktop.editing.read import read_goal
from kuva_desktop.storage.snapshot import Source
from kuva_desktop.ui.forms.base import Form
from kuva_desktop.ui.forms.widgets import Header, fill_checklist, long_text
from kuva_desktop.ui.undo import Edits


class GoalForm(Form):
    """A binding goal (Sitova toiminnan tavoite): ``load(Ref("goal", id))``.

    Signals:
        round_requested(goal_id, round_key): the person asked for the goal's form of a round.
    """

    round_requested = Signal(str, str)

    def __init__(
        self, edits: Edits, database: Source, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(edits, database, language, parent)
        self.header = Header()
        self.title_fi, self.title_sv = QLineEdit(), QLineEdit()
        self.description_fi, self.description_sv = long_text(5), long_text(5)
        self.owners, self.links = QListWidget(), QListWidget()
        self.labels = {name: QLabel() for name in ("title_fi", "title_sv", "desc_fi", "desc_sv")}
        self.owners_label, self.links_label = QLabel(), QLabel()
        pairs = (
            (self.labels["title_fi"], self.title_fi),
            (self.labels["title_sv"], self.title_sv),
            (self.labels["desc_fi"], self.description_fi),
            (self.labels["desc_sv"], self.description_sv),
            (self.owners_label, self.owners),
            (self.links_label, self.links),
        )
        fields = QFormLayout()
        fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for label, widget in pairs:
            label.setBuddy(widget)
            fields.addRow(label, widget)

        # The goal's rounds: the forms where its metrics' forecasts and outcome are entered.
        self.rounds_label = QLabel()
        self.round_buttons = {key: QPushButton() for key in ROUND_KEYS}
        buttons = QHBoxLayout()
        for key in ROUND_KEYS:
            button = self.round_buttons[key]
            button.clicked.connect(lambda _=False, k=key: self._ask_round(k))
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(fields)
        layout.addSpacing(8)
        layout.addWidget(self.rounds_label)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.title_fi_binding = self.bind_line(self.title_fi, "title_fi")
        self.title_sv_binding = self.bind_line(self.title_sv, "title_sv")
        self.description_fi_binding = self.bind_plain(self.description_fi, "description_fi")
        self.description_sv_binding = self.bind_plain(self.description_sv, "description_sv")
        self.owners_binding = self.bind_list(self.owners, "owners")
        self.links_binding = self.bind_list(self.links, "links", keep_order=True)
        self.tab_order(
            self.title_fi,
            self.title_sv,
            self.description_fi,
            self.description_sv,
            self.owners,
            self.links,
            *self.round_buttons.values(),
        )
        self._year: int | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = {
            "title_fi": (self.tr("&Title (Finnish)"), self.tr("Title (Finnish)")),
            "title_sv": (self.tr("T&itle (Swedish)"), self.tr("Title (Swedish)")),
            "desc_fi": (self.tr("&Description (Finnish)"), self.tr("Description (Finnish)")),
            "desc_sv": (self.tr("D&escription (Swedish)"), self.tr("Description (Swedish)")),
        }
        widgets = {
            "title_fi": self.title_fi,
            "title_sv": self.title_sv,
            "desc_fi": self.description_fi,
            "desc_sv": self.description_sv,
        }
        for name, (label, accessible) in texts.items():
            self.labels[name].setText(label)
            widgets[name].setAccessibleName(accessible)
        self.owners_label.setText(self.tr("&Owners"))
        self.owners.setAccessibleName(self.tr("Owners"))
        links = terms.COLUMN_LINKS(self.language)
        # The official term, with its first letter as the mnemonic.
        self.links_label.setText("&" + links.replace("&", "&&"))
        self.links.setAccessibleName(links)
        self.rounds_label.setText(self.tr("Forecasts and year-end outcome of the metrics:"))

    def concerns_year(self, year: int) -> bool:
        return year == self._year

    def reload(self) -> bool:
        assert self.ref is not None
        goal = read_goal(self.database, str(self.ref.key))
        if goal is None:
            return False
        self._year = goal.year
        vocabulary = sorted(
            ((fi, pick(fi, sv, self.language)) for fi, sv in goal.all_links),
            key=lambda item: item[1].casefold(),
        )
        self.header.set_texts(
            terms.COLUMN_GOAL(self.language), pick(goal.title_fi, goal.title_sv, self.language)
        )
        ref = self.ref
        self.title_fi_binding.load(ref, goal.title_fi)
        self.title_sv_binding.load(ref, goal.title_sv)
        self.description_fi_binding.load(ref, goal.description_fi)
        self.description_sv_binding.load(ref, goal.description_sv)
        self.swedish_placeholder(self.title_sv, goal.title_fi)
        self.swedish_placeholder(self.description_sv, goal.description_fi)
        rebuilt = fill_checklist(self.owners, [(n, n) for n in goal.all_owners])
        self.owners_binding.load(ref, list(goal.owners), force=rebuilt)
        rebuilt = fill_checklist(self.links, vocabulary)
        self.links_binding.load(ref, list(goal.links), force=rebuilt)
        for key, button in self.round_buttons.items():
            button.setVisible(key in goal.round_keys)
            button.setText(terms.round_label(key, goal.year, self.language))
        return True

    def _ask_round(self, key: str) -> None:
        if self.ref is not None:
            self.commit_pending()
            self.round_requested.emit(str(self.ref.key), key)
