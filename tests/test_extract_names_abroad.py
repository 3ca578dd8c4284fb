"""Drafting from real reporting (issue 14, item 1): names as other places' papers write them
(Malay honours and coalitions, Portuguese and Spanish place and body words, post-nominals, live-blog
constituencies) and companies known only by their brand, drafted by the real `briefings new` code
against an empty registry.
"""

from __future__ import annotations

from pathlib import Path

from tests.drafting import draft, proposed


def test_malay_honours_and_coalitions_and_constituencies_that_are_places(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Rice stocks",
        "KUALA LUMPUR, 3 March 2027 - Datuk Seri Mohd Hafiz Abdul Karim told the Dewan Rakyat that stocks were "
        "sufficient. Mohd Hafiz said imports would rise. Barisan Nasional and Perikatan Nasional backbenchers "
        "asked Teresa Wong Mei Ling (PH–Bukit Mertajam) during Question Time.",
        "Nik Azlan Nik Yusof said 14 projects were late. Nik Azlan said the Department of Irrigation would act.",
        "Voters in St Andrew South-East and Kuala Krai queued.",
    ]) + "\n")
    found = proposed(briefing)
    assert {name: found.get(name, ("missing",))[0] for name in (
        "Mohd Hafiz Abdul Karim", "Dewan Rakyat", "Barisan Nasional", "Perikatan Nasional", "Nik Azlan Nik Yusof")
    } == {"Mohd Hafiz Abdul Karim": "people", "Dewan Rakyat": "organisations", "Barisan Nasional": "organisations",
          "Perikatan Nasional": "organisations", "Nik Azlan Nik Yusof": "people"}
    assert not {"Mohd Hafiz", "Nik Azlan", "Question Time", "Bukit Mertajam", "St Andrew South-East", "Kuala Krai",
                "Barisan Nasional and Perikatan Nasional"} & set(found)


def test_offices_of_post_nominals_given_names_that_are_countries_and_ages_in_words(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Count",
        "ST GEORGE'S, 15 June 2027 - Supervisor of Elections Gregory Noel said turnout rose. His barrister, "
        "Nicholas Harkin SC, told the court it was fine, with co-star Jordan Akinola beside him.",
        "The couple have two children, Mason, seven, and Lola-Rae, four. The mayor of Oliveira do Hospital spoke.",
    ]) + "\n")
    found = proposed(briefing)
    assert {name: found.get(name, ("missing",))[0] for name in (
        "Gregory Noel", "Nicholas Harkin", "Jordan Akinola", "Mason", "Lola-Rae")} == dict.fromkeys(
        ("Gregory Noel", "Nicholas Harkin", "Jordan Akinola", "Mason", "Lola-Rae"), "people")
    assert not {"Supervisor of Elections Gregory Noel", "Nicholas Harkin SC", "Jordan", "Oliveira do Hospital"} \
        & set(found)


def test_bodies_in_portuguese_and_spanish_brands_studios_and_teams(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Harvest",
        "PORTO, 9 September 2027 - The Instituto dos Vinhos do Douro e do Porto cut the allowance. Halvorsen "
        "Shipbrokers agreed, as did Altamira Seguros. Skaldr will close its Helsinki studio Mirefox and rely on "
        "Brightmoor, its flagship studio.",
        "Magnus Vestergaard finished third. Vestergaard of Norvalia-Kestrel rode on over the Alto de Braña Vieja.",
    ]) + "\n")
    found = proposed(briefing)
    bodies = ("Instituto dos Vinhos do Douro e do Porto", "Halvorsen Shipbrokers", "Altamira Seguros", "Mirefox",
              "Brightmoor", "Norvalia-Kestrel")
    assert {name: found.get(name, ("missing",))[0] for name in bodies} == dict.fromkeys(bodies, "organisations")
    assert not {"Alto de Braña Vieja", "Instituto dos Vinhos"} & set(found)
