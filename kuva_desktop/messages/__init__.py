"""What the application says to a person, by code: one table, three languages.

Errors a user can cause or fix (`errors.InputError`) and the other texts the layers below the UI
hand up (summaries, reasons) carry a code and their parameters rather than a finished sentence.
This table gives each code its English, Finnish and Swedish text; the window shows the UI
language, the command line English (stable for scripts, see docs/cli.md). Parameters go in with
``str.format`` names (``{path}``, ``{row}``), the same names in all three languages; a test keeps
every entry complete and its placeholders equal.

Finnish and Swedish follow the official terms of DOMAIN.md section 5 (the glossary in
docs/translations.md): *lautakunta* / *nämnd* for the board, *mittari* / *indikator*, *kierros* /
*omgång*.

The table is kept in one module per area (``database``, ``exchange``, ``packages``, ``editing``,
``reports``, ``sources``), gathered in ``catalogue.MESSAGES``; a code is defined in one area only.
Everything is imported from here, as before the split: ``from kuva_desktop.messages import …``.
"""

from kuva_desktop.messages.catalogue import MESSAGES
from kuva_desktop.messages.core import Joined, Message, field_name, placeholders, render
from kuva_desktop.messages.editing import FIELDS
from kuva_desktop.messages.history import history_source
from kuva_desktop.messages.packages import PACKAGE_REASONS
from kuva_desktop.messages.text import LANGUAGES, Text

__all__ = [
    "FIELDS",
    "LANGUAGES",
    "MESSAGES",
    "PACKAGE_REASONS",
    "Joined",
    "Message",
    "Text",
    "field_name",
    "history_source",
    "placeholders",
    "render",
]
