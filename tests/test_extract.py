"""Drafting from real reporting (issue 14, item 1): one test per rule of extraction.

Each article here is a few made-up sentences in the shape news copy takes; the drafts are made by
the real `briefings new` code in a scratch project, against an empty registry unless a test gives
one, so every entity must be found from the text alone.
"""

from __future__ import annotations

from pathlib import Path

from generator.authoring import extract
from generator.corpus.seeds import split_paragraphs
from tests.drafting import REGISTRY, draft, proposed, speakers

# ---- speakers -------------------------------------------------------------------------------

def test_speakers_by_every_attribution_shape(tmp_path: Path) -> None:
    found = speakers(draft(tmp_path, "\n".join([
        "Ministers Anna Berg and Tomas Lind met in Oslo. Economist Carla Ruiz of the Nordic Institute followed.",
        '"We will cut the tariff," Berg said.',
        '"Not this year," said Lind.',
        'Ruiz told reporters: "The talks were useful."',
        'Berg added that the deal was "overdue".',
        'The deal is "a start," according to Ruiz.',
        'Lind wrote on social media that Norway was "ready".',
        'Carla Ruiz: "Nobody wins a trade war."',
        '"This is a truce," Ruiz, 58, told the conference. "The issues remain."',
        '"It won\'t move the dial," said Carla Ruiz, the institute\'s economist, "but the direction is right."',
    ])))
    assert found == [("We will cut the tariff", "anna-berg"), ("Not this year", "tomas-lind"),
                     ("The talks were useful.", "carla-ruiz"), ("overdue", "anna-berg"), ("a start", "carla-ruiz"),
                     ("ready", "tomas-lind"), ("Nobody wins a trade war.", "carla-ruiz"),
                     ("This is a truce", "carla-ruiz"), ("The issues remain.", "carla-ruiz"),
                     ("It won't move the dial", "carla-ruiz"), ("but the direction is right.", "carla-ruiz")]


def test_an_honorific_or_initial_with_a_full_stop_is_part_of_the_speaker(tmp_path: Path) -> None:
    found = speakers(draft(tmp_path, "\n".join([
        '"The boats were too close," said Dr. Lourdes Ocampo, a researcher in Manila.',
        '"We will look again," said J. R. Batista.',
    ])))
    assert found == [("The boats were too close", "lourdes-ocampo"), ("We will look again", "j-r-batista")]


def test_pronouns_are_the_person_last_named_outside_quotations(tmp_path: Path) -> None:
    found = speakers(draft(tmp_path, "\n".join([
        "Labour MP Sarah Champion, who chairs the trade committee, was cautious. She told the Times that the visit "
        'was "a risk worth taking", but that ministers had to raise the case of Jimmy Lai.',
        '"Jimmy Lai should be freed," she said.',
        "Michael Kovrig, a former diplomat, spoke on Tuesday. Kovrig's advice was for Mark Carney and all Canadians.",
        '"Remember who you deal with," he said.',
    ])))
    assert found == [("a risk worth taking", "sarah-champion"), ("Jimmy Lai should be freed", "sarah-champion"),
                     ("Remember who you deal with", "michael-kovrig")]


def test_surnames_first_names_titles_and_honorifics_name_one_person(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n".join([
        "BEIJING, 29 January 2026 — British Prime Minister Sir Keir Starmer met Chinese President Xi Jinping.",
        "‘There will be twists and turns,’ Sir Keir told reporters.",
        '"We welcome him," Mr Xi said.',
        'The Prime Minister later said the talks were "frank".',
        '"Chile needs order," said Matthei, after Conservative Evelyn Matthei endorsed the plan.',
    ]))
    assert speakers(briefing) == [("There will be twists and turns", "keir-starmer"),
                                  ("We welcome him", "xi-jinping"), ("frank", "keir-starmer"),
                                  ("Chile needs order", "evelyn-matthei")]
    assert proposed(briefing)["Keir Starmer"] == ("people", "leader")


def test_a_quotation_carried_into_the_next_paragraph_is_one_quote_a_paragraph(tmp_path: Path) -> None:
    found = speakers(draft(tmp_path, "\n".join([
        "Finance Minister Yuki Mori spoke on Friday.",
        '"We are not naive," Mori said. "We know who we are dealing with.',
        '"But the alternative is to lose a decade of influence."',
        '"Next," said the moderator.',
    ])))
    assert found[1:] == [("We know who we are dealing with.", "yuki-mori"),
                         ("But the alternative is to lose a decade of influence.", "yuki-mori"),
                         ("Next", "moderator")]


def test_single_quotes_open_at_a_word_and_apostrophes_never_do() -> None:
    paragraphs = split_paragraphs("Britain's students' union said it doesn't agree; the minister said 'no deal', "
                                  "and the ‘twists and turns’ of the ’80s were 'over'.")
    assert [q.text for q in extract.find_quotes(paragraphs)] == ["no deal", "twists and turns", "over"]


def test_a_plurals_possessive_inside_single_quotes_does_not_close_them() -> None:
    paragraphs = split_paragraphs("'Every day is a day our neighbours' ports win business,' he said. The students' "
                                  "union called it 'the workers' said nothing'.")
    assert [q.text for q in extract.find_quotes(paragraphs)] == [
        "Every day is a day our neighbours' ports win business", "the workers"]


def test_a_body_speaks_through_its_descriptor_and_its_spokeswoman(tmp_path: Path) -> None:
    found = speakers(draft(tmp_path, "\n".join([
        "Mine permit suspended", "",
        "LIMA, May 3, 2027 (Andes Wire) - The project is owned by Minera Cordillera del Sur SA.", "",
        "Cordillera, a subsidiary of the Mexican mining group Grupo Alcázar, said it would appeal. "
        "\u201cThe suspension sends a worrying signal,\u201d the company said in a statement.", "",
        "The National Disaster Management Agency, known as BNPB, said tents had been sent.", "",
        "\u201cIt is going smoothly,\u201d a spokeswoman for the agency said.",
    ])))
    assert found == [("The suspension sends a worrying signal", "Minera Cordillera del Sur SA"),
                     ("It is going smoothly", "National Disaster Management Agency")]


def test_accented_names_bare_appositions_and_legal_forms_name_the_speaker(tmp_path: Path) -> None:
    found = speakers(draft(tmp_path, "\n".join([
        "Quota auction splits Iceland", "",
        "Einar Sigurdsson, chief executive of the Federation of Icelandic Fisheries Companies (FIFC), disagrees. "
        "'The winners were the deepest pockets,' the chief executive says.", "",
        "'The auction shows what the quota is worth,' says Ásgeir Pálsson of the University of Iceland.", "",
        "Golden Valley Power & Gas Co. settled the claims on Monday.", "",
        "In a statement, the company said it \u201cdeeply regrets\u201d the fire.", "",
        "A Hellenic Navy tanker docked on Sunday, the Environment and Energy Ministry said. It said units would be "
        "installed \"before the summer\".",
    ])))
    assert found == [("The winners were the deepest pockets", "einar-sigurdsson"),
                     ("The auction shows what the quota is worth", "asgeir-palsson"),
                     ("deeply regrets", "Golden Valley Power & Gas Co"),  # its full stop ends the sentence
                     ("before the summer", "Environment and Energy Ministry")]  # "It": the body named last


def test_organisations_governments_and_news_agencies_speak_as_labels(tmp_path: Path) -> None:
    found = speakers(draft(tmp_path, "\n".join([
        "Trade between Argentina and Chile grew. Presidents met in Santiago.",
        "Argentina’s government said in a statement that the deal would \"open a new chapter\".",
        "The Chinese foreign ministry said relations had entered \"a new stage\".",
        "Xi told Trump that the two should be \"partners\", the official Xinhua news agency reported.",
        "Rates will rise, the Servel electoral service said, calling it \"a reset\".",
        "'It is what it is,' one senior Senate aide said.",
        "The British government said it \"continues to assess\" the plan.",
    ]), REGISTRY))
    assert found[:6] == [("open a new chapter", "Argentina"), ("a new stage", "China"),  # its unnamed ministry
                     ("partners", "Xi"), ("a reset", "Servel"), ("It is what it is", "one senior Senate aide"),
                     ("continues to assess", "United Kingdom")]  # a country by its name, not its adjective


def test_a_draft_names_the_dateline_outlet_and_gives_each_quote_the_words_around_it(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "Salmon farmers threaten court fight\n\n"
                     "OSLO, 9 February 2027 (Nordic Wire) - Norway's salmon farmers said on Tuesday they would "
                     "go to court.\n\n"
                     '"This tax was designed in a ministry in Oslo," said Geir Ove Ystmark, chief executive of '
                     'Sjømat Norge. "Nobody asked us."\n')
    assert briefing["outlet"] == "Nordic Wire"
    contexts = [q["context"] for q in briefing["quotes"]]
    assert contexts[0] == "said Geir Ove Ystmark, chief executive of Sjømat Norge"  # not the quote again
    assert contexts[1] == '"Nobody asked us."'  # a quote standing alone keeps its sentence
    assert draft(tmp_path / "other", "Salmon farmers threaten court fight\n\nThe farmers (all of them) "
                 "said on Tuesday they would go to court.\n")["outlet"] is None


def test_reported_speech_pronouns_carried_and_unnamed_speakers_a_paragraph_back(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Tuna deal agreed",
        "VICTORIA, 3 May 2027 - Zhou Weiming, the head of the Chinese delegation, said Beijing had agreed “in a "
        "spirit of compromise”.",
        "Chairman Dave Pritchard has agreed to sell his stake.",
        "And the lifelong fan, 71, was close to tears as he broke the news to staff.",
        "“I've given this club everything I had,” he said.",
        "A Colombo-based fund manager, who asked not to be named because he was not authorised to speak, said "
        "investors were relieved.",
        "“It has been rescued three times,” he said.",
        "Later, as the mayor was describing a staff review of spending, Coun. Raj Dhaliwal stood. Then, as the mayor "
        "went on, he cut in from his seat: “That’s not what your own report says.”",
    ]) + "\n")
    assert speakers(briefing) == [
        ("in a spirit of compromise", "zhou-weiming"), ("I've given this club everything I had", "dave-pritchard"),
        ("It has been rescued three times", "A Colombo-based fund manager"),
        ("That’s not what your own report says.", "raj-dhaliwal")]


def test_it_and_the_statement_speak_for_the_body_that_spoke(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Film festival loses funding",
        "IZMIR, 9 October 2027 - The Ministry of Culture and Tourism criticised the jury on Friday.",
        "Hours after the ceremony, the ministry announced that it was withdrawing its support. In a written "
        "statement, it said the film “presents a distorted account”.",
        "“Public money cannot be used to reward such productions,” the statement said.",
        "A Hellenic Navy tanker docked on Sunday, the Environment Ministry said in a statement. It said the "
        "government had approved “new desalination units”.",
        "Qiantang Airlines reported a profit. It did not give a forecast but said it expected the third quarter, "
        "traditionally its busiest, to be “clearly profitable”.",
        "Russia's Ministry of Agriculture halted imports. Belarus's Ministry of Trade said the ban was “unfair”.",
        "In Moscow, the agriculture ministry said the suspension would remain “until guarantees are given”.",
    ]) + "\n")
    assert speakers(briefing) == [
        ("presents a distorted account", "Ministry of Culture and Tourism"),
        ("Public money cannot be used to reward such productions", "Ministry of Culture and Tourism"),
        ("new desalination units", "Environment Ministry"), ("clearly profitable", "Qiantang Airlines"),
        ("unfair", "Ministry of Trade"), ("until guarantees are given", "Ministry of Agriculture")]


def test_a_new_statement_after_a_quote_an_apposition_before_who_and_a_princes_sex(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Rent freeze",
        "MEXICO CITY, 4 January 2027 - Rodrigo Landa, president of the landlords' association, spoke. "
        "\"The mayor is wrong,\" Landa said. \"Most of our members are retirees.\" The association said it would "
        "go to court.",
        "The figures drew scepticism from Kanokwan Srisuk, an economist at a research institute in Bangkok, who "
        "said such forecasts \"almost always assume the visitors would not have come anyway\".",
        "Selamawit Haile said the argument had become an excuse.",
        "The most sensitive objects are the tabots. “They are not art,” she said.",
        "She also raised Prince Alemayehu, who was taken to Britain as a child. “People here still feel that "
        "loss,” she said.",
    ]) + "\n")
    assert speakers(briefing) == [
        ("The mayor is wrong", "rodrigo-landa"), ("Most of our members are retirees.", "rodrigo-landa"),
        ("almost always assume the visitors would not have come anyway", "kanokwan-srisuk"),
        ("They are not art", "selamawit-haile"), ("People here still feel that loss", "selamawit-haile")]


def test_listed_ministries_titled_offices_an_initial_close_to_a_surname_and_an_opening_phrase(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Grain quotas",
        "ASTANA, 3 February 2027 - In a statement, the Ministry of Agriculture, Water and Forests said it would "
        "\"review the quotas\". The briefing was given by the Head of the Press Service Bolat Seitkali.",
        "\"We will keep exporting,\" B.Seitkali said.",
        "Asked about exports, B.Seitkali announced a meeting chaired by the Minister of Trade of Kazakhstan "
        "Dana Omarova.",
        "\"The quotas are temporary,\" he said.",
        "Elena Varga, who spoke for the farmers' union, said prices had fallen.",
        "'Order!' said the Deputy Speaker.",
    ]) + "\n")
    assert speakers(briefing) == [
        ("review the quotas", "Ministry of Agriculture, Water and Forests"),
        ("We will keep exporting", "bolat-seitkali"), ("The quotas are temporary", "bolat-seitkali"),
        ("Order!", "Deputy Speaker")]
    assert "Head of the Press Service Bolat Seitkali" not in proposed(briefing)


def test_people_known_by_one_name_nicknames_a_captain_and_a_communique(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Derby day",
        "ACCRA, 9 March 2027 - Coach Kofi Mensah, who is known to fans simply as 'Uncle K', praised captain "
        "Ama 'Rocket' Boateng after a 2-1 win over Osu Harriers. The Harriers drop to sixth.",
        "'We never stopped running,' the skipper said.",
        "Later, Uncle K smiled. 'That was character,' he said.",
        "Amina, 44, who sells water outside the stadium, was delighted. 'Business is good,' she said.",
        "A joint communiqué, issued after a summit of the Harmattan Five, pledged joint patrols.",
        "The leaders then left for the airport. \"Piracy is a shared threat,\" the document reads.",
    ]) + "\n")
    assert speakers(briefing) == [
        ("We never stopped running", "ama-boateng"), ("That was character", "kofi-mensah"),
        ("Business is good", "amina"), ("Piracy is a shared threat", "Harmattan Five")]
    found = proposed(briefing)
    assert found["Osu Harriers"][0] == "organisations" and found["Harmattan Five"][0] == "organisations"
    assert "Uncle K" not in found and {"Ama Boateng", "Amina"} <= set(found)
    aliases = {p["name"]: p.get("aliases") for p in briefing["proposed"]}
    assert aliases["Kofi Mensah"] == ["Uncle K"] and aliases["Ama Boateng"] == ["Rocket"]


def test_apostrophes_in_names_ages_described_ruling_as_an_adjective_and_nouns_for_the_named(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Greenway row",
        "KERRY, 3 June 2027 - “The farmers are worried,” said Cllr Máire O’Donnell (Fianna Fáil).",
        "Pierre-Luc d’Aubigny watched the lifts. “We need snow,” says the 59-year-old chief executive of Alpage.",
        "A spokesman for the ruling Military Council, Colonel Aung Thura, rejected the report as “lies”.",
        "Presenter Niamh Madden will stand in the by-election.",
        "Speaking outside her home, the glamorous mum told reporters: ‘I am ready.’",
        "She added: ‘I will win.’",
        "But party spokesman Ronan Keogh insisted Madden had been picked on merit. ‘She is the best,’ he said.",
    ]) + "\n")
    said = dict(speakers(briefing))
    assert [said["The farmers are worried"], said["We need snow"], said["lies"], said["I am ready."],
            said["I will win."], said["She is the best"]] == [
        "maire-odonnell", "pierre-luc-daubigny", "aung-thura", "niamh-madden", "niamh-madden", "ronan-keogh"]


def test_tabloid_verbs_and_a_question_that_begins_an_interview(tmp_path: Path) -> None:
    briefing = draft(tmp_path, "\n\n".join([
        "Quota row",
        "OSLO, 5 October 2027 - Minister Heðin Holm was questioned by Rúna Dahl on the radio.",
        "'Why should you be the exception?' Dahl began.",
        "‘This isn’t a cookery slot,’ one rival campaign source sniffed.",
    ]) + "\n")
    assert speakers(briefing) == [("Why should you be the exception?", "runa-dahl"),
                                  ("This isn’t a cookery slot", "one rival campaign source")]


def test_a_headline_quote_said_later_a_sentence_opened_by_she_and_a_live_blog_entry(tmp_path: Path) -> None:
    found = speakers(draft(tmp_path, "\n\n".join([
        "SPLIT: ‘We tried everything’ as star leaves",
        "LONDON, 22 August 2027 - Sir Geoffrey Hallam retired. Rūta Stankevičiūtė replaces him.",
        "On Hallam, she is generous. ‘Sir Geoffrey built something solid.’",
        "She has programmed The Sea by Mikalojus Konstantinas Čiurlionis, which she says ‘nobody has heard’.",
        "Rūta Stankevičiūtė wrote: “After a lot of thought, we tried everything, but it is over.”",
        "11:58 p.m. — Alexander concedes. Speaking to supporters, Kendrick Alexander said he had called Marisa "
        "Fleary to congratulate her. \"We will be an honest opposition,\" he said.",
        "\"This is the most important investment we have made,\" Electricity and Water Affairs Minister Dr Khalid "
        "Al Mannai said.",
    ]) + "\n"))
    assert found == [("We tried everything", "ruta-stankeviciute"),
                     ("Sir Geoffrey built something solid.", "ruta-stankeviciute"),
                     ("nobody has heard", "ruta-stankeviciute"),
                     ("After a lot of thought, we tried everything, but it is over.", "ruta-stankeviciute"),
                     ("We will be an honest opposition", "kendrick-alexander"),
                     ("This is the most important investment we have made", "khalid-al-mannai")]
