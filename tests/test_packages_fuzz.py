"""The reader and the merge against generated and mutated files: only the documented refusals.

Over 5 000 examples in all: byte-level damage to good files (the reader alone, in memory), and
content-level changes signed again with the package's key (or not), which reach the merge and the
database. Whatever comes in: a ``PackageRefused`` (an ``InputError``) or a merge; never another
exception, and a refused file never changes the database.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kuva_desktop.exchange.packages import format as fmt
from kuva_desktop.exchange.packages import issue_package, merge_files
from kuva_desktop.storage.database import open_database
from tests.test_packages_merge import RIIKKA, YEAR, open_year, package_key, resign, submit

COMMON = {
    "derandomize": True,
    "deadline": None,
    "database": None,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}


class World:
    """One database with a package and a good submission, shared by the examples."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "kuva.db"
        self.database = open_database(self.path)
        ids = open_year(self.database)
        package = issue_package(self.database, YEAR, "1", RIIKKA, folder).path
        self.key = package_key(package)
        self.package = package.read_bytes()
        self.good = submit(
            package, {(ids["C"], "status"): "at_risk", (ids["C"], "comment"): "Riskit: sää"}
        ).read_bytes()
        self.other_metric = ids["A"]

    def fingerprint(self) -> tuple[Any, ...]:
        with sqlite3.connect(self.path) as raw:
            return tuple(
                raw.execute(query).fetchall()
                for query in (
                    "SELECT * FROM entry ORDER BY id",
                    "SELECT count(*), max(id) FROM change",
                    "SELECT * FROM package_entry ORDER BY metric_id",
                    "SELECT id, content_hash FROM received_submission",
                    "SELECT count(*) FROM conflict",
                )
            )


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("fuzz")
    made = World(folder)
    yield made
    made.database.dispose()


# Byte-level damage, the reader alone

_mutation = st.one_of(
    st.tuples(st.just("flip"), st.floats(0, 1), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.floats(0, 1), st.integers(0, 0)),
    st.tuples(st.just("delete"), st.floats(0, 1), st.integers(1, 64)),
    st.tuples(st.just("insert"), st.floats(0, 1), st.binary(min_size=1, max_size=16)),
    st.tuples(st.just("repeat"), st.floats(0, 1), st.integers(1, 200)),
)


def _mutate(data: bytes, mutations: list[tuple[str, float, Any]]) -> bytes:
    out = bytearray(data)
    for kind, where, arg in mutations:
        at = min(int(where * len(out)), max(len(out) - 1, 0))
        if kind == "flip" and out:
            out[at] ^= arg
        elif kind == "cut":
            del out[at:]
        elif kind == "delete":
            del out[at : at + arg]
        elif kind == "insert":
            out[at:at] = arg
        elif kind == "repeat":
            out[at:at] = out[at : at + arg]
    return bytes(out)


@pytest.mark.slow
@settings(max_examples=3_000, **COMMON)
@given(
    which=st.sampled_from(["good", "package"]),
    mutations=st.lists(_mutation, min_size=1, max_size=4),
)
def test_damaged_bytes_are_refused_by_the_reader(world: World, which: str, mutations: Any) -> None:
    data = _mutate(getattr(world, which), mutations)
    read = fmt.read_submission if which == "good" else fmt.read_package
    try:
        read(data, "fuzz")
    except fmt.PackageRefused as refusal:
        assert refusal.reason in fmt.REASONS


@settings(max_examples=1_000, **COMMON)
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes_are_refused(world: World, data: bytes) -> None:
    with pytest.raises(fmt.PackageRefused):
        fmt.read_submission(data, "fuzz")


# Content-level changes, signed again: through the merge into the database

_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**40), 2**40)
    | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
_interesting = st.sampled_from(
    [
        "on_track", "Toteutuu", "TOTEUTUU.", "achieved", "Vihreä", "", "  ", "12,5 %", "-1",
        "87.5", "100000000000000", "0.00001", "1e5", "2021", "2023", "final", "2", "locked",
        "00000000-0000-0000-0000-000000000000", "\ud800", "sha256:" + "0" * 64, RIIKKA,
    ]
)  # fmt: skip


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


_GOOD_CONTENT = None


@st.composite
def _edits(draw: st.DrawFn, content: dict[str, Any], other_metric: str) -> list[Any]:
    paths = _paths(content)[1:]
    edits = []
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(paths))
        kind = draw(st.sampled_from(["set", "set", "delete", "add", "metric"]))
        value = draw(_interesting | _json) if kind in ("set", "add") else None
        if kind == "metric":
            value = other_metric
        edits.append((kind, path, value))
    return edits


def _apply(content: dict[str, Any], edits: list[Any]) -> None:
    for kind, path, value in edits:
        parent: Any = content
        try:
            for part in path[:-1]:
                parent = parent[part]
            last = path[-1]
            if kind == "set":
                parent[last] = value
            elif kind == "delete":
                del parent[last]
            elif kind == "add" and isinstance(parent, dict):
                parent[f"x{last}"] = value
            elif kind == "metric":
                content["goals"][0]["metrics"][0]["id"] = value
        except (KeyError, IndexError, TypeError):
            continue


@pytest.mark.slow
@settings(max_examples=1_000, **COMMON)
@given(data=st.data(), signed=st.sampled_from(["again", "again", "again", "not"]))
def test_changed_content_is_merged_or_refused_never_anything_else(
    world: World, data: st.DataObject, signed: str
) -> None:
    content = json.loads(world.good)["content"]
    edits = data.draw(_edits(content, world.other_metric))
    try:
        changed = resign(
            world.good, world.key if signed == "again" else None, lambda c: _apply(c, edits)
        )
    except UnicodeEncodeError:  # a lone surrogate: written raw, as a broken file would be
        document = json.loads(world.good)
        _apply(document["content"], edits)
        changed = json.dumps(document).encode("utf-8")
    before = world.fingerprint()
    report = merge_files(world.database, [("fuzz", changed)])
    assert len(report.files) == 1
    if report.refused:
        assert report.refused[0].reason in fmt.REASONS
        assert world.fingerprint() == before
