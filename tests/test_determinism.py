"""Builds are reproducible across processes: runs under different PYTHONHASHSEED values, so that
every set and dict keyed by strings iterates in another order, write the same bytes.

A build repeated inside one process cannot show this (the order of a set of strings is fixed for
the life of a process), so each build here is ``python -m generator`` in a process of its own.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from generator.project import Project
from tests.conftest import cli, copy_mini, copy_with_pdf_cache, tree

HASH_SEEDS = (1, 2)  # pytest's own process, which builds real_site, runs under a random one
# Real documents typeset afresh in each process: a page, a dossier of two briefings (cover,
# contents, endnotes; 12 pages) and the home page (with its pairs of countries). The
# book takes a minute: its typesetting across processes is checked on the mini project.
TYPESET_AGAIN = ("relations/canada-china", "dossiers/li-qiang", "index")


def differing(first: dict[str, bytes], second: dict[str, bytes]) -> list[str]:
    """The paths that one tree lacks or holds with other bytes."""
    return sorted(path for path in first.keys() | second.keys() if first.get(path) != second.get(path))


Run = tuple[Project, tuple[tuple[str, ...], ...], int]  # a project, its commands in order, a hash seed


def in_parallel(*runs: Run) -> None:
    """Each run's commands, one after the other, each in a process of its own under the run's
    hash seed; the runs at the same time (each works in its own project)."""

    def commands(run: Run) -> None:
        project, command_lines, seed = run
        for args in command_lines:
            cli(project, *args, hash_seed=seed)

    with ThreadPoolExecutor(len(runs)) as pool:
        for future in [pool.submit(commands, run) for run in runs]:
            future.result()


def test_the_real_site_is_byte_identical_across_processes(real_site: Project, tmp_path: Path) -> None:
    """The real briefings built in two more processes, compared with each other and with
    real_site: docs/generated, then site/ with its PDFs. The builds start with real_site's PDF
    cache, keyed by each document's whole print HTML, so a document whose print HTML changed with
    the process would be typeset again and differ here; a few documents are then typeset afresh
    in each process and compared with real_site's."""
    projects = [copy_with_pdf_cache(real_site, tmp_path / f"hash-seed-{seed}") for seed in HASH_SEEDS]
    in_parallel(*((project, (("build",), ("pdf", *TYPESET_AGAIN, "--fresh", "--out", str(project.root / "typeset"))),
                   seed) for project, seed in zip(projects, HASH_SEEDS, strict=True)))
    generated, site = tree(real_site.generated), tree(real_site.site)
    assert len(generated) > 100 and any(path.endswith(".pdf") for path in site)
    for project in projects:
        assert differing(tree(project.generated), generated) == []
        assert differing(tree(project.site), site) == []
        typeset = tree(project.root / "typeset")
        assert sorted(typeset) == sorted(f"{name}.pdf" for name in TYPESET_AGAIN)
        assert differing(typeset, {path: site[f"pdf/{path}"] for path in typeset}) == []


def test_the_mini_site_and_every_pdf_are_byte_identical_across_processes(tmp_path: Path) -> None:
    """The mini project built from nothing in two processes: every PDF typeset in each, the book
    and the dossiers included, and docs/generated and site/ compared byte for byte."""
    projects = [copy_mini(tmp_path / f"hash-seed-{seed}") for seed in HASH_SEEDS]
    in_parallel(*((project, (("build",),), seed) for project, seed in zip(projects, HASH_SEEDS, strict=True)))
    first, second = projects
    assert any(path.endswith("briefing-book.pdf") for path in tree(first.site))
    assert differing(tree(first.generated), tree(second.generated)) == []
    assert differing(tree(first.site), tree(second.site)) == []
