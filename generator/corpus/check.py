"""Gather and check the whole project: registry, briefings and seeds, every problem at once.

Nothing is generated from a project with errors, so every page sees consistent data.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from generator.corpus.briefs import check_briefs
from generator.corpus.checked import Article, Corpus, DatedEvent
from generator.corpus.citations import doubt_sources
from generator.corpus.dating import best_dates
from generator.corpus.event_dates import date_backing, shared_keys
from generator.corpus.fuzzy_date import FuzzyDate
from generator.corpus.model import Briefing, RegistryFile
from generator.corpus.provenance import provenance
from generator.corpus.registry import Registry
from generator.corpus.registry_sources import registry_sources, role_titles, shared_aliases, title_problems
from generator.corpus.seeds import Seed, read_seed
from generator.corpus.speakers import check_speakers
from generator.corpus.validate import (
    build_registry,
    check_dates,
    figure_numbers,
    references,
    salvage,
    structure,
    with_proposals,
)
from generator.corpus.wording import figure_bounds, quote_marks, unmatched_marks
from generator.corpus.yaml_file import PARSED, Location, Parsed, YamlFile, read_yaml
from generator.errors import Problem
from generator.gc_pause import gc_paused
from generator.project import Project


@gc_paused()
def check_project(project: Project, drafts: bool = False) -> tuple[Corpus | None, list[Problem]]:
    """Return the corpus and any warnings, or None and every problem found.

    With ``drafts`` the draft briefings are checked and included, and the entities they propose
    count as accepted, so a draft can be previewed as it would be published.
    """
    registry, registry_files, problems = _registry_files(project)
    # With a broken registry every reference would look unknown: report the registry alone first.
    registry_ok = registry is not None and not problems
    seeds, unreadable = _load_seeds(project, problems)
    parsed_files: list[tuple[Path, YamlFile, Briefing]] = []
    curated: dict[str, str] = {}
    for path in sorted(project.briefings.glob("*.yaml")):
        doc, found = read_yaml(path, project.shown(path))
        briefing, more = structure(doc, Briefing) if doc else (None, [])
        problems += found + more
        if doc is not None and briefing is None and more:
            rest = salvage(doc, Briefing, more)  # check the rest of the file in the same run
            if rest is None and isinstance(doc.data, dict) and isinstance(doc.data.get("seed"), str):
                curated.setdefault(doc.data["seed"], doc.path)  # its seed has a briefing, broken as it is
            doc, briefing = rest if rest else (doc, None)
        if doc is None or briefing is None:
            continue
        if briefing.status == "draft" and not drafts:
            curated.setdefault(briefing.seed, doc.path)
        else:
            parsed_files.append((path, doc, briefing))
    if registry is not None and drafts:
        registry, found = with_proposals(registry, [(doc, b) for _, doc, b in parsed_files])
        problems += found
    problems += check_speakers([(doc, b) for _, doc, b in parsed_files], registry)
    if _REGISTRY.get("last") is None or _REGISTRY["last"] != registry:
        _REGISTRY["last"] = registry
    registry = _REGISTRY["last"]  # an equal registry is the last one: kept checks compare it by identity
    parts: list[tuple[Briefing, Seed, FuzzyDate, tuple[DatedEvent, ...]]] = []
    first_id: dict[str, str] = {}
    names = {p.id: (p.name, *p.aliases) for p in registry.people.values()} if registry else {}
    organisations = frozenset(n.casefold() for o in (registry.organisations.values() if registry else ())
                              for n in (o.name, *o.aliases))
    reports: list[tuple[YamlFile, Briefing, dict[Location, FuzzyDate]]] = []
    for path, doc, briefing in parsed_files:
        seed = seeds.get(briefing.seed)
        last = _LAST.get(doc.path)
        if last and last.doc is doc and last.seed == seed and last.registry_ok == registry_ok and \
                last.registry is registry:
            own, parsed = list(last.found), last.parsed
        else:
            own, parsed = _own_checks(doc, briefing, seed, registry if registry_ok else None, names, organisations)
            _LAST[doc.path] = _Checked(doc, seed, registry, registry_ok, tuple(own), parsed)
        found = _identity(doc, briefing, path, first_id, curated) + own
        reports.append((doc, briefing, parsed))
        if seed is None and briefing.seed not in unreadable:
            found.append(doc.problem(("seed",), f"seed file 'seeds/{briefing.seed}' does not exist",
                                     _closest_seed(briefing.seed, seeds)))
        problems += found
        if seed is not None and not any(p.severity == "error" for p in found):
            events = tuple(DatedEvent(event, parsed[("events", i)]) for i, event in enumerate(briefing.events))
            parts.append((briefing, seed, parsed[("published",)], events))
    for name in sorted(curated.keys() & seeds.keys()):
        problems += unmatched_marks(seeds[name])
    # A briefing that did not load is not cited wrongly: its own errors say what is wrong.
    counts = {path.stem: 1 << 30 for path in project.briefings.glob("*.yaml")}
    counts.update({b.id: len(seeds[b.seed].paragraphs) if b.seed in seeds else 1 << 30 for _, _, b in parsed_files})
    problems += registry_sources(registry_files, counts) + shared_keys(reports)
    problems += [p for doc, b, _ in reports for p in doubt_sources(doc, b, counts)]
    for name in sorted(set(seeds) - set(curated) - unreadable):
        problems.append(Problem(f"seeds/{name}", 1, 1, "", "this seed has no briefing",
                                f"draft one with: briefings new seeds/{name}", "warning"))
    problems.sort()
    if registry is None or any(p.severity == "error" for p in problems):
        return None, problems
    dates = best_dates((b, published, tuple((d.event, d.date) for d in events)) for b, _, published, events in parts)
    articles = tuple(sorted((Article(b, seed, dates[b.id], events) for b, seed, _, events in parts),
                            key=lambda a: a.id))
    problems += check_briefs(registry_files, articles)
    if any(p.severity == "error" for p in problems):
        return None, sorted(problems)
    return Corpus(registry, articles), sorted(problems)


@dataclass(frozen=True)
class _Checked:
    """A briefing's own checks, kept for the next check in the same process (`serve` and the
    preview check every file again after each edit): the same parsed file (parsing is cached by
    text), an equal seed and an equal registry give the same problems (0.4 s at 1,000 articles)."""

    doc: YamlFile
    seed: Seed | None
    registry: Registry | None
    registry_ok: bool
    found: tuple[Problem, ...]
    parsed: dict[Location, FuzzyDate]


_LAST: dict[str, _Checked] = {}  # by the file's path as shown
_REGISTRY: dict[str, Registry | None] = {}  # the last registry checked


@dataclass(frozen=True)
class CheckMemory:
    """What a check keeps for the next, for a build to hand to the next process (`publish/memory.py`):
    each file's parse, each briefing's own checks and the registry they were made against (the
    same objects: kept checks compare the parse and the registry by identity)."""

    parsed: dict[str, tuple[str, Parsed]]
    checked: dict[str, _Checked]
    registry: Registry | None


def check_memory() -> CheckMemory:
    return CheckMemory(dict(PARSED), dict(_LAST), _REGISTRY.get("last"))


def recall_checks(memory: CheckMemory) -> None:
    """Take up a last process's checks, in a process that has checked nothing yet."""
    if not _LAST:
        PARSED.update(memory.parsed)
        _LAST.update(memory.checked)
        _REGISTRY["last"] = memory.registry


def _own_checks(doc: YamlFile, briefing: Briefing, seed: Seed | None, registry: Registry | None,
                names: dict[str, tuple[str, ...]], organisations: frozenset[str]
                ) -> tuple[list[Problem], dict[Location, FuzzyDate]]:
    """What one briefing's file, its seed and the registry (None: not checked against) say of it."""
    found = figure_numbers(doc, briefing) + (references(doc, briefing, registry) if registry else [])
    found += title_problems(doc, briefing, names, organisations)
    parsed, date_problems = check_dates(doc, briefing)
    found += date_problems + date_backing(doc, briefing, parsed) + _summary_cited(doc, briefing)
    if seed is not None:
        found += provenance(doc, briefing, seed) + figure_bounds(doc, briefing, seed) + quote_marks(doc, briefing, seed)
    return found, parsed


def _identity(doc: YamlFile, briefing: Briefing, path: Path, first_id: dict[str, str],
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


def _summary_cited(doc: YamlFile, briefing: Briefing) -> list[Problem]:
    if briefing.status == "published" and not briefing.summary_paragraphs:
        return [doc.problem(("summary",), "the summary cites no paragraphs",
                            "add summary_paragraphs: the paragraphs it rests on")]
    return []


def load_registry(project: Project) -> tuple[Registry | None, list[Problem]]:
    registry, _, problems = _registry_files(project)
    return registry, problems


def _registry_files(project: Project) -> tuple[Registry | None, list[tuple[YamlFile, RegistryFile]], list[Problem]]:
    problems: list[Problem] = []
    files: list[tuple[YamlFile, RegistryFile]] = []
    paths = sorted(project.registry.glob("*.yaml"))
    if not paths:
        return None, [], [Problem(project.shown(project.registry), 1, 1, "", "no registry files found",
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
    return registry, files, problems + found + shared_aliases(files) + role_titles(files)


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
