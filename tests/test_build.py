"""End to end: the real briefings through `mkdocs build --strict`, then the built pages read back."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlparse

import pytest
import yaml

from generator.project import Project
from generator.publish.pipeline import Options, build
from generator.publish.search_index import scratch
from tests.conftest import add_short_note, copy_with_pdf_cache, page_refs


@pytest.fixture
def mini(built_mini: Project, tmp_path: Path) -> Project:
    """In this module, the mini project starts with the PDF cache of a finished build: these tests
    are about building, swapping and recovering, and a first build then takes a second instead
    of typesetting 28 PDFs again. PDFs whose content changes are still typeset (test_pdf tests
    printing from an empty cache)."""
    return copy_with_pdf_cache(built_mini, tmp_path / "mini")


def page(project: Project, url: str) -> str:
    return (project.site / url / "index.html").read_text(encoding="utf-8")


def test_every_kind_of_page_is_built(real_site: Project) -> None:
    for url in ("", "articles", "countries", "leaders", "people", "organisations", "topics",
                "countries/canada", "leaders/mark-carney", "people/michael-kovrig", "topics/canola-and-agriculture",
                "articles/carney-xi-turning-point"):
        assert (real_site.site / url / "index.html").is_file(), url


def test_canada_links_to_carney_and_to_every_article_that_mentions_it(real_site: Project) -> None:
    refs = page_refs(real_site.site / "countries/canada/index.html").refs
    assert "../../leaders/mark-carney/" in refs
    for yaml_file in sorted(real_site.briefings.glob("*.yaml")):
        text = yaml_file.read_text(encoding="utf-8")
        if (re.search(r"^countries:.*\bcanada\b", text, re.M)
                or re.search(r"^countries:\n(  - .*\n)*  - canada\n", text, re.M)):
            assert f"../../articles/{yaml_file.stem}/" in refs, yaml_file.stem


def test_carney_page_shows_the_turning_point_quote_linked_to_its_paragraph(real_site: Project) -> None:
    html = page(real_site, "leaders/mark-carney")
    assert "We now have a turning point in the relationship" in html
    match = next(filter(None, map(re.compile(r"\.\./\.\./articles/carney-xi-turning-point/#(p\d+)$").match,
                                  page_refs(html).refs)), None)
    assert match, "no paragraph link to the turning-point article"
    target = page_refs(real_site.site / "articles/carney-xi-turning-point/index.html")
    assert match.group(1) in target.ids


def test_every_internal_link_and_anchor_resolves(real_site: Project) -> None:
    site = real_site.site
    pages = sorted(site.rglob("*.html"))
    ids = {p: page_refs(p).ids for p in pages}
    broken = []
    for path in pages:
        base = "file://" + path.as_posix()
        for href in page_refs(path).refs:
            if href.startswith(("http:", "https:", "mailto:", "javascript:")):
                continue
            if href.startswith("/"):  # only 404.html: MkDocs makes its links root-absolute
                href = site.as_uri() + href
            target = urlparse(urljoin(base, href))
            file = Path(unquote(target.path))
            if file.is_dir() or not file.suffix:
                file = file / "index.html"
            if not file.exists():
                broken.append(f"{path.relative_to(site)} → {href}")
            elif (target.fragment and file.suffix == ".html"
                  and target.fragment not in ids.get(file, page_refs(file).ids)):
                broken.append(f"{path.relative_to(site)} → {href} (no anchor)")
    assert broken == []


def test_no_third_party_requests_in_the_built_pages(real_site: Project) -> None:
    for path in real_site.site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert not re.search(r'<(script|link|img)[^>]+(src|href)="https?://', html), path
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html


def test_the_search_indexes_every_briefing_and_entity_page_and_no_list(real_site: Project) -> None:
    """One record per briefing, entity and pair of countries; index, list and numbered pages have
    none, so a search lands on what they list (generator/pages/search_meta.py)."""
    import json

    records = {p.relative_to(real_site.work / "search-records").as_posix()
               for p in (real_site.work / "search-records").rglob("*.html")}
    pages = {p.relative_to(real_site.generated).as_posix() for p in real_site.generated.rglob("*.md")}
    searchable = {p for p in pages if p.split("/")[0] in
                  ("articles", "countries", "leaders", "people", "organisations", "topics", "relations")
                  and not p.endswith("index.md") and "/page-" not in p}
    assert records == {p.removesuffix(".md") + "/index.html" for p in searchable}
    assert {"countries/canada/index.html", "articles/carney-xi-turning-point/index.html"} <= records
    entry = json.loads((real_site.site / "pagefind/pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["en"]["page_count"] == len(records)


def test_a_briefing_is_found_by_its_summary_not_by_its_source_text_or_chrome(real_site: Project) -> None:
    record = (real_site.work / "search-records/articles/carney-xi-turning-point/index.html").read_text()
    assert "Gyeongju" in record  # its summary
    assert "Download PDF" not in record and "Source file" not in record
    assert "The two leaders spoke privately" not in record  # ¶7 of its source text


def test_rebuild_with_nothing_changed_touches_no_file(real_site: Project) -> None:
    """A second build in the same process writes the same bytes and leaves every generated file
    untouched (same mtime); that builds agree across processes is test_determinism's."""
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in real_site.generated.rglob("*") if p.is_file()}
    site_before = {p: p.read_bytes() for p in real_site.site.rglob("*") if p.is_file()}
    build(real_site)
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in real_site.generated.rglob("*") if p.is_file()}
    assert after == before
    assert {p: p.read_bytes() for p in real_site.site.rglob("*") if p.is_file()} == site_before


def test_failed_build_leaves_docs_and_site_as_they_were(mini: Project) -> None:
    build(mini)
    snapshot = {p: p.read_bytes() for root in (mini.generated, mini.site) for p in root.rglob("*") if p.is_file()}
    bad = mini.pages / "curating.md"
    bad.write_text("# About\n\n[broken](articles/nowhere.md)\n")
    from generator.errors import BriefingsError

    with pytest.raises(BriefingsError, match=r"nowhere\.md"):
        build(mini)
    now = {p: p.read_bytes() for root in (mini.generated, mini.site) for p in root.rglob("*") if p.is_file()}
    assert now == snapshot


def test_mkdocs_starts_loading_once_the_corpus_is_checked_and_not_for_a_failed_check(
        mini: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """MkDocs loads on the other core while the pages are made, not beside the check, which it
    slowed by a third; a check that fails starts no MkDocs at all."""
    from generator.errors import BriefingsError
    from generator.publish.mkdocs_run import MkDocs
    from generator.publish.pipeline import Pipeline

    build(mini)
    events: list[str] = []
    check, start = Pipeline.check, MkDocs.start

    def checked(self: Pipeline) -> Any:
        outcome = check(self)
        events.append("checked")
        return outcome

    def started(self: MkDocs) -> None:
        events.append("mkdocs")
        start(self)

    monkeypatch.setattr(Pipeline, "check", checked)
    monkeypatch.setattr(MkDocs, "start", started)
    add_short_note(mini)
    assert build(mini).rebuilt is not None  # incremental: MkDocs made ready ahead
    assert events[:2] == ["checked", "mkdocs"]
    events.clear()
    briefing = next(mini.briefings.glob("*.yaml"))
    briefing.write_text(briefing.read_text(encoding="utf-8") + "\nstatus: [unclosed\n", encoding="utf-8")
    with pytest.raises(BriefingsError):
        build(mini)
    assert events == []


def test_the_theme_is_compiled_once_and_an_edited_template_is_compiled_again(mini: Project) -> None:
    """MkDocs keeps the compiled theme templates in .build/ (briefings-template-cache), and an
    edit to an override template still reaches every page: the cache is checked against the source."""
    build(mini, Options(pdfs=False))
    compiled = mini.work / "templates-compiled"
    assert len(list(compiled.glob("*.cache"))) >= 10  # Material's base, partials, and our overrides
    home = mini.site / "index.html"
    assert "briefings-edited" not in home.read_text(encoding="utf-8")
    main = mini.root / "overrides" / "main.html"
    main.write_text(main.read_text(encoding="utf-8").replace(
        "{% block extrahead %}", '{% block extrahead %}\n  <meta name="briefings-edited" content="yes">'),
        encoding="utf-8")
    build(mini, Options(pdfs=False))
    assert "briefings-edited" in home.read_text(encoding="utf-8")


def test_the_page_templates_compiled_by_one_build_are_read_back_by_the_next(mini: Project,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The page templates' compiled code is kept beside the theme's: a new process reads it back
    instead of compiling them (an edited one is compiled again: test_preview)."""
    from jinja2 import Environment

    from generator.pages import render

    render.environment.cache_clear()  # as in a new process: no template compiled yet
    build(mini, Options(pdfs=False))
    pages = {p: p.read_bytes() for p in mini.generated.rglob("*.md")}
    render.environment.cache_clear()

    def no_compiling(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a page template was compiled again")

    monkeypatch.setattr(Environment, "compile", no_compiling)
    try:
        build(mini, Options(pdfs=False, fresh=True))  # every page rendered again, none remembered
    finally:
        render.environment.cache_clear()
    assert {p: p.read_bytes() for p in mini.generated.rglob("*.md")} == pages


def test_stale_generated_pages_are_removed(mini: Project) -> None:
    build(mini)
    assert (mini.site / "articles/fish-tariff-row/index.html").exists()
    (mini.briefings / "fish-tariff-row.yaml").unlink()
    build(mini)
    assert not (mini.generated / "articles/fish-tariff-row.md").exists()
    assert not (mini.site / "articles/fish-tariff-row").exists()


@pytest.mark.parametrize("delay", [0.2, 0.6, 1.0, 1.4])
def test_killed_build_leaves_the_last_good_site(mini: Project, delay: float) -> None:
    import signal
    import subprocess
    import sys
    import time

    build(mini)
    old = {p.relative_to(mini.site): p.read_bytes() for p in mini.site.rglob("*") if p.is_file()}
    path = mini.briefings / "harbour-deal.yaml"
    path.write_text(path.read_text().replace("title: Firefly and Trentino settle", "title: Firefly and Trentino end"))
    process = subprocess.Popen([sys.executable, "-m", "generator", "--root", str(mini.root), "build"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(delay)
    if process.poll() is None:
        import os

        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    wait_until_dead(process.pid)
    from generator.publish.staging import recover

    recover(mini.site)  # what the next run does first
    now = {p.relative_to(mini.site): p.read_bytes() for p in mini.site.rglob("*") if p.is_file()}
    title = (mini.site / "articles/harbour-deal/index.html").read_text()
    assert now == old or "Firefly and Trentino end" in title  # the old site whole, or the new one whole
    build(mini)
    assert "Firefly and Trentino end" in (mini.site / "articles/harbour-deal/index.html").read_text()


def wait_until_dead(group: int, timeout: float = 30.0) -> None:
    """Until no process of the group is alive. SIGKILL reaches a build's workers (the typesetting
    processes it forked) with the build, but each dies in its own time, and until then it holds the
    files it had open, the build lock among them; a zombie (dead, not yet reaped) holds nothing."""
    import time

    def alive() -> bool:
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()  # after "pid (command)"
            except (OSError, IndexError):
                continue  # gone meanwhile
            if int(fields[2]) == group and fields[0] not in ("Z", "X"):
                return True
        return False

    deadline = time.monotonic() + timeout
    while alive():
        assert time.monotonic() < deadline, f"processes of the killed build (group {group}) still alive"
        time.sleep(0.05)


def test_incremental_build_equals_a_full_build_file_by_file(mini: Project, tmp_path: Path) -> None:
    assert build(mini).rebuilt is None
    add_short_note(mini)
    (mini.briefings / "fish-tariff-row.yaml").unlink()
    assert build(mini).rebuilt is not None
    reference = copy_with_pdf_cache(mini, tmp_path / "reference")
    build(reference, Options(full=True))
    mine = {p.relative_to(mini.site).as_posix(): p.read_bytes() for p in mini.site.rglob("*") if p.is_file()}
    full = {p.relative_to(reference.site).as_posix(): p.read_bytes() for p in reference.site.rglob("*") if p.is_file()}
    assert sorted(mine) == sorted(full)
    assert [path for path in sorted(full) if mine[path] != full[path]] == []
    assert not (mini.site / "articles/fish-tariff-row").exists()
    # the PDFs, printed while MkDocs built the pages, are in docs/generated as a full build puts them
    mine = {p.relative_to(mini.generated).as_posix(): p.read_bytes() for p in mini.generated.rglob("*") if p.is_file()}
    full = {p.relative_to(reference.generated).as_posix(): p.read_bytes() for p in reference.generated.rglob("*")
            if p.is_file()}
    assert sorted(mine) == sorted(full) and [path for path in sorted(full) if mine[path] != full[path]] == []
    assert any(path.startswith("pdf/articles/short-note") for path in mine)


def test_the_search_index_links_what_the_last_site_held_and_leaves_no_scratch(mini: Project) -> None:
    """Pagefind writes in a scratch folder; its files are placed in the site linked to the last
    site's where the bytes are the same (most of them after an edit), copied where they differ."""
    build(mini)
    before = {p.relative_to(mini.site): (p.stat().st_ino, p.read_bytes()) for p in (mini.site / "pagefind").rglob("*")
              if p.is_file()}
    add_short_note(mini)
    assert build(mini).rebuilt is not None
    after = {p.relative_to(mini.site): (p.stat().st_ino, p.read_bytes()) for p in (mini.site / "pagefind").rglob("*")
             if p.is_file()}
    kept = [rel for rel in after if rel in before and after[rel][1] == before[rel][1]]
    assert len(kept) > len(after) / 2 and all(after[rel][0] == before[rel][0] for rel in kept)
    assert all(rel not in before or after[rel][0] != before[rel][0] for rel in after if rel not in kept)
    assert sorted(p.name for p in mini.work.iterdir() if "search" in p.name) == \
        ["search-records", "search-records.json"]
    assert not scratch(mini.work, mini.site / "pagefind").exists()  # its own: other tests' builds run beside it


def test_configuration_change_forces_a_full_build(mini: Project) -> None:
    build(mini)
    mini.config.write_text(mini.config.read_text().replace("site_name: Briefings", "site_name: Fish briefings"))
    assert build(mini).rebuilt is None
    assert "Fish briefings" in (mini.site / "people/vera-marcal/index.html").read_text()


def test_citations_are_compact_and_each_headline_is_in_the_running_text_once(real_site: Project) -> None:
    """Citations are "[n ¶p]" markers whose title names the briefing; each page lists its cited
    briefings once, under Sources, in the order of their numbers."""
    titles = [line.removeprefix("title: ").strip().strip("'\"") for path in real_site.briefings.glob("*.yaml")
              for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("title: ")]
    assert len(titles) == 5
    for url in ("countries/canada", "leaders/mark-carney", "timeline", "quotes", "figures", "discrepancies"):
        html = page(real_site, url)
        running, *rest = re.split(r"""id=["']?sources["']?[ >]""", html, maxsplit=1)
        assert rest, f"{url} has no list of sources"
        sources = rest[0]
        text = re.sub(r"<[^>]+>", "", running).replace("&#x27;", "'").replace("&rsquo;", "’")
        repeated = [t for t in titles if text.count(html_text(t)) > 1]
        assert repeated == [], f"{url} repeats {repeated}"
        markers = re.findall(r">\[(\d+) ¶\d+\]<", running)
        assert markers, url
        numbers = sorted({int(n) for n in markers})
        assert numbers == list(range(1, len(numbers) + 1)), url
        assert len(re.findall(r"<li>", sources.split("</ol>")[0])) == len(numbers), url


def html_text(title: str) -> str:
    """A title as the built page writes it (minified HTML escapes only what it must)."""
    return title.replace("&", "&amp;")


def test_a_fragment_quote_is_shown_in_the_sentence_that_gives_its_sense(real_site: Project) -> None:
    """Carney's "deep relationship" is the thing Ottawa would not seek: the page must say so."""
    text = re.sub(r"<[^>]+>", "", page(real_site, "countries/canada"))
    assert "Carney said Ottawa would not seek a “deep relationship” with Beijing" in text
    assert "<strong>deep relationship</strong>" in page(real_site, "leaders/mark-carney")


def test_the_curators_date_reasoning_is_behind_a_how_dated_note_not_in_the_text(real_site: Project) -> None:
    note = yaml.safe_load((real_site.briefings / "carney-xi-turning-point.yaml").read_text())["published"]["note"]
    html = page(real_site, "articles/carney-xi-turning-point")
    link = re.search(r"<a [^>]*class=\"?how-dated[^>]*>how dated</a>", html)
    title = re.search(r'title="([^"]*)"', link.group(0)) if link else None
    assert title and unescape(title.group(1)) == note
    assert unescape(re.sub(r"<[^>]+>", "", html)).count(note) == 0  # only in the tooltip
