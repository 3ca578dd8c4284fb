"""Drafting from real reporting (issue 14, item 1): what held-out sets 154 to 157 found wrong on first
sight (datelines written "May. 24, 2028" and "2028-02-02" read as no date, so no relative date had a
value; reinsurers and other firms named with "Re" and "Auto"; a body's programme taken for a thing; a
party before its spokesperson; "Economist" and plural titles before names; a Union minister of state;
a body cut at "at" though its initials follow; a palace taken for a body),
drafted by the real `briefings new` code against an empty registry.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.drafting import draft, proposed


@pytest.mark.parametrize(("dateline", "value"), [
    ("Nadine Sfeir| The Daily Star | May. 24, 2028 | 12:00 AM", "2028-05-23"),
    ("Ndapewa Shikongo – Windhoek | 2028-02-02", "2028-02-01"),
])
def test_a_dateline_with_a_stop_after_may_or_in_iso_digits_dates_the_article(tmp_path: Path, dateline: str,
                                                                            value: str) -> None:
    briefing = draft(tmp_path, f"Deposit law stalls\n\n{dateline}\n\nThe committee met yesterday.\n")
    assert briefing["published"]["date"] is not None
    assert {e["as_written"]: e["date"] for e in briefing["events"]}["yesterday"] == value


def test_firms_parties_and_people_named_around_titles_and_trades(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Reinsurer spins off specialty arm",
        "LONDON, Jan 8, 2029 - Halstow Re will list its unit, as Munich Re did, to fund a long-delayed "
        "International Monetary Fund program. Orchid Auto sold 400 cars.",
        "Sinn Féin’s education spokesperson Darragh Keogh called it a scandal. Economist Priya Menon of "
        "Harbourfront Securities agreed. Commissioners Seth Bramlett and Tanya Ruiz-Hale voted no.",
        "Union Minister of State for Railways Ramesh Kattimani was in Hubballi. Re-enrolment fees rose.",
        "Staff at the United Nations Office at Geneva (UNOG) met in the Palais des Nations. Azusa Kotsu Co. will "
        "cut 48 routes in Co Kerry.",
    ]) + "\n")
    found = proposed(briefing)
    for body in ("Halstow Re", "Munich Re", "International Monetary Fund", "Orchid Auto", "Sinn Féin",
                 "Harbourfront Securities", "United Nations Office at Geneva", "Azusa Kotsu Co"):
        assert found[body][0] == "organisations"
    for person in ("Darragh Keogh", "Priya Menon", "Seth Bramlett", "Ramesh Kattimani"):
        assert found[person][0] == "people"
    assert "Re-enrolment" not in found and "Palais des Nations" not in found and "Co Kerry" not in found
