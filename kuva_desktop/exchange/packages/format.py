"""The package and submission file format, version 1 (``docs/package-format.md``).

One JSON document (UTF-8) per file, no archive: nothing in a file ever names a path that is
written to disk. The document is an envelope around ``content``::

    {"format": "kuva-package" | "kuva-submission", "version": 1,
     "content": {...}, "check": "sha256:…", "signature": "hmac-sha256:…"}

``check`` is the SHA-256 of the canonical content (sorted keys, no spaces, UTF-8; every value in
the content is a string, an integer, a boolean or null, so the canonical form is that of RFC 8785).
A submission's ``signature`` is the HMAC-SHA256 of the same bytes, keyed with the package's key,
which the package carries and the master keeps; the submission does not carry it.

Reading takes bytes, refuses more than ``MAX_BYTES``, and validates the whole content against the
schema below before anything looks at a database. Every refusal is a ``PackageRefused`` with a
``reason`` code from ``REASONS``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import re
import unicodedata
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kuva_desktop.domain import fields as f
from kuva_desktop.errors import InputError, os_reason
from kuva_desktop.exchange import strict_json
from kuva_desktop.exchange.suffixes import PACKAGE_SUFFIX as PACKAGE_SUFFIX
from kuva_desktop.exchange.suffixes import SUBMISSION_SUFFIX as SUBMISSION_SUFFIX
from kuva_desktop.messages import PACKAGE_REASONS, Message
from kuva_desktop.storage.files import write_file

PACKAGE_FORMAT = "kuva-package"
SUBMISSION_FORMAT = "kuva-submission"
VERSION = 1
MAX_BYTES = 16 * 1024 * 1024
_MB = MAX_BYTES // (1024 * 1024)

# The refusals a file can meet, reading and merging; docs/package-format.md lists them too. Their
# texts live in messages/packages.py (code "package.<reason>"), in English, Finnish and Swedish.
REASONS = {reason: text.en for reason, text in PACKAGE_REASONS.items()}


class PackageRefused(InputError):
    """A package or submission file refused; ``reason`` is a key of ``REASONS``, ``detail`` a
    ``Message`` (or a text from outside, such as the system's)."""

    def __init__(self, name: str, reason: str, detail: Message | str = "") -> None:
        code = "package.refused.detail" if detail else "package.refused"
        super().__init__(code, name=name, reason=Message(f"package.{reason}"), detail=detail)
        self.name = name
        self.reason = reason
        self.detail = detail


# The schema. Strict: unknown keys are refused (the content is signed; a change is a new version).

_UUID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
Uuid = Annotated[str, Field(pattern=_UUID)]
RoundKey = f.RoundKey
FieldName = f.EntryField
Short = Annotated[str, Field(max_length=500)]
Long = Annotated[str, Field(max_length=f.LONG_TEXT)]
# The canonical text of a number in the range of domain.fields: no leading zeros, no exponent,
# no trailing zeros after the point.
_INTEGER = f.NUMERIC_INTEGER_DIGITS - 1
_PLACES = f.NUMERIC_PLACES - 1
Numeric = Annotated[
    str, Field(pattern=rf"^(0|[1-9][0-9]{{0,{_INTEGER}}})(\.[0-9]{{0,{_PLACES}}}[1-9])?$")
]
Timestamp = Annotated[str, Field(max_length=40)]
Revision = Annotated[str, Field(pattern=r"^sha256:[0-9a-f]{64}$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class Text(_Model):
    fi: Long
    sv: Long | None = None


class Values(_Model):
    status: Annotated[str, Field(max_length=100)] | None = None
    forecast: Long | None = None
    comment: Long | None = None
    numeric: Numeric | None = None
    unit: Annotated[str, Field(max_length=f.UNIT)] | None = None
    explanation: Long | None = None


class Item(_Model):
    """One assigned metric: its texts, the entry of the round, its base and earlier rounds."""

    id: Uuid
    text: Text
    target: Text
    recovery: bool | None = None
    entry: Values
    base: Revision
    earlier: dict[RoundKey, Values] = Field(default_factory=dict, max_length=4)


class Goal(_Model):
    id: Uuid
    theme: Text
    title: Text
    description: Text
    metrics: list[Item] = Field(max_length=5_000)


class Owner(_Model):
    name: Annotated[str, Field(min_length=1, max_length=f.OWNER_NAME)]
    email: Annotated[str, Field(max_length=f.EMAIL)] | None = None


class RoundInfo(_Model):
    key: RoundKey
    deadline: Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")] | None = None


class _Content(_Model):
    package_id: Uuid
    database_id: Uuid
    issued_at: Timestamp
    owner: Owner
    year: Annotated[int, Field(ge=1900, le=2999)]
    layout: f.Layout
    round: RoundInfo
    fields: list[FieldName] = Field(max_length=6)
    goals: list[Goal] = Field(max_length=5_000)


class PackageContent(_Content):
    kind: Literal["package"]
    key: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class SubmissionContent(_Content):
    kind: Literal["submission"]
    written_at: Timestamp
    sequence: Annotated[int, Field(ge=1, le=2**31)]
    written_by: Short = ""


class _Envelope(_Model):
    format: Literal["kuva-package", "kuva-submission"]
    version: Literal[1]
    content: dict[str, Any]
    check: Revision
    signature: Annotated[str, Field(pattern=r"^hmac-sha256:[0-9a-f]{64}$")] | None = None


# Canonical bytes, check, signature


def canonical(data: Any) -> bytes:
    """RFC 8785 for content made of strings, integers, booleans and null (the only kinds here)."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def content_hash(data: Any) -> str:
    return hashlib.sha256(canonical(data)).hexdigest()


def sign(key: str, data: Any) -> str:
    return "hmac-sha256:" + hmac.new(bytes.fromhex(key), canonical(data), "sha256").hexdigest()


# Writing


def envelope(content: PackageContent | SubmissionContent, key: str | None = None) -> bytes:
    """The file's bytes; a submission is signed with ``key``."""
    data = content.model_dump(mode="json")
    document: dict[str, Any] = {
        "format": PACKAGE_FORMAT if isinstance(content, PackageContent) else SUBMISSION_FORMAT,
        "version": VERSION,
        "content": data,
        "check": "sha256:" + content_hash(data),
    }
    if isinstance(content, SubmissionContent):
        assert key is not None
        document["signature"] = sign(key, data)
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def write_atomically(path: Path, data: bytes) -> None:
    """Write a file whole or not at all, never over the database (``storage.files.write_file``)."""
    write_file(Path(path), data)


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "owner"


def file_name(owner: str, year: int, round_key: str, *, submission: bool = False) -> str:
    """``kuva-2022-1-aino-lehtinen.kuvapkg`` (the submission: ``.kuvasub``)."""
    suffix = SUBMISSION_SUFFIX if submission else PACKAGE_SUFFIX
    return f"kuva-{year}-{round_key}-{slug(owner)}{suffix}"


# Reading


def read_path(path: Path) -> bytes:
    """A file's bytes, refused beyond ``MAX_BYTES`` without reading further."""
    name = str(path)
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError as error:
        raise PackageRefused(name, "unreadable", os_reason(error)) from None
    if len(data) > MAX_BYTES:
        raise PackageRefused(name, "too_large", Message("package.detail.too_large", mb=_MB))
    return data


def _document(data: bytes, name: str) -> _Envelope:
    if len(data) > MAX_BYTES:
        raise PackageRefused(name, "too_large", Message("package.detail.too_large", mb=_MB))
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped.startswith(b"{"):
        raise PackageRefused(name, "not_a_package", Message("package.detail.not_json"))
    try:
        raw = strict_json.loads(data.decode("utf-8-sig"))
    except strict_json.DuplicateKey as error:
        detail = Message("package.detail.duplicate_key", key=error.key)
        raise PackageRefused(name, "invalid", detail) from None
    except UnicodeDecodeError:
        raise PackageRefused(name, "damaged", Message("package.detail.not_utf8")) from None
    except json.JSONDecodeError as error:
        detail = Message("package.detail.incomplete_json", line=error.lineno, error=error.msg)
        raise PackageRefused(name, "damaged", detail) from None
    except (ValueError, RecursionError):  # an integer of thousands of digits, deep nesting
        raise PackageRefused(name, "damaged", Message("package.detail.unreadable_json")) from None
    if not isinstance(raw, dict) or raw.get("format") not in (PACKAGE_FORMAT, SUBMISSION_FORMAT):
        raise PackageRefused(name, "not_a_package", Message("package.detail.no_format"))
    if raw.get("version") != VERSION:
        found = repr(raw.get("version"))
        detail = Message("package.detail.version", found=found, version=VERSION)
        raise PackageRefused(name, "version", detail)
    try:
        document = _Envelope.model_validate(raw)
    except ValidationError as error:
        raise _invalid(name, error) from None
    try:
        check = "sha256:" + content_hash(document.content)
    except (UnicodeEncodeError, ValueError, RecursionError):  # a lone surrogate, deep nesting
        raise PackageRefused(name, "damaged", Message("package.detail.not_text")) from None
    if not hmac.compare_digest(check, document.check):
        raise PackageRefused(name, "damaged", Message("package.detail.check"))
    return document


def _invalid(name: str, error: ValidationError) -> PackageRefused:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "the top level"
    detail = Message("package.detail.invalid_at", where=where, error=first["msg"])
    return PackageRefused(name, "invalid", detail)


def _content(document: _Envelope, model: type[Any], name: str) -> Any:
    try:
        return model.model_validate(document.content)
    except ValidationError as error:
        raise _invalid(name, error) from None


def read_package(data: bytes, name: str) -> PackageContent:
    """A work package's content, checked whole; refuses a submission or anything else."""
    document = _document(data, name)
    if document.format != PACKAGE_FORMAT:
        raise PackageRefused(name, "not_a_package", Message("package.detail.is_submission"))
    content: PackageContent = _content(document, PackageContent, f"{name}: content")
    _check_unique(content, name)
    return content


class Submission:
    """A submission as read: its content, the signature still to verify, its content hash."""

    def __init__(
        self, content: SubmissionContent, signature: str, data: dict[str, Any], digest: str
    ) -> None:
        self.content = content
        self.signature = signature
        self.digest = digest
        self._signed = canonical(data)  # the content as the file has it: what the signature covers

    def signed_with(self, key: str) -> bool:
        expected = hmac.new(bytes.fromhex(key), self._signed, "sha256").hexdigest()
        return hmac.compare_digest("hmac-sha256:" + expected, self.signature)

    @property
    def written_at(self) -> dt.datetime:
        return parse_timestamp(self.content.written_at)


def read_submission(data: bytes, name: str) -> Submission:
    """A submission's content, checked whole against the schema (not yet against a database)."""
    document = _document(data, name)
    if document.format != SUBMISSION_FORMAT:
        raise PackageRefused(name, "not_a_submission", Message("package.detail.send_submission"))
    if document.signature is None:
        raise PackageRefused(name, "altered", Message("package.detail.no_signature"))
    content: SubmissionContent = _content(document, SubmissionContent, f"{name}: content")
    _check_unique(content, name)
    try:
        parse_timestamp(content.written_at)
        parse_timestamp(content.issued_at)
    except ValueError as error:
        raise PackageRefused(name, "invalid", str(error)) from None
    digest = content_hash(document.content)
    return Submission(content, document.signature, document.content, digest)


def _check_unique(content: _Content, name: str) -> None:
    seen: set[str] = set()
    for goal in content.goals:
        for item in goal.metrics:
            if item.id in seen:
                raise PackageRefused(
                    name, "invalid", Message("package.detail.listed_twice", id=item.id)
                )
            seen.add(item.id)


def parse_timestamp(text: str) -> dt.datetime:
    """An ISO 8601 time with its offset, as packages write them."""
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not a time: {text!r}") from None
    if value.tzinfo is None:
        raise ValueError(f"a time without its offset: {text!r}")
    return value


def now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")
