"""Whether a text names an entity: by its name or an alias, as a whole word, case as written.

Case matters ("US" the country, "us" the pronoun); a name inside a longer word does not count
("Lee" in "Leeds"). Patterns are compiled once per entity and shared by every text asked about.
"""

from __future__ import annotations

import re

from generator.corpus.registry import Registry


class Names:
    def __init__(self, registry: Registry):
        self.registry = registry
        self._patterns: dict[str, re.Pattern[str]] = {}

    def named_in(self, entity_id: str, text: str) -> bool:
        pattern = self._patterns.get(entity_id)
        if pattern is None:
            section = self.registry.section_of(entity_id)
            entity = self.registry.section(section)[entity_id] if section else None
            forms = sorted({entity.name, *entity.aliases} if entity else {entity_id}, key=len, reverse=True)
            pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")
            self._patterns[entity_id] = pattern
        return pattern.search(text) is not None
