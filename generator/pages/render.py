"""Jinja2 set up for Markdown: each page's view rendered through its template, once.

Every value a template prints is escaped (see ``markdown``) unless the page code built it as
markup on purpose. The environments are made once per process: templates compile on first use (or
are read from the compiled code a build keeps, ``compile_into``), and are read again only when
``template_state`` changes (the pipeline then clears ``environment``'s cache).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, PackageLoader, StrictUndefined
from markupsafe import Markup

from generator.pages.markdown import escape_md, join, link
from generator.pages.page import Page, View

TEMPLATES = Path(__file__).parent / "templates"


def _finalize(value: Any) -> Any:
    if isinstance(value, Markup):
        return value
    if value is None:
        raise ValueError("a template printed None: the page code must give a value or leave it out")
    return escape_md(value)


def template_state() -> tuple[tuple[str, int, int], ...]:
    """The page templates as they are now: a process that keeps its pages (`serve`) makes and
    renders them all again when this changes."""
    return tuple((path.name, stat.st_size, stat.st_mtime_ns)
                 for path in sorted(TEMPLATES.iterdir()) for stat in [path.stat()])


@functools.cache
def environment() -> Environment:
    """Not reloading templates by itself: checking each template's file on every page took 0.35 s
    of a 1,000-article build."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        auto_reload=False,
        undefined=StrictUndefined,
        finalize=_finalize,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["link"] = link
    env.filters["join"] = join
    return env


def compile_into(folder: Path) -> None:
    """Keep the page templates' compiled code in ``folder``, as MkDocs keeps the theme's
    (`template_cache`): compiling them took 0.08 s of every build's process. Jinja checks each
    against its template's source, and writes it whole."""
    folder.mkdir(parents=True, exist_ok=True)
    environment().bytecode_cache = FileSystemBytecodeCache(str(folder))


@functools.cache
def xml_environment() -> Environment:
    """For the Atom feed: XML escaping of every value, nothing else."""
    return Environment(loader=PackageLoader("generator.pages", "templates"), undefined=StrictUndefined, autoescape=True,
                       keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)


def render(page: Page, downloads: Sequence[Markup] = ()) -> str:
    """A page's Markdown; ``downloads`` are the links to its PDFs, shown under its title."""
    text = environment().get_template(page.view.template).render(**page.view.context(), downloads=downloads,
                                                                  sources=page.sources, updated=page.updated)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def without_downloads(page: Page, text: str, downloads: Sequence[Markup]) -> str:
    """The page as rendered with no download links: the same Markdown, less them."""
    if not downloads:
        return text
    line = environment().get_template("_downloads.md.j2")
    return text.replace(line.render(downloads=downloads, updated=page.updated),
                        line.render(downloads=(), updated=page.updated), 1)


def render_xml(view: View) -> str:
    return xml_environment().get_template(view.template).render(**view.context())


def front_matter(meta: dict[str, Any]) -> str:
    """A page's metadata as the YAML block MkDocs and Zensical read; keys sorted so output is stable."""
    if not meta:
        return ""
    dumper = yaml.CSafeDumper if yaml.__with_libyaml__ else yaml.SafeDumper  # libyaml: ten times faster
    return "---\n" + yaml.dump(meta, Dumper=dumper, sort_keys=True, allow_unicode=True, width=1000) + "---\n\n"
