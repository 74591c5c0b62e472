"""The form of a theme: its name in Finnish and Swedish."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kuva_desktop.domain import terms
from kuva_desktop.domain.labels import pick
from kuva_desktop.editing.read import read_theme
from kuva_desktop.storage.snapshot import Source
from kuva_desktop.ui.forms.base import Form
from kuva_desktop.ui.forms.widgets import Header
from kuva_desktop.ui.undo import Edits


class ThemeForm(Form):
    """A theme (Kaupunkistrategian teema): ``load(Ref("theme", id))``."""

    def __init__(
        self, edits: Edits, database: Source, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(edits, database, language, parent)
        self.header = Header()
        self.name_fi = QLineEdit()
        self.name_sv = QLineEdit()
        self.name_fi_label = QLabel()
        self.name_sv_label = QLabel()
        self.name_fi_label.setBuddy(self.name_fi)
        self.name_sv_label.setBuddy(self.name_sv)
        fields = QFormLayout()
        fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        fields.addRow(self.name_fi_label, self.name_fi)
        fields.addRow(self.name_sv_label, self.name_sv)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(fields)
        layout.addStretch(1)
        self.name_fi_binding = self.bind_line(self.name_fi, "name_fi")
        self.name_sv_binding = self.bind_line(self.name_sv, "name_sv")
        self.tab_order(self.name_fi, self.name_sv)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.name_fi_label.setText(self.tr("&Name (Finnish)"))
        self.name_sv_label.setText(self.tr("Name (S&wedish)"))
        self.name_fi.setAccessibleName(self.tr("Name (Finnish)"))
        self.name_sv.setAccessibleName(self.tr("Name (Swedish)"))

    def concerns_year(self, year: int) -> bool:
        return True  # the theme may have been deleted

    def reload(self) -> bool:
        assert self.ref is not None
        theme = read_theme(self.database, str(self.ref.key))
        if theme is None:
            return False
        self.header.set_texts(
            terms.COLUMN_THEME(self.language), pick(theme.name_fi, theme.name_sv, self.language)
        )
        self.name_fi_binding.load(self.ref, theme.name_fi)
        self.name_sv_binding.load(self.ref, theme.name_sv)
        self.swedish_placeholder(self.name_sv, theme.name_fi)
        return True
