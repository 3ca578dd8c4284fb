"""A running preview makes again only the pages an edit can change (`generator/pages/reuse.py`):
after each kind of edit, the pages it keeps and the ones it makes must be exactly the pages a
generation from scratch gives, and it must keep most of them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.analysis.analyse import analyse
from generator.corpus.checked import Corpus
from generator.limits import Limits
from generator.pages.all_pages import all_pages
from generator.pages.print_parts import print_pages
from generator.pages.render import render
from generator.pages.reuse import Made, Reuse
from generator.project import Project
from generator.publish.pipeline import Pipeline
from generator.tools.synth import write_corpus
from tests.conftest import REPO, copy_project

Change = Callable[[dict[str, Any]], None]
Edit = Callable[[Project], None]
# Small limits, so entities, years and pairs run onto numbered pages that an edit can shift.
LIMITS = Limits(entity_items=3, year_items=4, unfolded=2, index_pairs=3)


def _on(briefing: str, change: Change) -> Edit:
    """An edit of one briefing's data."""
    def edit(project: Project) -> None:
        path = project.briefings / f"{briefing}.yaml"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return edit


def _generation(corpus: Corpus, last: Made | None) -> tuple[dict[str, str], Made, set[str]]:
    """Every page rendered, the dossiers' too, by path; what was made; and the paths of the pages made again."""
    reuse = Reuse(last, corpus, LIMITS)
    analysis = analyse(corpus, LIMITS)
    pages = all_pages(analysis, LIMITS, reuse) + print_pages(analysis, LIMITS, reuse=reuse)  # with the dossiers
    kept = {id(page) for made in (last.pages.values() if last else ()) for page in made}
    return {page.path: render(page) for page in pages}, reuse.made, {p.path for p in pages if id(p) not in kept}


def _same_as_from_scratch(project: Project, edits: list[tuple[str, Edit]]) -> dict[str, tuple[set[str], int]]:
    """Each edit in turn, the pages generated on the last generation compared with pages
    generated from scratch; the pages made again and the number of pages, by edit."""
    pipeline = Pipeline(project)
    _, made, _ = _generation(pipeline.check()[0], None)
    counts = {}
    for name, edit in edits:
        edit(project)
        corpus = pipeline.check()[0]
        reused, made, remade = _generation(corpus, made)
        fresh, _, _ = _generation(corpus, None)
        assert list(reused) == list(fresh), name
        assert [path for path in fresh if reused[path] != fresh[path]] == [], name
        counts[name] = (remade, len(fresh))
    return counts


def _retitled(data: dict[str, Any]) -> None:
    data["title"] += " (updated)"


def _summary(data: dict[str, Any]) -> None:
    data["summary"] = "Edited. " + data["summary"]


def _redated(data: dict[str, Any]) -> None:
    data["published"]["date"] = "2026-01-20"
    data["published"]["basis"] = "page"


def _unkeyed(data: dict[str, Any]) -> None:
    """An event no longer merged with other briefings' reports of it."""
    for event in data["events"]:
        event.pop("key", None)


def _speaker_dropped(data: dict[str, Any]) -> None:
    quote = next(q for q in data["quotes"] if q.get("speaker"))
    quote["speaker"], quote["speaker_label"] = None, "an official"


def test_real_briefings_edited_give_the_pages_of_a_generation_from_scratch(tmp_path: Path) -> None:
    project = copy_project(REPO, tmp_path / "real")
    counts = _same_as_from_scratch(project, [
        ("summary", _on("carney-beijing-mission", _summary)),
        ("title cited by the registry", _on("carney-departs-for-china", _retitled)),
        ("date", _on("carney-xi-turning-point", _redated)),
        ("event keys", _on("canada-china-reset-cusp", _unkeyed)),
        ("speaker", _on("lee-jae-myung-china-state-visit", _speaker_dropped)),
    ])
    assert all(len(remade) < total for remade, total in counts.values())  # five briefings name most entities


@pytest.mark.parametrize("seed", [1, 2])
def test_synthetic_briefings_added_removed_and_edited(tmp_path: Path, seed: int) -> None:
    project = write_corpus(tmp_path / "synth", 40, seed)
    files = sorted(project.briefings.glob("*.yaml"))
    held = {path: path.read_text(encoding="utf-8") for path in files}
    cited = yaml.safe_load(held[files[9]])
    _cite_in_registry(project, cited)
    files[-1].unlink()

    def meeting(data: dict[str, Any]) -> None:  # its meeting now merged with the first briefing's
        event = next(e for e in data["events"] if e.get("participants"))
        event["key"], event["discrepancy"] = "summit", "the reports differ on its date"

    # Two briefings report one position; the earlier one's subject is the comparison's, and only it names it.
    data = {path: yaml.safe_load(text) for path, text in held.items() if path in files[12:-1]}
    earlier, later = next((b, a) for a in data for b in data if data[b]["published"]["date"] <
                          data[a]["published"]["date"] and data[b]["topics"][0] not in _named(data[a]))

    def position(subject: str, held: str) -> Change:
        def change(briefing: dict[str, Any]) -> None:
            briefing["claims"] = [{"key": "stance", "subject": subject, "position": held, "text": "to discuss",
                                   "paragraph": 1}]
        return change

    counts = _same_as_from_scratch(project, [
        ("summary", _on(files[3].stem, _summary)),
        ("position", _on(earlier.stem, position(data[earlier]["topics"][0], "worth talks"))),
        ("position shared", _on(later.stem, position(data[later]["topics"][0], "not worth talks"))),
        ("meeting keyed", _on(files[0].stem, meeting)),
        ("meeting merged", _on(files[5].stem, meeting)),
        ("event keys", _on(files[7].stem, _unkeyed)),
        ("title cited by the registry", _on(files[9].stem, _retitled)),
        ("speaker", _on(files[11].stem, _speaker_dropped)),
        ("added", lambda _: _write(files[-1], held[files[-1]])),
        ("removed", lambda _: files[2].unlink()),
        ("added back", lambda _: _write(files[2], held[files[2]])),
    ])
    assert all(len(remade) < total for remade, total in counts.values())
    # A summary edited: of the briefings' pages only its own, of the entities' only those it names.
    remade, _ = counts["summary"]
    assert {p for p in remade if p.startswith("articles/article-")} == {f"articles/{files[3].stem}.md"}
    named = _named(yaml.safe_load(held[files[3]]))
    assert any(p.startswith(("topics/", "people/", "leaders/")) for p in remade)
    assert {p.split("/")[1].removesuffix(".md") for p in remade if p.startswith(("topics/", "people/", "leaders/"))
            and not p.endswith("index.md")} <= named
    # Of the years of quotes and of sources, only its own year's pages (a year runs over parts: 2026-2.md).
    year = str(yaml.safe_load(held[files[3]])["published"]["date"])[:4]
    yearly = {p for p in remade if p.startswith(("quotes/", "sources/"))}
    assert yearly and {p.split("/")[1][:4] for p in yearly} == {year}


def _named(briefing: dict[str, Any]) -> set[str]:
    return {i for key in ("countries", "people", "organisations", "topics") for i in briefing[key]}


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def _cite_in_registry(project: Project, briefing: dict[str, Any]) -> None:
    """A topic the briefing does not name gets a brief that cites it."""
    path = project.registry / "entities.yaml"
    registry = yaml.safe_load(path.read_text(encoding="utf-8"))
    topic = next(t for t in registry["topics"] if t["id"] not in briefing["topics"])
    topic["brief"] = {"text": "Leaders met.", "sources": [{"briefing": briefing["id"], "paragraphs": [1]}]}
    path.write_text(yaml.safe_dump(registry, sort_keys=False, allow_unicode=True), encoding="utf-8")
