"""Pages that open with the state of play: best-known dates, the bottom line and its brief, one
name per speaker, quotes of one sentence shown once, and What's new by date in the world."""

from __future__ import annotations

from pathlib import Path

from generator.analysis.analyse import analyse
from generator.corpus.check import check_project
from generator.corpus.checked import Corpus
from generator.limits import Limits
from generator.pages.all_pages import all_pages
from generator.pages.render import render
from generator.project import Project
from tests.test_analysis import add_report

REPO = Path(__file__).resolve().parent.parent


def checked(project: Project) -> tuple[Corpus, list[str]]:
    corpus, problems = check_project(project)
    assert corpus is not None, [str(p) for p in problems]
    return corpus, [str(p) for p in problems]


def page_text(project: Project, path: str) -> str:
    corpus, _ = checked(project)
    page = next(p for p in all_pages(analyse(corpus, Limits()), Limits()) if p.path == path)
    return render(page)


def test_an_undated_briefing_is_placed_by_an_event_another_briefing_dates(mini: Project) -> None:
    # Undated, it reports its 2029 tariff as past: 2029 or later, from its own words.
    corpus, _ = checked(mini)
    placed = {a.id: a.published for a in corpus.articles}["fish-tariff-row"]
    assert placed.label == "2029 or later" and "Sylvania raises its tariff" in placed.how
    # It also reports, as still to come, the talks the other briefing dates 1 March 2031.
    add_report(mini, "firefly-trentino-talks", "null", "unknown", differs="this source gives no date")
    path = mini.briefings / "fish-tariff-row.yaml"
    path.write_text(path.read_text().replace("    summary: The two leaders talk.\n",
                                             "    summary: The two leaders talk.\n    scheduled: true\n"))
    corpus, _ = checked(mini)
    placed = {a.id: a.published for a in corpus.articles}["fish-tariff-row"]
    assert placed.label == "between 2029 and 1 March 2031"
    assert "as dated by “" in placed.how  # the reader is told which briefing dates the event
    assert placed.date.iso == "2031-03-01"


def test_a_briefing_with_no_dated_event_stays_undated(mini: Project) -> None:
    path = mini.briefings / "fish-tariff-row.yaml"
    path.write_text(path.read_text().replace('  - date: "2029"\n    precision: year\n',
                                             "  - date: null\n    precision: unknown\n"))
    corpus, _ = checked(mini)
    placed = {a.id: a.published for a in corpus.articles}["fish-tariff-row"]
    assert not placed.date.known and placed.label == "date unknown"


def test_no_real_briefing_is_left_undated_where_the_evidence_places_it(real_site: Project) -> None:
    corpus, _ = checked(real_site)
    newest = analyse(corpus, Limits()).index.newest_first
    assert all(a.published.date.known for a in newest)
    # "departed … on Tuesday" for the visit another briefing schedules from 13 January 2026
    departs = next(a for a in newest if a.id == "carney-departs-for-china")
    assert departs.published.label == "13 January 2026" and departs.briefing.published.basis == "inferred"
    assert "canada-china-reset-cusp" in (departs.briefing.published.note or "")


def test_an_entity_page_opens_with_its_cited_bottom_line_and_infobox(mini: Project) -> None:
    head = page_text(mini, "countries/sylvania.md").split("## ", 1)[0]
    assert '!!! abstract "As of 3 March 2031, from 2 briefings"' in head
    # a key point that names the entity, cited
    assert "    - Sylvania's fish tariff rose in 2029. [\\[" in head and "fish-tariff-row.md#p2" in head
    assert "{ .infobox }" in head and "**Mentioned:** in 2 briefings, from 2029 or later to 3 March 2031" in head
    freedonia = page_text(mini, "countries/freedonia.md").split("## ", 1)[0]
    assert "**Also known as:** Portville" in freedonia
    assert "Newest briefing: [Firefly and Trentino" in freedonia  # no key point names Freedonia


def test_a_brief_is_shown_first_and_check_warns_when_a_newer_briefing_mentions_the_entity(mini: Project) -> None:
    registry = mini.registry / "entities.yaml"
    registry.write_text(registry.read_text().replace(
        "    description: A small coastal republic.\n",
        "    description: A small coastal republic.\n"
        "    brief:\n      text: Freedonia argues with Sylvania over fish.\n"
        "      sources: [{briefing: fish-tariff-row, paragraphs: [2]}]\n", 1))
    _, problems = checked(mini)
    stale = [p for p in problems if "brief of Freedonia is older than briefing 'harbour-deal'" in p]
    assert stale and "entities.yaml:" in stale[0] and "warning" in stale[0]
    assert "    Freedonia argues with Sylvania over fish. [\\[1 ¶2\\]](../articles/fish-tariff-row.md#p2" in \
        page_text(mini, "countries/freedonia.md")
    registry.write_text(registry.read_text().replace("{briefing: fish-tariff-row, paragraphs: [2]}",
                                                     "{briefing: harbour-deal, paragraphs: [99]}"))
    corpus, found = check_project(mini)
    assert corpus is None and any("paragraph 99 does not exist" in str(p) for p in found)


def test_one_speaker_is_given_one_name(mini: Project) -> None:
    path = mini.briefings / "fish-tariff-row.yaml"
    text = path.read_text()
    path.write_text(text.replace("""    context: justifying the tariff
""", """    context: justifying the tariff
  - text: stay until the subsidies go.
    speaker_label: Sylvania's government ministers (unnamed)
    paragraph: 4
    context: a second name for the same speaker
"""))
    _, problems = checked(mini)
    assert any("is named 'Sylvania's government'" in p for p in problems)
    assert any("carries a note in brackets" in p for p in problems)


def test_whats_new_leads_with_the_newest_developments_by_their_date(mini: Project) -> None:
    text = page_text(mini, "whats-new.md")
    latest = text.index("## Latest developments")
    assert latest < text.index("## Briefings by date added")
    assert text.index("1 March 2031", latest) < text.index("2029", latest)  # newest first
    assert "## Coming up, as last reported" in text and "June 2031" in text
