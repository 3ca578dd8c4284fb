"""The bottom line a page opens with: as of when and from how much, the curator's brief, the latest
developments that concern the entity, each cited, and an infobox of who or what it is.

A reader who stops after the first screen should leave with the state of play and know how fresh
and how well sourced it is.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from markupsafe import Markup

from generator.analysis.analyse import Analysis
from generator.analysis.entity_index import KeyPointRef
from generator.corpus.checked import Article
from generator.corpus.model import Basis, Organisation, Person
from generator.corpus.registry import AnyEntity
from generator.limits import Limits
from generator.pages.markdown import escape_md, link
from generator.pages.page import KIND_SINGULAR, KINDS, Links, entities_by_kind
from generator.pages.rows import ClaimRow, Text, claim_rows


@dataclass(frozen=True)
class Development:
    text: str
    sources: list[Markup]


@dataclass(frozen=True)
class Fact:
    label: Text
    value: Text


@dataclass(frozen=True)
class BottomLine:
    as_of: str  # "As of 13 January 2026, from 5 briefings"
    brief: Text  # the curator's brief with its citations; "" when none is written
    developments: list[Development]
    newest: Text  # the newest briefing, when no key point names the entity
    facts: list[Fact]  # the infobox
    differ: list[ClaimRow] = field(default_factory=list)  # positions about the entity its sources give differently


def entity_bottom_line(analysis: Analysis, limits: Limits, entity: AnyEntity, kind: str, links: Links) -> BottomLine:
    index = analysis.index
    articles = index.articles.get(entity.id, ())
    points = _per_briefing(index.key_points.get(entity.id, ()), limits.developments)
    return BottomLine(
        as_of=_as_of(articles),
        brief=_brief(entity, analysis, links),
        developments=[_development(r, links) for r in points],
        newest=links.article(articles[0]) if articles and not points else "",
        facts=_facts(analysis, entity, kind, links),
        differ=claim_rows((g for g in analysis.claims if entity.id in (g.subject, g.holder)), links),
    )


def home_bottom_line(analysis: Analysis, limits: Limits, links: Links) -> BottomLine:
    """The corpus's bottom line: the first key point of each of the newest briefings."""
    newest = analysis.index.newest_first
    points = [KeyPointRef(a, a.briefing.key_points[0]) for a in newest[:limits.developments]]
    counts = [(title, len(items)) for (kind, items), title in
              zip(entities_by_kind(analysis.corpus.registry).items(), KINDS.values(), strict=True) if items]
    facts = [Fact("Briefings", f"{len(newest)}{_span(newest)}")] if newest else []
    facts += [Fact("Covers", " · ".join(f"{count} {title.lower()}" for title, count in counts))] if counts else []
    return BottomLine(_as_of(newest), "", [_development(r, links) for r in points], "", facts)


def _as_of(newest_first: tuple[Article, ...]) -> str:
    if not newest_first:
        return "No briefing yet"
    count = len(newest_first)
    return f"As of {newest_first[0].published.label}, from {count} briefing{'s' if count > 1 else ''}"


def _per_briefing(refs: tuple[KeyPointRef, ...], limit: int) -> list[KeyPointRef]:
    """The newest key points, at most two from one briefing, so one story does not fill the box."""
    taken: Counter[str] = Counter()
    out: list[KeyPointRef] = []
    for ref in refs:
        if len(out) == limit:
            break
        if taken[ref.article.id] < 2:
            taken[ref.article.id] += 1
            out.append(ref)
    return out


def _development(ref: KeyPointRef, links: Links) -> Development:
    return Development(ref.point.text, [links.source(ref.article, n) for n in ref.point.paragraphs])


def _brief(entity: AnyEntity, analysis: Analysis, links: Links) -> Text:
    if entity.brief is None:
        return ""
    by_id = analysis.corpus.by_id
    cites = [links.source(by_id[s.briefing], n) for s in entity.brief.sources for n in s.paragraphs]
    return Markup(escape_md(entity.brief.text) + " " + " ".join(cites))


def _from(basis: Basis | None, analysis: Analysis, links: Links) -> Markup:
    """Where a registry fact comes from: its citations, or "(general knowledge)" where no briefing says it."""
    if basis is None:
        return Markup("")
    if isinstance(basis, str):
        return Markup(" *(general knowledge)*")
    article = analysis.corpus.by_id[basis.briefing]
    return Markup(" " + " ".join(links.source(article, n) for n in basis.paragraphs))


def _facts(analysis: Analysis, entity: AnyEntity, kind: str, links: Links) -> list[Fact]:
    index = analysis.index
    facts = [Fact(link(KIND_SINGULAR[kind], links.to(f"{kind}/index.md")),
                  Markup(escape_md(entity.description)) + _from(entity.description_source, analysis, links))]
    if isinstance(entity, Person):
        for role in entity.roles:
            years = "–".join(filter(None, [role.since, role.until]))
            where = f", {links.entity(role.country)}" if role.country else ""
            facts.append(Fact("Role", Markup(escape_md(role.title) + where + (f" ({years})" if years else ""))
                              + _from(role.source, analysis, links)))
        if entity.countries:
            facts.append(Fact("Country", Markup(", ".join(links.entity(c) for c in entity.countries))
                              + _from(entity.countries_source, analysis, links)))
    if isinstance(entity, Organisation) and entity.country:
        facts.append(Fact("Country", links.entity(entity.country) + _from(entity.country_source, analysis, links)))
    if entity.aliases:
        facts.append(Fact("Also known as", ", ".join(entity.aliases)))
    articles = index.articles.get(entity.id, ())
    if articles:
        facts.append(Fact("Mentioned", f"in {len(articles)} briefing{'s' if len(articles) > 1 else ''}"
                                       f"{_span(articles)}"))
    counts = [(len(index.quotes.get(entity.id, ())), "quote"),
              (len(analysis.entity_timelines.get(entity.id, ())), "event"),
              (len(index.figures.get(entity.id, ())), "figure")]
    shown = [f"{n} {noun}{'s' if n > 1 else ''}" for n, noun in counts if n]
    if shown:
        facts.append(Fact("In all", " · ".join(shown)))
    return facts


def _span(newest_first: tuple[Article, ...]) -> str:
    """The dates of the oldest and the newest of the dated briefings, for "from … to …"."""
    dated = [a for a in newest_first if a.published.date.known]
    if not dated:
        return ""
    first, last = dated[-1].published.label, dated[0].published.label
    return f", {first}" if first == last else f", from {first} to {last}"
