"""Drafting from real reporting (issue 14, item 1): conventions of particular presses found in held-out
sets 96 to 109 (Kenyan, South African and Philippine money, Folha's dateline, a month with "last
year", an office named before its holder, Irish party members, a view given with "For X,", a court
report's inspector and magistrate, Māori bodies' names), drafted by the real `briefings new` code
against an empty registry.
"""

from __future__ import annotations

from pathlib import Path

from tests.drafting import draft, proposed, speakers


def test_money_signed_by_its_press_without_its_country_and_thousands_grouped_by_spaces(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "County budget",
        "The governor rejected the Sh14.6 billion budget, or about Sh65 million per ward, passed by the MCAs.",
        "In South Africa, the accused paid R4 216 500 into one account and a bribe of R50 000.",
        "Some 2027 300 people voted; the fee was Sh 200.",
    ]) + "\n")
    figures = {(f["paragraph"], f["value"]) for f in briefing["figures"]}
    assert {(2, "Sh14.6 billion"), (2, "about Sh65 million"), (3, "R4 216 500"), (3, "R50 000")} <= figures
    assert not {value for _, value in figures if "2027 300" in value}  # two numbers side by side stay two
    units = {f["value"]: f.get("unit") for f in briefing["figures"]}
    assert units["Sh14.6 billion"] == "KES" and units["R4 216 500"] == "ZAR"


def test_folha_dateline_and_a_month_of_the_last_or_next_year(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Recount",
        "Carolina Mendes, Curitiba — 8.nov.2028 at 7:45 pm",
        "The recount was carried out on Sunday (5). Ribeiro was elected in November last year.",
        "The new council sits by 14 October next year, and the levy ends in March this year.",
    ]) + "\n")
    assert briefing["published"]["date"] == "2028-11-08"
    dates = {e["as_written"]: e["date"] for e in briefing["events"]}
    assert dates["on Sunday"] == "2028-11-05"
    assert dates["in November last year"] == "2027-11"
    assert dates["by 14 October next year"] == "2029-10-14"
    assert any(value == "2028-03" for written, value in dates.items() if "March this year" in written)


def test_an_office_named_before_its_holder_and_members_of_irish_parties(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Dáil rejects motion",
        "The Government won, after a debate in which the Minister for Housing accused the Opposition of "
        "“sloganeering”.",
        "Responding, the Minister for Housing, Ciarán Mulvihill, said the Government had “no ideological "
        "objection” to a higher rate.",
        "Fine Gael’s Gráinne Tobin, a TD for Dublin Bay South, said the motion was “well-intentioned but badly "
        "drafted”.",
        "Rory Keane said: “The Government keeps telling us to be patient.”",
        "He later accused the Government of “protecting people who sit on empty houses”, a remark the Ceann "
        "Comhairle asked him to moderate.",
    ]) + "\n")
    found = proposed(briefing)
    assert found["Fine Gael"] == ("organisations", None)
    assert "Ceann Comhairle" not in found
    said = dict(speakers(briefing))
    assert said["sloganeering"] == "ciaran-mulvihill"
    assert said["well-intentioned but badly drafted"] == "grainne-tobin"
    assert said["protecting people who sit on empty houses"] == "rory-keane"


def test_a_view_given_with_for_and_a_member_elect_and_the_court_by_its_acronym(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Recount",
        "The recount by the Regional Electoral Court (TRE-PR) stripped the PL of two seats.",
        "The Supreme Federal Court may yet hear an appeal, said Patrícia Lunardelli, a lawyer.",
        "For Luciana Albuquerque, who will lead the PT bench in the new council, the recount “restores the "
        "balance that the law demands”.",
        "“Nobody is going to vote against paving a street,” the PT councillor-elect said.",
        "According to the TRE-PR, 38 towns had a recount. The court said in a note that the results are "
        "“definitive unless a new court decision is issued”.",
    ]) + "\n")
    said = dict(speakers(briefing))
    assert said["restores the balance that the law demands"] == "luciana-albuquerque"
    assert said["Nobody is going to vote against paving a street"] == "luciana-albuquerque"
    assert said["definitive unless a new court decision is issued"] == "Regional Electoral Court"


def test_bodies_named_like_people_and_a_capital_as_a_given_name(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Board cuts program",
        "Rates averaged 652% last year, according to the state’s Financial Institutions Division.",
        "Bangko Sentral ng Pilipinas lifted its rate. Harmon Creek City Schools would lay off three teachers.",
        "The Revenue Commissioners said 2,940 homes were registered, and the Special Investigating Unit "
        "recovered R9.1 million.",
        "The loudest applause went to 13-year-old Sofia Petrakis, a student, who read from a letter.",
        "“We are not asking for special treatment,” she read.",
        "The report was by the Provincial Delivery and Monitoring Unit (PDMU) on delays.",
    ]) + "\n")
    found = proposed(briefing)
    assert {name: found.get(name, ("missing",))[0] for name in (
        "Financial Institutions Division", "Bangko Sentral ng Pilipinas", "Harmon Creek City Schools",
        "Revenue Commissioners", "Special Investigating Unit", "Sofia Petrakis",
        "Provincial Delivery and Monitoring Unit")} == {
        "Financial Institutions Division": "organisations", "Bangko Sentral ng Pilipinas": "organisations",
        "Harmon Creek City Schools": "organisations", "Revenue Commissioners": "organisations",
        "Special Investigating Unit": "organisations", "Sofia Petrakis": "people",
        "Provincial Delivery and Monitoring Unit": "organisations"}
    assert dict(speakers(briefing))["We are not asking for special treatment"] == "sofia-petrakis"


def test_a_bloc_speaking_through_its_ministers_and_a_country_through_a_ministry_spokesperson(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Gulf ministers back Kuwait",
        "Doha, Qatar – Foreign ministers of the Gulf Cooperation Council (GCC) backed Kuwait, urging Tehran to "
        "negotiate “on the basis of international law”.",
        "Meeting in the Qatari capital on Thursday, ministers of the six-member bloc said in a statement that the "
        "field belonged “exclusively” to Kuwait.",
        "A spokesperson for the Iranian foreign ministry dismissed the statement as “repetitive and baseless”.",
        "GCC Secretary-General Khalid al-Marri said the next meeting would be in Muscat. “We will carry these "
        "positions to the heads of state,” he said.",
    ]) + "\n")
    said = dict(speakers(briefing))
    assert said["on the basis of international law"] == said["exclusively"] == "Gulf Cooperation Council"
    assert said["repetitive and baseless"] == "Iran"
    assert said["We will carry these positions to the heads of state"] == "khalid-al-marri"


def test_pharmacies_timber_traders_adverbs_and_places_a_body_is_based_in(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Town loses pharmacy",
        "Loretta Haines closed Haines Family Drug in March, after Meridell Rx opened a store. Harcourt Timber "
        "bought the site.",
        "“I know who is diabetic,” Haines said.",
        "The figures come from the Rural Health Institute. Nationally, the institute counted 412 towns.",
        "“It is simply not enough beans,” said Marc Delorme, a trader with Geneva-based Sahelia Commodities.",
    ]) + "\n")
    found = proposed(briefing)
    assert {name: found.get(name, ("missing",))[0] for name in (
        "Haines Family Drug", "Meridell Rx", "Harcourt Timber", "Sahelia Commodities", "Loretta Haines")} == {
        "Haines Family Drug": "organisations", "Meridell Rx": "organisations", "Harcourt Timber": "organisations",
        "Sahelia Commodities": "organisations", "Loretta Haines": "people"}
    assert not {"Nationally", "Geneva"} & set(found)
    assert dict(speakers(briefing))["I know who is diabetic"] == "loretta-haines"


def test_a_speaker_before_a_reported_clause_and_a_quote_told_to_a_broadcaster(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Ticket row",
        "Miriam Osterkamp, who leads the party group, said the coalition agreement had promised to keep the "
        "ticket “affordable and permanent.”",
        "The FDP seized on the dispute. “This coalition cannot even agree on a bus ticket. How is it supposed to "
        "fix the economy?” FDP leader Jonas Felder told public broadcaster ZDF.",
    ]) + "\n")
    said = dict(speakers(briefing))
    assert said["affordable and permanent."] == "miriam-osterkamp"
    assert said["This coalition cannot even agree on a bus ticket. How is it supposed to fix the economy?"] == \
        "jonas-felder"


def test_ships_terminals_between_countries_party_branches_and_officers_by_their_initials(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Ferry crisis",
        "The route is served by the 31-year-old MV Loch Seil, which can carry only 32 cars. The MV Isle of Jura "
        "is repaired.",
        "Trains reached the China-Kazakhstan Zharkent terminal. Barges left Greater Odesa.",
        "Scottish Labour said the islands were let down. Raman founded Quillby with CTO Jonah Weiss.",
        "“Today is the hardest day we’ve had,” Weiss wrote. Hanseong Chemical shares fell. Read the FAQ.",
    ]) + "\n")
    found = proposed(briefing)
    assert found.get("Scottish Labour", ("missing",))[0] == "organisations"
    assert found.get("Hanseong Chemical", ("missing",))[0] == "organisations"
    assert found.get("Jonah Weiss", ("missing",))[0] == "people"
    assert not {"MV Loch Seil", "MV Isle of Jura", "China-Kazakhstan Zharkent", "Greater Odesa", "FAQ",
                "CTO Jonah Weiss"} & set(found)
    assert dict(speakers(briefing))["Today is the hardest day we’ve had"] == "jonah-weiss"


def test_a_body_known_by_who_works_there_and_what_is_posted_there(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Layoffs",
        "Priya Raman founded the company with Jonah Weiss, a former Google engineer.",
        "Weiss addressed the layoffs in a LinkedIn post. A designer posted on Bluesky that she learned of it late.",
        "In a Facebook post on Monday, the minister said the market was calm.",
    ]) + "\n")
    found = proposed(briefing)
    assert {name: found.get(name, ("missing",))[0] for name in ("Google", "LinkedIn", "Bluesky", "Facebook")} == \
        dict.fromkeys(("Google", "LinkedIn", "Bluesky", "Facebook"), "organisations")
    assert "Monday" not in found


def test_members_of_the_knesset_counties_hyphenated_parties_and_bodies_after_an_office(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Coalition crisis",
        "“We are not bluffing,” Shas MK Moshe Elbaz told Haaretz on Monday evening.",
        "The accused, of Ballina, Co Mayo, was fined. Pakistan Muslim League-Nawaz walked out.",
        "The General Secretary of the Ghana National Cocoa Farmers' Union (GNCFU), Nana Kofi Boateng, said the "
        "assurances had been heard before.",
        "Adwoa Serwaa Danso, Executive Secretary of the Licensed Cocoa Buyers Association (LCBA), said her members "
        "were caught in the middle.",
    ]) + "\n")
    found = proposed(briefing)
    assert {name: found.get(name, ("missing",))[0] for name in (
        "Moshe Elbaz", "Ghana National Cocoa Farmers' Union", "Licensed Cocoa Buyers Association",
        "Nana Kofi Boateng")} == {
        "Moshe Elbaz": "people", "Ghana National Cocoa Farmers' Union": "organisations",
        "Licensed Cocoa Buyers Association": "organisations", "Nana Kofi Boateng": "people"}
    assert not {"Co Mayo", "Shas MK Moshe Elbaz"} & set(found)
    assert any(section == "organisations" for name, (section, _) in found.items() if "League-Nawaz" in name)
    assert dict(speakers(briefing))["We are not bluffing"] == "moshe-elbaz"


def test_an_unnamed_minister_opening_a_sentence_and_a_governing_body(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Contracts row",
        "Elbaz dismissed the scenario. A preliminary reading, he said, was “a photograph, not a law.”",
        "A Likud minister who asked not to be named was less sanguine. “If the Haredim walk, we are at the polls "
        "in October,” he said.",
        "The England and Wales Cricket Board (ECB) offered new contracts. The governing body said it was "
        "“disappointed” by the players' statement.",
    ]) + "\n")
    said = dict(speakers(briefing))
    assert said["If the Haredim walk, we are at the polls in October"] == "A Likud minister who asked not to be named"
    assert said["disappointed"] == "England and Wales Cricket Board"


def test_a_royal_minister_languages_crude_futures_and_an_acronym_inside_a_speaker(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Output cut",
        "Saudi Energy Minister Prince Abdulrahman bin Khalid said the group would act. Benchmark Brent crude "
        "futures rose 2%.",
        "The vote split French- and German-speaking Switzerland. EBITDA fell. Residents of Marine Parade objected.",
        "“A weaker lira is not a gift to exporters,” Turkish Exporters Assembly (TİM) Chair Nihat Ertürk told "
        "Daily Sabah.",
    ]) + "\n")
    found = proposed(briefing)
    assert found.get("Abdulrahman bin Khalid", ("missing",))[0] == "people"
    assert not {"Benchmark Brent", "France", "Germany", "EBITDA", "Marine Parade"} & set(found)
    assert not {"france", "germany"} & set(briefing["countries"])
    assert dict(speakers(briefing))["A weaker lira is not a gift to exporters"] == "nihat-erturk"


def test_a_university_named_with_a_comma_list_and_council_members(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Rent vote",
        "The trial was run by the University of Sciences, Techniques and Technologies of Bamako and partners.",
        "“We stop waiting now,” said Council Member Amina Yusuf, who wrote the ordinance.",
    ]) + "\n")
    found = proposed(briefing)
    assert found.get("University of Sciences, Techniques and Technologies of Bamako", ("missing",))[0] == \
        "organisations"
    assert found.get("Amina Yusuf", ("missing",))[0] == "people"
    assert not {"University of Sciences", "Council Member Amina Yusuf"} & set(found)
    assert dict(speakers(briefing))["We stop waiting now"] == "amina-yusuf"


def test_a_court_report_speakers_by_their_titles_and_an_unnamed_complainant(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Man denied bail",
        "Luca Ferrante pleaded not guilty before Magistrate Charmaine Vella Fenech on Tuesday.",
        "Inspector Daniel Camilleri Psaila told the court that Ferrante collected deposits.",
        "‘The victims were mostly young foreign workers,’ the inspector said.",
        "‘Two of the complainants are afraid,’ said lawyer Roberta Micallef Said.",
        "Rejecting the request, the magistrate said she was not satisfied.",
        "‘The court cannot ignore that the proceeds have not been recovered,’ she said.",
        "Outside court, one of the complainants, a 27-year-old nurse who asked not to be named, said she had "
        "paid €2,800.",
        "‘I saved for five months for that deposit,’ she told Times of Malta.",
    ]) + "\n")
    said = dict(speakers(briefing))
    assert said["The victims were mostly young foreign workers"] == "daniel-camilleri-psaila"
    assert said["The court cannot ignore that the proceeds have not been recovered"] == "charmaine-vella-fenech"
    assert said["I saved for five months for that deposit"] == "one of the complainants"


def test_a_weekday_of_the_datelines_own_day_ships_wars_and_districts(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Japan protests seizure of kelp boat",
        "KYODO NEWS - Jun 9, 2028 - 18:42",
        "Japan lodged a protest with Russia on Friday after border guards seized a boat, the government said.",
        "The 4.9-ton Kotoshiro Maru No. 8 was boarded on Thursday, according to the Fisheries Agency.",
        "Takeshi Ozawa heads the fisheries cooperative in the Habomai district of Nemuro.",
        "The islands were seized at the end of World War II in 1945, and the Habomai cooperative lands a third "
        "of the catch.",
    ]) + "\n")
    dates = {e["as_written"]: e["date"] for e in briefing["events"]}
    assert dates["on Friday"] == "2028-06-09" and dates["on Thursday"] == "2028-06-08"
    assert not {"Kotoshiro Maru", "World War II", "Habomai"} & set(proposed(briefing))


def test_maori_bodies_and_a_person_called_by_a_trade(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Road reopens",
        "The detour cut off communities such as Te Puia Springs and Ruatōria for 14 months.",
        "At a karakia, Te Rūnanganui o Ngāti Porou chair Mereana Tangaere said the closure kept whānau apart.",
        "“Kua tuwhera anō te ara ki te kāinga,” she said – the road home is open again.",
        "Tikitiki trucking operator Wiremu Kaa said his fuel bill had climbed. “We were burning money,” he said.",
    ]) + "\n")
    found = proposed(briefing)
    assert found.get("Te Rūnanganui o Ngāti Porou", ("missing",))[0] == "organisations"
    assert found.get("Wiremu Kaa", ("missing",))[0] == "people"
    assert "Te Puia Springs" not in found
    said = dict(speakers(briefing))
    assert said["Kua tuwhera anō te ara ki te kāinga"] == "mereana-tangaere"
    assert said["We were burning money"] == "wiremu-kaa"


def test_two_firms_joined_by_and_titles_joined_by_and_and_an_acronym_that_is_a_word(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Photonics start-up raises $120 million",
        "Existing investors Carmel Ridge Capital and Hadar Partners also took part in the round.",
        "\"The wires are the problem,\" said cofounder and CEO Yael Shalev-Brandes.",
        "She founded the company with VP engineering Itai Mizrahi.",
        "Bernadette Okafor said WHO would ask member states to pool purchases of antivenom.",
        "Farmers in the lower San Juan River valley are waiting for water.",
        "NIA Administrator Eduardo Sarmiento said he had ordered the suspension of payments.",
    ]) + "\n")
    found = proposed(briefing)
    assert {"Carmel Ridge Capital", "Hadar Partners", "WHO"} <= {n for n, (s, _) in found.items()
                                                                if s == "organisations"}
    assert found.get("Eduardo Sarmiento", ("missing",))[0] == "people"
    assert not {"VP", "Puerto Rico", "Carmel Ridge Capital and Hadar Partners"} & set(found)
    assert dict(speakers(briefing))["The wires are the problem"] == "yael-shalev-brandes"


def test_a_spokesman_introduced_by_whose_and_pesos_as_philippine_papers_print_them(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Ghost projects",
        "Opposition was led by the Scottish Conservatives, whose rural affairs spokesman Douglas Rennie, the MSP "
        "for Galloway and West Dumfries, accused ministers of having ‘ignored the people who work the land’.",
        "The Philippine audit flagged P487 million in payments.",
    ]) + "\n")
    assert dict(speakers(briefing))["ignored the people who work the land"] == "douglas-rennie"
    units = {f["value"]: f.get("unit") for f in briefing["figures"]}
    assert units.get("P487 million") == "PHP"


def test_a_weekday_after_said_a_junta_a_wildfire_and_firms_listed_with_a_bank(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Obituary and markets",
        "\"Half the families got a door because of Rosa,\" Ruiz said Monday. \"She was the one who said it.\"",
        "First Gulf Meridian, Halden Securities and Kuwait Levant Bank arranged the sale.",
        "The Junta de Andalucía approved the decree as the Chumstick Fire spread north.",
    ]) + "\n")
    assert "Monday" not in {speaker for _, speaker in speakers(briefing)}
    found = proposed(briefing)
    assert {"Halden Securities", "Kuwait Levant Bank", "Junta de Andalucía"} <= {
        name for name, (section, _) in found.items() if section == "organisations"}
    assert "Chumstick Fire" not in found


def test_months_in_a_list_a_question_queried_a_watchdog_and_a_gate_of_paris(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Nurses strike",
        "NAIROBI, Oct 2, 2028 — The county owes nurses salary arrears for August, September and October.",
        "Mr Wafula dismissed the plan. \"What about September and October?\" he queried.",
        "Passenger watchdog Transport Focus said commuters needed notice, as did Straits Petrochem.",
        "Tractors gathered at the Porte d'Orleans before dawn.",
    ]) + "\n")
    written = [event["as_written"] for event in briefing["events"]]
    assert written.count("September") == 2
    assert "wafula" in (dict(speakers(briefing))["What about September and October?"] or "")
    found = proposed(briefing)
    assert {"Transport Focus", "Straits Petrochem"} <= {n for n, (s, _) in found.items() if s == "organisations"}
    assert "Porte d'Orleans" not in found


def test_a_closing_first_published_line_rivers_tunnels_and_bodies_abroad(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "First Nations evacuated",
        "WINNIPEG — More than 3,100 people were flown out on Wednesday along the River Elwy.",
        "Deutsche Bahn blamed the Brenner Base Tunnel; an ÖBB spokeswoman said it was \"following closely\".",
        "Counsel Andre Blackwood and Chief Superintendent of Immigration Esi Ampofo spoke for Inversiones del "
        "Pacifico.",
        "Jun 22nd 2028 | OSLO",
        "This report by The Canadian Press was first published July 18, 2029.",
    ]) + "\n")
    assert briefing["published"]["date"] == "2029-07-18"
    dates = {e["as_written"]: e["date"] for e in briefing["events"]}
    assert dates["on Wednesday"] == "2029-07-18" and "July 18, 2029" not in dates
    found = proposed(briefing)
    assert {"Deutsche Bahn", "ÖBB", "Inversiones del Pacifico"} <= {n for n, (s, _) in found.items()
                                                                   if s == "organisations"}
    assert {"Andre Blackwood", "Esi Ampofo"} <= {n for n, (s, _) in found.items() if s == "people"}
    assert not {"River Elwy", "Brenner Base Tunnel", "OSLO"} & set(found)


def test_cfa_francs_as_the_west_african_press_prints_them_and_a_coordinator(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Senegal signs tuna licences",
        "Senegal granted licences worth CFA7.2bn, or CFA1.1 billion a year, to the consortium.",
        "Emergency Management Coordinator Tasha Greer said the sirens would be tested.",
    ]) + "\n")
    units = {f["value"]: f.get("unit") for f in briefing["figures"]}
    assert units.get("CFA7.2bn") == "XOF" and units.get("CFA1.1 billion") == "XOF"
    assert proposed(briefing).get("Tasha Greer", ("missing",))[0] == "people"
