"""Work packages end to end: issue, the owners' submissions, the coordinator's merge, refusals."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kuva_desktop.editing import Editor, Ref
from kuva_desktop.exchange.packages import (
    WorkingCopy,
    completeness,
    issue_package,
    list_conflicts,
    merge_paths,
    resolve_conflict,
)
from kuva_desktop.exchange.packages import format as fmt
from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.storage.database import open_database

pytestmark = pytest.mark.db

YEAR = 2022
AINO = "Aino Lehtinen"  # metric A (a goal owner, with Mikko)
JUSSI = "Jussi Koskinen"  # metric B (its own owner)
RIIKKA = "Riikka Heikkilä"  # metric C


# Helpers the other package tests use too


def open_year(database: Any) -> dict[str, str]:
    """Sample data and 2022 (all rounds open); the metric ids by letter."""
    load_sample_data(database)
    Editor(database).new_year_from(2021, YEAR)
    ids = metric_ids(database)
    return dict(zip("ABC", ids, strict=True))


def metric_ids(database: Any) -> list[str]:
    from kuva_desktop.exchange.yeardoc import export_year

    with database.reader() as session:
        document = export_year(session, YEAR)
    return [mt.id for t in document.themes for g in t.goals for mt in g.metrics]  # type: ignore[misc]


def export(database: Any, year: int = YEAR) -> str:
    from kuva_desktop.exchange.yeardoc import dump, export_year

    with database.reader() as session:
        return dump(export_year(session, year))


def submit(package: Path, edits: dict[tuple[str, str], Any], out: Path | None = None) -> Path:
    copy = WorkingCopy.open(package)
    for (metric_id, field), value in edits.items():
        copy.set_field(metric_id, field, value)
    return copy.save_submission(out).path


def resign(data: bytes, key: str | None, change: Any = None) -> bytes:
    """A submission whose content ``change`` edited, with a new check, signed with ``key``."""
    document = json.loads(data)
    if change is not None:
        change(document["content"])
    document["check"] = "sha256:" + fmt.content_hash(document["content"])
    if key is not None:
        document["signature"] = fmt.sign(key, document["content"])
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def package_key(package: Path) -> str:
    return str(json.loads(package.read_bytes())["content"]["key"])


# The scenario of the issue: two owners and the coordinator edit the same year


@pytest.fixture
def year(database: Any) -> dict[str, str]:
    return open_year(database)


def test_two_owners_and_the_coordinator(database, year, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, c = year["A"], year["B"], year["C"]
    aino = issue_package(database, YEAR, "1", AINO, tmp_path).path
    riikka = issue_package(database, YEAR, "1", RIIKKA, tmp_path).path
    jussi = issue_package(database, YEAR, "1", JUSSI, tmp_path).path
    coordinator = Editor(database, who="coordinator")
    coordinator.set_field(Ref.entry(a, "1"), "status", "on_track")  # after issuing: ours
    coordinator.set_field(Ref.entry(b, "1"), "comment", "Sama kommentti")
    coordinator.set_field(Ref.entry(c, "2"), "status", "on_track")  # not in the packages' round

    aino_sub = submit(aino, {(a, "status"): "Toteutuminen epävarma", (a, "comment"): "Riskit: x"})
    riikka_sub = submit(riikka, {(c, "status"): "TOTEUTUU", (c, "numeric"): "95,5 %"})
    jussi_sub = submit(jussi, {(b, "comment"): "Sama kommentti", (b, "status"): "Uppnås"})

    report = merge_paths(database, [aino_sub, riikka_sub, jussi_sub])

    assert not report.refused
    # Field by field. C: only Riikka changed it: applied. A: the coordinator changed the status,
    # Aino the status and the comment: her comment applies, the status is a conflict. B: Jussi's
    # comment is the coordinator's own, and only Jussi changed the status: it applies.
    assert [(e.metric_id, e.fields) for e in report.applied] == [
        (a, ("comment",)),
        (c, ("status", "numeric")),
        (b, ("status",)),
    ]
    assert [(x.metric_id, x.fields) for x in report.conflicts] == [(a, ("status",))]
    assert report.exit_status() == 3
    entries = _entries(database)
    assert entries[a]["1"] == _entry(status="on_track", comment="Riskit: x")  # ours until resolved
    assert entries[b]["1"] == _entry(status="on_track", comment="Sama kommentti")
    assert entries[c]["1"] == _entry(status="on_track", numeric=95.5)
    assert entries[c]["2"] == _entry(status="on_track")
    conflicts = list_conflicts(database, YEAR, "1")
    assert [(x.owner, x.field, x.base, x.ours, x.theirs) for x in conflicts] == [
        (AINO, "status", None, "on_track", "at_risk"),
    ]

    # The history keeps both sides, with the submission as the source.
    changes = Editor(database).versions(Ref("metric", c))
    created = [ch for ch in changes if ch.entity_id == f"{c}:1"]
    assert {ch.source for ch in created} == {f"submission {report.files[1].package_id} ({RIIKKA})"}
    assert json.loads(created[-1].new or "")["numeric"] == "95.5"

    # Resolved side by side: theirs for the status.
    resolve_conflict(database, conflicts[0].id, "theirs")
    assert _entries(database)[a]["1"] == _entry(status="at_risk", comment="Riskit: x")
    assert list_conflicts(database, YEAR, "1") == []
    states = {(r.owner, r.metric_id): r.state for r in completeness(database, YEAR, "1")}
    assert states[(AINO, a)] == "merged"
    assert states[(RIIKKA, c)] == "merged"
    assert states[("Mikko Saarinen", a)] == "not issued"


def test_replayed_submission_changes_nothing(database, year, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    package = issue_package(database, YEAR, "1", RIIKKA, tmp_path).path
    sub = submit(package, {(year["C"], "status"): "at_risk", (year["C"], "comment"): "Riskit"})
    assert cli("merge", sub)[0] == 0
    before = export(database)
    status, out, _ = cli("merge", sub, sub)
    assert status == 0
    assert "already" in out and "applied 0 entries" in out
    assert export(database) == before


def test_a_later_submission_of_the_same_package_counts_only_new_changes(
    database, year, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    c = year["C"]
    package = issue_package(database, YEAR, "1", RIIKKA, tmp_path).path
    first = submit(package, {(c, "status"): "on_track"}, tmp_path / "first.kuvasub")
    second = submit(package, {(c, "numeric"): "80"}, tmp_path / "second.kuvasub")
    report = merge_paths(database, [first, second])
    assert [x.fields for x in report.applied] == [("status",), ("numeric",)]
    assert not report.conflicts
    # The older one, once the newer is in, is refused: it would take the numeric back.
    assert merge_paths(database, [tmp_path / "first.kuvasub"]).files[0].status == "already"


def test_dry_run_changes_nothing(database, year, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    package = issue_package(database, YEAR, "1", RIIKKA, tmp_path).path
    sub = submit(package, {(year["C"], "status"): "on_track"})
    before = export(database)
    status, out, _ = cli("merge", "--dry-run", sub)
    assert status == 0 and "would apply 1 entries" in out and "dry run" in out
    assert export(database) == before
    assert cli("merge", sub)[0] == 0
    assert export(database) != before


# Refusals: each with its own message, the database unchanged


def _refused(cli, database, file: Path, reason: str) -> str:  # type: ignore[no-untyped-def]
    before = export(database)
    status, out, err = cli("merge", file)
    assert status == 2, (out, err)
    assert fmt.REASONS[reason] in err, err
    assert export(database) == before
    return err


def test_each_bad_submission_is_refused_with_its_own_message(
    database, year, tmp_path: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    a, c = year["A"], year["C"]
    aino = issue_package(database, YEAR, "1", AINO, tmp_path).path
    riikka = issue_package(database, YEAR, "1", RIIKKA, tmp_path).path
    good = submit(riikka, {(c, "status"): "at_risk", (c, "comment"): "Riskit: sää"}).read_bytes()
    key = package_key(riikka)
    messages = {}

    def case(name: str, data: bytes, reason: str) -> None:
        path = tmp_path / f"{name}.kuvasub"
        path.write_bytes(data)
        messages[name] = _refused(cli, database, path, reason)

    one_byte = bytearray(good)
    one_byte[good.index("sää".encode())] ^= 0x01
    case("one-byte", bytes(one_byte), "damaged")
    case("truncated", good[: len(good) // 2], "damaged")
    case("altered", resign(good, None, lambda c_: c_.update(sequence=7)), "altered")
    case("other-key", resign(good, package_key(aino)), "other_package")
    case("other-year", resign(good, key, lambda c_: c_.update(year=2023)), "wrong_year_round")

    def take_metric_a(content: dict[str, Any]) -> None:
        content["goals"][0]["metrics"][0]["id"] = a

    case("other-owner", resign(good, key, take_metric_a), "outside_assignment")
    case("not-a-package", b"\x89PNG\r\n\x1a\n" + bytes(100), "not_a_package")
    case("a-package", riikka.read_bytes(), "not_a_submission")
    case("bad-status", resign(good, key, lambda c_: _set_status(c_, "Vihreä")), "invalid_value")

    other = open_database(tmp_path / "other" / "kuva.db")
    open_year(other)
    foreign = issue_package(other, YEAR, "1", RIIKKA, tmp_path / "other").path
    other_ids = dict(zip("ABC", metric_ids(other), strict=True))
    case(
        "other-db",
        submit(foreign, {(other_ids["C"], "status"): "on_track"}).read_bytes(),
        "other_database",
    )
    other.dispose()

    Editor(database).set_field(Ref("round", f"{YEAR}:1"), "state", "locked")
    case("locked", good, "locked")

    assert len(set(messages.values())) == len(messages)
    assert "does not match its check" in messages["one-byte"]
    assert "not a complete JSON document" in messages["truncated"]
    assert "Riikka" not in messages["other-key"] and AINO in messages["other-key"]


def _set_status(content: dict[str, Any], status: str) -> None:
    content["goals"][0]["metrics"][0]["entry"]["status"] = status


def test_refused_file_among_good_ones(database, year, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    riikka = issue_package(database, YEAR, "1", RIIKKA, tmp_path).path
    jussi = issue_package(database, YEAR, "1", JUSSI, tmp_path).path
    good = submit(riikka, {(year["C"], "status"): "on_track"})
    bad = tmp_path / "bad.kuvasub"
    bad.write_bytes(submit(jussi, {(year["B"], "status"): "on_track"}).read_bytes()[:-40])
    status, out, err = cli("merge", good, bad)
    assert status == 2
    assert f"{bad}: incomplete or damaged" in err
    assert "applied 1 entries" in out
    assert _entries(database)[year["C"]]["1"]["status"] == "on_track"
    assert "1" not in _entries(database)[year["B"]]


# Issuing


def test_export_package_needs_an_open_round_a_known_owner_and_an_assignment(
    database, year, tmp_path: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "p.kuvapkg"
    status, text, _ = cli(
        "export-package", "--year", YEAR, "--round", "1", "--owner", RIIKKA, "-o", out
    )
    assert status == 0 and "1 metrics" in text
    content = json.loads(out.read_bytes())["content"]
    assert content["kind"] == "package" and content["owner"]["name"] == RIIKKA
    assert [g["metrics"][0]["id"] for g in content["goals"]] == [year["C"]]
    cli("round", "--year", YEAR, "--round", "2", "close")
    status, _, err = cli(
        "export-package", "--year", YEAR, "--round", "2", "--owner", RIIKKA, "-o", out
    )
    assert status == 2 and "closed" in err
    status, _, err = cli(
        "export-package", "--year", YEAR, "--round", "1", "--owner", "Nobody", "-o", out
    )
    assert status == 2 and "not in the database" in err
    Editor(database).set_field(Ref("metric", year["C"]), "owners", [JUSSI])
    status, _, err = cli(
        "export-package", "--year", YEAR, "--round", "1", "--owner", RIIKKA, "-o", out
    )
    assert status == 2 and "nothing is assigned" in err


def test_package_carries_earlier_rounds_for_reference(database, year, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    Editor(database).set_field(Ref.entry(year["C"], "1"), "status", "on_track")
    package = issue_package(database, YEAR, "2", RIIKKA, tmp_path).path
    item = fmt.read_package(package.read_bytes(), "p").goals[0].metrics[0]
    assert item.earlier["1"].status == "on_track"
    assert item.entry.status is None


def test_completeness_command_and_late_submissions(database, year, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    Editor(database).set_field(Ref("round", f"{YEAR}:1"), "deadline", "2022-04-30")
    package = issue_package(database, YEAR, "1", RIIKKA, tmp_path).path
    sub = submit(package, {(year["C"], "status"): "on_track"})  # written today: late
    assert cli("merge", sub)[0] == 0
    status, out, _ = cli("completeness", "--year", YEAR, "--round", "1")
    assert status == 0
    assert f"{RIIKKA}\tmerged (late)" in out
    assert f"{JUSSI}\tnot issued" in out


def _entry(**values: Any) -> dict[str, Any]:
    return {
        "status": None,
        "forecast": None,
        "comment": None,
        "numeric": None,
        "unit": None,
        **values,
    }


def _entries(database: Any) -> dict[str, dict[str, dict[str, Any]]]:
    document = json.loads(export(database))
    return {
        mt["id"]: mt["entries"]
        for t in document["themes"]
        for g in t["goals"]
        for mt in g["metrics"]
    }


# The owner's side


def test_working_copy_keeps_what_was_typed_and_checks_it(database, year, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kuva_desktop.editing import EditRefused

    c = year["C"]
    package = issue_package(database, YEAR, "1", RIIKKA, tmp_path).path
    copy = WorkingCopy.open(package)
    assert list(copy.items) == [c]
    copy.set_field(c, "status", "osäkert")
    with pytest.raises(EditRefused):
        copy.set_field(c, "status", "Vihreä")
    with pytest.raises(EditRefused):
        copy.set_field(c, "status", "achieved")  # rule 1: not in a forecast round
    with pytest.raises(EditRefused):
        copy.set_field(c, "numeric", "-5")
    # Written as typed: a new process (or a crash) finds it again.
    again = WorkingCopy.open(package)
    assert again.get(c, "status") == "at_risk"
    assert [p.rule for p in again.problems()] == ["comment_required"]
    summary = again.save_submission()
    assert [(ch.field, ch.before, ch.after) for ch in summary.changes] == [
        ("status", None, "at_risk")
    ]
    assert summary.path.name == "kuva-2022-1-riikka-heikkila.kuvasub"
    assert "key" not in json.loads(summary.path.read_bytes())["content"]


def test_an_older_submission_after_a_newer_one_is_refused(
    database, year, tmp_path: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    c = year["C"]
    package = issue_package(database, YEAR, "1", RIIKKA, tmp_path).path
    first = submit(package, {(c, "status"): "on_track"}, tmp_path / "first.kuvasub")
    second = submit(package, {(c, "numeric"): "80"}, tmp_path / "second.kuvasub")
    assert cli("merge", second)[0] == 0
    _refused(cli, database, first, "stale")
