"""Relations between countries as the built site shows them: a page for each pair that meets in
events, linked from both countries, the index and the home page; who did what to whom only as
the events' actor and target say, each event counted once however many briefings report it."""

from __future__ import annotations

import re

from generator.project import Project
from tests.conftest import page_refs

PAIRS = {"canada-china": ("canada", "china"), "china-south-korea": ("china", "south-korea")}


def generated(project: Project, path: str) -> str:
    return (project.generated / path).read_text(encoding="utf-8")


def test_each_pair_has_a_page_linked_from_both_countries_the_index_and_home(real_site: Project) -> None:
    index = page_refs(real_site.site / "relations/index.html").refs
    home = page_refs(real_site.site / "index.html").refs
    assert "relations/" in home  # "Every pair of countries" and the "Compare the sources" line
    for pair, countries in PAIRS.items():
        assert (real_site.site / "relations" / pair / "index.html").is_file(), pair
        assert f"{pair}/" in index and f"relations/{pair}/" in home, pair
        for country in countries:
            assert f"../../relations/{pair}/" in page_refs(real_site.site / f"countries/{country}/index.html").refs
    # a host or a bystander named beside two countries that meet is no pair with them
    assert not (real_site.site / "relations/canada-south-korea").exists()
    assert not (real_site.site / "relations/canada-iran").exists()


def test_who_did_what_to_whom_is_only_what_the_briefings_say(real_site: Project) -> None:
    text = generated(real_site, "relations/canada-china.md")
    # the arrest of a Huawei executive in Canada is Canada acting, on no country
    assert "(by Canada): Canada arrests Huawei executive Meng Wanzhou" in text
    # Trudeau's visit (five briefings) and Carney's (six reports, one of them his departure) count once each
    assert "- Canada → China: 5 statements, 3 policies, 2 tariffs, 2 visits, 1 meeting" in text
    # Liberal MPs cutting short a visit to Taiwan is not Canada visiting Taiwan
    taiwan = generated(real_site, "relations/canada-taiwan.md")
    assert "→" not in taiwan.split("## Events")[1].split("##")[0].replace("“Canada → Taiwan”", "")
    assert "Canadian legislators end a visit to Taiwan early" in taiwan
    # on every pair page, an arrow joins the two countries of the page, in either direction
    for path in (real_site.generated / "relations").glob("*.md"):
        if path.name == "index.md":
            continue
        page = path.read_text(encoding="utf-8")
        names = re.match(r"# (.+) and (.+)\n", page)
        assert names, path
        arrows = set(re.findall(r"^- \*\*[^*]+\*\* \(([^)]+) → ([^)]+)\)", page, re.M))
        assert arrows <= {names.groups(), names.groups()[::-1]}, (path.name, arrows)
    everything = " ".join(p.read_text(encoding="utf-8") for p in real_site.generated.rglob("*.md"))
    for wrong in ("Canada arrested China", "Canada visited Taiwan", "visited ×", "```mermaid"):
        assert wrong not in everything


def test_a_pair_page_quotes_each_side_about_the_other(real_site: Project) -> None:
    canada_china = generated(real_site, "relations/canada-china.md").split("## What their people said")[1]
    assert "We now have a turning point in the relationship" in canada_china  # Carney, after meeting Xi
    assert "back on the right track" in canada_china  # Xi, to Carney
    assert "Diplomacy is not walking away from tough issues" not in canada_china  # Anand names no other side
    korea = generated(real_site, "relations/china-south-korea.md")
    assert "full-scale restoration" in korea and "deep relationship" not in korea
    assert "2015–2026" in generated(real_site, "relations/index.md")
