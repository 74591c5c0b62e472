"""A large database for the benchmarks: many years of goals, every round filled.

uv run python bench/generate.py [PATH] [--years 20] [--goals 30] [--metrics 4] [--seed 0]

The data goes in through the application's own storage: one year document per year, written with
``apply_document`` in its own session, so the history rows, defaults and constraints are those of
a real import. The same seed gives the same database. Half the years (alternately) are in the
``narrative`` layout with forecasts of a few hundred characters of Finnish-like prose, the others
in the ``status`` layout with statuses, comments and numeric forecasts; every year has the final
round with outcomes and explanations. ``--years 1 --goals 1000`` makes one very large year.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LAST_YEAR = 2025
THEMES_PER_YEAR = 5

AREAS = ("KULP", "LIIKU", "NUP", "KIR")
FIRST_NAMES = (
    "Aino", "Eero", "Helmi", "Ilkka", "Johanna", "Kalle", "Laura", "Markku", "Niina", "Oskari",
    "Päivi", "Riikka", "Sanna", "Timo", "Ulla", "Veikko", "Annika", "Jussi", "Leena", "Mikko",
)  # fmt: skip
LAST_NAMES = (
    "Lehtinen", "Koskinen", "Mäkelä", "Saarinen", "Heikkilä", "Virtanen", "Nieminen", "Laine",
    "Järvinen", "Hämäläinen", "Korhonen", "Salminen", "Lindqvist", "Åberg", "Rantanen",
)  # fmt: skip

THEME_NAMES = (
    ("Maailman toimivin kaupunki", "Världens bäst fungerande stad"),
    (
        "Kestävän kasvun turvaaminen on kaupungin tärkein tehtävä",
        "Tryggande av hållbar tillväxt är stadens mest centrala uppgift",
    ),
    ("Palvelujen uudistaminen", None),
    ("Vastuullinen taloudenpito", None),
    ("Osallisuus ja yhdenvertaisuus", None),
    ("Hyvinvoiva ja liikkuva kaupunki", None),
    ("Elävä kulttuuri kaikille", None),
)
# The shipped vocabulary (resources/links.json) and a few names that years have added.
LINKS = (
    "Asukaskokemus ja asiakastyytyväisyys",
    "Palvelujen saavutettavuus",
    "Osallisuus",
    "Elävät kaupunginosat",
    "Hyvinvoinnin ja terveyden edistäminen",
    "Harrastustoiminta",
    "Kaupungin tilojen käyttö",
    "Strategia nuorten syrjäytymishaasteen ratkaisemiseen",
    "Liikkumisohjelma",
    "Merellinen strategia",
    "Mukana-ohjelma",
    "Hiilineutraali Helsinki",
    "Digitalisaatio-ohjelma",
    "Kaupunkikulttuuri",
)

# Fragments of Finnish report prose; sentences are put together from them.
SUBJECTS = (
    "Toimiala", "Kulttuuripalvelut", "Liikuntapalvelut", "Nuorisopalvelut", "Kirjastoverkko",
    "Asiakaspalvelu", "Tilavarausjärjestelmä", "Harrastustoiminnan tuki", "Kumppanuusverkosto",
    "Kaupunginosien palveluverkko", "Digitaalinen asiointi", "Hankkeen ohjausryhmä",
)  # fmt: skip
VERBS = (
    "kehittää", "arvioi", "parantaa", "seuraa", "uudistaa", "laajentaa", "vahvistaa",
    "edistää", "tukee", "käynnistää", "toteuttaa", "mittaa",
)  # fmt: skip
OBJECTS = (
    "asiakaskokemuksen arviointia", "palvelujen saavutettavuutta",
    "lasten ja nuorten harrastamista", "ikääntyneiden liikkumista",
    "alueellista yhdenvertaisuutta", "tilojen käyttöastetta",
    "kävijämäärien seurantaa", "sähköistä ajanvarausta", "asukkaiden osallistumista",
    "kumppanien kanssa tehtävää yhteistyötä", "tietoperusteista johtamista",
    "kestävän kehityksen tavoitteita",
)  # fmt: skip
TAILS = (
    "vuoden aikana", "yhdessä kaupunginosien toimijoiden kanssa", "koronatilanteesta huolimatta",
    "suunnitelman mukaisesti", "uusien työvälineiden avulla", "ensimmäisellä vuosineljänneksellä",
    "asiakaspalautteen perusteella", "osana kaupunkiyhteistä hanketta", "budjetin puitteissa",
)  # fmt: skip
# Goal titles are passive ("Palveluja parannetaan …"), so that no prose sentence contains one.
PASSIVES = (
    "parannetaan", "kehitetään", "lisätään", "vahvistetaan", "uudistetaan", "laajennetaan",
)  # fmt: skip
REMARKS = (
    "Ennusteen mukaan tavoite toteutuu.",
    "Tavoitteen arvioidaan toteutuvan suunnitellusti.",
    "Kävijämäärät ovat palautuneet lähes edellisen vuoden tasolle.",
    "Henkilöstöresurssit on kohdennettu uudelleen tavoitteen saavuttamiseksi.",
    "Toimenpiteet jatkuvat syksyllä.",
    "Tulokset raportoidaan lautakunnalle vuoden lopussa.",
)
RISKS = (
    "Riskit: rekrytointien viivästyminen voi siirtää toteutusta.",
    "Riskit: tilojen korjaustarpeet rajoittavat käyttöä.",
    "Riskit: kävijämäärien palautuminen on epävarmaa.",
    "Riskit: hankinnan aikataulu on tiukka.",
)
MEASURES = (
    "asiakastyytyväisyys", "kävijämäärä", "käyntikertojen määrä", "aukiolotuntien määrä",
    "harrastajien määrä", "tilojen käyttöaste", "sähköisten varausten osuus", "palautteiden määrä",
)  # fmt: skip


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(TAILS)]
    return " ".join(words) + "."


def prose(rng: random.Random, low: int, high: int) -> str:
    """Finnish-like report prose of roughly low to high characters, in paragraphs."""
    length = rng.randint(low, high)
    paragraphs: list[str] = []
    current: list[str] = []
    total = 0
    while total < length:
        sentence = _sentence(rng) if rng.random() < 0.75 else rng.choice(REMARKS)
        current.append(sentence)
        total += len(sentence) + 1
        if len(current) >= rng.randint(3, 5):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def make_owners(rng: random.Random, count: int = 20) -> list[dict[str, str | None]]:
    owners: list[dict[str, str | None]] = []
    names: set[str] = set()
    while len(owners) < count:
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        if name in names:
            continue
        names.add(name)
        email = name.lower().replace(" ", ".").translate(str.maketrans("äöå", "aoa")) + "@hel.fi"
        # Most owners belong to a service area; a few to the division (area None).
        area = rng.choice(AREAS) if len(owners) % 5 else None
        owners.append({"name": name, "email": email, "area": area})
    return owners


def year_document(
    rng: random.Random,
    year: int,
    *,
    layout: str,
    goals: int,
    metrics: int,
    owners: list[dict[str, str | None]],
    goal_keys: list[str],
):  # -> YearDocument; the import stays inside so that ``--help`` is quick
    """One year's document: themes, goals, metrics and all four rounds filled."""
    from kuva_desktop.exchange import document as doc

    narrative = layout == "narrative"
    owner_names = [str(o["name"]) for o in owners]
    themes_here = min(THEMES_PER_YEAR, goals) or 1
    themes = [
        doc.Theme(id=_uuid(rng), name=doc.Text(fi=fi, sv=sv))
        for fi, sv in rng.sample(THEME_NAMES, k=themes_here)
    ]
    titles: set[str] = set()
    for number in range(goals):
        title = ""
        while not title or title in titles:  # unique in the year, as real titles are
            title = f"{rng.choice(OBJECTS).capitalize()} {rng.choice(PASSIVES)} {rng.choice(TAILS)}"
            if len(titles) >= len(OBJECTS) * len(PASSIVES) * len(TAILS):
                title += f" ({number + 1})"
        titles.add(title)
        achieved_all = True
        metric_docs = []
        goal_owners = rng.sample(owner_names, k=rng.randint(1, 3))
        for position in range(metrics):
            measure = rng.choice(MEASURES)
            entries: dict[str, doc.Entry] = {}
            for key in ("1", "2", "3"):
                if narrative:
                    entries[key] = doc.Entry(forecast=prose(rng, 250, 700))
                else:
                    status = rng.choices(("on_track", "at_risk", "off_track"), (6, 3, 1))[0]
                    comment = (
                        rng.choice(RISKS) + " " + prose(rng, 80, 250)
                        if status != "on_track"
                        else prose(rng, 60, 200)
                    )
                    entries[key] = doc.Entry(
                        status=status,
                        comment=comment,
                        numeric=rng.choice((100, 95, 90, 87.5, 80, 75, 60, 110)),
                        unit="%",
                    )
            achieved = rng.random() < 0.8
            achieved_all = achieved_all and achieved
            entries["final"] = doc.Entry(
                status="achieved" if achieved else "not_achieved",
                explanation=prose(rng, 120, 400) if not achieved or rng.random() < 0.5 else None,
            )
            metric_docs.append(
                doc.Metric(
                    id=_uuid(rng),
                    text=doc.Text(
                        fi=f"Mittari {position + 1}: {measure} "
                        f"{rng.choice(('kasvaa', 'säilyy', 'paranee'))} {rng.choice(TAILS)}"
                    ),
                    target=doc.Text(fi=f"{measure} vähintään {rng.randint(50, 120)} %"),
                    recovery=None if narrative else rng.random() < 0.25,
                    # Most metrics belong to the goal's owners; some have their own.
                    owners=rng.sample(owner_names, k=1) if rng.random() < 0.3 else [],
                    entries=entries,
                )
            )
        links = rng.sample(LINKS, k=rng.randint(1, 5))
        goal = doc.Goal(
            id=_uuid(rng),
            key=goal_keys[number] if number < len(goal_keys) else None,
            title=doc.Text(fi=title),
            description=doc.Text(fi=prose(rng, 200, 600)),
            owners=goal_owners,
            links=[doc.Text(fi=name) for name in links],
            outcome=doc.Outcome(explanation=None if achieved_all else prose(rng, 200, 500)),
            metrics=metric_docs,
        )
        themes[number % len(themes)].goals.append(goal)
    deadlines = {
        "1": f"{year}-04-30",
        "2": f"{year}-08-31",
        "3": f"{year}-10-31",
        "final": f"{year + 1}-01-31",
    }
    return doc.YearDocument(
        year=year,
        division=doc.Text(fi="Kulttuurin ja vapaa-ajan toimiala", sv="Kultur- och fritidssektorn"),
        layout=layout,
        rounds=[
            doc.Round(key=key, deadline=deadline, state="locked" if year < LAST_YEAR else "open")
            for key, deadline in deadlines.items()
        ],
        owners=[doc.Owner(**o) for o in owners],
        themes=themes,
    )


def generate(path: Path, years: int = 20, goals: int = 30, metrics: int = 4, seed: int = 0) -> Path:
    """Write the database at ``path`` (replacing one that is there) and return the path."""
    from kuva_desktop.exchange.yeardoc import apply_document
    from kuva_desktop.storage.database import open_database

    path = Path(path)
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    rng = random.Random(seed)
    owners = make_owners(rng)
    database = open_database(path)
    try:
        first = LAST_YEAR - years + 1
        goal_keys: list[str] = []
        for number, year in enumerate(range(first, LAST_YEAR + 1)):
            # A council term of four years keeps its goals (the same keys); a new term, new ones.
            if number % 4 == 0:
                goal_keys = [_uuid(rng) for _ in range(goals)]
            layout = "narrative" if number % 2 == 0 else "status"
            document = year_document(
                rng,
                year,
                layout=layout,
                goals=goals,
                metrics=metrics,
                owners=owners,
                goal_keys=goal_keys,
            )
            with database.session(source=f"bench generate {year}") as session:
                apply_document(session, document, replace=True, name=f"bench {year}")
        with database.engine.connect() as connection:
            # Fold the WAL into the file, so that the file size is the database's size.
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.dispose()
    return path


CACHE = ROOT / "bench" / ".cache"


def cached_database(years: int = 20, goals: int = 30, metrics: int = 4, seed: int = 0) -> Path:
    """The large database under ``bench/.cache/``, made again when this generator or the schema
    has changed since it was made (so that no benchmark times a migration)."""
    import hashlib
    import sqlite3
    from contextlib import closing

    from kuva_desktop.storage.migrations import HEAD

    digest = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:10]
    path = CACHE / f"large-{years}x{goals}x{metrics}-seed{seed}-{digest}-{HEAD}.db"
    if path.exists():
        try:
            with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        except sqlite3.Error:
            revision = None
        if revision == HEAD:
            return path
    CACHE.mkdir(parents=True, exist_ok=True)
    for old in CACHE.glob(f"large-{years}x{goals}x{metrics}-seed{seed}-*.db*"):
        old.unlink(missing_ok=True)
    start = time.perf_counter()
    # Made under another name and renamed when complete: an interrupted run leaves no cache.
    partial = generate(
        path.with_suffix(".partial"), years=years, goals=goals, metrics=metrics, seed=seed
    )
    partial.replace(path)
    print(
        f"generated {path.relative_to(ROOT)} in {time.perf_counter() - start:.1f} s "
        f"({path.stat().st_size / 1e6:.1f} MB)",
        flush=True,
    )
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, nargs="?", default=CACHE / "large.db")
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--goals", type=int, default=30)
    parser.add_argument("--metrics", type=int, default=4)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    args.path.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    generate(args.path, years=args.years, goals=args.goals, metrics=args.metrics, seed=args.seed)
    elapsed = time.perf_counter() - start
    size = args.path.stat().st_size
    print(
        f"{args.path}: {args.years} years × {args.goals} goals × {args.metrics} metrics "
        f"(all rounds filled) in {elapsed:.1f} s; {size / 1e6:.1f} MB"
    )


if __name__ == "__main__":
    main()
