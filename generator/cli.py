"""The ``briefings`` command: thin subcommands over the pipeline; a bad input is a message, not a traceback."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.check import check_project
from generator.errors import BriefingsError, Problem
from generator.project import Project
from generator.registry import SECTIONS


def _report(problems: list[Problem]) -> None:
    for problem in sorted(problems):
        print(problem, file=sys.stderr)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    if problems:
        print(f"{errors} error(s), {warnings} warning(s)", file=sys.stderr)


def cmd_check(project: Project, args: argparse.Namespace) -> int:
    corpus, problems = check_project(project, drafts=args.drafts)
    _report(problems)
    if corpus is None:
        return 1
    entities = sum(len(corpus.registry.section(name)) for name in SECTIONS)
    print(f"ok: {len(corpus.articles)} briefing(s), {entities} entities")
    return 0


def cmd_generate(project: Project, args: argparse.Namespace) -> int:
    from generator.site import generate

    stats = generate(project, drafts=args.drafts)
    print(stats)
    return 0


def cmd_build(project: Project, args: argparse.Namespace) -> int:
    from generator.site import build

    print(build(project, drafts=args.drafts, site_url=args.site_url, offline=args.offline))
    return 0


def cmd_schema(project: Project, args: argparse.Namespace) -> int:
    from generator.schema import write_schemas

    for path in write_schemas(project.root / "schemas"):
        print(f"wrote {project.shown(path)}")
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="briefings", description=__doc__)
    top.add_argument("--root", type=Path, default=Path.cwd(), help="project folder (default: current folder)")
    sub = top.add_subparsers(dest="command", required=True)
    for name, func, text in (
        ("check", cmd_check, "validate registry, briefings and seeds; report every problem"),
        ("generate", cmd_generate, "check, then write the Markdown pages into docs/generated/"),
        ("build", cmd_build, "check, generate, then mkdocs build --strict into site/"),
        ("schema", cmd_schema, "write the JSON Schemas for editors into schemas/"),
    ):
        command = sub.add_parser(name, help=text, description=text)
        command.set_defaults(func=func)
        if name != "schema":
            command.add_argument("--drafts", action="store_true", help="include briefings with status: draft")
        if name == "build":
            command.add_argument("--site-url", metavar="URL", help="where the site will be served, e.g. "
                                 "https://example.org/briefings/ (default: $BRIEFINGS_SITE_URL, or none)")
            command.add_argument("--offline", action="store_true", help="build a site that works opened from "
                                 "file:// without a server (plain .html links, search index inlined)")
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    project = Project(args.root.resolve())
    try:
        return int(args.func(project, args))
    except BriefingsError as exc:
        _report(exc.problems)
        return 1
    except KeyboardInterrupt:
        print("interrupted: the last good docs/ and site/ are untouched", file=sys.stderr)
        return 130
