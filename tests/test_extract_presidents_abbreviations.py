"""Drafting from real reporting (issue 14, item 1): what held-out sets 126 to 129 found missing on first
sight (a president "of" a body is no leader, a party's leader "of" it is; "Sta." inside a company's
name; "à" inside a university's; a name cut to "de Compostela"; bodies by their words; a party and
district after a state representative's name), drafted by the real `briefings new` code against an
empty registry.
"""

from __future__ import annotations

from pathlib import Path

from tests.drafting import draft, proposed, speakers


def test_presidents_of_bodies_are_no_leaders_and_bodies_keep_their_whole_names(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Mill shuts",
        "BACOLOD CITY, March 3, 2028 - Sta. Clara Sugar Milling Corp. said the mill was no longer viable.",
        "Greg Pittman, president of the Fish, Food and Allied Workers union, said nothing. Peter Wahlund, "
        "leader of the Christian Democrats, spoke next.",
        "Researchers at the Université du Québec à Rimouski and the Xunta de Galicia in Santiago de Compostela "
        "were consulted. Marcher Coaches collapsed on Friday; Holbrook Restructuring was appointed.",
    ]) + "\n")
    found = proposed(briefing)
    assert found["Greg Pittman"] == ("people", "person")
    assert found["Peter Wahlund"] == ("people", "leader")
    bodies = {name for name, (section, _) in found.items() if section == "organisations"}
    assert {"Sta. Clara Sugar Milling Corp", "Université du Québec à Rimouski", "Xunta de Galicia",
            "Marcher Coaches", "Holbrook Restructuring"} <= bodies
    for not_a_name in ("Clara Sugar Milling Corp", "Université du Québec", "de Compostela", "Chile"):
        assert not_a_name not in found


def test_a_party_and_district_after_a_name_is_not_the_speaker(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Quarry bill",
        "AUSTIN, May 2, 2029 - The Senate passed the bill on Monday.",
        "A companion bill in the Texas House has not received a hearing, and its author, state Rep. Joel "
        "Marchetti, R-Dripping Springs, said Tuesday he was \"cautiously optimistic\" it would get one.",
    ]) + "\n")
    assert dict(speakers(briefing))["cautiously optimistic"] == "joel-marchetti"
