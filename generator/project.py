"""Where a briefings project keeps its inputs and outputs, all relative to one root folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Project:
    root: Path

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def briefings(self) -> Path:
        return self.root / "briefings"

    @property
    def registry(self) -> Path:
        return self.root / "briefings" / "registry"

    @property
    def pages(self) -> Path:
        """Hand-written Markdown, copied into the generated tree as it is."""
        return self.root / "docs" / "pages"

    @property
    def generated(self) -> Path:
        """MkDocs' docs_dir: owned by the generator, rebuilt from the inputs on every run."""
        return self.root / "docs" / "generated"

    @property
    def site(self) -> Path:
        return self.root / "site"

    @property
    def config(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def work(self) -> Path:
        """Scratch space for builds that are swapped in only when they succeed."""
        return self.root / ".build"

    @property
    def compiled(self) -> Path:
        """The Jinja templates' compiled code, the theme's and the pages', kept between processes."""
        return self.work / "templates-compiled"

    def shown(self, path: Path) -> str:
        """A path as error messages show it: relative to the project root."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()
