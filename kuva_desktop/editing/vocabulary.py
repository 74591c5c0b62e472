"""The vocabularies: goal owners and the link names, added, edited, renamed and deleted.

Headless, over a ``Database``: each change runs in its own ``database.session(source="typed")``,
so the history records it. A rename changes the row itself, so every goal and metric that refers
to the owner or link keeps referring to it under the new name. Deleting what a goal or metric
still uses is refused, with the places named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kuva_desktop.domain import fields
from kuva_desktop.domain.labels import shorten
from kuva_desktop.errors import InputError
from kuva_desktop.messages import Joined, Message
from kuva_desktop.storage import models as m
from kuva_desktop.storage.database import Database
from kuva_desktop.storage.keys import SOURCE_TYPED

# The service areas of DOMAIN.md section 3; no area (None) is the division itself.
AREAS = ("KULP", "LIIKU", "NUP", "KIR")

# Enough to catch a typo ("aino.lehtinen", "aino@hel"), not a full RFC 5322 parser.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


@dataclass(frozen=True)
class OwnerInfo:
    name: str
    email: str | None
    area: str | None
    language: str = fields.DEFAULT_OWNER_LANGUAGE  # fi or sv: the language written to them


@dataclass(frozen=True)
class LinkInfo:
    name_fi: str
    name_sv: str | None


@dataclass(frozen=True)
class Use:
    """One place that refers to an owner or a link: a goal or a metric of a year."""

    year: int
    kind: str  # "goal" or "metric"
    title: str

    def describe(self) -> str:
        return self.message().text()

    def message(self) -> Message:
        return Message(f"use.{self.kind}", year=self.year, title=shorten(self.title, 60))


def looks_like_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


def same_name(a: str, b: str) -> bool:
    """Names that a reader would take for the same one ("Aino Lehtinen", "aino  lehtinen")."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


# Owners


def owners(database: Database) -> list[OwnerInfo]:
    """Every owner, by name."""
    with database.reader() as session:
        return [
            OwnerInfo(o.name, o.email, o.area, o.language or fields.DEFAULT_OWNER_LANGUAGE)
            for o in session.scalars(select(m.Owner).order_by(m.Owner.name))
        ]


def owner_uses(database: Database, name: str) -> list[Use]:
    """The goals and metrics that name the owner, newest year first."""
    with database.reader() as session:
        owner = _owner(session, name)
        goals = session.scalars(
            select(m.Goal).join(m.goal_owner).where(m.goal_owner.c.owner_id == owner.id)
        )
        metrics = session.scalars(
            select(m.Metric).join(m.metric_owner).where(m.metric_owner.c.owner_id == owner.id)
        )
        uses = [Use(g.theme.year.year, "goal", g.title_fi) for g in goals]
        uses += [Use(mt.goal.theme.year.year, "metric", mt.text_fi) for mt in metrics]
    return sorted(uses, key=lambda u: (-u.year, u.kind, u.title))


def save_owner(
    database: Database,
    old_name: str | None,
    name: str,
    email: str | None,
    area: str | None,
    language: str | None = None,
) -> None:
    """Add an owner (``old_name`` None) or change one, renaming it when ``name`` differs.

    ``language`` (fi, sv) is the language the owner is written to in; None keeps it (a new owner
    gets Finnish)."""
    name, email, area = _clean(name), _clean(email) or None, _clean(area) or None
    if not name:
        raise InputError("owner.no_name")
    if email is not None and not looks_like_email(email):
        raise InputError("owner.bad_email", name=name, email=email)
    if area is not None and area not in AREAS:
        raise InputError("owner.bad_area", name=name, area=area)
    if language is not None and language not in fields.OWNER_LANGUAGES:
        raise InputError("owner.bad_language", name=name, language=language)
    fields.clean_text(name, "owners")  # the length and characters every door keeps
    if email is not None:
        fields.clean_text(email, "email")
    with database.session(source=SOURCE_TYPED) as session:
        row = _owner(session, old_name) if old_name is not None else m.Owner()
        for other in session.scalars(select(m.Owner)):
            if other is not row and same_name(other.name, name):
                raise InputError("owner.exists", name=other.name)
        if row.name != name:
            row.name = name
        if row.email != email:
            row.email = email
        if row.area != area:
            row.area = area
        if language is None and old_name is None:
            language = fields.DEFAULT_OWNER_LANGUAGE
        if language is not None and row.language != language:
            row.language = language
        if old_name is None:
            session.add(row)


def delete_owner(database: Database, name: str) -> None:
    """Delete an owner that no goal or metric uses."""
    uses = owner_uses(database, name)
    if uses:
        raise InputError("owner.in_use", name=name, **_in_use(uses))
    with database.session(source=SOURCE_TYPED) as session:
        session.delete(_owner(session, name))


def _owner(session: Session, name: str) -> m.Owner:
    row = session.scalars(select(m.Owner).where(m.Owner.name == name)).one_or_none()
    if row is None:
        raise InputError("owner.gone", name=name)
    return row


# Links


def links(database: Database) -> list[LinkInfo]:
    """Every link name, by its Finnish name."""
    with database.reader() as session:
        return [
            LinkInfo(link.name_fi, link.name_sv)
            for link in session.scalars(select(m.Link).order_by(m.Link.name_fi))
        ]


def link_uses(database: Database, name_fi: str) -> list[Use]:
    """The goals that list the link, newest year first."""
    with database.reader() as session:
        link = _link(session, name_fi)
        goals = session.scalars(
            select(m.Goal).join(m.GoalLink).where(m.GoalLink.link_id == link.id)
        )
        uses = [Use(g.theme.year.year, "goal", g.title_fi) for g in goals]
    return sorted(uses, key=lambda u: (-u.year, u.title))


def save_link(
    database: Database, old_name_fi: str | None, name_fi: str, name_sv: str | None
) -> None:
    """Add a link (``old_name_fi`` None) or change one, renaming it when ``name_fi`` differs."""
    name_fi, name_sv = _clean(name_fi), _clean(name_sv) or None
    if not name_fi:
        raise InputError("link.no_name")
    fields.clean_text(name_fi, "links_fi")
    if name_sv is not None:
        fields.clean_text(name_sv, "links_sv")
    with database.session(source=SOURCE_TYPED) as session:
        row = _link(session, old_name_fi) if old_name_fi is not None else m.Link()
        for other in session.scalars(select(m.Link)):
            if other is not row and same_name(other.name_fi, name_fi):
                raise InputError("link.exists", name=other.name_fi)
        if row.name_fi != name_fi:
            row.name_fi = name_fi
        if row.name_sv != name_sv:
            row.name_sv = name_sv
        if old_name_fi is None:
            session.add(row)


def delete_link(database: Database, name_fi: str) -> None:
    """Delete a link that no goal lists."""
    uses = link_uses(database, name_fi)
    if uses:
        raise InputError("link.in_use", name=name_fi, **_in_use(uses))
    with database.session(source=SOURCE_TYPED) as session:
        session.delete(_link(session, name_fi))


def _link(session: Session, name_fi: str) -> m.Link:
    row = session.scalars(select(m.Link).where(m.Link.name_fi == name_fi)).one_or_none()
    if row is None:
        raise InputError("link.gone", name=name_fi)
    return row


def _in_use(uses: list[Use]) -> dict[str, object]:
    """The ``uses`` and ``more`` of an "in use" refusal: the first three places, and a count."""
    shown = Joined([u.message() for u in uses[:3]])
    more = Message("list.more", count=len(uses) - 3) if len(uses) > 3 else ""
    return {"uses": shown, "more": more}
