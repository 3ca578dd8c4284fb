"""Cross-source analysis on small fixtures of its own: grouping, imprecise dates, discrepancies."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import chain

import pytest

from generator.analysis import compare
from generator.analysis.analyse import analyse
from generator.analysis.compare import (
    TimelineEntry,
    event_entries,
    timeline,
    title_variants,
)
from generator.analysis.entity_index import EventRef, build_index
from generator.analysis.figures import FigureGroup, Uncompared, figure_groups
from generator.analysis.pairs import country_relations, people_relations
from generator.corpus.check import check_project
from generator.corpus.checked import Corpus
from generator.limits import Limits
from generator.project import Project


def corpus_of(project: Project) -> Corpus:
    corpus, problems = check_project(project)
    assert corpus is not None, [str(p) for p in problems]
    return corpus


def add_report(project: Project, key: str, date: str, precision: str, differs: str = "") -> None:
    """Give the undated fixture article a second report of the talks, at another date (``differs``:
    how it tells them differently, where it does)."""
    path = project.briefings / "fish-tariff-row.yaml"
    path.write_text(path.read_text().replace("events:\n", f"""events:
  - date: {'null' if date == 'null' else repr(date)}
    precision: {precision}
    key: {key}
    kind: meeting
    summary: The two leaders talk.
    countries: [sylvania, freedonia]
    paragraph: 4
    inferred: a report made up for the test
""" + (f"    discrepancy: {differs}\n" if differs else ""), 1))


def test_same_key_is_one_timeline_entry_with_all_sources(mini: Project) -> None:
    add_report(mini, "firefly-trentino-talks", "2031-03", "month")
    entries = event_entries(corpus_of(mini))
    talks = [e for e in entries if e.reports[0].event.key == "firefly-trentino-talks"]
    assert len(talks) == 1
    assert [r.article.id for r in talks[0].reports] == ["harbour-deal", "fish-tariff-row"]
    assert talks[0].date.label == "1 March 2031"  # the most precise report dates the entry
    assert talks[0].disagreement == ""  # March 2031 covers 1 March 2031


def test_different_dates_for_the_same_event_are_flagged(mini: Project) -> None:
    add_report(mini, "firefly-trentino-talks", "2030-11", "month", differs="this source dates the talks earlier")
    talks = [e for e in event_entries(corpus_of(mini)) if e.reports[0].event.key == "firefly-trentino-talks"]
    assert talks[0].disagreement == ("sources give different dates: November 2030, 1 March 2031; "
                                     "this source dates the talks earlier")


def test_timeline_orders_imprecise_dates_before_the_days_they_contain(mini: Project) -> None:
    add_report(mini, "talks-in-2031", "2031", "year")
    add_report(mini, "undated-talks", "null", "unknown")
    labels = [e.date.label for e in event_entries(corpus_of(mini))]
    assert labels == ["2029", "2031", "1 March 2031", "June 2031", "date unknown"]


def test_entity_timeline_is_its_own_slice(mini: Project) -> None:
    corpus = corpus_of(mini)
    index = build_index(corpus)
    assert [e.summary for e in timeline(index.events["rufus-firefly"])] == [
        "Firefly and Trentino meet and settle the fishing dispute."]


def groups_of(corpus: Corpus, shown_values: int = 10) -> dict[str, FigureGroup]:
    index = build_index(corpus)
    return {g.measure: g for g in figure_groups(chain.from_iterable(index.article_figures.values()), shown_values)}


def edit(project: Project, name: str, *pairs: tuple[str, str]) -> None:
    path = project.briefings / f"{name}.yaml"
    text = path.read_text()
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text)


HARBOUR_TRADE = ("unit: dollars (currency not stated)", "amount: 4200000000")


def test_one_amount_in_two_currencies_is_one_figure_and_no_discrepancy(mini: Project) -> None:
    """fish-tariff-row gives the 2030 trade as "F$4.3 billion (S$2.9 billion)"."""
    edit(mini, "harbour-deal", ("measure: freedonia-sylvania-trade", "measure: harbour-trade"))
    corpus = corpus_of(mini)
    index = build_index(corpus)
    (trade,) = [r for r in index.article_figures["fish-tariff-row"] if r.figure.measure == "freedonia-sylvania-trade"]
    assert [f.value for f in trade.stated] == ["F$4.3 billion", "S$2.9 billion"] and trade.paragraphs == (3,)
    assert [r.figure.value for r in index.figures["freedonia"]] == ["about $4.2 billion", "F$4.3 billion"]
    group = groups_of(corpus)["freedonia-sylvania-trade"]
    assert group.rows == (trade,) and group.discrepancies == () and group.uncompared == ()


def test_values_in_units_no_source_shares_are_not_compared(mini: Project) -> None:
    trade = groups_of(corpus_of(mini))["freedonia-sylvania-trade"]
    assert [r.figure.value for r in trade.rows] == ["F$4.3 billion", "about $4.2 billion"]
    assert trade.discrepancies == ()  # F$ and S$ against dollars of no stated currency: not a difference
    assert trade.uncompared == (Uncompared("2030", (("FRD", "SLD"), ("dollars (currency not stated)",))),)


def test_different_values_in_the_same_unit_across_articles_differ(mini: Project) -> None:
    edit(mini, "harbour-deal", (HARBOUR_TRADE[0], "unit: frd"))
    trade = groups_of(corpus_of(mini))["freedonia-sylvania-trade"]
    (differs,) = trade.discrepancies
    assert (differs.period, differs.unit) == ("2030", "")
    assert [(r.figure.value, r.article.id) for r in differs.values] == [
        ("F$4.3 billion", "fish-tariff-row"), ("about $4.2 billion", "harbour-deal")]
    assert differs.reasons == ("Different values, some rounded or approximate",)
    assert trade.uncompared == ()  # both give F$
    # 12 per cent (no period) vs 40 per cent in 2029: different values, one period unstated.
    (tariff,) = groups_of(corpus_of(mini))["sylvania-fish-tariff"].discrepancies
    assert [(r.figure.value, r.article.id) for r in tariff.values] == [
        ("12 per cent", "harbour-deal"), ("40 per cent", "fish-tariff-row")]
    assert tariff.reasons == ("Different values", "period not stated by some sources")


def test_a_second_currency_is_compared_in_its_own_unit(mini: Project) -> None:
    """Sources that both give F$ and S$ may differ in each; each line then names its unit."""
    in_sylvanian_dollars = """figures:
  - value: about $4.2 billion
    measure: freedonia-sylvania-trade
    label: Trade
    amount: 3000000000
    unit: SLD
    period: "2030"
    bound: about
    paragraph: 3
"""
    edit(mini, "harbour-deal", ("figures:\n", in_sylvanian_dollars), (HARBOUR_TRADE[0], "unit: FRD"))
    trade = groups_of(corpus_of(mini))["freedonia-sylvania-trade"]
    assert [[f.unit for f in r.stated] for r in trade.rows] == [["FRD", "SLD"], ["SLD", "FRD"]]
    assert [(d.unit, [r.figure.amount for r in d.values]) for d in trade.discrepancies] == [
        ("FRD", [4300000000, 4200000000]), ("SLD", [2900000000, 3000000000])]


def test_one_unit_twice_in_one_article_is_two_figures_and_no_discrepancy(mini: Project) -> None:
    edit(mini, "harbour-deal", ("measure: freedonia-sylvania-trade", "measure: sylvania-fish-tariff"),
         (HARBOUR_TRADE[0], "unit: percent"), ('period: "2030"\n    approximate: true', "approximate: true"))
    edit(mini, "fish-tariff-row", ("measure: sylvania-fish-tariff", "measure: old-tariff"))
    tariff = groups_of(corpus_of(mini))["sylvania-fish-tariff"]
    assert [r.figure.value for r in tariff.rows] == ["about $4.2 billion", "12 per cent"]
    assert tariff.discrepancies == ()  # one article's two values are not sources that differ


def test_many_sources_give_counted_values(mini: Project) -> None:
    (differs,) = groups_of(corpus_of(mini), 1)["sylvania-fish-tariff"].discrepancies
    assert differs.values == () and differs.counts == (("12 per cent", 1),) and differs.others == 1


def test_equal_amounts_are_not_a_discrepancy(mini: Project) -> None:
    edit(mini, "harbour-deal", (HARBOUR_TRADE[0], "unit: FRD"), (HARBOUR_TRADE[1], "amount: 4300000000"))
    trade = groups_of(corpus_of(mini))["freedonia-sylvania-trade"]
    assert trade.discrepancies == () and trade.uncompared == ()


def test_conflicting_titles_but_not_longer_forms(mini: Project) -> None:
    path = mini.briefings / "fish-tariff-row.yaml"
    path.write_text(path.read_text().replace(
        "quotes:", "titles:\n  - {person: luis-trentino, title: Chancellor Trentino, paragraph: 4}\nquotes:"))
    assert title_variants(corpus_of(mini)) == []  # only one title per person so far
    other = mini.briefings / "harbour-deal.yaml"
    other.write_text(other.read_text().replace(
        "titles:\n", "titles:\n  - {person: luis-trentino, title: Chancellor, paragraph: 1}\n"
                     "  - {person: rufus-firefly, title: President Rufus Firefly of Freedonia, paragraph: 1}\n"))
    assert title_variants(corpus_of(mini)) == []  # "Chancellor" is inside "Chancellor Trentino"
    path.write_text(path.read_text().replace("title: Chancellor Trentino", "title: Sylvania and Freedonia"
                                             ).replace("paragraph: 4}", "paragraph: 1}"))
    variants = title_variants(corpus_of(mini))
    assert [(v.person, [t for t, _ in v.titles]) for v in variants] == [
        ("luis-trentino", ["Chancellor", "Sylvania and Freedonia"])]


def test_relations_keep_the_strongest_edges_and_count_the_rest(mini: Project) -> None:
    entries = event_entries(corpus_of(mini))
    edges, left_out = country_relations(entries).strongest(1)
    assert [(e.source, e.target, e.kind, e.weight) for e in edges] == [("freedonia", "sylvania", "meeting", 1)]
    assert left_out == 1  # the tariff; the scheduled visit is not a relation yet
    people, _ = people_relations(entries).strongest(5, focus="luis-trentino")
    assert [(e.source, e.target, e.kind) for e in people] == [("luis-trentino", "rufus-firefly", "")]


def set_sides(project: Project, actor: str, target: str) -> None:
    """Give the fixture's tariff event other sides (or none, for empty strings)."""
    path = project.briefings / "fish-tariff-row.yaml"
    sides = "".join(f"    {field}: {value}\n" for field, value in (("actor", actor), ("target", target)) if value)
    path.write_text(re.sub(r"(    countries: \[sylvania, freedonia\]\n)(    actor: .*\n)?(    target: .*\n)?",
                           lambda m: m.group(1) + sides, path.read_text(), count=1))


def test_who_acted_on_whom_comes_from_actor_and_target_never_from_the_order_of_countries(mini: Project) -> None:
    # the tariff lists [sylvania, freedonia]: the first country acts only when the briefing says so
    tariffs = [e for e in country_relations(event_entries(corpus_of(mini))).ranked if e.kind == "tariff"]
    assert [(e.source, e.target) for e in tariffs] == [("sylvania", "freedonia")]
    set_sides(mini, "freedonia", "sylvania")  # the same list of countries, the other way round
    tariffs = [e for e in country_relations(event_entries(corpus_of(mini))).ranked if e.kind == "tariff"]
    assert [(e.source, e.target) for e in tariffs] == [("freedonia", "sylvania")]
    set_sides(mini, "", "")  # no actor given: no relation, whatever the order of the countries
    entries = event_entries(corpus_of(mini))
    assert [e.kind for e in country_relations(entries).ranked] == ["meeting"]
    set_sides(mini, "sylvania", "")  # an actor alone says who acted, not on whom
    tariff = next(e for e in event_entries(corpus_of(mini)) if e.reports[0].event.kind == "tariff")
    assert (tariff.actor, tariff.target) == ("sylvania", None)


def test_one_event_reported_by_several_briefings_counts_once(mini: Project) -> None:
    add_report(mini, "firefly-trentino-talks", "2031-03", "month")  # the talks, reported again
    add_report(mini, "firefly-trentino-talks", "2031", "year")  # and a third time
    entries = event_entries(corpus_of(mini))
    (met,) = [e for e in country_relations(entries).ranked if e.kind == "meeting"]
    assert (met.source, met.target, met.weight) == ("freedonia", "sylvania", 1)
    assert len(met.entries[0].reports) == 3  # the new reports give no sides: the first report's stand


def test_people_seen_together_are_not_said_to_act_on_one_another(mini: Project) -> None:
    path = mini.briefings / "harbour-deal.yaml"
    path.write_text(path.read_text().replace("participants: [rufus-firefly, luis-trentino]",
                                             "participants: [rufus-firefly, luis-trentino, vera-marcal]", 1))
    edges = people_relations(event_entries(corpus_of(mini))).ranked
    assert [(e.source, e.target, e.kind, e.weight) for e in edges] == [
        ("luis-trentino", "rufus-firefly", "", 1), ("luis-trentino", "vera-marcal", "", 1),
        ("rufus-firefly", "vera-marcal", "", 1)]


def test_an_entitys_timeline_is_merged_once_when_first_asked_for(mini: Project,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A publish makes again the pages of a few entities: only their timelines are merged."""
    corpus = corpus_of(mini)
    merged: list[int] = []

    def counted(refs: Sequence[EventRef]) -> list[TimelineEntry]:
        merged.append(len(refs))
        return timeline(refs)

    monkeypatch.setattr(compare, "timeline", counted)
    analysis = analyse(corpus, Limits())
    assert len(merged) == 1  # the corpus's own timeline, no entity's
    first = analysis.entity_timelines["luis-trentino"]
    assert analysis.entity_timelines["luis-trentino"] is first and len(merged) == 2
    assert analysis.entity_timelines.get("no-such-entity", ()) == ()
    assert dict(analysis.entity_timelines) == {entity_id: tuple(timeline(refs))
                                               for entity_id, refs in analysis.index.events.items()}


def test_analysis_is_computed_once_for_every_page_and_pairs_countries(mini: Project) -> None:
    corpus = corpus_of(mini)
    analysis = analyse(corpus, Limits())
    assert analysis.timeline == tuple(event_entries(corpus))
    # each entity's timeline holds exactly the merged events that involve it
    assert {r.event.summary for e in analysis.entity_timelines["luis-trentino"] for r in e.reports} == \
        {r.event.summary for r in analysis.index.events["luis-trentino"]}
    (pair,) = analysis.country_pairs
    assert pair.countries == ("freedonia", "sylvania") and pair.slug == "freedonia-sylvania"
    assert [a.id for a in pair.articles] == ["harbour-deal", "fish-tariff-row"]  # newest first
    assert pair.events == analysis.timeline and len(pair.events) == 3  # five reports, merged by key
    assert [(e.source, e.target, e.kind) for e in pair.acts] == [("freedonia", "sylvania", "meeting"),
                                                                  ("sylvania", "freedonia", "tariff")]
    # Firefly (Freedonia) after his talks with Trentino (Sylvania); Trentino's and Marçal's quotes name no other side
    assert [(q.quote.speaker, q.quote.paragraph) for q in pair.quotes] == [("rufus-firefly", 2)]
    assert [f.figure.value for f in pair.figures] == ["about $4.2 billion", "F$4.3 billion"]


def test_a_pair_needs_an_event_between_the_two(mini: Project) -> None:
    """A summit's host named beside two countries that meet is no pair with either."""
    registry = mini.registry / "entities.yaml"
    atlantis = "  - id: atlantis\n    name: Atlantis\n    description: An island.\n"
    registry.write_text(registry.read_text().replace("countries:\n", "countries:\n" + atlantis, 1))
    path = mini.briefings / "harbour-deal.yaml"
    # the briefing and its talks (Freedonia → Sylvania) name Atlantis too
    path.write_text(path.read_text().replace("countries: [freedonia, sylvania]\n",
                                             "countries: [freedonia, sylvania, atlantis]\n"))
    assert [p.countries for p in analyse(corpus_of(mini), Limits()).country_pairs] == [("freedonia", "sylvania")]
    set_sides(mini, "", "")  # the tariff names Sylvania and Freedonia alone: still a pair without sides
    path.write_text(path.read_text().replace("    actor: freedonia\n    target: sylvania\n", "", 1))
    pairs = analyse(corpus_of(mini), Limits()).country_pairs
    assert [p.countries for p in pairs] == [("freedonia", "sylvania")] and pairs[0].acts == ()
    # with no sides, the talks are on every pair they name, but only two-country events make a pair
    assert len(pairs[0].events) == 3
