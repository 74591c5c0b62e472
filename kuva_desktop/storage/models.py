"""The database model of DOMAIN.md section 3, in SQLAlchemy 2.

Only portable types and constraints: the URL is configurable, so that a shared server database can
take the place of the local SQLite file one day. Ids of themes, goals and metrics are UUID strings,
stable across export and import.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from kuva_desktop.domain import fields as f

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


goal_owner = Table(
    "goal_owner",
    Base.metadata,
    Column("goal_id", ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True),
    Column("owner_id", ForeignKey("owner.id", ondelete="CASCADE"), primary_key=True),
)

metric_owner = Table(
    "metric_owner",
    Base.metadata,
    Column("metric_id", ForeignKey("metric.id", ondelete="CASCADE"), primary_key=True),
    Column("owner_id", ForeignKey("owner.id", ondelete="CASCADE"), primary_key=True),
)


class Owner(Base):
    """A goal owner (vastuuhenkilö) or the coordinator."""

    __tablename__ = "owner"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(f.OWNER_NAME), unique=True)
    email: Mapped[str | None] = mapped_column(String(f.EMAIL))
    # KULP, LIIKU, NUP, KIR; None: the division
    area: Mapped[str | None] = mapped_column(String(f.AREA))
    # fi or sv: the language of the e-mail drafts written to the owner
    language: Mapped[str] = mapped_column(
        String(f.LANGUAGE),
        default=f.DEFAULT_OWNER_LANGUAGE,
        server_default=f.DEFAULT_OWNER_LANGUAGE,
    )


class Link(Base):
    """One name of the link vocabulary: a city-wide project or co-planning theme."""

    __tablename__ = "link"
    id: Mapped[int] = mapped_column(primary_key=True)
    name_fi: Mapped[str] = mapped_column(String(f.LINK_NAME), unique=True)
    name_sv: Mapped[str | None] = mapped_column(String(f.LINK_NAME))


class Year(Base):
    __tablename__ = "year"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    division_fi: Mapped[str] = mapped_column(Text, default="")
    division_sv: Mapped[str | None] = mapped_column(Text)
    layout: Mapped[str] = mapped_column(String(f.LAYOUT), default="narrative")

    rounds: Mapped[list[Round]] = relationship(
        back_populates="year", cascade="all, delete-orphan", order_by="Round.position"
    )
    themes: Mapped[list[Theme]] = relationship(
        back_populates="year", cascade="all, delete-orphan", order_by="Theme.position"
    )

    def round(self, key: str) -> Round | None:
        return next((r for r in self.rounds if r.key == key), None)


class Round(Base):
    __tablename__ = "round"
    __table_args__ = (UniqueConstraint("year_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = mapped_column(ForeignKey("year.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(f.ROUND_KEY))  # f.ROUND_KEYS
    position: Mapped[int] = mapped_column(Integer, default=0)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(f.ROUND_STATE), default=f.OPEN)  # f.ROUND_STATES

    year: Mapped[Year] = relationship(back_populates="rounds")


class Theme(Base):
    __tablename__ = "theme"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    year_id: Mapped[int] = mapped_column(ForeignKey("year.id", ondelete="CASCADE"), index=True)
    name_fi: Mapped[str] = mapped_column(Text, default="")
    name_sv: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    year: Mapped[Year] = relationship(back_populates="themes")
    goals: Mapped[list[Goal]] = relationship(
        back_populates="theme", cascade="all, delete-orphan", order_by="Goal.position"
    )


class Goal(Base):
    __tablename__ = "goal"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    theme_id: Mapped[str] = mapped_column(ForeignKey("theme.id", ondelete="CASCADE"), index=True)
    # Ties the same goal across years (revision 0002).
    key: Mapped[str] = mapped_column(String(36), index=True, default=new_id)
    title_fi: Mapped[str] = mapped_column(Text, default="")
    title_sv: Mapped[str | None] = mapped_column(Text)
    description_fi: Mapped[str] = mapped_column(Text, default="")
    description_sv: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    outcome_explanation: Mapped[str | None] = mapped_column(Text)

    theme: Mapped[Theme] = relationship(back_populates="goals")
    metrics: Mapped[list[Metric]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="Metric.position"
    )
    owners: Mapped[list[Owner]] = relationship(secondary=goal_owner, order_by=Owner.name)
    link_rows: Mapped[list[GoalLink]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="GoalLink.position"
    )

    @property
    def links(self) -> list[Link]:
        return [row.link for row in self.link_rows]


class GoalLink(Base):
    """A goal's link to the vocabulary, in the order the goal lists them."""

    __tablename__ = "goal_link"
    goal_id: Mapped[str] = mapped_column(
        ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True
    )
    link_id: Mapped[int] = mapped_column(
        ForeignKey("link.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    goal: Mapped[Goal] = relationship(back_populates="link_rows")
    link: Mapped[Link] = relationship()


class Metric(Base):
    __tablename__ = "metric"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    goal_id: Mapped[str] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    text_fi: Mapped[str] = mapped_column(Text, default="")
    text_sv: Mapped[str | None] = mapped_column(Text)
    target_fi: Mapped[str] = mapped_column(Text, default="")
    target_sv: Mapped[str | None] = mapped_column(Text)
    recovery: Mapped[bool | None] = mapped_column(Boolean)
    position: Mapped[int] = mapped_column(Integer, default=0)

    goal: Mapped[Goal] = relationship(back_populates="metrics")
    # Empty means: the goal's owners (DOMAIN.md section 3).
    owners: Mapped[list[Owner]] = relationship(secondary=metric_owner, order_by=Owner.name)
    entries: Mapped[list[Entry]] = relationship(
        back_populates="metric", cascade="all, delete-orphan", order_by="Entry.round_key"
    )

    def entry(self, round_key: str) -> Entry | None:
        return next((e for e in self.entries if e.round_key == round_key), None)

    @property
    def effective_owners(self) -> list[Owner]:
        return self.owners or self.goal.owners


class Entry(Base):
    """One metric in one round."""

    __tablename__ = "entry"
    __table_args__ = (UniqueConstraint("metric_id", "round_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    metric_id: Mapped[str] = mapped_column(ForeignKey("metric.id", ondelete="CASCADE"), index=True)
    round_key: Mapped[str] = mapped_column(String(f.ROUND_KEY))
    status: Mapped[str | None] = mapped_column(String(f.STATUS_CODE))
    forecast: Mapped[str | None] = mapped_column(Text)
    comment: Mapped[str | None] = mapped_column(Text)
    numeric: Mapped[Decimal | None] = mapped_column(
        Numeric(f.NUMERIC_PRECISION, f.NUMERIC_PLACES, asdecimal=True)
    )
    unit: Mapped[str | None] = mapped_column(String(f.UNIT))
    explanation: Mapped[str | None] = mapped_column(Text)

    metric: Mapped[Metric] = relationship(back_populates="entries")


class Change(Base):
    """One change to the data: who, when, from where, and the old and new value (as JSON)."""

    __tablename__ = "change"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    who: Mapped[str] = mapped_column(String(400))
    # On a server, the database role the change was written with (NULL in a file).
    db_user: Mapped[str | None] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(500))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(400), index=True)
    field: Mapped[str | None] = mapped_column(String(64))  # None: the whole row (created, deleted)
    action: Mapped[str] = mapped_column(String(8))  # create, update, delete
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)


# Offline work packages and merging (revision 0003; DOMAIN.md section 7). Not in the history:
# these rows record the exchange itself, and the entry changes it makes are in the history.


class Meta(Base):
    """Facts about the database itself; ``database_id`` (a UUID) names this master database."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class IssuedPackage(Base):
    """A work package issued to one owner for one round; the key signs its submissions."""

    __tablename__ = "issued_package"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    owner: Mapped[str] = mapped_column(String(f.OWNER_NAME), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    round_key: Mapped[str] = mapped_column(String(8))
    secret: Mapped[str] = mapped_column(String(64))  # hex; kept here and in the package file
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime)

    entries: Mapped[list[PackageEntry]] = relationship(
        back_populates="package", cascade="all, delete-orphan"
    )
    submissions: Mapped[list[ReceivedSubmission]] = relationship(
        back_populates="package", cascade="all, delete-orphan", order_by="ReceivedSubmission.id"
    )


class PackageEntry(Base):
    """One entry a package assigns: its base (the values the owner's copy starts from, JSON).

    The base moves to the owner's values with every merged submission of the package, so that a
    later submission counts only what the owner changed since.
    """

    __tablename__ = "package_entry"
    package_id: Mapped[str] = mapped_column(
        ForeignKey("issued_package.id", ondelete="CASCADE"), primary_key=True
    )
    # No foreign key: the record outlives a metric the coordinator deletes.
    metric_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    base: Mapped[str] = mapped_column(Text)
    # not_sent, received (sent unchanged), merged, conflict
    state: Mapped[str] = mapped_column(String(16), default="not_sent")

    package: Mapped[IssuedPackage] = relationship(back_populates="entries")


class ReceivedSubmission(Base):
    """A submission merged into the database (refused ones leave no trace: nothing changes)."""

    __tablename__ = "received_submission"
    __table_args__ = (UniqueConstraint("package_id", "content_hash"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[str] = mapped_column(
        ForeignKey("issued_package.id", ondelete="CASCADE"), index=True
    )
    content_hash: Mapped[str] = mapped_column(String(64))
    sequence: Mapped[int] = mapped_column(Integer)
    written_at: Mapped[dt.datetime] = mapped_column(DateTime)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16))  # merged, conflict
    late: Mapped[bool] = mapped_column(Boolean, default=False)

    package: Mapped[IssuedPackage] = relationship(back_populates="submissions")


class Conflict(Base):
    """One field of an entry changed both in the master and by the owner since the package."""

    __tablename__ = "conflict"
    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("received_submission.id", ondelete="CASCADE"), index=True
    )
    metric_id: Mapped[str] = mapped_column(String(36), index=True)
    round_key: Mapped[str] = mapped_column(String(8))
    field: Mapped[str] = mapped_column(String(32))
    base: Mapped[str | None] = mapped_column(Text)  # the values as JSON, like the history's
    ours: Mapped[str | None] = mapped_column(Text)
    theirs: Mapped[str | None] = mapped_column(Text)
    resolution: Mapped[str | None] = mapped_column(String(16))  # theirs, ours, edited, superseded
    resolved_value: Mapped[str | None] = mapped_column(Text)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(200))

    submission: Mapped[ReceivedSubmission] = relationship()
