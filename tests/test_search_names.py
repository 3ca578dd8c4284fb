"""The names an entity page is found by in the site's search, and the front matter that carries them."""

from __future__ import annotations

import yaml

from generator.corpus.model import Person
from generator.pages.render import front_matter
from generator.pages.search_meta import entity_search_meta, search_names, unaccented


def person(name: str, *aliases: str) -> Person:
    return Person(id="someone", name=name, aliases=aliases, kind="person", description="Someone.")


def test_unaccented_forms_are_what_readers_type() -> None:
    assert unaccented("Micheál Martin") == "Micheal Martin"
    assert unaccented("Łukasz Żółć") == "Lukasz Zolc"
    assert unaccented("Nicolás Maduro") == "Nicolas Maduro"
    assert unaccented("Xi Jinping") == "Xi Jinping"


def test_each_name_is_listed_once_followed_by_its_unaccented_form() -> None:
    assert search_names(person("Micheál Martin", "Micheal Martin", "Taoiseach", "Ó Máirtín")) == [
        "Micheál Martin", "Micheal Martin", "Taoiseach", "Ó Máirtín", "O Mairtin"]


def test_names_that_look_like_yaml_survive_the_front_matter() -> None:
    meta = entity_search_meta(person("Nó: 'quoted' # not a comment", "- dash", "yes", "null", "[list]"))
    text = front_matter(meta)
    assert text.startswith("---\n") and text.endswith("\n---\n\n")
    assert yaml.safe_load(text.strip().strip("-")) == meta
    assert meta["tags"][:2] == ["Nó: 'quoted' # not a comment", "No: 'quoted' # not a comment"]


def test_a_page_without_metadata_has_no_front_matter() -> None:
    assert front_matter({}) == ""
