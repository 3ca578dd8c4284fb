"""Gather and check the whole project: registry, briefings and seeds, every problem at once.

Nothing is generated from a project with errors, so every page sees consistent data.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from generator.dates import FuzzyDate
from generator.errors import Problem
from generator.gc_pause import gc_paused
from generator.load import Document, read_yaml
from generator.model import Briefing, RegistryFile
from generator.project import Project
from generator.registry import Registry
from generator.seeds import Seed, read_seed
from generator.validate import build_registry, dates, references, structure, with_proposals
from generator.verify import provenance

if TYPE_CHECKING:
    from generator.index import EntityIndex


@dataclass(frozen=True)
class Article:
    """A checked briefing with its seed and its dates parsed."""

    briefing: Briefing
    seed: Seed
    published: FuzzyDate
    event_dates: tuple[FuzzyDate, ...]

    @property
    def id(self) -> str:
        return self.briefing.id


@dataclass(frozen=True)
class Corpus:
    registry: Registry
    articles: tuple[Article, ...]

    @cached_property
    def index(self) -> EntityIndex:
        """The entity index, built once however many page kinds and printers ask for it."""
        from generator.index import build_index  # index.py builds on this module's types

        return build_index(self)


@gc_paused()
def check_project(project: Project, drafts: bool = False) -> tuple[Corpus | None, list[Problem]]:
    """Return the corpus and any warnings, or None and every problem found.

    With ``drafts`` the draft briefings are checked and included, and the entities they propose
    count as accepted, so a draft can be previewed as it would be published.
    """
    registry, problems = load_registry(project)
    # With a broken registry every reference would look unknown: report the registry alone first.
    registry_ok = registry is not None and not problems
    seeds, unreadable = _load_seeds(project, problems)
    parsed_files: list[tuple[Path, Document, Briefing]] = []
    curated: dict[str, str] = {}
    for path in sorted(project.briefings.glob("*.yaml")):
        doc, found = read_yaml(path, project.shown(path))
        briefing, more = structure(doc, Briefing) if doc else (None, [])
        problems += found + more
        if doc is None or briefing is None:
            continue
        if briefing.status == "draft" and not drafts:
            curated.setdefault(briefing.seed, doc.path)
        else:
            parsed_files.append((path, doc, briefing))
    if registry is not None and drafts:
        registry, found = with_proposals(registry, [(doc, b) for _, doc, b in parsed_files])
        problems += found
    articles: list[Article] = []
    first_id: dict[str, str] = {}
    for path, doc, briefing in parsed_files:
        found = _identity(doc, briefing, path, first_id, curated)
        found += references(doc, briefing, registry) if registry and registry_ok else []
        parsed, date_problems = dates(doc, briefing)
        found += date_problems
        seed = seeds.get(briefing.seed)
        if seed is None and briefing.seed not in unreadable:
            found.append(doc.problem(("seed",), f"seed file 'seeds/{briefing.seed}' does not exist",
                                     _closest_seed(briefing.seed, seeds)))
        elif seed is not None:
            found += provenance(doc, briefing, seed)
        problems += found
        if seed is not None and not any(p.severity == "error" for p in found):
            event_dates = tuple(parsed[("events", i)] for i in range(len(briefing.events)))
            articles.append(Article(briefing, seed, parsed[("published",)], event_dates))
    for name in sorted(set(seeds) - set(curated) - unreadable):
        problems.append(Problem(f"seeds/{name}", 1, 1, "", "this seed has no briefing",
                                f"draft one with: briefings new seeds/{name}", "warning"))
    problems.sort()
    if registry is None or any(p.severity == "error" for p in problems):
        return None, problems
    return Corpus(registry, tuple(sorted(articles, key=lambda a: a.id))), problems


def _identity(doc: Document, briefing: Briefing, path: Path, first_id: dict[str, str],
              curated: dict[str, str]) -> list[Problem]:
    problems = []
    if briefing.id != path.stem:
        problems.append(doc.problem(("id",), f"id '{briefing.id}' does not match the file name '{path.name}'",
                                    f"rename the file to {briefing.id}.yaml or set id: {path.stem}"))
    if briefing.id in first_id:
        problems.append(doc.problem(("id",), f"duplicate article id '{briefing.id}' (also in {first_id[briefing.id]})",
                                    "give each article its own id"))
    first_id.setdefault(briefing.id, doc.path)
    if briefing.seed in curated:
        problems.append(doc.problem(("seed",), f"seed '{briefing.seed}' is already curated in {curated[briefing.seed]}",
                                    "one briefing per seed"))
    curated.setdefault(briefing.seed, doc.path)
    return problems


def load_registry(project: Project) -> tuple[Registry | None, list[Problem]]:
    problems: list[Problem] = []
    files: list[tuple[Document, RegistryFile]] = []
    paths = sorted(project.registry.glob("*.yaml"))
    if not paths:
        return None, [Problem(project.shown(project.registry), 1, 1, "", "no registry files found",
                              "add countries, people, organisations and topics in briefings/registry/*.yaml")]
    for path in paths:
        doc, found = read_yaml(path, project.shown(path))
        problems += found
        if doc is not None:
            parsed, found = structure(doc, RegistryFile)
            problems += found
            if parsed is not None:
                files.append((doc, parsed))
    registry, found = build_registry(files)
    return registry, problems + found


def _load_seeds(project: Project, problems: list[Problem]) -> tuple[dict[str, Seed], set[str]]:
    """Readable seeds by file name, and the names of those that exist but cannot be used."""
    seeds: dict[str, Seed] = {}
    unreadable: set[str] = set()
    for path in sorted(project.seeds.glob("*.txt")):
        seed, found = read_seed(path, project.shown(path))
        problems += found
        if seed is not None:
            seeds[seed.name] = seed
        else:
            unreadable.add(path.name)
    return seeds, unreadable


def _closest_seed(name: str, seeds: dict[str, Seed]) -> str:
    close = difflib.get_close_matches(name, list(seeds), n=1, cutoff=0.5)
    return f"did you mean '{close[0]}'?" if close else "copy the article into seeds/ or fix the name"
