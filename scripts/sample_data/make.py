"""Rebuild the sample data in resources/sample/ from the seeds (see docs/sample-data.md).

    uv run python scripts/sample_data/make.py

2019 is the hand transcription of seeds 003 and 004 (resources/sample/2019.json, rewritten here in
canonical form); 2020 and 2021 are what ``import-table`` makes of seeds 001 and 002, with the
goal keys and owners of 2019, the round-1 comments of seed 000 (2021-round1.json beside this
script) and, for 2021, each metric's "Mittari: …" sentence as its target level. Ids are derived
from the year and the place, so running this twice writes the same files.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import uuid
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kuva_desktop.exchange import document as doc  # noqa: E402
from kuva_desktop.exchange import yeardoc  # noqa: E402
from kuva_desktop.exchange.table import read_table  # noqa: E402
from kuva_desktop.storage.database import open_database  # noqa: E402

SAMPLE = ROOT / "resources" / "sample"
SEEDS = {
    2020: ROOT / "tests" / "data" / "seed_001_2020.txt",
    2021: ROOT / "tests" / "data" / "seed_002_2021.txt",
}
NAMESPACE = uuid.UUID("0b8c5f4e-6a0d-4d7e-9a51-5a3b9e6c2f10")
DEADLINES = {"1": "-04-30", "2": "-08-31", "3": "-10-31"}
# Metric owners where the metric clearly belongs to one service area (by the metric's place).
METRIC_OWNERS = {
    (2020, 2, 0): ["Riikka Heikkilä"],  # Liikkumisohjelma: sports
    (2020, 2, 2): ["Mikko Saarinen"],  # culture paths and Helsinki Biennaali: culture
    (2021, 1, 0): ["Jussi Koskinen"],  # children's and young people's hobbies: youth
    (2021, 2, 0): ["Riikka Heikkilä"],  # older people moving: sports
}


def _id(*parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(map(str, parts))))


def _rounds(year: int, final_state: str) -> list[doc.Round]:
    rounds = [doc.Round(key=k, deadline=f"{year}{d}", state="locked") for k, d in DEADLINES.items()]
    rounds.append(doc.Round(key="final", deadline=f"{year + 1}-01-31", state=final_state))
    return rounds


def _from_seed(year: int, base: doc.YearDocument) -> doc.YearDocument:
    titles = [g.title.fi for t in base.themes for g in t.goals]
    table = read_table(SEEDS[year], year=year, known_goal_titles=titles)
    document = table.document
    base_goals = [g for t in base.themes for g in t.goals]
    document.division = base.division
    document.owners = base.owners
    document.rounds = _rounds(year, "locked" if year < 2021 else "open")
    goals = [g for t in document.themes for g in t.goals]
    assert len(goals) == len(base_goals), "the same three goals run through 2019-2021"
    # The same three themes in the same order; 2019 words the second one differently.
    for t_index, (theme, before) in enumerate(zip(document.themes, base.themes, strict=True)):
        theme.id = _id(year, t_index)
        theme.name.sv = before.name.sv
    for g_index, (goal, before) in enumerate(zip(goals, base_goals, strict=True)):
        goal.id = _id(year, "goal", g_index)
        goal.key = before.key
        goal.owners = before.owners
        for m_index, metric in enumerate(goal.metrics):
            metric.id = _id(year, "goal", g_index, m_index)
            metric.owners = METRIC_OWNERS.get((year, g_index, m_index), [])
            if year == 2021:
                target = re.search(r"Mittari:\s*(.+)$", metric.text.fi, re.S)
                metric.target = doc.Text(fi=target.group(1).strip() if target else "")
    if year == 2021:
        overlay = json.loads((Path(__file__).parent / "2021-round1.json").read_text("utf-8"))
        by_key = {g.key: g for g in goals}
        for item in overlay["goals"]:
            entry = by_key[item["key"]].metrics[0].entries.setdefault("1", doc.Entry())
            entry.status = item["status"]
            entry.comment = item["comment"]
            if item["numeric"] is not None:
                entry.numeric = Decimal(str(item["numeric"]))
                entry.unit = item["unit"]
    for warning in table.warnings:
        print(f"  {warning}")
    return document


def main() -> None:
    base = yeardoc.load(SAMPLE / "2019.json")
    documents = [base, _from_seed(2020, base), _from_seed(2021, base)]
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "sample.db")
        for document in documents:
            with database.session(source="sample data") as session:
                yeardoc.apply_document(session, document, replace=True, name="sample")
            with database.reader() as session:
                text = yeardoc.dump(yeardoc.export_year(session, document.year))
            (SAMPLE / f"{document.year}.json").write_text(text, encoding="utf-8")
            print(f"resources/sample/{document.year}.json written")
        database.dispose()


if __name__ == "__main__":
    main()
