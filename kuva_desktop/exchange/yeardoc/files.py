"""The year document as a JSON file: written, read, and checked before anything is applied."""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from pydantic import ValidationError

from kuva_desktop.domain import fields, numbers
from kuva_desktop.domain.fields import EditRefused
from kuva_desktop.errors import InputError, os_reason
from kuva_desktop.exchange import document as doc
from kuva_desktop.exchange import strict_json
from kuva_desktop.messages import Message


def dump(document: doc.YearDocument) -> str:
    """The document as JSON text: UTF-8, two-space indent, keys in the documented order."""
    data = document.model_dump(mode="json")
    for theme in data["themes"]:
        for goal in theme["goals"]:
            for metric in goal["metrics"]:
                metric["entries"] = {
                    key: {k: entry[k] for k in fields.entry_fields(key)}
                    for key, entry in metric["entries"].items()
                }
    for key in ("database", "revision"):  # written by export-json, absent from other documents
        if key in data and data[key] is None:
            del data[key]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def load(path: Path) -> doc.YearDocument:
    """Read and validate a year document; every problem names the file and the place in it."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError("yeardoc.cannot_read", file=path, reason=os_reason(error)) from None
    return parse(raw, str(path))


def parse(raw: bytes, name: str) -> doc.YearDocument:
    if not raw.strip():
        raise InputError("yeardoc.empty", file=name)
    try:
        # Numbers as decimals, so that 99999999999.9999 stays what it is (a float would not).
        data = strict_json.loads(raw.decode("utf-8-sig"), parse_float=Decimal)
    except strict_json.DuplicateKey as error:
        raise InputError("json.duplicate_key", file=name, key=error.key) from None
    except UnicodeDecodeError:
        raise InputError("yeardoc.not_utf8", file=name) from None
    except json.JSONDecodeError as error:
        # The parser's own reason ("Expecting ',' delimiter") is a detail for the technical
        # reader; the place is what a person needs.
        raise InputError(
            "yeardoc.bad_json", file=name, line=error.lineno, column=error.colno, error=error.msg
        ) from None
    if not isinstance(data, dict) or data.get("format") != doc.FORMAT:
        raise InputError("yeardoc.not_ours", file=name, format=doc.FORMAT)
    if data.get("version") != doc.VERSION:
        raise InputError(
            "yeardoc.version", file=name, found=repr(data.get("version")), version=doc.VERSION
        )
    try:
        document = doc.YearDocument.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = _json_path(first["loc"])
        at = Message("yeardoc.at", file=name, where=where)
        raise InputError("yeardoc.invalid", at=at, error=first["msg"]) from None
    check_document(document, name)
    return document


def check_document(document: doc.YearDocument, name: str) -> None:
    """Every text and number of the document as the domain takes them (``domain.fields``);
    the first that is refused names the file and its place (``themes[0].goals[1].title.fi``)."""

    def text(value: str | None, field: str, where: str) -> None:
        if value is not None:
            try:
                fields.clean_text(value, field)
            except EditRefused as error:
                raise error.at(Message("yeardoc.at", file=name, where=where)) from None

    def texts(value: doc.Text, field: str, where: str) -> None:
        text(value.fi, f"{field}_fi", f"{where}.fi")
        text(value.sv, f"{field}_sv", f"{where}.sv")

    texts(document.division, "division", "division")
    for i, owner in enumerate(document.owners):
        text(owner.name, "owners", f"owners[{i}].name")
        text(owner.email, "email", f"owners[{i}].email")
        text(owner.area, "area", f"owners[{i}].area")
    for t, theme in enumerate(document.themes):
        at_theme = f"themes[{t}]"
        texts(theme.name, "name", f"{at_theme}.name")
        for g, goal in enumerate(theme.goals):
            at_goal = f"{at_theme}.goals[{g}]"
            texts(goal.title, "title", f"{at_goal}.title")
            texts(goal.description, "description", f"{at_goal}.description")
            text(goal.outcome.explanation, "outcome_explanation", f"{at_goal}.outcome.explanation")
            for o, owner_name in enumerate(goal.owners):
                text(owner_name, "owners", f"{at_goal}.owners[{o}]")
            for k, link in enumerate(goal.links):
                text(link.fi, "links", f"{at_goal}.links[{k}].fi")
                text(link.sv, "links", f"{at_goal}.links[{k}].sv")
            for n, metric in enumerate(goal.metrics):
                at_metric = f"{at_goal}.metrics[{n}]"
                texts(metric.text, "text", f"{at_metric}.text")
                texts(metric.target, "target", f"{at_metric}.target")
                for o, owner_name in enumerate(metric.owners):
                    text(owner_name, "owners", f"{at_metric}.owners[{o}]")
                for key, entry in metric.entries.items():
                    at_entry = f"{at_metric}.entries.{key}"
                    for key_ in fields.ENTRY_TEXT_FIELDS:
                        text(getattr(entry, key_), key_, f"{at_entry}.{key_}")
                    if entry.numeric is not None:
                        try:
                            numbers.check_numeric(entry.numeric)
                        except EditRefused as error:
                            at = Message("yeardoc.at", file=name, where=f"{at_entry}.numeric")
                            raise error.at(at) from None


def _json_path(loc: Sequence[int | str]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the top level"
