"""A realistic synthetic project of N articles for benchmarks, made deterministically from a seed.

Entities follow a Zipf-like skew (a few appear in most articles, most in few), and every
quote, figure and date in a briefing really appears in its generated seed text, so the whole
pipeline, `check` included, runs on it unchanged.
"""

from __future__ import annotations

import calendar
import random
import shutil
from pathlib import Path
from typing import Any

import yaml

from generator.corpus.model import GENERAL
from generator.project import Project

SYLLABLES = ["ka", "lo", "mi", "ra", "ten", "vo", "sa", "del", "an", "ri", "mo", "zu", "be", "tor", "ni", "sha",
             "gar", "el", "qu", "in", "ost", "pa", "lu", "ven", "ma", "dor", "ci", "ul", "fen", "ar"]
SIZES = {"countries": 60, "leaders": 150, "people": 300, "organisations": 100, "topics": 40}
VERBS = {"meeting": "met", "visit": "visited", "call": "called", "sanction": "sanctioned", "tariff": "put tariffs on"}
PHRASE = ("we will keep talking because trade matters to our farmers and our workers and the region needs calm "
          "heads and steady hands as the talks go on through the year")
WORDS = PHRASE.split()


def _name(rng: random.Random, words: int, used: set[str]) -> str:
    while True:
        name = " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
                        for _ in range(words))
        if name not in used:
            used.add(name)
            return name


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def registry(rng: random.Random, articles: int = 1000) -> dict[str, list[dict[str, Any]]]:
    """A registry that grows with the corpus up to 1,000 articles (650 entities), as real ones do."""
    used: set[str] = set()
    sizes = {kind: max(6, round(n * min(1.0, articles / 1000))) for kind, n in SIZES.items()}
    countries = [{"id": _slug(n), "name": n, "aliases": [], "description": f"The republic of {n}."}
                 for n in (_name(rng, 1, used) for _ in range(sizes["countries"]))]
    people = []
    surnames: set[str] = set()  # a surname two people share would be an ambiguous alias, which check refuses
    for kind, count in (("leader", sizes["leaders"]), ("person", sizes["people"])):
        for _ in range(count):
            name, country = _name(rng, 2, used), rng.choice(countries)["id"]
            surname = name.split()[-1]
            aliases = [] if surname in surnames or surname in used else [surname]
            surnames.add(surname)
            people.append({"id": _slug(name), "name": name, "kind": kind, "aliases": aliases,
                           "roles": [{"title": "Minister" if kind == "leader" else "Analyst", "country": country,
                                      "source": GENERAL}],
                           "countries": [country], "countries_source": GENERAL,
                           "description": f"A {kind} from {country}.", "description_source": GENERAL})
    organisations = [{"id": _slug(n), "name": n + " Council", "aliases": [], "description": "An organisation.",
                      "description_source": GENERAL}
                     for n in (_name(rng, 1, used) for _ in range(sizes["organisations"]))]
    topics = [{"id": _slug(n), "name": n, "aliases": [], "description": "A topic."}
              for n in (_name(rng, 1, used) + " policy" for _ in range(sizes["topics"]))]
    return {"countries": countries, "people": people, "organisations": organisations, "topics": topics}


def _pick(rng: random.Random, items: list[dict[str, Any]], k: int) -> list[dict[str, Any]]:
    """Zipf-like: the first entities of each list are picked far more often than the last."""
    weights = [1 / (rank + 1) ** 1.1 for rank in range(len(items))]
    chosen: dict[str, dict[str, Any]] = {}
    while len(chosen) < k:
        item = rng.choices(items, weights)[0]
        chosen[item["id"]] = item
    return list(chosen.values())


def article(rng: random.Random, number: int, reg: dict[str, list[dict[str, Any]]]) -> tuple[str, dict[str, Any]]:
    """One seed text and the briefing that curates it."""
    year, month, day = rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28)
    countries = _pick(rng, reg["countries"], 3)
    leaders = _pick(rng, [p for p in reg["people"] if p["kind"] == "leader"], 2)
    others = _pick(rng, [p for p in reg["people"] if p["kind"] == "person"], 2)
    orgs, topics = _pick(rng, reg["organisations"], 1), _pick(rng, reg["topics"], 3)
    a, b = leaders
    place = countries[1]["name"]
    paragraphs = [f"{place}, {day} {calendar.month_name[month]} {year} - {a['name']} met {b['name']} in {place} "
                  f"to discuss {topics[0]['name']} and {topics[1]['name']}."]
    quotes, events, figures = [], [], []
    for speaker in (a, b, *others):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14))).capitalize()
        paragraphs.append(f"“{text},” {speaker['name']} said, speaking for {orgs[0]['name']}.")
        quotes.append({"text": text, "speaker": speaker["id"], "paragraph": len(paragraphs),
                       "context": "after the talks", "topics": [topics[2]["id"]]})
    past = rng.randint(year - 8, year)
    amount = round(rng.uniform(1, 400), 1)
    rate = rng.choice([10, 15, 25, 40, 70, 100])
    paragraphs.append(f"In {calendar.month_name[month]} {past}, {countries[0]['name']} "
                      f"{VERBS[kind := rng.choice(list(VERBS))]} {countries[2]['name']}, and two-way trade "
                      f"reached ${amount} billion while a {rate} per cent tariff stayed in place.")
    events.append({"date": f"{past:04d}-{month:02d}", "precision": "month", "key": f"e-{past}-{month}-{kind}",
                   "as_written": f"In {calendar.month_name[month]} {past}",
                   "kind": kind, "summary": f"{countries[0]['name']} {VERBS[kind]} {countries[2]['name']}.",
                   "countries": [countries[0]["id"], countries[2]["id"]], "actor": countries[0]["id"],
                   "target": countries[2]["id"], "paragraph": len(paragraphs)})
    figures.append({"value": f"${amount} billion", "measure": f"trade-{countries[0]['id']}-{countries[2]['id']}",
                    "label": "Two-way trade", "amount": amount * 1e9, "unit": "dollars (currency not stated)",
                    "period": str(past), "paragraph": len(paragraphs),
                    "countries": [countries[0]["id"], countries[2]["id"]]})
    figures.append({"value": f"{rate} per cent", "measure": f"tariff-{countries[0]['id']}", "label": "Tariff rate",
                    "amount": rate, "unit": "percent", "paragraph": len(paragraphs), "topics": [topics[0]["id"]]})
    events.append({"date": f"{year:04d}-{month:02d}-{day:02d}", "precision": "day", "kind": "meeting",
                   "as_written": f"{day} {calendar.month_name[month]} {year}",
                   "summary": f"{a['name']} meets {b['name']}.", "participants": [a["id"], b["id"]],
                   "countries": [countries[1]["id"], countries[0]["id"]], "paragraph": 1})
    ident = f"article-{number:05d}"
    briefing = {
        "id": ident, "seed": f"{ident}.txt", "status": "published", "added": f"{year:04d}-{month:02d}-{day:02d}",
        "title": f"{a['name']} and {b['name']} talk {topics[0]['name']} ({number})",
        "published": {"date": f"{year:04d}-{month:02d}-{day:02d}", "precision": "day", "basis": "dateline"},
        "outlet": rng.choice([None, "The Daily Synthetic", "Wire Service"]),
        "summary": f"Leaders discuss {topics[0]['name']}.",
        "summary_paragraphs": [1],
        "key_points": [{"text": "They met.", "paragraphs": [1]}],
        "countries": [c["id"] for c in countries], "people": [p["id"] for p in (a, b, *others)],
        "organisations": [o["id"] for o in orgs], "topics": [t["id"] for t in topics],
        "titles": [], "quotes": quotes, "events": events, "figures": figures,
        "framing": {"tone": rng.choice(["neutral", "critical", "favourable"]), "summary": "Plain.",
                    "loaded_terms": [{"term": "talks", "paragraph": 2}] if "talks" in paragraphs[1] else []},
    }
    return "\n".join(paragraphs) + "\n", briefing


def write_corpus(target: Path, articles: int, seed: int = 1, template: Path | None = None) -> Project:
    """Write a whole project (inputs and site configuration) into ``target``."""
    rng = random.Random(seed)
    project = Project(target)
    for folder in (project.seeds, project.registry):
        folder.mkdir(parents=True, exist_ok=True)
    reg = registry(rng, articles)
    (project.registry / "entities.yaml").write_text(yaml.safe_dump(reg, sort_keys=False), encoding="utf-8")
    for number in range(1, articles + 1):
        text, briefing = article(rng, number, reg)
        (project.seeds / briefing["seed"]).write_text(text, encoding="utf-8")
        (project.briefings / f"{briefing['id']}.yaml").write_text(
            yaml.safe_dump(briefing, sort_keys=False, allow_unicode=True), encoding="utf-8")
    source = template or Path(__file__).resolve().parents[2]
    for part in ("mkdocs.yml", "overrides", "docs/pages"):
        src, dst = source / part, target / part
        if src.is_dir():
            shutil.copytree(src, dst, dirs_exist_ok=True)
        elif src.exists():
            shutil.copy2(src, dst)
    return project
