"""The typed rows templates lay out, and how the shared ones are made from the analysis.

A row holds display text and links only; the page functions decide which rows a page shows.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup

from generator.analysis.compare import Discrepancy, TimelineEntry
from generator.analysis.entity_index import FigureRef, QuoteRef
from generator.corpus.checked import Article
from generator.corpus.model import Figure, Quote
from generator.corpus.sentences import in_sentence
from generator.pages.markdown import escape_md
from generator.pages.page import Links

Text = Markup | str  # a value a template prints: plain text is escaped, Markup is kept


@dataclass(frozen=True)
class ArticleRow:
    link: Markup
    date: str
    outlet: str


@dataclass(frozen=True)
class QuoteRow:
    text: Markup  # the quote, inside its sentence with the quoted words marked when it is shorter
    speaker: Text
    context: str
    source: Markup


@dataclass(frozen=True)
class FigureRow:
    value: str
    label: str
    period: str
    unit: str
    scope: str
    source: Markup


@dataclass(frozen=True)
class TimelineRow:
    heading: str  # the year, or "Date not given"
    date: str
    sides: str  # who acted on whom ("Canada → China", "by Canada"), only as the briefings say
    summary: str
    scheduled: bool
    sources: list[Markup]
    disagreement: str


@dataclass(frozen=True)
class LinkGroup:
    title: str
    links: list[Markup]


def article_row(article: Article, links: Links) -> ArticleRow:
    return ArticleRow(links.article(article), article.published.label, article.briefing.outlet or "outlet unknown")


def speaker(quote: Quote, links: Links) -> Text:
    return links.entity(quote.speaker) if quote.speaker else quote.speaker_label or ""


def quoted(article: Article, quote: Quote) -> Markup:
    """The quote as a reader should meet it: inside the seed's sentence, the quoted words in bold."""
    return _quoted(article.seed.paragraphs[quote.paragraph - 1], quote.text)


@functools.lru_cache(maxsize=1 << 14)
def _quoted(paragraph: str, text: str) -> Markup:
    """A quote is shown on several pages: each is put in its sentence once."""
    found = in_sentence(paragraph, text)
    if found is None:
        return Markup(escape_md(text))
    before = escape_md(found.before) + (" " if found.before[-1:].isspace() else "")
    after = (" " if found.after[:1].isspace() else "") + escape_md(found.after)
    return Markup(f"{before}**{escape_md(found.quoted)}**{after}")


def quote_row(article: Article, quote: Quote, links: Links, source: Markup) -> QuoteRow:
    return QuoteRow(quoted(article, quote), speaker(quote, links), quote.context, source)


def quote_rows(refs: Iterable[QuoteRef], links: Links) -> list[QuoteRow]:
    return [quote_row(r.article, r.quote, links, links.source(r.article, r.quote.paragraph)) for r in refs]


def figure_row(figure: Figure, source: Markup) -> FigureRow:
    return FigureRow(figure.value, figure.label, figure.period or "", figure.unit, figure.scope or "", source)


def figure_rows(refs: Iterable[FigureRef], links: Links) -> list[FigureRow]:
    return [figure_row(r.figure, links.source(r.article, r.figure.paragraph)) for r in refs]


def timeline_rows(entries: Iterable[TimelineEntry], links: Links) -> list[TimelineRow]:
    """Timeline entries, each under the heading of its year; undated ones last."""
    return [TimelineRow(
        heading=str(entry.date.year) if entry.date.known else "Date not given",
        date=entry.date.label,
        sides=sides(entry.actor, entry.target, links),
        summary=entry.summary,
        scheduled=entry.scheduled,
        sources=[links.source(r.article, r.event.paragraph) for r in entry.reports],
        disagreement=entry.disagreement,
    ) for entry in entries]


def sides(actor: str | None, target: str | None, links: Links) -> str:
    """Who acted on whom, from an event's actor and target alone; nothing where the briefings do not say."""
    if actor is None:
        return ""
    return f"{links.name(actor)} → {links.name(target)}" if target else f"by {links.name(actor)}"


def discrepancy_line(d: Discrepancy, links: Links) -> Markup:
    """One period's differing values, each cited (or, past the limit, counted), then why they differ."""
    if d.values:
        values = "; ".join(f"“{escape_md(r.figure.value)}” {links.source(r.article, r.figure.paragraph)}"
                           for r in d.values)
    else:
        values = "; ".join(f"“{escape_md(value)}” ({count} briefings)" for value, count in d.counts)
        values += f"; {d.others} other values" if d.others else ""
    return Markup(f"{escape_md(d.period or 'No period stated')}: {values}. {escape_md('; '.join(d.reasons))}")
