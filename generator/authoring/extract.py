"""The extractors `briefings new` drafts with, named in one place.

Each kind of fact has its own module (`quotes`, `figures`, `dates`; `text` holds what they share);
plain patterns and maintained lists over numbered paragraphs, no network and no model. Everything
found is a proposal the curator checks, and always a verbatim slice of its paragraph.
"""

from __future__ import annotations

from generator.authoring.dates import FoundDate, find_dates
from generator.authoring.figures import FoundFigure, find_figures
from generator.authoring.quotes import FoundQuote, find_quotes
from generator.authoring.text import MONTHS, Found, name_runs, sentence_at

__all__ = ["MONTHS", "Found", "FoundDate", "FoundFigure", "FoundQuote", "find_dates", "find_figures", "find_quotes",
           "name_runs", "sentence_at"]
