"""What every page kind shares: the page itself, its view, and relative links to other pages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, ClassVar

from markupsafe import Markup

from generator.analysis.entity_index import newest_key
from generator.corpus.checked import Article
from generator.corpus.model import Person, Quote
from generator.corpus.registry import AnyEntity, Registry
from generator.pages.markdown import link

# Each kind of entity page (its folder and URL) and its title, in the order the site presents them.
KINDS = {
    "countries": "Countries",
    "leaders": "Leaders",
    "people": "People",
    "organisations": "Organisations",
    "topics": "Topics",
}
KIND_SINGULAR = {"countries": "Country", "leaders": "Leader", "people": "Person",
                 "organisations": "Organisation", "topics": "Topic"}


class View:
    """The typed rows one template lays out; each subclass names its template."""

    template: ClassVar[str]

    def context(self) -> dict[str, Any]:
        """The fields as template variables, without copying the rows (``asdict`` would)."""
        return dict(vars(self))


_JOINED = re.compile(r"(?<=\w)([–—/])(?=\w)")
NAME_WEIGHT = 10.0  # Pagefind's highest: a name outranks mentions in running text
TITLE_WEIGHT = 7.0  # Pagefind's own weight for a page's <h1>


@dataclass(frozen=True)
class SearchRecord(View):
    """What the site's search indexes for one page (``search_meta`` makes them; rendered as a small
    HTML file of its own for Pagefind)."""

    template = "search_record.html.j2"
    title: str
    kind: str  # singular, as a reader says it: Country, Leader, Briefing, …
    summary: str  # shown under the result
    title_weight: float = TITLE_WEIGHT
    summary_weight: float = 1.0
    names: tuple[str, ...] = ()  # weighted highest; an entity's names and their folded forms
    text: tuple[str, ...] = ()  # the rest of what it is found by, at the usual weight
    years: tuple[int, ...] = ()  # a filter

    def context(self) -> dict[str, Any]:
        """The texts as indexed: a dash or slash between two words spaced out, since Pagefind would
        index two words joined by an en dash as one; the title and summary are shown as written (as metadata)."""
        return {**vars(self), "name_weight": NAME_WEIGHT, "indexed_title": _spaced(self.title),
                "indexed_summary": _spaced(self.summary), "indexed_text": [_spaced(line) for line in self.text]}


def _spaced(text: str) -> str:
    return _JOINED.sub(r" \1 ", text)


@dataclass(frozen=True)
class CitedSource:
    """One briefing a page cites, under the number its citations carry."""

    number: int
    link: Markup
    date: str


@dataclass(frozen=True)
class Page:
    path: str
    view: View
    search: SearchRecord | None = None  # what the site's search finds it by; None: left out of the search
    sources: list[CitedSource] = field(default_factory=list)  # what its citations point to, by number
    updated: str = ""  # the date of its newest source: when what it says was last true


def kind_of(entity: AnyEntity, registry: Registry) -> str:
    """The kind of page an entity has: its registry section, with people split into leaders and others."""
    if isinstance(entity, Person):
        return "leaders" if entity.kind == "leader" else "people"
    section = registry.section_of(entity.id)
    assert section is not None
    return section


def entities_by_kind(registry: Registry) -> dict[str, list[AnyEntity]]:
    out: dict[str, list[AnyEntity]] = {kind: [] for kind in KINDS}
    for section in (registry.countries, registry.people, registry.organisations, registry.topics):
        for entity in section.values():
            out[kind_of(entity, registry)].append(entity)
    return {kind: sorted(items, key=lambda e: (e.name.casefold(), e.id)) for kind, items in out.items()}


class Links:
    """Relative links from one page to any other, so the site works under any sub-path; and the
    page's citations, numbered by briefing in the order the page cites them."""

    def __init__(self, registry: Registry, page_path: str):
        self.registry = registry
        self.path = page_path
        self.root = "../" * page_path.count("/")
        self._numbers: dict[str, int] = {}  # article id → its number on this page
        self._cited: list[Article] = []
        self._newest: Article | None = None  # the newest briefing the page cites or links to

    def to(self, path: str) -> str:
        return self.root + path

    def entity(self, entity_id: str, suffix: str = "") -> Markup:
        entity = self.lookup(entity_id)
        return link(entity.name + suffix, self.to(f"{kind_of(entity, self.registry)}/{entity_id}.md"))

    def article(self, article: Article) -> Markup:
        self.rests_on(article)
        return link(article.briefing.title, self.to(f"articles/{article.id}.md"))

    def source(self, article: Article, paragraph: int, anchor: str = "") -> Markup:
        """A compact citation, "[2 ¶5]": the briefing's number on this page and the paragraph;
        the title shows on hover and focus, and once in the page's list of sources. ``anchor``
        lands on the words quoted rather than on their paragraph."""
        number = self._numbers.get(article.id)
        if number is None:
            self.rests_on(article)
            self._cited.append(article)
            number = self._numbers[article.id] = len(self._cited)
        cite = link(f"[{number} ¶{paragraph}]", self.to(f"articles/{article.id}.md#{anchor or f'p{paragraph}'}"),
                    f"{article.briefing.title}, ¶{paragraph}")
        doubts = article.doubts.get(paragraph, ())
        if not doubts:
            return cite
        note = " ".join(d.note for d in doubts)  # a curator's doubt shows wherever the paragraph is cited
        return cite + Markup(" ") + link("⚠ doubted", self.to(f"articles/{article.id}.md#doubts"),
                                         f"Curator's doubt: {note}")

    def page(self, view: View, search: SearchRecord | None = None) -> Page:
        """The page these links were made for, with the list of what its citations point to."""
        newest = self._newest.published.label if self._newest else ""
        return Page(self.path, view, search, self.cited(), newest)

    def rests_on(self, article: Article) -> None:
        """Count a briefing the page's "last updated" date follows (those it links to count already)."""
        if self._newest is None or newest_key(article) < newest_key(self._newest):
            self._newest = article

    def cited(self) -> list[CitedSource]:
        """Every briefing the page has cited so far, by number."""
        return [CitedSource(n, link(a.briefing.title, self.to(f"articles/{a.id}.md")), a.published.label)
                for n, a in enumerate(self._cited, 1)]

    def name(self, entity_id: str) -> str:
        return self.lookup(entity_id).name

    def speaker(self, quote: Quote) -> str:
        """Who speaks a quote, as pages name them: the person's name, or the article's label."""
        return self.name(quote.speaker) if quote.speaker else (quote.speaker_label or "")

    def lookup(self, entity_id: str) -> AnyEntity:
        section = self.registry.section_of(entity_id)
        assert section is not None, entity_id
        return self.registry.section(section)[entity_id]
