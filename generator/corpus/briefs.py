"""The curators' briefs of entities: each must rest on paragraphs that exist, and say so when a
newer briefing may have overtaken it.

A brief is written by hand at one moment; the corpus keeps growing. ``check`` cannot tell whether
a new briefing changes the state of play, but it can tell the curator which brief to re-read.
"""

from __future__ import annotations

from generator.corpus.checked import Article
from generator.corpus.citations import check_citation
from generator.corpus.model import RegistryFile
from generator.corpus.registry import SECTIONS
from generator.corpus.yaml_file import YamlFile
from generator.errors import Problem


def check_briefs(files: list[tuple[YamlFile, RegistryFile]], articles: tuple[Article, ...]) -> list[Problem]:
    by_id = {a.id: a for a in articles}
    counts = {a.id: len(a.seed.paragraphs) for a in articles}
    problems: list[Problem] = []
    for doc, parsed in files:
        for section in SECTIONS:
            for i, entity in enumerate(getattr(parsed, section)):
                if entity.brief is None:
                    continue
                where = (section, i, "brief")
                cited: list[Article] = []
                for j, source in enumerate(entity.brief.sources):
                    problems += check_citation(doc, (*where, "sources", j), source, counts)
                    if source.briefing in by_id:
                        cited.append(by_id[source.briefing])
                problems += _stale(doc, where, entity.id, entity.name, cited, articles)
    return problems


def _stale(doc: YamlFile, where: tuple[str | int, ...], entity_id: str, name: str, cited: list[Article],
           articles: tuple[Article, ...]) -> list[Problem]:
    """A warning when a briefing that mentions the entity is newer than everything the brief cites."""
    if not cited:
        return []
    newest_cited = max(_recency(a) for a in cited)
    ids = {a.id for a in cited}
    newer = sorted((a for a in articles if a.id not in ids and _mentions(a, entity_id)
                    and _recency(a) > newest_cited), key=_recency, reverse=True)
    if not newer:
        return []
    article = newer[0]
    return [doc.problem(where, f"the brief of {name} is older than briefing '{article.id}' "
                               f"({article.published.label}), which mentions {name}",
                        f"read briefings/{article.id}.yaml, update the brief if it changes the state of play, "
                        "and cite it under sources", "warning")]


def _recency(article: Article) -> tuple[bool, int, int, int]:
    date = article.published.date
    return (date.known, date.year, date.month, date.day)


def _mentions(article: Article, entity_id: str) -> bool:
    return any(entity_id in getattr(article.briefing, section) for section in SECTIONS)
