"""What the site's search finds an entity page by: its names, as readers type them.

Material's search (lunr) matches words as they are written, so "Micheal" never finds "Micheál".
Each entity page carries its name, its aliases and their unaccented forms as front matter
``tags``, a field Material's search indexes and ranks far above page text, and a ``boost``
that puts the page about a name ahead of the many pages that merely mention it.
"""

from __future__ import annotations

from typing import Any

from text_unidecode import unidecode

from generator.corpus.registry import AnyEntity

ENTITY_BOOST = 2


def unaccented(text: str) -> str:
    """The form of a name a reader types without accents or special letters: Micheál → Micheal."""
    return text if text.isascii() else " ".join(unidecode(text).split())


def search_names(entity: AnyEntity) -> list[str]:
    """Name and aliases, each followed by its unaccented form where that differs; no name twice."""
    names = [form for name in (entity.name, *entity.aliases) for form in (name, unaccented(name))]
    return list(dict.fromkeys(name for name in names if name))


def entity_search_meta(entity: AnyEntity) -> dict[str, Any]:
    return {"search": {"boost": ENTITY_BOOST}, "tags": search_names(entity)}
