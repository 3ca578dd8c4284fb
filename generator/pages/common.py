"""One small pure function per page kind: corpus and index in, (path, template, context) out.

Page code decides what a page shows and in which order, and builds every link; templates
only lay it out. Links are relative ``.md`` paths so MkDocs checks each one with --strict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import zip_longest
from typing import Any

from markupsafe import Markup

from generator.analysis.compare import Edge, Relations, TimelineEntry, timeline
from generator.analysis.entity_index import EntityIndex, FigureRef, QuoteRef
from generator.corpus.checked import Article, Corpus
from generator.corpus.model import Person
from generator.corpus.registry import AnyEntity, Registry
from generator.pages.markdown import link
from generator.pages.paging import (
    ENTITY_LIMIT,
    YEAR_LIMIT,
    by_year,
    in_pages,
    page_links,
    year_of,
)
from generator.pages.search_meta import entity_search_meta

# Folder (and URL) of each kind of entity page, in the order the site presents them.
KINDS = {
    "countries": "Countries",
    "leaders": "Leaders",
    "people": "People",
    "organisations": "Organisations",
    "topics": "Topics",
}
KIND_SINGULAR = {"countries": "Country", "leaders": "Leader", "people": "Person",
                 "organisations": "Organisation", "topics": "Topic"}
RELATED_LIMIT = 12
GLANCE_LIMIT = 12
DIAGRAM_EDGES = 15
ARCHIVE_META = {"search": {"exclude": True}}  # yearly and older pages repeat what search finds elsewhere


@dataclass(frozen=True)
class Page:
    path: str
    template: str
    context: dict[str, Any]
    # Front matter for the site builder: `diagram: true` loads the vendored Mermaid script on this
    # page only; `search` and `tags` tune how the site's search ranks and finds it.
    meta: dict[str, Any] = field(default_factory=dict)


def folder_of(entity: AnyEntity, registry: Registry) -> str:
    if isinstance(entity, Person):
        return "leaders" if entity.kind == "leader" else "people"
    kind = registry.kind_of(entity.id)
    assert kind is not None
    return kind


def entities_by_folder(registry: Registry) -> dict[str, list[AnyEntity]]:
    out: dict[str, list[AnyEntity]] = {folder: [] for folder in KINDS}
    for section in (registry.countries, registry.people, registry.organisations, registry.topics):
        for entity in section.values():
            out[folder_of(entity, registry)].append(entity)
    return {folder: sorted(items, key=lambda e: (e.name.casefold(), e.id)) for folder, items in out.items()}


class Links:
    """Relative links from one page to any other, so the site works under any sub-path."""

    def __init__(self, registry: Registry, page_path: str):
        self.registry = registry
        self.root = "../" * page_path.count("/")

    def to(self, path: str) -> str:
        return self.root + path

    def entity(self, entity_id: str, suffix: str = "") -> Markup:
        entity = self.lookup(entity_id)
        return link(entity.name + suffix, self.to(f"{folder_of(entity, self.registry)}/{entity_id}.md"))

    def article(self, article: Article) -> Markup:
        return link(article.briefing.title, self.to(f"articles/{article.id}.md"))

    def source(self, article: Article, number: int) -> Markup:
        return link(f"{article.briefing.title}, ¶{number}", self.to(f"articles/{article.id}.md#p{number}"))

    def name(self, entity_id: str) -> str:
        return self.lookup(entity_id).name

    def lookup(self, entity_id: str) -> AnyEntity:
        kind = self.registry.kind_of(entity_id)
        assert kind is not None, entity_id
        return self.registry.section(kind)[entity_id]


def _date_line(article: Article) -> str:
    pub = article.briefing.published
    if not article.published.known:
        return "date unknown (the text does not give it)"
    how = {"dateline": "from the dateline", "inferred": "inferred from the text"}[pub.basis]
    return f"{article.published.label} ({how})"


def _article_row(article: Article, links: Links) -> dict[str, Any]:
    return {"link": links.article(article), "date": article.published.label,
            "outlet": article.briefing.outlet or "outlet unknown"}


def _speaker(quote: Any, links: Links) -> Markup | str:
    return links.entity(quote.speaker) if quote.speaker else quote.speaker_label


def _quote_rows(refs: tuple[QuoteRef, ...], links: Links) -> list[dict[str, Any]]:
    return [{"text": r.quote.text, "speaker": _speaker(r.quote, links), "context": r.quote.context,
             "source": links.source(r.article, r.quote.paragraph)} for r in refs]


def _figure_rows(refs: tuple[FigureRef, ...], links: Links) -> list[dict[str, Any]]:
    return [{"value": r.figure.value, "label": r.figure.label, "period": r.figure.period or "",
             "source": links.source(r.article, r.figure.paragraph)} for r in refs]


def timeline_rows(entries: list[TimelineEntry], links: Links) -> list[dict[str, Any]]:
    """Timeline entries grouped under a heading per year; undated ones last."""
    rows = []
    for entry in entries:
        rows.append({
            "heading": str(entry.date.year) if entry.date.known else "Date not given",
            "date": entry.date.label,
            "summary": entry.summary,
            "scheduled": any(r.event.scheduled for r in entry.reports),
            "sources": [links.source(r.article, r.event.paragraph) for r in entry.reports],
            "disagreement": entry.disagreement,
        })
    return rows


def diagram(edges: list[Edge], left_out: int, links: Links) -> dict[str, Any]:
    """Mermaid source for a relations graph; node labels are cleaned, not escaped, as it is not Markdown."""
    if not edges:
        return {"code": "", "left_out": 0, "shown": 0}
    lines = ["graph LR"]
    for node in dict.fromkeys(n for e in edges for n in (e.source, e.target)):
        lines.append(f'  {_node(node)}["{_label(links.name(node))}"]')
    for e in edges:
        times = f" ×{e.weight}" if e.weight > 1 else ""
        lines.append(f'  {_node(e.source)} -->|"{e.verb}{times}"| {_node(e.target)}')
    return {"code": Markup("\n".join(lines)), "left_out": left_out, "shown": len(edges)}


def _node(entity_id: str) -> str:
    return "n_" + entity_id.replace("-", "_")


def _label(name: str) -> str:
    return re.sub(r"[^\w .,'’()-]", " ", name)


# ---- page kinds -----------------------------------------------------------------------------

def home_page(corpus: Corpus, index: EntityIndex, countries: Relations, latest: int = 10) -> Page:
    links = Links(corpus.registry, "index.md")
    groups = entities_by_folder(corpus.registry)
    glance = []
    for folder, title in KINDS.items():
        ranked = sorted(groups[folder], key=lambda e: (-len(index.articles.get(e.id, ())), e.name.casefold()))
        glance.append({"title": title, "index": links.to(f"{folder}/index.md"), "count": len(ranked),
                       "more": max(0, len(ranked) - GLANCE_LIMIT),
                       "links": [links.entity(e.id, f" ({len(index.articles.get(e.id, ()))})")
                                 for e in ranked[:GLANCE_LIMIT]]})
    return Page("index.md", "home.md.j2", {
        "latest": [_article_row(a, links) for a in index.newest_first[:latest]],
        "article_count": len(corpus.articles),
        "articles_index": links.to("articles/index.md"),
        "glance": glance,
        "diagram": diagram(*countries.strongest(DIAGRAM_EDGES), links),
    }, meta={"diagram": True})


def articles_index_pages(corpus: Corpus, index: EntityIndex) -> list[Page]:
    """One list of every briefing; past YEAR_LIMIT, the newest on the index and one page per year."""
    links = Links(corpus.registry, "articles/index.md")
    articles = index.newest_first
    if len(articles) <= YEAR_LIMIT:
        return [Page("articles/index.md", "articles_index.md.j2",
                     {"title": "Articles", "articles": [_article_row(a, links) for a in articles], "years": []})]
    groups = by_year(articles, lambda a: year_of(a.published))
    pages = [Page("articles/index.md", "articles_index.md.j2", {
        "title": "Articles", "articles": [_article_row(a, links) for a in articles[:ENTITY_LIMIT * 4]],
        "years": page_links((year, f"by-year/{year}.md", items) for year, items in groups)})]
    for year, items in groups:
        path = f"articles/by-year/{year}.md"
        on_page = Links(corpus.registry, path)
        pages.append(Page(path, "articles_index.md.j2", {"title": f"Articles: {year}", "years": [],
                                                         "articles": [_article_row(a, on_page) for a in items]}))
    return pages


def kind_index_page(corpus: Corpus, index: EntityIndex, folder: str) -> Page:
    path = f"{folder}/index.md"
    links = Links(corpus.registry, path)
    rows = [{"link": links.entity(e.id), "description": e.description, "count": len(index.articles.get(e.id, ()))}
            for e in entities_by_folder(corpus.registry)[folder]]
    return Page(path, "kind_index.md.j2", {"title": KINDS[folder], "rows": rows})


def entity_pages(corpus: Corpus, index: EntityIndex, people: Relations, entity: AnyEntity) -> list[Page]:
    """The entity's page with its newest items; past ENTITY_LIMIT of a kind, the older ones on
    numbered pages of ENTITY_LIMIT items, so no page grows with the corpus however often the
    entity appears, and publishing one more briefing leaves the numbered pages as they were."""
    folder = folder_of(entity, corpus.registry)
    articles, quotes, events, figures, _ = index.of(entity.id)
    entries = timeline(events)[::-1]  # newest first, like the other lists
    shown = list(zip_longest(*(in_pages(items, ENTITY_LIMIT) for items in (articles, quotes, entries, figures)),
                             fillvalue=()))
    main = f"{folder}/{entity.id}.md"
    paths = [main] + [f"{folder}/{entity.id}/page-{n}.md" for n in range(1, len(shown))]
    pages = [entity_page(corpus, index, people, entity, Shown(*shown[0], _pager(paths, shown, main)))]
    for number, path in enumerate(paths[1:], 1):
        links = Links(corpus.registry, path)
        part = Shown(*shown[number], _pager(paths, shown, path))
        pages.append(Page(path, "entity.md.j2", {
            **_blank_entity(entity, folder, links), **_lists(part, links),
            "name": f"{entity.name}: older page {number} of {len(paths) - 1}", "back": links.to(main)},
            meta=ARCHIVE_META))
    return pages


@dataclass(frozen=True)
class Shown:
    """What one page of an entity shows: a slice of each list, and links to the other pages."""
    articles: tuple[Article, ...]
    quotes: tuple[QuoteRef, ...]
    entries: tuple[TimelineEntry, ...]  # newest first
    figures: tuple[FigureRef, ...]
    pager: list[dict[str, str]]


def _pager(paths: list[str], shown: list[tuple[tuple[Any, ...], ...]], here: str) -> list[dict[str, str]]:
    """Every page of the entity, newest first, with the years it covers; the current one unlinked."""
    if len(paths) == 1:
        return []
    root = "../" * here.count("/")
    labels = ["Newest", *map(str, range(1, len(paths)))]
    pages = [{"label": " ".join(filter(None, [label, _years(part)])), "href": "" if path == here else root + path}
             for label, path, part in zip(labels, paths, shown)]
    return pages[:1] + pages[:0:-1]  # newest first, like the lists


def _years(part: tuple[tuple[Any, ...], ...]) -> str:
    """The years of the page's briefings (of its quotes' and figures', or its events' if none)."""
    articles, quotes, entries, figures = part
    candidates = ([a.published for a in articles], [r.article.published for r in (*quotes, *figures)],
                  [e.date for e in entries])
    years = sorted({d.year for d in next((c for c in candidates if c), []) if d.known})
    if not years:
        return ""
    return f"({years[0]})" if years[0] == years[-1] else f"({years[0]}–{years[-1]})"


def _lists(shown: Shown, links: Links) -> dict[str, Any]:
    return {"articles": [_article_row(a, links) for a in shown.articles],
            "quotes": _quote_rows(shown.quotes, links),
            "events": timeline_rows(list(shown.entries[::-1]), links),
            "figures": _figure_rows(shown.figures, links),
            "pager": shown.pager, "per_page": ENTITY_LIMIT}


def _quote_heading(entity: AnyEntity, folder: str) -> str:
    if isinstance(entity, Person):
        return "Quotes"
    return f"Quotes by people from {entity.name}" if folder == "countries" else "Quotes on this subject"


def _blank_entity(entity: AnyEntity, folder: str, links: Links) -> dict[str, Any]:
    return {"name": entity.name, "kind": KIND_SINGULAR[folder], "kind_index": links.to(f"{folder}/index.md"),
            "description": entity.description, "aliases": [], "roles": [], "related": [],
            "back": "", "quote_heading": _quote_heading(entity, folder),
            "diagram": diagram([], 0, links)}


def entity_page(corpus: Corpus, index: EntityIndex, people: Relations, entity: AnyEntity, shown: Shown) -> Page:
    folder = folder_of(entity, corpus.registry)
    path = f"{folder}/{entity.id}.md"
    links = Links(corpus.registry, path)
    related = index.related.get(entity.id, ())
    roles = [{"title": r.title, "country": links.entity(r.country) if r.country else "",
              "years": "–".join(filter(None, [r.since, r.until]))} for r in getattr(entity, "roles", ())]
    related_groups: dict[str, list[Markup]] = {folder: [] for folder in KINDS}
    for other, count in related:
        other_folder = folder_of(links.lookup(other), corpus.registry)
        if len(related_groups[other_folder]) < RELATED_LIMIT:
            related_groups[other_folder].append(links.entity(other, f" ({count})"))
    return Page(path, "entity.md.j2", {
        "name": entity.name,
        "kind": KIND_SINGULAR[folder],
        "kind_index": links.to(f"{folder}/index.md"),
        "description": entity.description,
        "aliases": list(entity.aliases),
        "roles": roles,
        **_lists(shown, links),
        "quote_heading": _quote_heading(entity, folder),
        "back": "",
        "related": [{"title": KINDS[f], "links": items} for f, items in related_groups.items() if items],
        "diagram": diagram(*people.strongest(DIAGRAM_EDGES, focus=entity.id), links)
        if folder == "leaders" else diagram([], 0, links),
    }, meta=entity_search_meta(entity) | ({"diagram": True} if folder == "leaders" else {}))


def article_page(corpus: Corpus, article: Article) -> Page:
    path = f"articles/{article.id}.md"
    links = Links(corpus.registry, path)
    b = article.briefing
    groups = []
    for section, title in (("countries", "Countries"), ("people", "People"), ("organisations", "Organisations"),
                           ("topics", "Topics")):
        ids = getattr(b, section)
        if ids:
            groups.append({"title": title, "links": [links.entity(i) for i in ids]})
    return Page(path, "article.md.j2", {
        "title": b.title,
        "draft": b.status == "draft",
        "date": _date_line(article),
        "date_note": b.published.note or "",
        "outlet": b.outlet or "not named in the text",
        "seed": b.seed,
        "summary": b.summary,
        "key_points": [{"text": k.text, "refs": [link(f"¶{n}", f"#p{n}") for n in k.paragraphs]}
                       for k in b.key_points],
        "groups": groups,
        "quotes": [{"text": q.text, "speaker": _speaker(q, links), "context": q.context,
                    "ref": link(f"¶{q.paragraph}", f"#p{q.paragraph}")} for q in b.quotes],
        "events": [{"date": d.label, "summary": e.summary, "scheduled": e.scheduled,
                    "ref": link(f"¶{e.paragraph}", f"#p{e.paragraph}")}
                   for e, d in sorted(((x.event, x.date) for x in article.events), key=lambda ed: ed[1].sort_key)],
        "figures": [{"value": f.value, "label": f.label, "period": f.period or "",
                     "ref": link(f"¶{f.paragraph}", f"#p{f.paragraph}")} for f in b.figures],
        "tone": b.framing.tone,
        "framing": b.framing.summary,
        "loaded_terms": [{"term": t.term, "refers_to": links.entity(t.refers_to) if t.refers_to else "",
                          "note": t.note or "", "ref": link(f"¶{t.paragraph}", f"#p{t.paragraph}")}
                         for t in b.framing.loaded_terms],
        "paragraphs": list(enumerate(article.seed.paragraphs, 1)),
    })
