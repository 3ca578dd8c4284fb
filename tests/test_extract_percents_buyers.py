"""Drafting from real reporting (issue 14, item 1): what held-out sets 158 to 161 found wrong on first
sight ("mid-May" read as the verb; Dawn's "27pc" and "13.4MAF"; "a crew of four"; "the Six Nations"
counted; "BirdLife Malta", "Kallio Lifts" and a price-setting panel missed or taken for people;
"Appendix II" taken for a person; "a Prague-based economist" taken for the Czech government; an
unnamed buyer's "he said" given to the person named before), drafted by the real `briefings new`
code against an empty registry.
"""

from __future__ import annotations

from pathlib import Path

from tests.drafting import draft, proposed, speakers


def test_mid_month_dates_and_percent_written_pc_and_counts_after_crew_of(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Water shortage projected",
        "ISLAMABAD, April 2, 2028 - The authority projected a 27pc shortage and 9.8 million acre feet against "
        "13.4MAF on average. The depots will open by mid-May.",
        "Each boat sails with a crew of four. Ireland won the Six Nations title.",
    ]) + "\n")
    figures = [f["value"] for f in briefing["figures"]]
    assert "27pc" in figures and "13.4MAF" in figures and "four" in figures
    assert not any("Six" in figure for figure in figures)
    assert {e["as_written"]: e["date"] for e in briefing["events"]}["mid-May"] == "2028-05"


def test_brand_named_bodies_firms_and_panels_and_numbered_parts(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Lagoon cap criticised",
        "VALLETTA, March 3, 2028 - ‘A limit is long overdue,’ a spokesperson for BirdLife Malta said.",
        "Harland offered 34 euros a share for Kallio Lifts, valuing it at 4 billion euros. The province's "
        "Standing Fish Price-Setting Panel chose the processors' offer.",
        "The EU will propose listing the eel under Appendix II of the convention.",
        "Farhod Yusupov, a Prague-based economist, said prices would fall.",
    ]) + "\n")
    found = proposed(briefing)
    for body in ("BirdLife Malta", "Kallio Lifts", "Standing Fish Price-Setting Panel"):
        assert found[body][0] == "organisations"
    assert "Appendix II" not in found and "Czechia" not in found
    assert dict(speakers(briefing))["A limit is long overdue"] == "BirdLife Malta"


def test_he_said_after_an_unnamed_speaker_is_theirs_not_the_last_named_persons(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Coffee prices rise",
        "MOSHI, Aug 3, 2028 - Elias Mushi, 67, said he regretted uprooting his trees. “Now my neighbours "
        "laugh at me,” he said.",
        "A buyer for a Japanese roaster, who asked not to be named, said peaberry remained in demand. "
        "“Japanese clients pay a premium,” he said.",
        "A teacher in the city of Turkmenabat, who asked that her name not be used, said she was sent to a farm.",
        "“They say it is voluntary,” she said.",
    ]) + "\n")
    said = dict(speakers(briefing))
    assert said["Now my neighbours laugh at me"] == "elias-mushi"
    assert said["Japanese clients pay a premium"] == "A buyer for a Japanese roaster"
    assert said["They say it is voluntary"] == "A teacher in the city of Turkmenabat"
