"""A code and its parameters made into a sentence in a language."""

from __future__ import annotations

import string
from collections.abc import Mapping

from kuva_desktop.messages.catalogue import MESSAGES
from kuva_desktop.messages.editing import FIELDS
from kuva_desktop.messages.text import LANGUAGES, Text


class Message(str):
    """A code and its parameters, made into a sentence only where it is shown: a refusal's
    details, a reason, a field name. A parameter may itself be a ``Message`` (or an
    ``InputError``); it is rendered in the same language.

    As a ``str`` it is the English sentence, so it goes wherever a finished English message went
    (``EditRefused(rule, Message("round.locked", round="1"))``): an ``InputError`` made of it keeps
    the message and the window renders it in the UI language.
    """

    code: str
    params: dict[str, object]

    def __new__(cls, code: str, /, **params: object) -> Message:
        if code not in MESSAGES:
            raise KeyError(f"no message {code!r}")
        message = super().__new__(cls, render(code, params))
        message.code = code
        message.params = params
        return message

    def text(self, language: str = "en") -> str:
        if language not in LANGUAGES or language == "en":
            # Made with the message: a message inside others is not rendered again for each.
            return str.__str__(self)
        return render(self.code, self.params, language)

    def __repr__(self) -> str:
        return f"Message({self.code!r}, {self.params!r})"


class Joined:
    """Items of a sentence (messages or texts) joined in the language of the sentence."""

    __slots__ = ("items", "separator")

    def __init__(self, items: list[object], separator: str = "; ") -> None:
        self.items = items
        self.separator = separator

    def text(self, language: str = "en") -> str:
        return self.separator.join(str(_shown(item, language)) for item in self.items)

    def __str__(self) -> str:
        return self.text()


def field_name(field: str) -> Message | str:
    """A field's name as a message ("comments", "name in Swedish"); an unknown one as it is."""
    base, language = (field[:-3], field[-2:]) if field.endswith(("_fi", "_sv")) else (field, "")
    if base not in FIELDS:
        return field
    name = Message(f"field.{base}")
    return Message(f"field.in.{language}", name=name) if language else name


def placeholders(template: str) -> set[str]:
    """The parameter names a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def render(code: str, params: Mapping[str, object], language: str = "en") -> str:
    """The sentence of ``code`` in ``language`` with its parameters filled in."""
    template = MESSAGES[code].get(language)
    if "where" in params and params["where"] is None:
        # No place: a refusal shown under its own field ("ei ole luku (paljon)").
        template = template.removeprefix("{where}: ")
    return template.format_map({name: _shown(value, language) for name, value in params.items()})


def _shown(value: object, language: str) -> object:
    # A Text (a field's name) and a message (or an error: anything with text(language)) speak the
    # same language; paths and other objects are shown as their text; numbers keep their own
    # formatting.
    if isinstance(value, Text):
        return value.get(language)
    text = getattr(value, "text", None)
    if callable(text):
        return text(language)
    return value if isinstance(value, int | float | str) else str(value)
