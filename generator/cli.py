"""The ``briefings`` command: thin subcommands over the pipeline; a bad input is a message, not a traceback."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path
from typing import NoReturn

from generator.corpus.check import check_project
from generator.corpus.registry import SECTIONS
from generator.errors import BriefingsError, Problem
from generator.pages.markdown import counted
from generator.printing.documents import BOOK
from generator.printing.pdf import PrintReport
from generator.project import Project
from generator.publish.pipeline import Options, Pipeline
from generator.publish.products import Result


def _report(problems: list[Problem]) -> None:
    for problem in sorted(problems):
        print(problem, file=sys.stderr)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    if problems:
        print(f"{counted(errors, 'error')}, {counted(warnings, 'warning')}", file=sys.stderr)


def cmd_check(project: Project, args: argparse.Namespace) -> int:
    corpus, problems = check_project(project, drafts=args.drafts)
    _report(problems)
    if corpus is None:
        return 1
    entities = sum(len(corpus.registry.section(name)) for name in SECTIONS)
    print(f"ok: {counted(len(corpus.articles), 'briefing')}, {entities} entities")
    return 0


def _printed(report: PrintReport) -> str:
    pages = sum(report.pages.values())
    text = f"printed {counted(len(report.files), 'PDF')}, {counted(pages, 'page')}, in {report.seconds:.1f} s: "
    if report.typeset:
        typeset = sum(placement.pages for placement in report.typeset.values())
        cpu = sum(placement.seconds for placement in report.typeset.values())
        text += (f"{counted(len(report.typeset), 'chapter')} typeset ({counted(typeset, 'page')}, "
                 f"{cpu / typeset:.3f} s of one core a page), ")
    else:
        text += "no chapter typeset, "
    text += f"{len(report.assembled)} joined, {len(report.files) - len(report.assembled)} unchanged"
    if BOOK in report.pages:
        text += f"; the book: {report.pages[BOOK]} pages"
    return text


def _result(result: Result) -> str:
    _report(result.warnings)
    lines = [_printed(result.docs.printed)] if result.docs.printed else []
    w = result.written
    lines.append(f"generated docs/generated: {len(w.written)} written, {w.kept} unchanged, {len(w.removed)} removed")
    if result.site:
        how = "built site/" if result.rebuilt is None else f"rebuilt {counted(result.rebuilt, 'changed page')} of site/"
        lines.append(f"{how} from {counted(result.articles, 'briefing')}")
    steps = " · ".join(f"{name} {seconds:.1f} s" for name, seconds in [*result.steps, *result.beside])
    beside = "".join(f", {name} beside the site" for name, _ in result.beside)
    total = result.seconds if result.beside else sum(seconds for _, seconds in result.steps)
    lines.append(f"took {steps} ({total:.1f} s by the clock{beside})")
    return "\n".join(lines)


def _options(args: argparse.Namespace) -> Options:
    # A preview (serve, build --drafts) does not print unless asked: printing is most of a build's time.
    previewing = args.command == "serve" or (args.command == "build" and args.drafts)
    pdfs = args.pdf if previewing else not getattr(args, "no_pdf", False)
    return Options(drafts=args.drafts, full=getattr(args, "full", False), fresh=getattr(args, "fresh", False),
                   pdfs=pdfs, site_url=getattr(args, "site_url", None),
                   offline=getattr(args, "offline", False) or os.environ.get("BRIEFINGS_OFFLINE") == "true")


def cmd_generate(project: Project, args: argparse.Namespace) -> int:
    print(_result(_kept(Pipeline(project, _options(args))).generate()))
    return 0


def cmd_build(project: Project, args: argparse.Namespace) -> int:
    print(_result(_kept(Pipeline(project, _options(args))).build()))
    return 0


def cmd_new(project: Project, args: argparse.Namespace) -> int:
    from generator.authoring.draft import draft_briefing, write_draft

    path, briefing, todo = draft_briefing(project, args.seed.resolve())
    if path.exists() and not args.force:  # a second `new` of one seed is the same briefing, not another
        print(f"{project.shown(path)} is already made from {args.seed.name}: edit it, or use --force to draft it "
              "again over it", file=sys.stderr)
        return 1
    write_draft(path, briefing)
    counts = {key: len(briefing[key]) for key in ("countries", "people", "organisations", "topics", "quotes",
                                                   "events", "figures", "proposed")}
    print(f"wrote {project.shown(path)} (status: draft)")
    print("found: " + ", ".join(f"{n} {key}" for key, n in counts.items()))
    for proposal in briefing["proposed"]:
        kind = proposal.get("kind") or proposal["section"]
        print(f"  proposed {kind}: {proposal['name']} (¶{proposal['paragraph']})")
    _, problems = check_project(project, drafts=True)
    own = [p for p in problems if p.path == project.shown(path)]
    _report(own)
    print("still to do:")
    for item in todo:
        print(f"  - {item}")
    return 0 if not any(p.severity == "error" for p in own) else 1


def _draft(project: Project, given: str) -> Path:
    """A draft named by its path (from here or from the project) or by its id."""
    path = Path(given)
    candidates = [path, project.root / path, project.briefings / path.name, project.briefings / f"{given}.yaml"]
    return next((c for c in candidates if c.is_file()), path)


def cmd_accept(project: Project, args: argparse.Namespace) -> int:
    from generator.authoring.accept import accept

    draft = _draft(project, args.draft)
    print("\n".join(accept(project, draft, args.names)))
    _, problems = check_project(project, drafts=True)
    own = [p for p in problems if p.path in (project.shown(draft), *(project.shown(f) for f in
                                                                       project.registry.glob("*.yaml")))]
    _report(own)
    return 0 if not any(p.severity == "error" for p in own) else 1


def cmd_reject(project: Project, args: argparse.Namespace) -> int:
    from generator.authoring.accept import reject

    print("\n".join(reject(project, _draft(project, args.draft), args.names)))
    return 0


def cmd_serve(project: Project, args: argparse.Namespace) -> int:
    from generator.publish.serve import serve

    pipeline = Pipeline(project, _options(args))  # an edit re-renders what it changed
    serve(pipeline, args.port, lambda result: print(_result(result), flush=True))
    return 0


def cmd_bench(project: Project, args: argparse.Namespace) -> int:
    from generator.tools import bench
    from generator.tools.synth import write_corpus

    if args.write_corpus:
        write_corpus(args.write_corpus.resolve(), args.articles or 100, args.seed)
        print(f"wrote a {args.articles or 100}-article project to {args.write_corpus}")
        return 0
    if args.project:
        print(bench.table([bench.run_project(project, pdfs=not args.no_pdf, searches=args.compare_search)]))
        return 0
    sizes = [args.articles] if args.articles else [100, 1000] + ([10000] if args.large else [])
    rows = bench.run(sizes, args.seed, pdfs=not args.no_pdf, searches=args.compare_search or args.large,
                     on_row=lambda row: print(bench.table([row]).splitlines()[2], flush=True))
    print(bench.table(rows))
    return 0


def cmd_pdf(project: Project, args: argparse.Namespace) -> int:
    pipeline = Pipeline(project, _options(args))
    if not (args.names or args.out):
        print(_result(pipeline.build()))
        return 0
    named = pipeline.print_named(args.names or None, args.out or project.site / "pdf")
    print("\n".join([_printed(named.printed), *(f"wrote {project.shown(path)}" for path in named.written)]))
    return 0


def cmd_schema(project: Project, args: argparse.Namespace) -> int:
    from generator.tools.schema import write_schemas

    for path in write_schemas(project.root / "schemas"):
        print(f"wrote {project.shown(path)}")
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="briefings", description=__doc__)
    top.add_argument("--root", type=Path, default=Path.cwd(), help="project folder (default: current folder)")
    sub = top.add_subparsers(dest="command", required=True)
    for name, func, text in (
        ("check", cmd_check, "validate registry, briefings and seeds; report every problem"),
        ("generate", cmd_generate, "check, then write the Markdown pages and their PDFs into docs/generated/"),
        ("build", cmd_build, "check, generate, print the PDFs, then mkdocs build --strict into site/"),
        ("pdf", cmd_pdf, "print every PDF with the site (as build does), or the NAMES given (or all) into --out"),
        ("schema", cmd_schema, "write the JSON Schemas for editors into schemas/"),
        ("new", cmd_new, "draft briefings/<id>.yaml from a new article in seeds/"),
        ("accept", cmd_accept, "write a draft's proposed entities (all, or the NAMEs) into the registry"),
        ("reject", cmd_reject, "drop the NAMEd proposals from a draft, and its references to them"),
        ("serve", cmd_serve, "preview on 127.0.0.1, rebuilding and reloading when the inputs change"),
        ("bench", cmd_bench, "time the pipeline on synthetic corpora (100 and 1,000 articles by default)"),
    ):
        command = sub.add_parser(name, help=text, description=text)
        command.set_defaults(func=func)
        if name in ("check", "generate", "build", "serve", "pdf"):
            command.add_argument("--drafts", action="store_true", help="include briefings with status: draft")
    sub.choices["build"].add_argument("--full", action="store_true",
                                      help="rebuild every page even when only some changed")
    sub.choices["new"].add_argument("seed", type=Path, help="the article, e.g. seeds/005_new.txt")
    sub.choices["new"].add_argument("--force", action="store_true", help="overwrite an existing draft")
    for name in ("accept", "reject"):
        sub.choices[name].add_argument("draft", help="the draft: briefings/<id>.yaml or its id")
        sub.choices[name].add_argument("names", nargs="*", metavar="NAME", help="a proposal's id or name")
    sub.choices["serve"].add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default 8000)")
    for name in ("build", "serve"):
        sub.choices[name].add_argument("--pdf", action="store_true",
                                       help="print the PDFs of a preview too (serve, build --drafts)")
    sub.choices["build"].add_argument("--no-pdf", action="store_true",
                                      help="build the site without printing its PDFs (pages get no download links)")
    bench = sub.choices["bench"]
    bench.add_argument("--articles", type=int, help="one corpus of this size instead of the default sizes")
    bench.add_argument("--large", action="store_true", help="add the 10,000-article corpus, and compare searches "
                       "(with --no-pdf: printing 10,000 articles takes hours)")
    bench.add_argument("--compare-search", action="store_true", help="time a reader's first search in Chromium, "
                       "with Pagefind and with Material's search built over the same pages")
    bench.add_argument("--project", action="store_true", help="this project's own articles instead of synthetic "
                       "ones (publishing is then a one-word edit of a briefing)")
    bench.add_argument("--seed", type=int, default=1, help="random seed of the synthetic corpus")
    bench.add_argument("--write-corpus", type=Path, help="only write a synthetic project to this folder")
    bench.add_argument("--no-pdf", action="store_true", help="skip printing (the PDFs column reads 'not run')")
    pdf = sub.choices["pdf"]
    pdf.add_argument("names", nargs="*", metavar="NAME",
                     help="a page (countries/canada), a dossier (dossiers/canada) or book; none: every PDF")
    pdf.add_argument("--out", type=Path, help="folder for the PDFs, without building the site (default with "
                     "NAMES: site/pdf)")
    pdf.add_argument("--fresh", action="store_true", help="render again what the cache holds, e.g. to time it")
    build = sub.choices["build"]
    build.add_argument("--site-url", metavar="URL", help="where the site will be served, e.g. "
                       "https://example.org/briefings/ (default: $BRIEFINGS_SITE_URL, or none)")
    build.add_argument("--offline", action="store_true", help="build a site that works opened from "
                       "file:// without a server (plain .html links; search finds names only there; or "
                       "BRIEFINGS_OFFLINE=true)")
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    project = Project(args.root.resolve())
    try:
        return int(args.func(project, args))
    except BriefingsError as exc:
        _report(exc.problems)
        return 1
    except BrokenPipeError:  # output piped into `head` and the like
        return 0
    except KeyboardInterrupt:
        print("interrupted: the last good docs/ and site/ are untouched", file=sys.stderr)
        return 130


_KEPT: list[Pipeline] = []


def _kept(pipeline: Pipeline) -> Pipeline:
    """The pipeline, referenced until the process ends: `run` ends it without freeing the pages
    and texts the pipeline holds, which took 0.2 s after publishing into 1,000 articles."""
    _KEPT[:] = [pipeline]
    return pipeline


def run() -> NoReturn:
    """The `briefings` command (and `python -m generator`). Once the command is done and its output
    flushed, the process ends without Python's teardown, which frees the build's objects one by
    one: 0.3 s after publishing into 1,000 articles (three publishes each way, in turns). Every
    file, pool and process the command used is closed by then (the memory's writer is never waited for)."""
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError):  # a pipe closed by its reader (`| head`)
            stream.flush()
    os._exit(code)
