"""From raw text to a published page: extraction, drafts, incremental rebuilds and the live preview.

The articles here are written by the tests themselves (made-up text), not the five seeds.
"""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from generator.authoring import extract
from generator.authoring.draft import draft_briefing, write_draft
from generator.cli import main
from generator.corpus.check import check_project
from generator.corpus.seeds import split_paragraphs
from generator.project import Project
from generator.publish.pipeline import Options, build
from tests.conftest import add_short_note

ARTICLE = "\n".join([
    'CANBERRA, 3 March 2027 - Australian Prime Minister Anthony Albanese met President Rufus Firefly of '
    'Freedonia in Portville on Tuesday, the first such visit since 2023.',
    '“This is a relationship we will manage with patience,” Albanese told reporters after the talks.',
    'Trade between the two countries reached A$312 billion in 2026, and Freedonia lifted its 80.5 per '
    'cent tariff on Australian barley.',
    'Foreign Minister Penny Wong said the government would “keep talking where we can.”',
    '“We are not naive about the differences,” said Professor James Laurenceson of the University of '
    'Technology Sydney.',
    'According to the Lowy Institute, 1,200 Australian students now study in Freedonia, and €5 million '
    'was pledged for research.',
    'Michael Smith of the Canberra Times and Michael Jones of ABC News covered the summit, which Trentino'
    ' will attend in June 2027.',
]) + "\n"


def test_quote_attribution_patterns() -> None:
    paragraphs = split_paragraphs("""“We will cut the tariff,” Firefly said.
Chancellor Trentino told parliament: “Not this year.”
“The talks were useful,” said analyst Vera Marçal of the Harbour Council.
The deal is “overdue,” according to Vera Marçal.
“It will take time,” she said. “But it will happen,” she added.
Officials called it “a new chapter for both of us.”""")
    found = [(q.paragraph, q.text, q.speaker, q.how) for q in extract.find_quotes(paragraphs)]
    assert found == [
        (1, "We will cut the tariff", "Firefly", "said"),
        (2, "Not this year.", "Chancellor Trentino", "said"),
        (3, "The talks were useful", "analyst Vera Marçal of the Harbour Council", "said"),
        (4, "overdue", "Vera Marçal", "said"),
        (5, "It will take time", "she", "said"),
        (5, "But it will happen", "she", "said"),
        (6, "a new chapter for both of us.", "Officials", "said"),
    ]


def test_figures_in_several_currencies_and_counts() -> None:
    paragraphs = split_paragraphs("It cost C$118.7 billion (US $85.5 billion), about €40 million, £3bn and ¥900.\n"
                                  "Tariffs rose to 25 per cent, then over 70%, for 200 business leaders.")
    found = [(f.text, f.amount, f.unit, f.approximate) for f in extract.find_figures(paragraphs)]
    assert found == [
        ("C$118.7 billion", 118.7e9, "CAD", False), ("US $85.5 billion", 85.5e9, "USD", False),
        ("about €40 million", 40e6, "EUR", True), ("£3bn", 3e9, "GBP", False), ("¥900", 900, "JPY", False),
        ("25 per cent", 25, "percent", False), ("over 70%", 70, "percent", True),
        ("200 business leaders", 200, "business leaders", False),
    ]


def test_dates_keep_their_precision_and_never_guess_a_year() -> None:
    found = [(d.text, d.value, d.precision) for d in extract.find_dates(split_paragraphs(
        "On 12 January 2026 and Nov 1st, 2025; in October 2025, on January 13, and in 2018."))]
    assert found == [("12 January 2026", "2026-01-12", "day"), ("Nov 1st, 2025", "2025-11-01", "day"),
                     ("October 2025", "2025-10", "month"), ("January 13", None, "unknown"), ("2018", "2018", "year")]


def test_a_dateline_without_its_year_takes_the_year_its_weekday_fits_and_says_so(mini: Project) -> None:
    """"OSLO, June 3 (Reuters) - … on Wednesday": 3 June was a Wednesday in 2026, the latest such
    year up to the draft; without a weekday the date stays unknown (issue 14)."""
    seed = mini.seeds / "006_oslo.txt"
    lead = "OSLO, June 3 (Reuters) - Norway will raise its salmon tax next year, the minister said"
    seed.write_text(f"Norway raises salmon tax\n\n{lead} on Wednesday.\n", encoding="utf-8")
    _, briefing, _ = draft_briefing(mini, seed, today=dt.date(2027, 1, 1))
    published = briefing["published"]
    assert (published["date"], published["precision"], published["basis"]) == ("2026-06-03", "day", "inferred")
    assert "'Wednesday'" in published["note"] and "2026" in published["note"]
    next_year = next(e for e in briefing["events"] if e["as_written"] == "next year")
    assert next_year["date"] == "2027" and "inferred from the weekday" in next_year["inferred"]
    seed.write_text(f"Norway raises salmon tax\n\n{lead}.\n", encoding="utf-8")
    assert draft_briefing(mini, seed, today=dt.date(2027, 1, 1))[1]["published"]["basis"] == "unknown"


def add_article(project: Project, name: str = "005_australia.txt") -> Path:
    path = project.seeds / name
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_draft_finds_known_and_proposes_new_entities(mini: Project) -> None:
    _, briefing, todo = draft_briefing(project=mini, seed_path=add_article(mini))
    assert briefing["status"] == "draft"
    assert briefing["published"] == {"date": "2027-03-03", "precision": "day", "basis": "dateline",
                                     "note": "from '3 March 2027' at the start of paragraph 1"}
    assert "rufus-firefly" in briefing["people"] and "freedonia" in briefing["countries"]
    proposed = {p["id"]: (p["section"], p.get("kind")) for p in briefing["proposed"]}
    assert proposed["australia"] == ("countries", None)
    assert proposed["anthony-albanese"] == ("people", "leader")
    assert proposed["penny-wong"] == ("people", "leader")
    assert proposed["james-laurenceson"] == ("people", "person")
    assert proposed["lowy-institute"] == ("organisations", None)
    assert {"michael-smith", "michael-jones"} <= set(proposed)  # two Michaels, two people
    speakers = [(q["text"], q["speaker"]) for q in briefing["quotes"]]
    assert speakers == [("This is a relationship we will manage with patience", "anthony-albanese"),
                        ("keep talking where we can.", "penny-wong"),
                        ("We are not naive about the differences", "james-laurenceson")]
    june = [e for e in briefing["events"] if e["as_written"] == "June 2027"]
    assert june and june[0]["scheduled"] is True
    assert any("accept or reject" in item for item in todo)


def test_new_then_edit_then_publish(mini: Project, capsys: pytest.CaptureFixture[str]) -> None:
    seed = add_article(mini)
    assert main(["--root", str(mini.root), "new", str(seed)]) == 0
    out = capsys.readouterr().out
    assert "proposed leader: Anthony Albanese" in out and "still to do:" in out
    draft_path = next(p for p in mini.briefings.glob("*.yaml") if "albanese" in p.name)
    assert check_project(mini, drafts=True)[0] is not None  # the draft passes check --drafts as written
    # Drafting the seed again is refused (one briefing a seed), unless forced over the same file.
    before = sorted(mini.briefings.glob("*.yaml"))
    assert main(["--root", str(mini.root), "new", str(seed)]) == 1
    assert f"{draft_path.name} is already made from {seed.name}" in capsys.readouterr().err
    assert main(["--root", str(mini.root), "new", "--force", str(seed)]) == 0
    assert sorted(mini.briefings.glob("*.yaml")) == before
    # Previews include the draft and its proposed entities; the published site does not.
    build(mini, Options(drafts=True))
    article = mini.site / "articles" / draft_path.stem / "index.html"
    assert "Draft preview" in article.read_text() and (mini.site / "leaders/anthony-albanese/index.html").exists()
    build(mini)
    assert not article.exists() and not (mini.site / "leaders/anthony-albanese").exists()
    # The curator accepts two proposals, drops the rest, fills in the summary and publishes.
    data = yaml.safe_load(draft_path.read_text())
    accepted = [p for p in data["proposed"] if p["id"] in ("anthony-albanese", "australia")]
    registry = mini.registry / "accepted.yaml"
    def named() -> dict[str, object]:
        return {"briefing": draft_path.stem, "paragraphs": [1]}

    registry.write_text(yaml.safe_dump({
        "countries": [{"id": "australia", "name": "Australia", "description": "A country."}],
        "people": [{"id": "anthony-albanese", "name": "Anthony Albanese", "kind": "leader", "aliases": ["Albanese"],
                    "countries": ["australia"], "countries_source": named(),
                    "description": "Prime Minister of Australia.", "description_source": named()}]}))
    rejected = {p["id"] for p in data["proposed"]} - {p["id"] for p in accepted}
    for section in ("countries", "people", "organisations", "topics"):
        data[section] = [i for i in data[section] if i not in rejected]
    data["quotes"] = [q for q in data["quotes"] if q["speaker"] not in rejected]
    data.update(proposed=[], status="published", summary="Albanese visited Freedonia.", summary_paragraphs=[1])
    write_draft(draft_path, data)
    build(mini)
    assert "Albanese visited Freedonia." in article.read_text()
    assert draft_path.stem in (mini.site / "countries/freedonia/index.html").read_text()
    assert draft_path.stem in (mini.site / "leaders/anthony-albanese/index.html").read_text()
    assert draft_path.stem in (mini.site / "feed.xml").read_text()


def test_adding_an_article_rewrites_only_the_pages_it_touches(mini: Project) -> None:
    build(mini)
    before = {p: p.stat().st_mtime_ns for p in mini.generated.rglob("*.md")}
    add_short_note(mini)
    build(mini)
    after = {p: p.stat().st_mtime_ns for p in mini.generated.rglob("*.md")}
    changed = sorted(p.relative_to(mini.generated).as_posix() for p in after if before.get(p) != after[p])
    assert changed == ["articles/index.md", "articles/short-note.md", "countries/freedonia.md", "index.md",
                       "people/index.md",
                       "people/vera-marcal.md", "quotes.md", "sources.md", "topics/fisheries.md",
                       "topics/index.md", "whats-new.md"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        body: bytes = response.read()
        return body.decode("utf-8")


def wait_for(condition: Callable[[], bool], seconds: float = 30) -> bool:
    """Poll until ``condition`` holds; a request that lands between the two renames that swap site/
    in finds no page (a 404 for a few microseconds) and is polled again."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return True
        except urllib.error.HTTPError as error:
            if error.code != 404:
                raise
        time.sleep(0.2)
    return False


def test_serve_rebuilds_on_change_and_keeps_the_last_good_preview(mini: Project) -> None:
    from generator.publish.pipeline import Pipeline
    from generator.publish.serve import serve

    port, ready, stop = free_port(), threading.Event(), threading.Event()
    thread = threading.Thread(target=serve, args=(Pipeline(mini), port, print, 0.2, ready, stop), daemon=True)
    thread.start()
    try:
        assert ready.wait(60)
        base = f"http://127.0.0.1:{port}"
        page = fetch(f"{base}/articles/harbour-deal/")
        assert "Firefly and Trentino settle fishing dispute" in page and "/__build" in page
        number = fetch(f"{base}/__build")
        path = mini.briefings / "harbour-deal.yaml"
        good = path.read_text()
        path.write_text(good.replace("title: Firefly and Trentino settle", "title: Firefly and Trentino close"))
        assert wait_for(lambda: "Firefly and Trentino close" in fetch(f"{base}/articles/harbour-deal/"))
        assert wait_for(lambda: fetch(f"{base}/__build") != number)  # counted once the swap is done
        number = fetch(f"{base}/__build")
        path.write_text(good.replace("title: Firefly", "title: [Firefly"))  # a YAML error
        time.sleep(2)
        assert fetch(f"{base}/__build") == number
        assert "Firefly and Trentino close" in fetch(f"{base}/articles/harbour-deal/")
    finally:
        stop.set()
        thread.join(10)
