"""The entity index: for every country, person, organisation and topic, what the corpus says of it.

A pure function of the checked corpus, built once before any page is rendered, so every page
sees the same ordering and counts. This is Pelican's tag index, with more kinds of item.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from generator.analysis.figures import FigureRef, stated_figures
from generator.analysis.naming import Names
from generator.corpus.checked import Article, Corpus
from generator.corpus.fuzzy_date import FuzzyDate
from generator.corpus.model import Event, KeyPoint, Quote
from generator.corpus.registry import SECTIONS


@dataclass(frozen=True)
class QuoteRef:
    article: Article
    quote: Quote


@dataclass(frozen=True)
class EventRef:
    article: Article
    event: Event
    date: FuzzyDate


@dataclass(frozen=True)
class KeyPointRef:
    article: Article
    point: KeyPoint


@dataclass(frozen=True)
class EntityIndex:
    articles: dict[str, tuple[Article, ...]]
    quotes: dict[str, tuple[QuoteRef, ...]]
    events: dict[str, tuple[EventRef, ...]]
    figures: dict[str, tuple[FigureRef, ...]]
    article_figures: dict[str, tuple[FigureRef, ...]]  # by article id: each quantity once, in briefing order
    related: dict[str, tuple[tuple[str, int], ...]]
    newest_first: tuple[Article, ...]
    key_points: dict[str, tuple[KeyPointRef, ...]]  # the key points that name the entity, newest first


def newest_key(article: Article) -> tuple[bool, int, int, int, str]:
    """Newest first; unknown dates last; ties by id so the order never depends on input order."""
    date = article.published.date
    return (not date.known, -date.year, -date.month, -date.day, article.id)


def event_key(ref: EventRef) -> tuple[tuple[int, int, int, int], str, int, str]:
    return (ref.date.sort_key, ref.article.id, ref.event.paragraph, ref.event.summary)


def mentioned(article: Article) -> list[str]:
    """Every entity id an article is about, in registry-section order."""
    b = article.briefing
    return [entity_id for section in SECTIONS for entity_id in getattr(b, section)]


def build_index(corpus: Corpus) -> EntityIndex:
    newest = tuple(sorted(corpus.articles, key=newest_key))
    articles: dict[str, list[Article]] = defaultdict(list)
    quotes: dict[str, list[QuoteRef]] = defaultdict(list)
    events: dict[str, list[EventRef]] = defaultdict(list)
    figures: dict[str, list[FigureRef]] = defaultdict(list)
    article_figures: dict[str, tuple[FigureRef, ...]] = {}
    together: dict[str, Counter[str]] = defaultdict(Counter)
    key_points: dict[str, list[KeyPointRef]] = defaultdict(list)
    names = Names(corpus.registry)
    for article in newest:
        ids = mentioned(article)
        for entity_id in ids:
            articles[entity_id].append(article)
            together[entity_id].update(other for other in ids if other != entity_id)
            for point in article.briefing.key_points:
                if names.named_in(entity_id, point.text):
                    key_points[entity_id].append(KeyPointRef(article, point))
        for quote in article.quotes:
            speaker = corpus.registry.people.get(quote.speaker or "")
            # A quote belongs to its speaker, its topics, and the countries its speaker is from.
            owners = ([speaker.id, *speaker.countries] if speaker else []) + list(quote.topics)
            for entity_id in dict.fromkeys(owners):
                quotes[entity_id].append(QuoteRef(article, quote))
        for dated in article.events:
            event, date = dated.event, dated.date
            involved = [*event.participants, *event.countries, *event.organisations, *event.topics]
            for entity_id in dict.fromkeys(involved):
                events[entity_id].append(EventRef(article, event, date))
        article_figures[article.id] = stated_figures(article)
        for ref in article_figures[article.id]:
            for entity_id in dict.fromkeys(i for f in ref.stated for i in [*f.countries, *f.topics]):
                figures[entity_id].append(ref)
    return EntityIndex(
        articles={k: tuple(v) for k, v in articles.items()},
        quotes={k: tuple(v) for k, v in quotes.items()},
        events={k: tuple(sorted(v, key=event_key)) for k, v in events.items()},
        figures={k: tuple(v) for k, v in figures.items()},
        article_figures=article_figures,
        related={k: tuple(sorted(c.items(), key=lambda item: (-item[1], item[0]))) for k, c in together.items()},
        newest_first=newest,
        key_points={k: tuple(v) for k, v in key_points.items()},
    )
