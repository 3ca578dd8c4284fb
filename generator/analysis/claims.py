"""Positions the briefings report (an assessment, a policy), compared across sources by key: two
briefings that give one position differently are shown side by side, each cited."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from generator.corpus.checked import Article, Corpus
from generator.corpus.model import Claim


@dataclass(frozen=True)
class ClaimGroup:
    key: str
    subject: str  # the entity the position is about
    holder: str | None  # who holds it, where a report says
    reports: tuple[tuple[Article, Claim], ...]  # oldest briefing first

    @property
    def differs(self) -> bool:
        return len({claim.position.casefold() for _, claim in self.reports}) > 1


def claim_groups(corpus: Corpus) -> tuple[ClaimGroup, ...]:
    """Every key reported by two briefings or more, in key order."""
    by_key: dict[str, list[tuple[Article, Claim]]] = defaultdict(list)
    for article in corpus.articles:
        for claim in article.briefing.claims:
            by_key[claim.key].append((article, claim))
    groups = []
    for key, reports in sorted(by_key.items()):
        if len({a.id for a, _ in reports}) < 2:
            continue
        reports.sort(key=lambda r: (r[0].published.date.sort_key, r[0].id, r[1].paragraph))
        holder = next((c.holder for _, c in reports if c.holder), None)
        groups.append(ClaimGroup(key, reports[0][1].subject, holder, tuple(reports)))
    return tuple(groups)
