"""The search record of a page: the names an entity is found by, as readers type them, and the
small HTML file Pagefind indexes for it."""

from __future__ import annotations

import json
from html.parser import HTMLParser

from generator.corpus.model import Person
from generator.pages.page import SearchRecord
from generator.pages.render import render_xml
from generator.pages.search_meta import entity_record, folded, search_names, unaccented
from generator.publish.incremental import Layout
from generator.publish.search_index import NAMES_GLOBAL, names_script


def person(name: str, *aliases: str) -> Person:
    return Person(id="someone", name=name, aliases=aliases, kind="person", description="Someone <b>bold</b>.")


def test_unaccented_forms_are_what_readers_type() -> None:
    assert unaccented("Micheál Martin") == "Micheal Martin"
    assert unaccented("Łukasz Żółć") == "Lukasz Zolc"
    assert unaccented("Nicolás Maduro") == "Nicolas Maduro"
    assert unaccented("Xi Jinping") == "Xi Jinping"


def test_folded_forms_drop_accents_then_hyphens_and_dashes() -> None:
    assert folded("Lee Jae-myung") == ["Lee Jae-myung", "Lee Jae myung"]
    assert folded("Moon Jae‑in") == ["Moon Jae‑in", "Moon Jae-in", "Moon Jae in"]  # a non-breaking hyphen
    assert folded("Ó Máirtín-Ní") == ["Ó Máirtín-Ní", "O Mairtin-Ni", "O Mairtin Ni"]
    assert folded("Xi Jinping") == ["Xi Jinping"]


def test_each_name_is_listed_once_followed_by_its_folded_forms() -> None:
    assert search_names(person("Micheál Martin", "Micheal Martin", "Taoiseach", "Ó Máirtín")) == [
        "Micheál Martin", "Micheal Martin", "Taoiseach", "Ó Máirtín", "O Mairtin"]


class Indexed(HTMLParser):
    """What Pagefind reads in a record: each element's pagefind attributes and its text."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v for k, v in attrs if k.startswith("data-pagefind")}))

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.text.append(data.strip())


def test_an_entity_record_weighs_its_names_most_and_escapes_them() -> None:
    record = entity_record(person("Nó <script>", "Jae-myung \"x\""), "Person", [])
    parsed = Indexed()
    parsed.feed(render_xml(record))
    attributes = dict(parsed.elements)
    assert attributes["main"] == {"data-pagefind-body": None, "data-pagefind-filter": "kind:Person",
                                  "data-pagefind-meta": "kind:Person"}
    metas = [a["data-pagefind-meta"] for tag, a in parsed.elements if tag == "span"]
    assert metas == ["title:Nó <script>", "summary:Someone <b>bold</b>."]  # shown as written
    assert attributes["h1"]["data-pagefind-weight"] == "10.0"
    names = [a for tag, a in parsed.elements if tag == "p" and (a.get("data-pagefind-meta") or "").startswith("names:")]
    assert names == [{"data-pagefind-weight": "10.0",
                      "data-pagefind-meta": 'names:Nó <script>|No <script>|Jae-myung "x"|Jae myung "x"'}]
    assert "Nó <script> · No <script> · Jae-myung \"x\" · Jae myung \"x\"" in parsed.text
    assert "Someone <b>bold</b>." in parsed.text  # text, not markup


def test_a_record_without_names_or_years_has_neither() -> None:
    html = render_xml(SearchRecord("Canada and China", "Relation", "Two countries."))
    assert "names:" not in html and "year:" not in html


def test_words_joined_by_a_dash_or_slash_are_indexed_apart_and_shown_joined() -> None:
    parsed = Indexed()
    parsed.feed(render_xml(SearchRecord("Carney–Xi talks", "Briefing", "A Canada/China reset.", text=("A—B",))))
    assert parsed.text[1:] == ["Carney – Xi talks", "A Canada / China reset.", "A — B"]  # after <title>
    assert ("span", {"data-pagefind-meta": "title:Carney–Xi talks"}) in parsed.elements


def test_the_names_list_gives_each_named_page_its_url_kind_and_names() -> None:
    records = {"people/nobody.md": entity_record(person("Micheál", "Mick"), "Person", []),
               "articles/a.md": SearchRecord("A briefing", "Briefing", "Summary.")}
    script = names_script(records, Layout(directory_urls=True))
    prefix = f"window.{NAMES_GLOBAL} = "
    assert script.startswith(prefix) and script.endswith(";\n")
    assert json.loads(script[len(prefix):-2]) == [["people/nobody/", "Person", "Micheál", "Micheal", "Mick"]]
    offline = names_script(records, Layout(directory_urls=False))
    assert '"people/nobody.html"' in offline
