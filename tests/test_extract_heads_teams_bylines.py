"""Drafting from real reporting (issue 14, item 1): what held-out sets 130 to 133 found missing on first
sight (a company before its chief executive's name, a team after "the", a body by what it is after its
country's adjective, places that are no one's name; "It added", "As X puts it", "they wrote", the
speaker of the sentence before a quote; a byline whose date ends with the time; "$11.3M" and
"9.6-billion-baht"), drafted by the real `briefings new` code against an empty registry.
"""

from __future__ import annotations

from pathlib import Path

from tests.drafting import draft, proposed, speakers


def test_bodies_are_told_by_their_heads_their_article_and_their_words(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "French National Assembly backs moratorium",
        "PARIS, March 9, 2028 - The National Assembly on Wednesday adopted the bill, tabled by Les Républicains "
        "deputy Bertrand Lacombe, with votes from the Hauts-de-France and Grand Est regions.",
        "Hanul Silicon CEO Park Eun-ji said the order mattered. Zhou Min, vice president of Jinhai Solar, agreed.",
        "Owen Larkin scored, and the Seattle Kraken rallied. Karine Bouchard, president of the Unifor local, said "
        "nothing ahead of the Lunar New Year holiday. He "
        "attended Gamblers Anonymous meetings, and Papiers Manicouagan announced cuts.",
        "Fieldwork on King George Island showed penguins leaving Antarctica's coasts. \"I've told DPW I'm not "
        "satisfied,\" Ramon Dela Paz said. Dela Paz spoke to the Minister of Economic Growth and Job Creation.",
    ]) + "\n")
    found = proposed(briefing)
    bodies = {name for name, (section, _) in found.items() if section == "organisations"}
    assert {"National Assembly", "Les Républicains", "Hanul Silicon", "Jinhai Solar", "Seattle Kraken", "Unifor",
            "Gamblers Anonymous", "Papiers Manicouagan"} <= bodies
    assert found["Park Eun-ji"][0] == found["Ramon Dela Paz"][0] == "people"
    for not_a_name in ("French National Assembly", "Grand Est", "Lunar New Year", "George Island", "Antarctica",
                       "DPW I'm", "Dela Paz", "Economic Growth", "Job Creation"):
        assert not_a_name not in found


def test_speakers_told_by_it_as_they_and_the_sentence_before(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Solar deals signed",
        "RIYADH, May 4, 2028 - Rimal Power and China's Jinhai Solar won the largest plant.",
        "\"These agreements show confidence,\" the Saudi Ministry of Energy said in a statement. It added that "
        "the plants would displace \"the equivalent of 8 million barrels\".",
        "As my co-author Rafael Ortiz-Benn, a seabird ecologist, puts it: ‘Krill move, penguins can’t.’",
        "Analysts at Nordhavn Securities said yields had risen. \"Dispersion is back,\" they wrote in a note.",
        "Councillor Glenys Dickson said the price had been locked in. \"Now it isn't,\" she said.",
        "Ratepayers' chairman Bruce Dunlop said residents had run out of patience. \"Every time, it goes up.\"",
        "Kamsar Mining said in a statement it was disappointed. A company spokesman said the miner employed "
        "2,300 people. \"We are ready to pay,\" he added.",
        "Defence solicitor Ross McIlwraith said his client was ashamed.",
        "'He has lost his reputation,' the solicitor added.",
    ]) + "\n")
    said = dict(speakers(briefing))
    assert said["the equivalent of 8 million barrels"] == "Saudi Ministry of Energy"
    assert said["Krill move, penguins can’t."] == "rafael-ortiz-benn"
    assert said["Dispersion is back"] == "Nordhavn Securities"
    assert said["Every time, it goes up."] == "bruce-dunlop"
    assert said["We are ready to pay"] == "Kamsar Mining"
    assert said["He has lost his reputation"] == "ross-mcilwraith"


def test_a_spokesperson_named_earlier_is_not_the_unnamed_one_after(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Retail sales rise",
        "BEIJING, May 19, 2028 - \"Consumption led growth,\" NBS spokesperson Zhou Wenbo said.",
        "A spokesperson for the Ministry of Commerce said Monday that 86 million consumers had applied.",
        "\"The policy has unleashed demand,\" the spokesperson said.",
    ]) + "\n")
    assert dict(speakers(briefing))["The policy has unleashed demand"] != "zhou-wenbo"


def test_a_byline_ending_with_the_time_dates_the_article_and_money_in_short_forms(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Council grills DPW over $11.3M in billing errors",
        "By Marcus Bell | Baltimore Sun | PUBLISHED: March 8, 2029 at 6:42 p.m.",
        "Council members pressed officials Thursday. Revenue reached $2.5B, and a 9.6-billion-baht scheme began.",
    ]) + "\n")
    assert briefing["published"]["date"] == "2029-03-08"
    dates = {e["as_written"]: e["date"] for e in briefing["events"]}
    assert dates["Thursday"] == "2029-03-08"
    figures = {f["value"] for f in briefing["figures"]}
    assert {"$2.5B", "9.6-billion-baht"} <= figures
    assert any("$11.3M" in f for f in figures)


def test_a_new_country_is_introduced_where_the_text_first_names_it(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Cherry exporters brace for slump",
        "SANTIAGO, Jan 12 (Reuters) - Chilean exporters expect weak prices.",
        "\"Buyers know the Chileans are desperate,\" said Liu Wen.",
    ]) + "\n")
    chile = next(p for p in briefing["proposed"] if p["name"] == "Chile")
    assert chile["paragraph"] == 2 and chile["aliases"][0] == "Chilean"
