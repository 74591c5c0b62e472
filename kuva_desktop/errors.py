"""Errors a user can cause or fix, as distinct from bugs."""

from __future__ import annotations


class InputError(Exception):
    """Refused input or an unusable file: the message says what and where, and nothing changed.

    The command line prints the message on one line and exits with status 2; the window shows it
    in a message box. Anything else that goes wrong is a bug.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
