"""The controlled vocabulary of entities: every country, person, organisation and topic by id."""

from __future__ import annotations

import difflib
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from generator.corpus.model import Country, Organisation, Person, Topic

AnyEntity = Country | Person | Organisation | Topic
Section = Literal["countries", "people", "organisations", "topics"]
SECTIONS: tuple[Section, ...] = ("countries", "people", "organisations", "topics")
SINGULAR = {"countries": "country", "people": "person", "organisations": "organisation", "topics": "topic"}


@dataclass(frozen=True)
class Registry:
    countries: dict[str, Country]
    people: dict[str, Person]
    organisations: dict[str, Organisation]
    topics: dict[str, Topic]

    @classmethod
    def of(cls, sections: Mapping[Section, Mapping[str, AnyEntity]]) -> Registry:
        """A registry from entities filed by section (each entity is of its section's kind)."""
        return cls(countries={k: v for k, v in sections["countries"].items() if isinstance(v, Country)},
                   people={k: v for k, v in sections["people"].items() if isinstance(v, Person)},
                   organisations={k: v for k, v in sections["organisations"].items() if isinstance(v, Organisation)},
                   topics={k: v for k, v in sections["topics"].items() if isinstance(v, Topic)})

    def section(self, name: Section) -> Mapping[str, AnyEntity]:
        sections: dict[Section, Mapping[str, AnyEntity]] = {
            "countries": self.countries, "people": self.people, "organisations": self.organisations,
            "topics": self.topics}
        return sections[name]

    def suggest(self, name: Section | None, wrong: str) -> str:
        """A 'did you mean' hint with the closest ids of the right kind (of any kind if ``name`` is None)."""
        ids = list(self.section(name)) if name else list(self._sections)
        close = difflib.get_close_matches(wrong, ids, n=3, cutoff=0.6)
        if close:
            return "did you mean " + " or ".join(f"'{c}'" for c in close) + "?"
        return f"add it to briefings/registry/ under {name or 'its kind'}, or fix the id"

    def section_of(self, entity_id: str) -> Section | None:
        return self._sections.get(entity_id)

    @functools.cached_property
    def _sections(self) -> dict[str, Section]:
        """Every id's section, first section first if an id were in two; asked for on every link."""
        return {entity_id: name for name in reversed(SECTIONS) for entity_id in self.section(name)}
