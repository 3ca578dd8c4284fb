"""The typed rows templates lay out, and how the shared ones are made from the analysis.

A row holds display text and links only; the page functions decide which rows a page shows.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from markupsafe import Markup

from generator.analysis.claims import ClaimGroup
from generator.analysis.compare import TimelineEntry
from generator.analysis.figures import Discrepancy, FigureRef, Uncompared
from generator.corpus.checked import Article
from generator.corpus.model import Figure, Quote
from generator.corpus.sentences import in_sentence, sentence_of
from generator.corpus.wording import stated_bound
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
    reporting: bool  # an outlet's own reporting, not words someone said


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
    inferred: str  # how the date was worked out, where no report's paragraph gives it


@dataclass(frozen=True)
class LinkGroup:
    title: str
    links: list[Markup]


def article_row(article: Article, links: Links) -> ArticleRow:
    return ArticleRow(links.article(article), article.published.label, article.briefing.outlet or "outlet unknown")


def speaker(quote: Quote, links: Links) -> Text:
    return links.entity(quote.speaker) if quote.speaker else quote.speaker_label or ""


Cite = Callable[[Article, int, str], Markup]  # a citation of a paragraph (or its anchor), as the page gives it


def quote_rows(quotes: Iterable[tuple[Article, Quote]], links: Links, cite: Cite) -> list[QuoteRow]:
    """Quotes as a reader should meet them: inside the seed's sentence, the quoted words in bold;
    the quotes one speaker gives in one sentence are one row, so the sentence is shown once."""
    groups: dict[tuple[str, int, object, str, bool], list[Quote]] = {}
    articles: dict[str, Article] = {}
    for article, quote in quotes:
        span = sentence_of(article.seed.paragraphs[quote.paragraph - 1], quote.text)
        who = quote.speaker or quote.speaker_label or ""
        groups.setdefault((article.id, quote.paragraph, span or quote.text, who, quote.reporting), []).append(quote)
        articles[article.id] = article
    rows = []
    for (article_id, number, *_), group in groups.items():
        article = articles[article_id]
        text = _quoted(article.seed.paragraphs[number - 1], tuple(q.text for q in group))
        context = "; ".join(dict.fromkeys(q.context for q in group))
        rows.append(QuoteRow(text, speaker(group[0], links), context, cite(article, number, article.anchor(group[0])),
                             group[0].reporting))
    return rows


@functools.lru_cache(maxsize=1 << 17)  # every quote of 10,000 briefings
def _quoted(paragraph: str, texts: tuple[str, ...]) -> Markup:
    """A quote is shown on several pages: each is put in its sentence once."""
    found = in_sentence(paragraph, texts)
    if found is None:
        return Markup(" … ".join(escape_md(t) for t in texts))
    return Markup("".join(_run(text, quoted) for text, quoted in found.runs))


def marked_paragraphs(article: Article) -> list[tuple[int, Text]]:
    """The source text, each quote's words in a span its citations land on (``#q3``), so a
    reader arriving from a quote sees the very words marked inside their paragraph."""
    spans: dict[int, list[tuple[int, int, int]]] = {}
    for number, (start, end) in article.quote_spans.items():
        spans.setdefault(article.briefing.quotes[number - 1].paragraph, []).append((start, end, number))
    out: list[tuple[int, Text]] = []
    for paragraph, text in enumerate(article.seed.paragraphs, 1):
        if paragraph not in spans:
            out.append((paragraph, text))
            continue
        parts, at = [], 0
        for start, end, number in sorted(spans[paragraph]):
            parts.append(_run(text[at:start], False))
            parts.append(f'<span class="quoted" id="q{number}">{escape_md(text[start:end])}</span>')
            at = end
        parts.append(_run(text[at:], False))
        out.append((paragraph, Markup("".join(parts))))
    return out


def _run(text: str, quoted: bool) -> str:
    """One run of a sentence as Markdown; bold never starts or ends on a space."""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() and text.strip() else ""
    body = escape_md(text)
    return f"{lead}**{body}**{trail}" if quoted else f"{lead}{body}{trail}"


def figure_row(ref: FigureRef, cite: Callable[[int], Markup]) -> FigureRow:
    """One quantity once, its other units in brackets ("C$118.7 billion (US $85.5 billion)"),
    with a citation for each paragraph that states it."""
    return FigureRow(
        value=_in_brackets([bounded(f) for f in ref.stated]),
        label=ref.figure.label,
        period=ref.figure.period or "",
        unit=_in_brackets([f.unit for f in ref.stated]),
        scope="; ".join(dict.fromkeys(f.scope for f in ref.stated if f.scope)),
        source=Markup(" ").join(cite(paragraph) for paragraph in ref.paragraphs),
    )


def bounded(figure: Figure) -> str:
    """The value with the bound the seed gives it: "about C$118.7 billion" where the value is
    "C$118.7 billion"; "over 70%" stays as it is."""
    if figure.bound is None or stated_bound(figure.value, figure.value):
        return figure.value
    return f"{figure.bound} {figure.value}"


def _in_brackets(texts: list[str]) -> str:
    return texts[0] + (f" ({'; '.join(texts[1:])})" if texts[1:] else "")


def figure_rows(refs: Iterable[FigureRef], links: Links) -> list[FigureRow]:
    return [figure_row(r, functools.partial(links.source, r.article)) for r in refs]


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
        inferred=entry.reports[0].event.inferred or "",
    ) for entry in entries]


@dataclass(frozen=True)
class ClaimRow:
    about: Markup  # "Canada on China"
    statements: list[Markup]  # each briefing's position, its words and its citation


def claim_rows(groups: Iterable[ClaimGroup], links: Links) -> list[ClaimRow]:
    """Positions the sources give differently, side by side, oldest briefing first."""
    return [ClaimRow(
        Markup(f"{links.entity(g.holder)} on {links.entity(g.subject)}") if g.holder else links.entity(g.subject),
        [Markup(f"**{escape_md(claim.position)}**: {_in_marks(claim.text)} {links.source(article, claim.paragraph)}")
         for article, claim in g.reports],
    ) for g in groups if g.differs]


def _in_marks(words: str) -> str:
    """The seed's words in quotation marks, unless they hold quotation marks of their own."""
    return escape_md(words) if any(mark in words for mark in "“”\"") else f"“{escape_md(words)}”"


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
    where = ", in ".join(filter(None, [d.period or "No period stated", d.unit]))
    return Markup(f"{escape_md(where)}: {values}. {escape_md('; '.join(d.reasons))}")


def uncompared_line(u: Uncompared) -> str:
    """Which units a period's values are given in, where no source links them, so none is judged."""
    units = ", or in ".join(" and ".join(island) for island in u.units)
    return f"{u.period or 'No period stated'}: sources give it in {units}; values in different units are not compared."

