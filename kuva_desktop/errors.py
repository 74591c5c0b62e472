"""Errors a user can cause or fix, as distinct from bugs."""

from __future__ import annotations

import errno

from kuva_desktop.messages import MESSAGES, Message, render


class InputError(Exception):
    """Refused input or an unusable file: what and where, and nothing changed.

    Raised with a code of `messages.MESSAGES` and its parameters, ``InputError("db.locked",
    path=path)``; ``text(language)`` makes the sentence in that language. The command line prints
    the English sentence on one line and exits with status 2; the window shows it in the UI
    language (`ui.i18n.error_text`). A ``Message`` stands for its code and parameters. A code that
    is not in the table is a bug (KeyError): every refusal has a code of its own, so that no
    English sentence reaches a Finnish or Swedish window. Anything else that goes wrong is a bug.
    """

    def __init__(self, code: str, /, **params: object) -> None:
        if isinstance(code, Message) and not params:
            # A message made already (``EditRefused(rule, Message("round.locked", round="1"))``)
            # is its code and parameters.
            made = code
            code, params = made.code, made.params
        elif code not in MESSAGES:
            raise KeyError(f"no message {code!r}")
        self.code = code
        self.params = params
        self.message = render(code, params)
        super().__init__(self.message)

    def text(self, language: str = "en") -> str:
        """The sentence in ``language`` (en, fi or sv)."""
        return render(self.code, self.params, language)

    def __str__(self) -> str:
        return self.message


# The system's reasons a person can act on, by errno; the others are named by their number.
_OS_REASONS = {
    errno.ENOSPC: "os.no_space",
    errno.EDQUOT: "os.no_space",
    errno.EACCES: "os.denied",
    errno.EPERM: "os.denied",
    errno.EROFS: "os.read_only",
    errno.ENOENT: "os.not_found",
    errno.ENAMETOOLONG: "os.name_too_long",
    errno.EISDIR: "os.is_folder",
    errno.ENOTDIR: "os.not_folder",
    errno.EEXIST: "os.exists",
}


def os_reason(error: OSError) -> Message:
    """Why the system refused a file operation, in words of the message table (the OS's own
    ``strerror`` is English only)."""
    code = _OS_REASONS.get(error.errno or 0)
    return Message(code) if code else Message("os.other", errno=error.errno or 0)
