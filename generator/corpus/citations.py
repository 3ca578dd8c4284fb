"""A citation of a briefing's paragraphs, from outside that briefing (a brief, a registry fact, a
doubt): the briefing must exist and its seed must have the paragraphs."""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from generator.corpus.model import Briefing, Citation
from generator.corpus.yaml_file import Location, YamlFile
from generator.errors import Problem


def check_citation(doc: YamlFile, loc: Location, citation: Citation, paragraphs: Mapping[str, int]) -> list[Problem]:
    """Problems with one citation; ``paragraphs`` is each briefing id's number of seed paragraphs."""
    count = paragraphs.get(citation.briefing)
    if count is None:
        close = difflib.get_close_matches(citation.briefing, list(paragraphs), n=1, cutoff=0.6)
        return [doc.problem((*loc, "briefing"), f"cites unknown briefing '{citation.briefing}'",
                            f"did you mean '{close[0]}'?" if close else "give the id of a briefing in briefings/")]
    return [doc.problem((*loc, "paragraphs", k), f"paragraph {number} does not exist: briefing "
                        f"'{citation.briefing}' has {count}",
                        "number paragraphs as the briefing's page shows them (¶1 is the first)")
            for k, number in enumerate(citation.paragraphs) if number > count]


def doubt_sources(doc: YamlFile, briefing: Briefing, paragraphs: Mapping[str, int]) -> list[Problem]:
    """A curator's doubt rests on other briefings' paragraphs that exist."""
    return [p for i, doubt in enumerate(briefing.doubts) for j, source in enumerate(doubt.sources)
            for p in check_citation(doc, ("doubts", i, "sources", j), source, paragraphs)]
