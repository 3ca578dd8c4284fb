"""Jinja2 set up for Markdown: each page's view rendered through its template, once.

Every value a template prints is escaped (see ``markdown``) unless the page code built it as
markup on purpose. The environments are made once per process: templates compile on first use.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

import yaml
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from generator.pages.markdown import escape_md, join, link
from generator.pages.page import Page, View


def _finalize(value: Any) -> Any:
    if isinstance(value, Markup):
        return value
    if value is None:
        raise ValueError("a template printed None: the page code must give a value or leave it out")
    return escape_md(value)


@functools.cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("generator.pages", "templates"),
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
