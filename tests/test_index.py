"""The entity index: a pure function of the corpus, with explicit orderings."""

from __future__ import annotations

from dataclasses import replace

from generator.analysis.entity_index import build_index
from generator.corpus.check import check_project
from generator.corpus.model import Quote
from generator.project import Project


def test_index_orders_and_counts(mini: Project) -> None:
    corpus, _ = check_project(mini)
    assert corpus is not None
    index = build_index(corpus)
    # Newest first, undated last.
    assert [a.id for a in index.newest_first] == ["harbour-deal", "fish-tariff-row"]
    assert [a.id for a in index.articles["luis-trentino"]] == ["harbour-deal", "fish-tariff-row"]
    assert [r.quote.text for r in index.quotes["luis-trentino"]] == ["stay until the subsidies go."]
    # Quotes tagged with a topic appear under it too.
    assert [r.quote.speaker for r in index.quotes["fisheries"]] == ["rufus-firefly"]
    # Events in date order; the undated article's 2029 tariff comes first.
    assert [r.date.label for r in index.events["freedonia"]] == ["2029", "1 March 2031", "June 2031"]
    assert [r.figure.value for r in index.figures["tariffs"]] == ["12 per cent", "40 per cent"]
    # Co-mentions counted by briefings in common, then by id.
    assert index.related["luis-trentino"][:3] == (("fisheries", 2), ("freedonia", 2), ("harbour-council", 2))
    assert ("vera-marcal", 1) in index.related["luis-trentino"]


def test_slug_ids_never_become_paths(mini: Project) -> None:
    from generator.errors import BriefingsError
    from generator.publish.staging import safe_relative

    for bad in ("../x.md", "/etc/passwd", "a/../../b.md", "a\\b.md", ""):
        try:
            safe_relative(bad)
        except BriefingsError:
            continue
        raise AssertionError(f"{bad!r} was accepted")
    assert str(safe_relative("countries/canada.md")) == "countries/canada.md"


def test_the_same_words_by_the_same_speaker_in_one_briefing_count_once(mini: Project) -> None:
    """A headline that repeats the body's words is not a second quote; the body's is kept."""
    corpus, _ = check_project(mini)
    assert corpus is not None
    (article,) = [a for a in corpus.articles if a.id == "harbour-deal"]
    body = article.briefing.quotes[0]
    headline = Quote(text=body.text.upper().rstrip(","), speaker=body.speaker, paragraph=1, context="headline")
    other = Quote(text=body.text, speaker_label="a bystander", paragraph=1, context="echo")
    twice = replace(article, briefing=article.briefing.model_copy(
        update={"quotes": (headline, *article.briefing.quotes, other), "title": article.seed.paragraphs[0]}))
    assert twice.quotes == (*article.briefing.quotes, other)  # the speaker's own repeat goes; another's stays
