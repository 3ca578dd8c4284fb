"""Whether a text names an entity: by its name or an alias, as a whole word, case as written.

Case matters ("US" the country, "us" the pronoun); a name inside a longer word does not count
("Lee" in "Leeds"). Found by looking for each name and checking the characters either side, not
by a pattern per entity: compiling one took 0.17 s of every build at 1,000 articles (570 of
them, more than the regular-expression module keeps compiled), for 11,000 questions.
"""

from __future__ import annotations

from generator.corpus.registry import Registry


class Names:
    def __init__(self, registry: Registry):
        self.registry = registry
        self._forms: dict[str, tuple[str, ...]] = {}

    def named_in(self, entity_id: str, text: str) -> bool:
        forms = self._forms.get(entity_id)
        if forms is None:
            section = self.registry.section_of(entity_id)
            entity = self.registry.section(section)[entity_id] if section else None
            names = {entity.name, *entity.aliases} if entity else {entity_id}
            forms = self._forms[entity_id] = tuple(sorted(name for name in names if name))
        return any(_whole_word(form, text) for form in forms)


def _whole_word(form: str, text: str) -> bool:
    """``form`` in ``text`` with neither a word character nor a hyphen touching it (as the
    pattern ``(?<![\\w-])form(?![\\w-])``: a word character is a letter, a digit or "_")."""
    start = text.find(form)
    while start >= 0:
        end = start + len(form)
        if not (start and _joins(text[start - 1])) and not (end < len(text) and _joins(text[end])):
            return True
        start = text.find(form, start + 1)
    return False


def _joins(char: str) -> bool:
    return char.isalnum() or char in "_-"
