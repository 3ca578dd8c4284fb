"""What an entity's page points on to: the entities tied to it in ways that hold for it alone.

Counting co-mentions alone puts the same few entities (the countries and leaders every briefing
names) at the end of every page. So the ties the registry and the events state come first (a
country's people and organisations, who attended the same events, who is quoted on a topic), then
the others seen with it most often, less those already listed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from generator.analysis.analyse import Analysis
from generator.corpus.model import Country, Organisation, Person, Topic
from generator.corpus.registry import AnyEntity
from generator.limits import Limits
from generator.pages.page import Links
from generator.pages.rows import LinkGroup


def related_groups(analysis: Analysis, limits: Limits, entity: AnyEntity, links: Links) -> list[LinkGroup]:
    index, registry = analysis.index, analysis.corpus.registry

    def mentions(entity_id: str) -> int:
        return len(index.articles.get(entity_id, ()))

    def ranked(ids: list[str]) -> list[str]:
        return sorted(ids, key=lambda i: (-mentions(i), i))

    groups: list[tuple[str, list[str]]] = []
    if isinstance(entity, Country):
        groups.append((f"People from {entity.name}",
                       ranked([p.id for p in registry.people.values() if entity.id in p.countries and mentions(p.id)])))
        groups.append((f"Organisations in {entity.name}",
                       ranked([o.id for o in registry.organisations.values()
                               if o.country == entity.id and mentions(o.id)])))
    if isinstance(entity, Person):
        at_events: Counter[str] = Counter()
        for edge in analysis.people_relations.by_node.get(entity.id, ()):
            at_events[edge.target if edge.source == entity.id else edge.source] += edge.weight
        groups.append(("At the same events", _by_count(at_events)))
    if isinstance(entity, Topic):
        speakers = Counter(r.quote.speaker or "" for r in index.quotes.get(entity.id, ()))
        del speakers[""]
        groups.append(("Quoted on this subject", _by_count(speakers)))
    if isinstance(entity, Organisation) and entity.country:
        groups.append(("Based in", [entity.country]))
    shown = {entity.id, *(i for _, ids in groups for i in ids[:limits.related])}
    # Briefings in common: a count that changes only when a briefing names both, so publishing one
    # more briefing leaves the pages of entities it does not name as they were.
    together = {other: count for other, count in index.related.get(entity.id, ()) if other not in shown}
    groups.append(("Most often in the same briefings", _by_count(together)))
    return [LinkGroup(title, [links.entity(i) for i in ids[:limits.related]]) for title, ids in groups if ids]


def _by_count(counts: Mapping[str, float]) -> list[str]:
    return [i for i, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
