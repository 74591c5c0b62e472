"""The vocabulary service: owners and links added, renamed, deleted, refused, in the history."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kuva_desktop.editing import vocabulary as vocab
from kuva_desktop.errors import InputError
from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.storage import models as m

pytestmark = pytest.mark.db

GOAL_2021 = "Helsingissä on helppoa ja houkuttelevaa lähteä liikkeelle"


@pytest.fixture
def sample(database):  # type: ignore[no-untyped-def]
    load_sample_data(database)
    return database


def _changes(database, entity: str) -> list[m.Change]:  # type: ignore[no-untyped-def]
    with database.reader() as session:
        return list(session.scalars(select(m.Change).where(m.Change.entity == entity)))


def test_add_an_owner_and_a_link(database) -> None:  # type: ignore[no-untyped-def]
    vocab.save_owner(database, None, "  Ville  Virtanen ", "ville.virtanen@hel.fi", "LIIKU")
    vocab.save_link(database, None, "Liikkumisohjelma", "Rörelseprogrammet")
    assert vocab.owners(database) == [
        vocab.OwnerInfo("Ville Virtanen", "ville.virtanen@hel.fi", "LIIKU")
    ]
    assert vocab.links(database) == [vocab.LinkInfo("Liikkumisohjelma", "Rörelseprogrammet")]
    (created,) = _changes(database, "owner")
    assert (created.action, created.source, created.entity_id) == (
        "create",
        "typed",
        "Ville Virtanen",
    )


def test_empty_duplicate_and_bad_values_are_refused(database) -> None:  # type: ignore[no-untyped-def]
    vocab.save_owner(database, None, "Ville Virtanen", None, None)
    with pytest.raises(InputError, match="already in the vocabulary"):
        vocab.save_owner(database, None, "ville virtanen", None, None)
    with pytest.raises(InputError, match="needs a name"):
        vocab.save_owner(database, None, "  ", None, None)
    with pytest.raises(InputError, match="not an e-mail address"):
        vocab.save_owner(database, None, "Anna", "anna.hel.fi", None)
    with pytest.raises(InputError, match="unknown service area"):
        vocab.save_owner(database, None, "Anna", None, "XYZ")
    vocab.save_link(database, None, "Osallisuus", None)
    with pytest.raises(InputError, match="already in the vocabulary"):
        vocab.save_link(database, None, "OSALLISUUS", None)
    assert [o.name for o in vocab.owners(database)] == ["Ville Virtanen"]
    assert [link.name_fi for link in vocab.links(database)] == ["Osallisuus"]


def test_rename_keeps_the_references(sample) -> None:  # type: ignore[no-untyped-def]
    vocab.save_owner(sample, "Riikka Heikkilä", "Riikka Heikkilä-Laine", "r@hel.fi", "LIIKU")
    vocab.save_link(sample, "Liikkumisohjelma", "Liikkumisohjelma 2.0", "Rörelseprogrammet")
    with sample.reader() as session:
        goals = session.scalars(select(m.Goal).where(m.Goal.title_fi == GOAL_2021))
        goals = list(goals)
        assert len(goals) == 2  # 2020 and 2021
        for goal in goals:
            assert [o.name for o in goal.owners] == ["Riikka Heikkilä-Laine"]
            assert "Liikkumisohjelma 2.0" in [link.name_fi for link in goal.links]
    renamed = [c for c in _changes(sample, "owner") if c.action == "update" and c.field == "name"]
    assert [(c.old, c.new) for c in renamed] == [('"Riikka Heikkilä"', '"Riikka Heikkilä-Laine"')]


def test_delete_in_use_is_refused_with_the_places(sample) -> None:  # type: ignore[no-untyped-def]
    uses = vocab.owner_uses(sample, "Riikka Heikkilä")
    assert {u.year for u in uses} == {2019, 2020, 2021}
    assert vocab.Use(2021, "goal", GOAL_2021) in uses
    assert {u.kind for u in uses} == {"goal", "metric"}
    with pytest.raises(InputError, match="in use") as refused:
        vocab.delete_owner(sample, "Riikka Heikkilä")
    assert "2021 goal “Helsingissä on helppoa" in refused.value.message
    with pytest.raises(InputError, match="in use"):
        vocab.delete_link(sample, "Liikkumisohjelma")
    assert "Riikka Heikkilä" in [o.name for o in vocab.owners(sample)]


def test_delete_an_unused_owner_and_link(database) -> None:  # type: ignore[no-untyped-def]
    vocab.save_owner(database, None, "Ville Virtanen", None, None)
    vocab.save_link(database, None, "Osallisuus", None)
    vocab.delete_owner(database, "Ville Virtanen")
    vocab.delete_link(database, "Osallisuus")
    assert vocab.owners(database) == [] and vocab.links(database) == []
    assert [c.action for c in _changes(database, "owner")] == ["create", "delete"]
    with pytest.raises(InputError, match="no longer in the database"):
        vocab.delete_owner(database, "Ville Virtanen")


def test_email_check() -> None:
    assert vocab.looks_like_email("aino.lehtinen@hel.fi")
    for bad in ("aino", "aino@hel", "aino @hel.fi", "@hel.fi", "aino@hel."):
        assert not vocab.looks_like_email(bad), bad


def test_an_owners_language_is_kept_changed_and_checked(database) -> None:  # type: ignore[no-untyped-def]
    vocab.save_owner(database, None, "Ville Virtanen", None, None)
    assert vocab.owners(database)[0].language == "fi"  # a new owner: Finnish
    vocab.save_owner(database, "Ville Virtanen", "Ville Virtanen", None, None, "sv")
    vocab.save_owner(database, "Ville Virtanen", "Ville Virtanen", "v@hel.fi", None)  # kept
    assert vocab.owners(database) == [vocab.OwnerInfo("Ville Virtanen", "v@hel.fi", None, "sv")]
    with pytest.raises(InputError) as refused:
        vocab.save_owner(database, "Ville Virtanen", "Ville Virtanen", None, None, "en")
    assert refused.value.code == "owner.bad_language"
    assert vocab.owners(database)[0].language == "sv"
    changes = [c for c in _changes(database, "owner") if c.field == "language"]
    assert [(c.old, c.new) for c in changes] == [('"fi"', '"sv"')]
