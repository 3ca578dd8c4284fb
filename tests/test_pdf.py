"""The PDFs, read back with pypdf: every page has one, they read as documents, the book and the
dossiers have contents with true page numbers, and output is deterministic and cached."""

from __future__ import annotations

import functools
import html
import json
import re
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest
from pypdf import DocumentInformation, PdfReader

from generator.analysis.analyse import analyse
from generator.cli import main
from generator.errors import BriefingsError
from generator.limits import Limits
from generator.printing.pdf import PrintReport, generation_date
from generator.project import Project
from generator.publish.pipeline import Options, Pipeline, build
from tests.conftest import page_refs

CHROME = ("Skip to content", "Search", "Download PDF", "Its one briefing", "Made with", "Material for MkDocs",
          "Back to top", "Switch to dark mode", "On this page")  # the section links are for screens without contents


def flat(text: str) -> str:
    return " ".join(text.split())


def extracted(path: Path) -> tuple[str, ...]:
    """Each page's text as pypdf extracts it. Extraction is slow (the book takes seconds), and
    several tests read the same PDF, so each version of a file (path, size, mtime) is read once."""
    stat = path.stat()
    return _extract(path.resolve(), stat.st_size, stat.st_mtime_ns)


@functools.cache
def _extract(path: Path, size: int, mtime_ns: int) -> tuple[str, ...]:
    return tuple(page.extract_text() for page in PdfReader(path).pages)


def pages_text(path: Path) -> list[str]:
    return [flat(text) for text in extracted(path)]


def metadata(path: Path) -> DocumentInformation:
    info = PdfReader(path).metadata
    assert info is not None, f"{path} has no document information"
    return info


def generated_pages(project: Project) -> list[str]:
    """Paths of the generated Markdown pages (the hand-written ones are not briefings)."""
    hand = {p.relative_to(project.pages).as_posix() for p in project.pages.rglob("*.md")}
    return sorted(p.relative_to(project.generated).as_posix() for p in project.generated.rglob("*.md")
                  if p.relative_to(project.generated).as_posix() not in hand)


def built_html(project: Project, page: str) -> Path:
    stem = page.removesuffix(".md")
    return project.site / (f"{stem}.html" if stem == "index" or stem.endswith("/index") else f"{stem}/index.html")


def title_of(project: Project, page: str) -> str:
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", built_html(project, page).read_text(encoding="utf-8"), re.S)
    assert heading, page
    return flat(html.unescape(re.sub(r"<[^>]+>", "", heading.group(1))))


_LEADER = r"(?: +\.)+"  # the contents' dotted leader, spaced (" .  .  ."): one dot or more after a long title


def contents(path: Path) -> list[tuple[str, int]]:
    """(title, page number) of each entry of the contents (on the cover, below the title, and the
    pages after it if it runs on), read from the PDF's own text lines; an entry too long for one
    line ends on the line with the dot leader and the number."""
    entries: list[tuple[str, int]] = []
    texts = extracted(path)
    start = next(i for i, text in enumerate(texts) if "Contents" in text.splitlines())
    for number, text in enumerate(texts[start:]):
        lines = text.splitlines()
        if number == 0:
            lines = lines[lines.index("Contents") + 1:]
        elif not re.search(rf"{_LEADER} *\d+$", text, re.M):
            break
        pending = ""
        for line in lines:
            entry = re.fullmatch(rf"(.*?){_LEADER} *(\d+)", line.strip())
            if entry:
                entries.append((flat(f"{pending} {entry.group(1)}"), int(entry.group(2))))
            pending = "" if entry else line
    return entries


# ---- the real site ---------------------------------------------------------------------------

def test_every_generated_page_links_to_its_dossier_or_its_own_pdf_and_it_exists(real_site: Project) -> None:
    """An entity with a dossier is printed as its dossier alone (it holds, briefing by briefing,
    what the page lists), an entity in one briefing offers that briefing's PDF; pages that only
    lead elsewhere (What's new, the section indexes) offer none; every other generated page offers
    its own PDF."""
    briefings = analyse(Pipeline(real_site).check()[0], Limits()).index.articles
    pages = generated_pages(real_site)
    assert len(pages) > 100
    dossiers = {p.stem for p in (real_site.site / "pdf/dossiers").glob("*.pdf")}
    assert len(dossiers) > 10
    for page in pages:
        page_html = built_html(real_site, page)
        hrefs = [href for href in page_refs(page_html).refs if href.endswith(".pdf")]
        targets = {(page_html.parent / href).resolve() for href in hrefs if "briefing-book" not in href}
        own = (real_site.site / "pdf" / page.replace(".md", ".pdf")).resolve()
        stem = Path(page).stem
        if page == "whats-new.md" or page.endswith("/index.md"):
            assert targets == set() and not own.exists(), page
            continue
        offered = own
        if page.split("/")[0] in {"countries", "leaders", "people", "organisations", "topics"}:
            named = f"dossiers/{stem}" if stem in dossiers else f"articles/{briefings[stem][0].id}"
            offered = (real_site.site / "pdf" / f"{named}.pdf").resolve()
        assert targets == {offered}, page
        assert offered.read_bytes()[:5] == b"%PDF-", page
        if offered != own:
            assert not own.exists(), f"{page} is printed twice: as its dossier and alone"


def test_dossiers_are_linked_from_countries_and_leaders_and_the_book_from_home(real_site: Project) -> None:
    assert "../../pdf/dossiers/canada.pdf" in page_refs(built_html(real_site, "countries/canada.md")).refs
    assert "../../pdf/dossiers/mark-carney.pdf" in page_refs(built_html(real_site, "leaders/mark-carney.md")).refs
    assert "pdf/briefing-book.pdf" in page_refs(real_site.site / "index.html").refs


def test_canada_pdf_reads_as_a_document(real_site: Project, tmp_path: Path) -> None:
    """The page of an entity with a dossier is printed on demand."""
    assert main(["--root", str(real_site.root), "pdf", "countries/canada", "--out", str(tmp_path)]) == 0
    path = tmp_path / "countries/canada.pdf"
    pages = pages_text(path)
    text = " ".join(pages)
    assert pages[0].startswith("Canada")
    assert "Carney" in text
    assert flat("We now have a turning point in the relationship") in text  # Carney's quote, as a Canadian's
    # source references are numbered in the text and listed as endnotes, one line per source
    assert re.search(r"· \[\d+\]; \[\d+\]", text)  # an event told by two sources
    notes = text.rsplit("Sources ", 1)[-1]  # the endnotes close the page
    assert re.match(r"[^\[]+: \[1\] ¶\d+, \[2\] ¶\d+", notes), notes[:200]
    titles = re.findall(r"(?:^|¶\d+ )([^\[¶]+): \[\d+\]", notes)
    assert len(titles) == len(set(titles)) > 1  # each source named once
    for chrome in CHROME:
        assert chrome not in text, chrome
    for number, page in enumerate(pages, 1):  # the footer, stamped when the document is joined
        assert f"Canada · generated on 1 January 2026 Page {number} of {len(pages)}" in page
    assert metadata(path).title == "Canada"
    assert str(metadata(path)["/CreationDate"]).startswith("D:20260101")


def test_canada_dossier_holds_what_concerns_canada_and_no_more(real_site: Project) -> None:
    """Issue 16: the bottom line, then for each briefing its summary, the paragraphs that name
    Canada with their numbers, and the quotes of Canadians; not the whole articles; at most 15 pages."""
    corpus, _ = Pipeline(real_site).check()
    pages = pages_text(real_site.site / "pdf/dossiers/canada.pdf")
    assert len(pages) <= 15, len(pages)
    unbroken = "".join("".join(pages).split())  # lines break anywhere in a paragraph
    registry = corpus.registry
    canada = registry.countries["canada"]
    forms = (canada.name, *canada.aliases)
    for article in corpus.articles:
        for number, paragraph in enumerate(article.seed.paragraphs, 1):
            printed = f"¶{number}" + "".join(paragraph.split()) in unbroken
            named = any(re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", paragraph) for form in forms)
            assert printed == named or not printed, (article.id, number)  # only paragraphs that name Canada
    assert "".join(["Carney", "departed", "for", "a", "visit", "to", "China", "on", "Tuesday"]) in unbroken
    assert "Quoted above: Mark Carney" in " ".join(pages)
    for chrome in CHROME:
        assert chrome not in " ".join(pages), chrome


def test_a_persons_dossier_prints_only_the_paragraphs_that_name_them(real_site: Project) -> None:
    corpus, _ = Pipeline(real_site).check()
    person = corpus.registry.people["michael-kovrig"]
    text = " ".join(pages_text(real_site.site / "pdf/dossiers/michael-kovrig.pdf"))
    paragraphs = re.findall(r"¶\d+ (.*?)(?= ¶\d+ | Quotes | Events | Figures | Sources |$)", text.split("Paragraphs "
                                                                                                       "that name")[-1])
    assert paragraphs
    for paragraph in paragraphs:
        assert any(form.split()[-1] in paragraph for form in (person.name, *person.aliases)), paragraph


def test_book_is_the_briefings_then_a_compact_reference_with_an_index_of_names(real_site: Project) -> None:
    path = real_site.site / "pdf/briefing-book.pdf"
    pages = pages_text(path)
    assert len(pages) <= 60, len(pages)
    assert pages[0].startswith("BRIEFINGS Briefing book")
    entries = contents(path)
    articles = [a for a in generated_pages(real_site) if a.startswith("articles/") and a != "articles/index.md"]
    titles = [t for t, _ in entries]
    assert titles[0] == "The bottom line"
    assert sorted(titles[1:1 + len(articles)]) == sorted(title_of(real_site, a) for a in articles)
    assert titles[1 + len(articles):] == ["Who and what", "Timeline", "Quotes by speaker", "Figures", "Discrepancies",
                                          "Index of names", "Index of sources"]
    for title, number in entries:
        assert pages[number - 1].startswith(title), f"contents say '{title}' is on page {number}"
    for number, page in enumerate(pages[1:], 2):
        assert f"Page {number} of {len(pages)}" in page
    text = " ".join(pages)
    # no entity page is reprinted whole: their lists are the site's, not the book's
    for heading in ("Briefings that mention", "Mentioned in the same briefings", "On this page"):
        assert heading not in text, heading


def test_every_entity_of_the_book_is_in_its_index_of_names_with_a_true_page(real_site: Project) -> None:
    corpus, _ = Pipeline(real_site).check()
    pages = pages_text(real_site.site / "pdf/briefing-book.pdf")
    start = next(i for i, p in enumerate(pages) if p.startswith("Index of names"))
    end = next(i for i, p in enumerate(pages) if p.startswith("Index of sources"))
    index = " ".join(pages[start:end])
    mentioned = {e for a in corpus.articles for s in ("countries", "people", "organisations", "topics")
                 for e in getattr(a.briefing, s)}
    for entity_id in sorted(mentioned):
        section = corpus.registry.section_of(entity_id)
        assert section
        entity = corpus.registry.section(section)[entity_id]
        found = re.search(rf"{re.escape(entity.name)}, (\d+)", index)
        assert found, entity.name
        assert entity.name in pages[int(found.group(1)) - 1], (entity.name, found.group(1))


def test_book_index_of_sources_lists_every_article_with_the_pages_citing_it(real_site: Project) -> None:
    pages = pages_text(real_site.site / "pdf/briefing-book.pdf")
    start = next(i for i, text in enumerate(pages) if text.startswith("Index of sources Every source article"))
    index = " ".join(pages[start:])
    articles = [p for p in generated_pages(real_site) if p.startswith("articles/") and p != "articles/index.md"]
    for article in articles:
        assert title_of(real_site, article) in index, article
    timeline_page = next(n for t, n in contents(real_site.site / "pdf/briefing-book.pdf") if t == "Timeline")
    assert f"Timeline, p. {timeline_page}" in index


def test_dossier_has_cover_contents_and_the_articles_that_concern_it(real_site: Project) -> None:
    path = real_site.site / "pdf/dossiers/canada.pdf"
    pages = pages_text(path)
    assert pages[0].startswith("DOSSIER Canada Country dossier")
    html_text = built_html(real_site, "countries/canada.md").read_text(encoding="utf-8")
    section = page_refs(html_text.split("Briefings that mention")[-1].split("<h2")[0])
    mentioned = [m.group(1) for m in map(re.compile(r"\.\./\.\./articles/([\w-]+)/$").match, section.refs) if m]
    assert mentioned
    entries = contents(path)
    assert [t for t, _ in entries] == ["Canada"] + [title_of(real_site, f"articles/{a}.md") for a in mentioned]
    for title, number in entries:  # the parts run on: each starts on the page the contents give
        assert title in pages[number - 1], (title, number)


def test_a_dossiers_parts_run_on_each_with_its_bookmark_where_the_contents_say(real_site: Project) -> None:
    """A dossier's briefings, a page or less each, run on rather than each opening a sheet left
    mostly blank; each keeps its bookmark, on the page its contents line gives."""
    shared = 0
    for path in sorted((real_site.site / "pdf/dossiers").glob("*.pdf")):
        entries = contents(path)
        reader = PdfReader(path)
        marks = [(item.title, (reader.get_destination_page_number(item) or 0) + 1) for item in reader.outline
                 if not isinstance(item, list)]
        assert marks == entries, path.name
        shared += len(entries) - len({page for _, page in entries})
    assert shared >= 10  # sections sharing a page with the one before


def test_dossiers_only_for_entities_in_two_briefings_others_on_demand(real_site: Project, tmp_path: Path) -> None:
    corpus, _ = Pipeline(real_site).check()
    printed = {p.stem for p in (real_site.site / "pdf/dossiers").glob("*.pdf")}
    counts: dict[str, int] = {}
    for article in corpus.articles:
        for section in ("countries", "people", "organisations", "topics"):
            for entity_id in getattr(article.briefing, section):
                counts[entity_id] = counts.get(entity_id, 0) + 1
    assert printed == {e for e, n in counts.items() if n >= 2}
    once = min(e for e, n in counts.items() if n == 1)
    assert main(["--root", str(real_site.root), "pdf", f"dossiers/{once}", "--out", str(tmp_path)]) == 0
    assert pages_text(tmp_path / "dossiers" / f"{once}.pdf")[0].startswith("DOSSIER")


def test_an_entity_in_one_briefing_offers_that_briefings_pdf_and_prints_its_own_on_demand(
        real_site: Project, tmp_path: Path) -> None:
    corpus, _ = Pipeline(real_site).check()
    briefings: dict[str, list[str]] = {}
    for article in corpus.articles:
        for entity_id in article.briefing.people:
            if corpus.registry.people[entity_id].kind != "leader":  # a leader's page is under leaders/
                briefings.setdefault(entity_id, []).append(article.id)
    once = min(e for e, found in briefings.items() if len(found) == 1)
    page = (real_site.generated / "people" / f"{once}.md").read_text(encoding="utf-8")
    assert f"[Its one briefing (PDF)](../pdf/articles/{briefings[once][0]}.pdf)" in page
    assert "Download PDF" not in page and "Dossier with its briefings" not in page
    assert (real_site.site / "pdf" / "articles" / f"{briefings[once][0]}.pdf").is_file()
    assert not (real_site.site / "pdf" / "people").exists()  # no person of the seeds has a page PDF printed
    assert main(["--root", str(real_site.root), "pdf", f"people/{once}", "--out", str(tmp_path)]) == 0
    assert pages_text(tmp_path / "people" / f"{once}.pdf")[0].startswith(corpus.registry.people[once].name)


def test_a_pair_page_prints_who_acted_on_whom(real_site: Project) -> None:
    text = " ".join(pages_text(real_site.site / "pdf/relations/canada-china.pdf"))
    assert text.startswith("Canada and China")
    assert "Canada → China: 5 statements, 3 policies, 2 tariffs, 2 visits, 1 meeting" in text
    assert "(by Canada): Canada arrests Huawei executive Meng Wanzhou" in text


# ---- the mini project: determinism, cache, errors ----------------------------------------------

def print_pdfs(project: Project, names: list[str] | None = None, fresh: bool = False) -> PrintReport:
    """Print the named documents (all if None) as `briefings pdf` does; the report points into the cache."""
    return Pipeline(project, Options(fresh=fresh)).print_named(names, project.root / "printed").printed


def test_pdfs_are_byte_identical_when_rendered_again(mini: Project) -> None:
    first = print_pdfs(mini, ["countries/freedonia", "book"])
    before = {name: path.read_bytes() for name, path in first.files.items()}
    again = print_pdfs(mini, ["countries/freedonia", "book"], fresh=True)
    assert sorted(again.assembled) == ["briefing-book", "countries/freedonia"]
    assert {"countries/freedonia.md", "print/names.md", "briefing-book (cover and contents)"} <= set(again.typeset)
    assert {name: path.read_bytes() for name, path in again.files.items()} == before


def test_only_the_chapters_whose_content_changed_are_typeset_again(mini: Project) -> None:
    """Issue 16: a chapter (a page, a dossier's briefing) is typeset once and reused by every
    document that prints it; an edit typesets only the chapters it changes, and every document
    holding one is joined again."""
    build(mini)
    path = mini.briefings / "harbour-deal.yaml"
    path.write_text(path.read_text().replace("ended a dispute over fishing rights", "ended a long fishing dispute"))
    cache = mini.work / "pdf-cache"
    stray = [cache / ".documents.json.1.tmp", cache / "chapters" / "stray.pdf", cache / "converted" / "stray.json"]
    for file in stray:
        file.write_text("left by a run that was cut short")
    converted_before = set((cache / "converted").iterdir())
    report = print_pdfs(mini)
    # the summary is printed on the article page and each dossier's part for this briefing (What's new,
    # which shows it too, has no PDF); a dossier's parts run on, so the run holding it is typeset again
    dossiers = ["freedonia", "sylvania", "luis-trentino", "harbour-council", "fisheries", "tariffs"]
    runs = {entity: [label for label in report.typeset if f"print/dossiers/{entity}/harbour-deal.md" in
                     label.split(" + ")] for entity in dossiers}
    assert all(len(found) == 1 for found in runs.values()), runs
    assert set(report.typeset) == {"articles/harbour-deal.md", *(found[0] for found in runs.values())}
    assert set(report.assembled) == {"articles/harbour-deal", "briefing-book",
                                     *(f"dossiers/{entity}" for entity in dossiers)}
    assert "long fishing dispute" in " ".join(pages_text(report.files["pdf/articles/harbour-deal.pdf"]))
    assert "long fishing dispute" in " ".join(pages_text(report.files["pdf/briefing-book.pdf"]))  # the same part
    # pruned: the old PDFs and conversions of what changed, and whatever no PDF is made of, are gone
    assert set((cache / "documents").iterdir()) == set(report.files.values())
    kept = json.loads((cache / "documents.json").read_text())
    assert {p.name for p in (cache / "chapters").iterdir()} == \
        {f"{key}{suffix}" for entry in kept.values() for key in entry["chapters"] for suffix in (".pdf", ".json")}
    converted = set((cache / "converted").iterdir())
    assert len(converted - converted_before) == 7  # the article's page and the six dossiers' parts for it
    assert len(converted_before - converted) == 8  # their last conversions, and the stray
    assert not any(file.exists() for file in stray)


def test_a_document_printed_before_counts_from_its_last_contents_and_prints_as_a_fresh_print(mini: Project) -> None:
    """A new title changes the contents of every dossier printing the briefing: their numbers are
    worked out from the pages the contents took last time, so the contents are typeset once, with
    their numbers (never with placeholders first), and each PDF is the one a fresh print makes."""
    from generator.printing import manifest
    from generator.printing.compose import PLACEHOLDER

    build(mini)
    path = mini.briefings / "harbour-deal.yaml"
    path.write_text(path.read_text().replace("title: Firefly and Trentino settle fishing dispute",
                                             "title: Firefly and Trentino end the fishing dispute"))
    report = print_pdfs(mini)
    assert "dossiers/freedonia" in report.assembled
    cache = mini.work / "pdf-cache"
    record = manifest.load(cache / "documents.json")["dossiers/freedonia"]
    fronts = [text for key in record.chapters for text in pages_text(cache / "chapters" / f"{key}.pdf")
              if "Contents" in text]
    assert len(fronts) == record.front == 1 and f" {PLACEHOLDER}" not in fronts[0]
    assert "Firefly and Trentino end the fishing dispute" in fronts[0]
    incremental = {name: file.read_bytes() for name, file in report.files.items()}
    fresh = print_pdfs(mini, fresh=True)
    assert {name: file.read_bytes() for name, file in fresh.files.items()} == incremental


def _conversions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The pages converted to print HTML from now on, in order."""
    from generator.printing import print_html

    converted: list[str] = []
    real = print_html.PrintConverter.convert

    def convert(self: print_html.PrintConverter, path: str, text: str) -> list[print_html.PrintedPage]:
        converted.append(path)
        return real(self, path, text)

    monkeypatch.setattr(print_html.PrintConverter, "convert", convert)
    return converted


def test_an_unchanged_document_is_not_composed_again_and_a_cited_title_changes_it(
        mini: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """The record of what each PDF was made from (issue 16): with nothing changed no page is
    even converted to print HTML; a new title of a cited article reaches the endnotes citing it."""
    build(mini)
    converted = _conversions(monkeypatch)
    again = print_pdfs(mini)
    assert converted == [] and again.assembled == [] and not again.typeset
    path = mini.briefings / "harbour-deal.yaml"
    path.write_text(path.read_text().replace("title: Firefly and Trentino settle fishing dispute",
                                             "title: Firefly and Trentino end the fishing dispute"))
    report = print_pdfs(mini)
    assert "relations/freedonia-sylvania" in report.assembled
    assert "Firefly and Trentino end the fishing dispute:" in " ".join(
        pages_text(report.files["pdf/relations/freedonia-sylvania.pdf"]))  # the endnotes name the source anew


def test_a_document_composed_again_converts_only_its_changed_pages(
        mini: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """A dossier that an edited briefing changes is composed again from all its pages, but only the
    changed page is converted to print HTML again: the others are read back from the cache, and
    the PDF is the one a fresh print makes."""
    build(mini)
    converted = _conversions(monkeypatch)
    path = mini.briefings / "harbour-deal.yaml"
    path.write_text(path.read_text().replace("ended a dispute over fishing rights", "ended a long fishing dispute"))
    report = print_pdfs(mini)
    assert "dossiers/freedonia" in report.assembled
    dossier = [p for p in converted if p.startswith("print/dossiers/freedonia/")]  # not its other briefings
    assert dossier == ["print/dossiers/freedonia/harbour-deal.md"]
    assert len(converted) == len(set(converted))
    incremental = {name: file.read_bytes() for name, file in report.files.items()}
    assert {name: file.read_bytes() for name, file in print_pdfs(mini, fresh=True).files.items()} == incremental


def test_the_date_is_the_only_thing_that_varies(mini: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    before = print_pdfs(mini, ["countries/freedonia", "dossiers/freedonia"]).files
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(1767225600 + 86400 * 40))
    report = print_pdfs(mini, ["countries/freedonia", "dossiers/freedonia"])
    assert set(report.typeset) == {"dossiers/freedonia (cover and contents)"}  # the date is on covers and footers
    first, later = before["pdf/countries/freedonia.pdf"], report.files["pdf/countries/freedonia.pdf"]
    assert later != first
    assert pages_text(first)[0].replace("1 January 2026", "10 February 2026") == pages_text(later)[0]
    assert str(metadata(later)["/CreationDate"]).startswith("D:20260210")


def test_generation_date_is_today_unless_source_date_epoch_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import datetime

    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    before = datetime.now(UTC).date()
    assert generation_date() in {before, datetime.now(UTC).date()}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    assert generation_date().isoformat() == "2026-01-01"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "next tuesday")
    with pytest.raises(BriefingsError, match="SOURCE_DATE_EPOCH"):
        generation_date()


def test_injected_markup_is_text_in_the_pdf(mini: Project) -> None:
    path = mini.briefings / "harbour-deal.yaml"
    path.write_text(path.read_text().replace(
        "summary: The leaders of Freedonia and Sylvania ended a dispute over fishing rights; "
        "Sylvania lowered a tariff.",
        "summary: 'Hello <img src=\"https://example.com/x.png\"> [x](https://example.com) <b>bold</b>'"))
    report = print_pdfs(mini, ["articles/harbour-deal"])
    text = " ".join(pages_text(report.files["pdf/articles/harbour-deal.pdf"]))
    assert 'Hello <img src="https://example.com/x.png"> [x](https://example.com) <b>bold</b>' in text


def test_cli_prints_named_pages_into_a_folder(mini: Project, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["--root", str(mini.root), "pdf", "countries/freedonia", "dossiers/freedonia", "book",
                 "--out", str(out)]) == 0
    for name in ("countries/freedonia.pdf", "dossiers/freedonia.pdf", "briefing-book.pdf"):
        assert (out / name).read_bytes()[:5] == b"%PDF-"
    assert re.search(r"printed 3 PDFs, \d+ pages, in [\d.]+ s: \d+ chapters typeset .* 3 joined",
                     capsys.readouterr().out)
    assert main(["--root", str(mini.root), "pdf", "countries/fredonia"]) == 1
    assert "did you mean 'countries/freedonia'?" in capsys.readouterr().err
    assert not mini.site.exists()  # printing named pages never builds or touches the site


def links(path: Path) -> list[tuple[int, int]]:
    """(page it is on, page it leads to) of every link of a PDF, counted from 1."""
    reader = PdfReader(path)
    number = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages, 1)
              if page.indirect_reference is not None}
    found = []
    for n, page in enumerate(reader.pages, 1):
        for annotation in page.get("/Annots", []) if "/Annots" in page else []:
            dest = annotation.get_object()["/Dest"]
            found.append((n, number[dest[0].idnum]))
    return found


def test_joined_documents_link_their_contents_notes_and_references_and_have_bookmarks(real_site: Project) -> None:
    """Chapters are typeset without links; joining adds one for every reference to a place the
    document prints: each contents line, each note, each page reference."""
    book = real_site.site / "pdf/briefing-book.pdf"
    entries = contents(book)
    assert sorted({to for at, to in links(book) if at == 1}) == sorted({page for _, page in entries})
    assert [item.title for item in PdfReader(book).outline if not isinstance(item, list)] == [t for t, _ in entries]
    names = next(page for title, page in entries if title == "Index of names")
    assert len([1 for at, _ in links(book) if at == names]) > 20  # each name leads to its entry
    pair = real_site.site / "pdf/relations/canada-china.pdf"
    pages = pages_text(pair)
    notes = [n for n, text in enumerate(pages, 1) if "Sources " in text][-1]
    assert any(to == notes for at, to in links(pair) if at < notes)  # a note reference leads to the notes


def test_the_print_record_reads_back_as_written_and_every_field_of_a_document_keys_it(tmp_path: Path) -> None:
    """``manifest.save`` names each field itself and ``keys`` hashes a document's ``repr``: a field
    left out of either would reuse a PDF made for another document."""
    from dataclasses import fields, replace

    from generator.printing import manifest
    from generator.printing.documents import Document

    entry = manifest.Printed("k", "documents/a.pdf", 3, ("c1", "c2"), {"articles/a.md": "# A"}, 2)
    manifest.save(tmp_path / "documents.json", {"dossiers/a": entry})
    assert manifest.load(tmp_path / "documents.json") == {"dossiers/a": entry}
    assert set(json.loads((tmp_path / "documents.json").read_text())["dossiers/a"]) == \
        {f.name for f in fields(manifest.Printed)}
    doc = Document("dossiers/a", "dossier", ("print/dossiers/a.md",), "A", "Dossier", ("s.md",), "a.md", ("b.md",))
    digests = {"print/dossiers/a.md": "d"}
    day = generation_date()
    [key] = manifest.keys([doc], digests, day, 5).values()
    for field in fields(Document):
        value = getattr(doc, field.name)
        other: Any = (not value if isinstance(value, bool) else
                 (*value, "x") if isinstance(value, tuple) else f"{value}x")
        if field.name == "pages":
            continue  # its pages' digests are keyed anyway
        assert [*manifest.keys([replace(doc, **{field.name: other})], digests, day, 5).values()] != [key], field.name
