"""`briefings accept` and `reject`: a draft's proposals become registry entries in the registry's
own format, or leave the draft, and the draft still passes `check --drafts` either way."""

from __future__ import annotations

import shutil
from typing import Any

import yaml

from generator.corpus.check import check_project
from generator.project import Project
from tests.conftest import REPO, cli


def drafted(project: Project) -> tuple[str, dict[str, Any]]:
    shutil.copy(REPO / "examples" / "australia-sample.txt", project.seeds / "australia.txt")
    out = cli(project, "new", str(project.seeds / "australia.txt")).stdout
    name = out.split("wrote ", 1)[1].split(" ", 1)[0]
    return name, yaml.safe_load((project.root / name).read_text(encoding="utf-8"))


def test_accept_writes_the_proposals_into_the_registry_as_the_text_gives_them(mini: Project) -> None:
    name, draft = drafted(mini)
    proposed = {p["id"] for p in draft["proposed"]}
    assert {"anthony-albanese", "australia"} <= proposed
    cli(mini, "accept", name)
    corpus, problems = check_project(mini, drafts=True)
    assert corpus is not None, [str(p) for p in problems]
    registry = corpus.registry
    assert proposed <= {*registry.people, *registry.countries, *registry.organisations, *registry.topics}
    albanese = registry.people["anthony-albanese"]
    assert albanese.kind == "leader" and "Albanese" in albanese.aliases
    assert [(r.title, r.country) for r in albanese.roles] == [("Prime Minister", "australia")]
    assert "Australian" in registry.countries["australia"].aliases
    assert "proposed" not in yaml.safe_load((mini.root / name).read_text(encoding="utf-8"))
    # The published check (no drafts) reads the new entries too: the registry files are valid.
    assert check_project(mini)[0] is not None


def test_reject_drops_a_proposal_and_every_reference_to_it(mini: Project) -> None:
    name, draft = drafted(mini)
    person = next(p for p in draft["proposed"] if p["section"] == "people")
    cli(mini, "reject", name, person["name"])
    after = yaml.safe_load((mini.root / name).read_text(encoding="utf-8"))
    assert person["id"] not in after["people"]
    assert person["id"] not in {p["id"] for p in after.get("proposed", [])}
    assert all(q["speaker"] != person["id"] for q in after["quotes"])
    assert check_project(mini, drafts=True)[0] is not None
    result = cli(mini, "accept", name, "nobody-at-all", check=False)
    assert result.returncode == 1 and "no proposal named nobody-at-all" in result.stderr


def test_a_broken_draft_is_not_taken_for_a_seed_without_briefing(mini: Project) -> None:
    name, _ = drafted(mini)
    path = mini.root / name
    path.write_text(path.read_text(encoding="utf-8").replace("status: draft", "status: drafty"), encoding="utf-8")
    _, problems = check_project(mini, drafts=True)
    messages = [str(p) for p in problems]
    assert any("status" in m and "drafty" in m for m in messages), messages
    assert not any("this seed has no briefing" in m for m in messages), messages


def test_a_persons_aliases_are_the_surnames_the_text_uses_spanish_double_ones_too() -> None:
    from generator.authoring.accept import _aliases
    text = ("Ranger Yesenia Mora Quesada spoke first. Mora says little. Deputy Rodrigo Vargas Solís disagreed; "
            "Mr Vargas was blunt. Keir Starmer flew in; Sir Keir and Mr Starmer met them.")
    assert _aliases("Yesenia Mora Quesada", text) == ["Mora"]
    assert _aliases("Rodrigo Vargas Solís", text) == ["Mr Vargas", "Vargas"]
    assert _aliases("Keir Starmer", text) == ["Mr Starmer", "Starmer"]


def test_a_drafts_page_names_its_proposals_until_they_are_accepted(mini: Project) -> None:
    name, draft = drafted(mini)
    page = mini.generated / "articles" / f"{draft['id']}.md"
    cli(mini, "build", "--drafts")
    note = next(line for line in page.read_text(encoding="utf-8").splitlines() if "This briefing is a draft" in line)
    assert "entities not yet in the registry:" in note and "Anthony Albanese" in note
    cli(mini, "accept", name)
    cli(mini, "build", "--drafts")
    note = next(line for line in page.read_text(encoding="utf-8").splitlines() if "This briefing is a draft" in line)
    assert note.strip() == "This briefing is a draft: it is not on the published site."


SONGWE = "\n\n".join([
    "Malawi accuses Tanzania over Songwe River water",
    "LILONGWE, 10 March 2027 (Reuters) - Malawi's Minister of Water and Sanitation, Chimwemwe Banda, said on "
    "Tuesday that upstream diversions had cut the river's flow by a third.",
    '"We cannot farm without water," Banda told reporters.',
    "Tanzania's Ministry of Foreign Affairs said in a statement that the diversions were lawful. Tanzania's "
    "Minister for Water, Juma Mwakyusa, said the two countries would meet next month.",
    "Peter Mhone, general secretary of the Plantation and Agriculture Workers Union of Malawi, said 3,400 jobs "
    "were at risk. Esnart Mwale, a 54-year-old rice grower, said her harvest had failed.",
    "Dr Grace Banda, who farms near Karonga, said the river had never run so low.",
]) + "\n"


def test_accept_takes_an_office_and_its_country_written_with_commas_before_or_after_the_name(mini: Project) -> None:
    (mini.seeds / "songwe.txt").write_text(SONGWE, encoding="utf-8")
    name = cli(mini, "new", str(mini.seeds / "songwe.txt")).stdout.split("wrote ", 1)[1].split(" ", 1)[0]
    cli(mini, "accept", name)
    corpus, problems = check_project(mini, drafts=True)
    assert corpus is not None, [str(p) for p in problems]
    people, bodies = corpus.registry.people, corpus.registry.organisations
    assert [(r.title, r.country) for r in people["chimwemwe-banda"].roles] == \
        [("Minister of Water and Sanitation", "malawi")]
    assert people["juma-mwakyusa"].countries == ("tanzania",)
    ministry = next(o for o in bodies.values() if o.name == "Ministry of Foreign Affairs")
    assert ministry.country == "tanzania"
    # A country is described by where it lies (general knowledge), not by the headline that first named it.
    malawi = corpus.registry.countries["malawi"]
    assert (malawi.description, malawi.description_source) == ("A country in Eastern Africa.", "general knowledge")
    # An office set off after the name: the role and its country, cited where it is said; not a leader for it.
    mhone = people["peter-mhone"]
    assert [(r.title, r.country) for r in mhone.roles] == \
        [("general secretary of the Plantation and Agriculture Workers Union of Malawi", "malawi")]
    source = mhone.roles[0].source
    assert mhone.kind == "person" and source is not None and not isinstance(source, str) and source.paragraphs == (5,)
    assert people["esnart-mwale"].roles == ()  # an age and a trade are no office
    assert people["grace-banda"].roles == ()  # nor an honorific
    # Two people surnamed Banda: "Banda" alone names neither (`check` refuses an alias on two entities).
    assert "Banda" not in people["chimwemwe-banda"].aliases + people["grace-banda"].aliases
