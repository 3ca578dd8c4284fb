"""Drafting from real reporting (issue 14, item 1): the dates and figures a draft finds, one test
per rule, on made-up sentences in the shape news copy takes, drafted by the real `briefings new`
code against an empty registry.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.authoring import extract
from generator.corpus.numbers import states_number
from generator.corpus.seeds import split_paragraphs
from tests.drafting import draft

# ---- dates ----------------------------------------------------------------------------------

def test_weekdays_and_relative_dates_are_anchored_to_the_dateline(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n".join([
        "SEOUL, March 3, 2027 (Reuters) - The leaders met on Wednesday and will meet again next March.",
        "Talks began last month and continue this week; the pact takes effect on Friday.",
        "Delegations arrive on May 5, with the first session scheduled for the following day.",
        "Trade fell two years ago and is expected to double by 2030.",
    ]))
    events = {e["as_written"]: (e["date"], e["precision"], e["scheduled"]) for e in briefing["events"]}
    assert events == {
        "on Wednesday": ("2027-03-03", "day", False), "next March": ("2028-03", "month", True),
        "last month": ("2027-02", "month", False), "this week": ("2027-03", "month", False),
        "on Friday": ("2027-03-05", "day", True), "May 5": ("2027-05-05", "day", True),
        "the following day": ("2027-05-06", "day", True), "two years ago": ("2025", "year", False),
        "2030": ("2030", "year", True)}
    on_friday = next(e for e in briefing["events"] if e["as_written"] == "on Friday")
    assert "the Friday on or after, from the dateline 3 March 2027" in on_friday["summary"]


def test_an_events_summary_and_a_figures_label_leave_out_the_dateline_and_never_cut_a_number(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n".join([
        "LILONGWE, 10 March 2027 (Reuters) - Malawi on Tuesday accused neighbouring Tanzania of breaching a 2003 "
        "water-sharing accord by diverting part of the Songwe River to irrigate new sugar estates, escalating a "
        "dispute that threatens a jointly funded hydropower dam and the livelihoods of more than 200,000 farmers "
        "along the border, officials in both capitals said.",
    ]))
    texts = [e["summary"] for e in briefing["events"]] + [f["label"] for f in briefing["figures"]]
    assert texts and all(t.startswith("Malawi on Tuesday") for t in texts)
    assert all(t.endswith((".", "]", " …")) for t in texts)  # whole, or cut at a space
    assert not any("200,0 " in t or t.endswith("200,0 …") for t in texts)


def test_by_a_date_is_still_to_come_unless_it_opens_a_past_sentence(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n".join([
        "ACCRA, Oct. 6, 2027 (Wire) - Ghana raised the price by 28% on Wednesday. Payments will reach farmers by "
        "mid-October. By Wednesday evening, 9 of the 14 shelters were full.",
    ]))
    events = {e["as_written"]: (e["date"], e["scheduled"]) for e in briefing["events"]}
    assert events == {"on Wednesday": ("2027-10-06", False), "mid-October": ("2027-10", True),
                      "Wednesday evening": ("2027-10-06", False)}


def test_a_weekday_before_a_date_is_that_date(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n".join([
        "LOS ANGELES, July 20, 2028 - On Saturday, July 8, the tower stood empty. The board met on Tuesday.",
        "It reopens on Friday, 13 October 2028.",
    ]))
    events = {e["as_written"]: (e["date"], e["scheduled"]) for e in briefing["events"]}
    assert events == {"Saturday, July 8": ("2028-07-08", False), "on Tuesday": ("2028-07-18", False),
                      "Friday, 13 October 2028": ("2028-10-13", True)}
    # the weekday tells the year: 18 November is a Thursday in 2027, not in 2026
    later = draft(tmp_path / "later", "PARIS, Nov. 10, 2026 (Wire) - The strike is called for Thursday 18 November.\n")
    assert [(e["as_written"], e["date"]) for e in later["events"]] == [("Thursday 18 November", "2027-11-18")]


def test_a_meeting_called_for_a_weekday_is_still_to_come(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "HELSINKI, March 7, 2028 (Wire) - The conciliator has called them to a meeting on "
                               "Thursday. Teachers walked out on Tuesday.\n")
    events = {e["as_written"]: (e["date"], e["scheduled"]) for e in briefing["events"]}
    assert events == {"on Thursday": ("2028-03-09", True), "on Tuesday": ("2028-03-07", False)}


def test_without_a_dateline_a_date_is_never_guessed_but_still_scheduled(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "Jara and Kast will face each other in the December 14 runoff, after Sunday's vote.\n")
    events = {e["as_written"]: (e["date"], e["scheduled"]) for e in briefing["events"]}
    assert events == {"December 14": (None, True), "Sunday's": (None, False)}


# ---- figures --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "amount", "unit"), [
    ("Firms pledged 100 billion yuan.", "100 billion yuan", 1e11, "CNY"),
    ("It cost 2 billion renminbi.", "2 billion renminbi", 2e9, "CNY"),
    ("The IPO raised Rs 27,870 crore.", "Rs 27,870 crore", 2.787e11, "INR"),
    ("Fines reach up to 100,000 pesos in Chile.", "up to 100,000 pesos", 1e5, "CLP"),
    ("Hyundai will invest 50 trillion won in Korea.", "50 trillion won", 5e13, "KRW"),
    ("It pays €40 million and 3.1 billion reais.", "€40 million", 4e7, "EUR"),
    ("Deals worth more than £2 billion.", "more than £2 billion", 2e9, "GBP"),
    ("Trump, 79, and the 78-year-old publisher.", "79", 79, "years of age"),
    ("About 15.6 million people may vote.", "About 15.6 million people", 1.56e7, "people"),
    ("The right won 23 of the 25 senators.", "23 of the 25 senators", 23, "senators"),
    ("It creates between 20,000 and 30,000 jobs.", "between 20,000 and 30,000 jobs", 2e4, "jobs"),
    ("Approval is over 70% after nearly a decade.", "over 70%", 70, "percent"),
    ("Talks took nearly a decade.", "nearly a decade", 10, "years"),
    ("More than 200 companies operate there.", "More than 200 companies", 200, "companies"),
    ("Only one in three high-speed trains ran.", "one in three high-speed trains", 1, "high-speed trains"),
    ("The bill passed 64-36 on Thursday.", "64-36", 64, "votes"),
    ("Port Calder council votes 7-4 to raise bus fares.", "7-4", 7, "votes"),
    ("Trujillo's bill cleared the House 41-28 earlier this month.", "41-28", 41, "votes"),
    ("Monthly bills could rise by 8 to 12 per cent.", "8 to 12 per cent", 8, "percent"),
    ("It will close two more pits.", "two more pits", 2, "pits"),
    ("The death toll rose to at least 38 on Wednesday.", "at least 38", 38, "count"),
    ("It came two and a half years after the floods.", "two and a half years", 2.5, "years"),
    ("Solbakken, the welder who became labour minister, dies at 86.", "86", 86, "years of age"),
    ("In 1974, aged just 33, he was elected; Rustad, now 90, recalled it.", "33", 33, "years of age"),
    ("Smaller parties poll between 4 and 9 per cent.", "between 4 and 9 per cent", 4, "percent"),
    ("It cut 9,000 jobs, roughly one in eight of its workforce.", "roughly one in eight", 1, "count"),
    ("Twelve of the 19 escaped on foot, two of them injured.", "Twelve of the 19", 12, "count"),
    ("The inquiry's 280-page report came out.", "280-page", 280, "pages"),
    ("Four dead, three missing after collapse", "Four dead", 4, "people"),
    ("The toll rises to 38 as aid arrives.", "38", 38, "count"),
    ("Some firms have only two or three weeks of cash.", "two or three weeks", None, "weeks"),
    ("A shortfall of between £550 million and £780 million.", "between £550 million and £780 million", 5.5e8, "GBP"),
    ("Farmers were paid 70,000 to 75,000 cedis a ton.", "70,000 to 75,000 cedis", 7e4, "GHS"),
    ("Voters rejected it by 57% to 43%.", "57% to 43%", 57, "percent"),
    ("Nordvik will route three of its weekly services via Gdynia.", "three of its weekly services", 3, "services"),
    ("Moananui holds about an eighth of the quota.", "about an eighth", 0.125, "share"),
    ("His income will fall by a third, not by a third party.", "a third", 1 / 3, "share"),
    ("In a dry year as few as 22 ships pass.", "as few as 22 ships", 22, "ships"),
    ("Vietnam is the world's third-largest exporter.", "third-largest", None, "rank"),
    ("Her government's TT$1.4 billion programme.", "TT$1.4 billion", 1.4e9, "TTD"),
    ("The fire is about 12 km from town.", "about 12 km", 12, "km"),
    ("She left with her two grandchildren.", "two grandchildren", 2, "grandchildren"),
    ("He rides the bus three times a week.", "three times a week", 3, "times"),
])
def test_figures_in_any_currency_with_ages_shares_ranges_and_bounds(text: str, value: str, amount: float | None,
                                                                    unit: str) -> None:
    found = {f.text: (f.amount, f.unit) for f in extract.find_figures(split_paragraphs(text), ("CL", "KR"))}
    assert found[value][0] == (pytest.approx(amount) if amount is not None else None) and found[value][1] == unit
    assert all(states_number(v) for v in found)


def test_a_currency_sign_that_is_a_letter_counts_only_in_its_country() -> None:
    text = "Claims of more than R2.6-billion, bail of R500,000 and about R740-million; the R59 road."
    found = {f.text: (f.amount, f.unit) for f in extract.find_figures(split_paragraphs(text), ("ZA",))}
    assert found == {"more than R2.6-billion": (2.6e9, "ZAR"), "R500,000": (5e5, "ZAR"),
                     "about R740-million": (7.4e8, "ZAR")}
    assert not extract.find_figures(split_paragraphs(text), ("US",))


def test_a_count_is_a_number_and_its_noun_not_the_words_after_it() -> None:
    found = [f.text for f in extract.find_figures(split_paragraphs(
        "But two men and one woman decided this race; the 10-year bond yield rose."))]
    assert found == ["two men"]


def test_ranges_in_words_ages_and_percentage_points_are_one_figure() -> None:
    found = [f.text for f in extract.find_figures(split_paragraphs(
        "Repairs take between four and six weeks, or two to three weeks at most. Voters aged 18 to 25 moved "
        "0.3 to 0.5 percentage points. The party won between one and two seats; another went from two to three "
        "seats."))]
    assert found == ["between four and six weeks", "two to three weeks", "aged 18 to 25",
                     "0.3 to 0.5 percentage points", "between one and two seats", "three seats"]


def test_today_tonight_last_night_that_year_quarters_and_a_passive_by(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Law signed",
        "ISLAMABAD, 17 November 2027 - The law was signed by the president on Monday. Today the regulator opens. "
        "Three weeks ago the cabinet agreed. Talks resume early next year and end by the end of the month.",
        "Fans gathered last night and yesterday afternoon; the club will play this afternoon and tonight.",
        "A ferry sank in 2024, and a pledge that year was ignored. Output rises in the first quarter of next year, "
        "a decade ago it fell.",
    ]) + "\n")
    events = {e["as_written"]: (e["date"], e["scheduled"]) for e in briefing["events"]}
    assert events == {
        "on Monday": ("2027-11-15", False), "Today": ("2027-11-17", True), "Three weeks ago": ("2027-10", False),
        "early next year": ("2028", True), "the end of the month": ("2027-11", True),
        "last night": ("2027-11-16", False), "yesterday afternoon": ("2027-11-16", False),
        "this afternoon": ("2027-11-17", True), "tonight": ("2027-11-17", True), "2024": ("2024", False),
        "that year": ("2024", False), "the first quarter of next year": ("2028", True),
        "a decade ago": ("2017", False)}


def test_votes_in_words_shares_in_ten_and_counts_in_tens() -> None:
    found = [f.text for f in extract.find_figures(split_paragraphs(
        "By a majority of four to one, the judges agreed. Nearly four in ten of them work sixty-hour weeks and "
        "sell half their catch; barely half the cost is covered. Three in 2019 did so."))]
    assert found == ["four to one", "Nearly four in ten", "sixty-hour", "half their catch", "barely half"]


def test_temperatures_as_written_scores_and_counts_in_brackets() -> None:
    found = [f.text for f in extract.find_figures(split_paragraphs(
        "It hit 51.5C, between 2C and 3C above normal, and minus 30F at night. South Africa completed a 2-0 "
        "series win; Sri Lanka resumed on 58 for two and Mokoena finished with five for 38. Janet Friesen (766) "
        "beat Tom Harder (741); Ann Lee (2019) did not stand."))]
    assert found == ["51.5C", "between 2C and 3C", "minus 30F", "2-0", "58 for two", "five for 38", "766", "741"]


def test_local_currency_signs_bounded_counts_and_irregular_plurals() -> None:
    text = ("The kwacha fell to MK1,750 and rice cost between RM4.50 and RM6; a BD210m plant and 2,000 Kč fines. "
            "Five consortia bid, roughly 900 of whom live there, and every contributor over 55 will be told. "
            "They searched until about 3 in the morning.")
    found = {f.text: f.unit for f in extract.find_figures(split_paragraphs(text), ("MW", "MY", "BH", "CZ"))}
    assert found == {"MK1,750": "MWK", "between RM4.50 and RM6": "MYR", "BD210m": "BHD", "2,000 Kč": "CZK",
                     "Five consortia": "consortia", "roughly 900": "count", "over 55": "count"}
    assert not extract.find_figures(split_paragraphs("It cost MK1,750 and RM6."), ("US",))
    found = {f.text: f.unit for f in extract.find_figures(split_paragraphs(
        "Fares rose from Sh200 to Sh350, petrol from N685 to N1,040, water to NIS 1.71 a cubic metre."),
        ("KE", "NG", "IL"))}
    assert found == {"Sh200": "KES", "Sh350": "KES", "N685": "NGN", "N1,040": "NGN", "NIS 1.71": "ILS"}


def test_a_future_told_by_as_early_as_have_to_and_a_modal_before_from(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Talks",
        "PRAGUE, 12 February 2027 - A meeting could be held as early as Monday. “We have to be here when the "
        "bins fill up in October,” she said. The refund should decrease from July.",
        "Under plans approved at a private meeting on Wednesday, the unit will close.",
    ]) + "\n")
    events = {e["as_written"]: (e["date"], e["scheduled"]) for e in briefing["events"]}
    assert events == {"Monday": ("2027-02-15", True), "in October": ("2027-10", True),
                      "from July": ("2027-07", True), "on Wednesday": ("2027-02-10", False)}


_AUCTION = ("The government raised ₹1,18,640 crore for 700 MHz airwaves on Tuesday; yields rose 17bp and cars "
            "ran at more than 90km/h. A couple in their thirties paid GH¢50.")


def test_a_dateline_in_digits_holidays_lakhs_units_written_short_and_decades_of_age(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Auction", "31/08/2027",
        _AUCTION + " He hopes to finish before Christmas, as he did last Christmas; 03/04/2027 is read as its year.",
    ]) + "\n")
    assert briefing["published"]["date"] == "2027-08-31"
    events = {e["as_written"]: e["date"] for e in briefing["events"]}
    assert {k: events.get(k) for k in ("on Tuesday", "Christmas", "last Christmas", "03/04/2027")} == {
        "on Tuesday": "2027-08-31", "Christmas": "2027-12-25", "last Christmas": "2026-12-25", "03/04/2027": "2027"}
    found = [f.text for f in extract.find_figures(split_paragraphs(_AUCTION), ("IN", "GH"))]
    assert found == ["₹1,18,640 crore", "700 MHz", "17bp", "more than 90km/h", "in their thirties", "GH¢50"]
