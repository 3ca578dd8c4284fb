"""`briefings new` against the extraction corpus (issue 14, item 5): short articles written
for the tests, each with the entities, quotes, figures and dates a careful curator would extract.

Every article is drafted once, with an empty registry (the `drafted` fixture). The scoring test
prints the table (shown with `-s` or `-rA`, and on failure) and fails while any metric is below its target in
`tests/extraction/score.py`. `python -m tests.extraction.score --details` lists what was missed.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from generator.authoring.draft import write_draft
from generator.corpus.check import check_project, load_registry
from generator.corpus.seeds import split_paragraphs
from generator.project import Project
from tests.extraction.gold import load_gold
from tests.extraction.score import ARTICLES, EXPECTED, Report, draft_corpus, score_draft, scratch_project

ARTICLE_PATHS = sorted(ARTICLES.glob("*.txt"))


def test_every_article_has_its_gold_and_the_corpus_is_big_enough() -> None:
    assert len(ARTICLE_PATHS) >= 14
    assert sorted(p.stem for p in EXPECTED.glob("*.yaml")) == [p.stem for p in ARTICLE_PATHS]


@pytest.mark.parametrize("article", ARTICLE_PATHS, ids=lambda p: p.stem)
def test_gold_is_verbatim_and_complete(article: Path) -> None:
    """Every quote, figure and date is in its stated paragraph, every speaker is an entity, every
    entity is named in the text (load_gold raises with all problems), and the article is short."""
    text = article.read_text(encoding="utf-8")
    assert 250 <= len(text.split()) <= 600, f"{article.name}: {len(text.split())} words"
    gold = load_gold(EXPECTED / f"{article.stem}.yaml", split_paragraphs(text))
    assert gold.entities and gold.quotes and gold.figures and gold.dates


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, dict[str, dict[str, Any]]]:
    """Every article drafted once, with an empty registry, and its draft written as `new` writes it:
    both tests below read the same drafts."""
    project = scratch_project(tmp_path_factory.mktemp("extraction"), "empty")
    project.briefings.mkdir(parents=True, exist_ok=True)
    briefings = draft_corpus(project, ARTICLE_PATHS)
    ids = Counter(briefing["id"] for briefing in briefings.values())
    assert max(ids.values()) == 1, f"two articles of the corpus drafted under one id: {ids.most_common(3)}"
    for briefing in briefings.values():
        write_draft(project.briefings / f"{briefing['id']}.yaml", briefing)
    return project, briefings


def test_drafts_meet_the_extraction_targets(drafted: tuple[Project, dict[str, dict[str, Any]]]) -> None:
    project, briefings = drafted
    registry, problems = load_registry(project)
    assert registry is not None and not problems
    report = Report("empty", tuple(score_draft(briefings[a.stem], registry, a, EXPECTED / f"{a.stem}.yaml")
                                   for a in ARTICLE_PATHS))
    print("\n" + report.table())
    below = report.below_targets()
    assert not below, ("below target: " + "; ".join(below)
                       + "\n(python -m tests.extraction.score --details lists every miss)")


def test_every_draft_passes_check_as_written(drafted: tuple[Project, dict[str, dict[str, Any]]]) -> None:
    """A curator starts from a draft `check --drafts` accepts: bounds as the seed words them
    ("more than 70%": over), dates backed by their wording or by how they were worked out."""
    project, _ = drafted
    corpus, problems = check_project(project, drafts=True)
    errors = [str(p) for p in problems if p.severity == "error"]
    assert corpus is not None and not errors, "\n".join(errors[:20])
