"""Errors a user can cause or fix, as distinct from bugs."""

from __future__ import annotations

from kuva_desktop.messages import MESSAGES, PLAIN, render


class InputError(Exception):
    """Refused input or an unusable file: what and where, and nothing changed.

    Raised with a code of `messages.MESSAGES` and its parameters, ``InputError("db.locked",
    path=path)``; ``text(language)`` makes the sentence in that language. The command line prints
    the English sentence on one line and exits with status 2; the window shows it in the UI
    language (`ui.i18n.error_text`). A string that is not a code is taken as a finished English
    sentence (the ``plain`` code) until every refusal has a code of its own. Anything else that
    goes wrong is a bug.
    """

    def __init__(self, code: str, /, **params: object) -> None:
        if code not in MESSAGES:
            code, params = PLAIN, {"text": code}
        self.code = code
        self.params = params
        self.message = render(code, params)
        super().__init__(self.message)

    def text(self, language: str = "en") -> str:
        """The sentence in ``language`` (en, fi or sv)."""
        return render(self.code, self.params, language)

    def __str__(self) -> str:
        return self.message
