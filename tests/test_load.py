"""Loading and validation: every mistake is reported with its file, line, field and a hint."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.corpus.check import check_project
from generator.corpus.fuzzy_date import parse_date
from generator.corpus.yaml_file import YamlFile, read_yaml
from generator.errors import Problem
from generator.project import Project


def load(tmp_path: Path, text: str) -> tuple[YamlFile | None, list[Problem]]:
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    return read_yaml(path, "x.yaml")


def messages(project: Project) -> list[str]:
    _, problems = check_project(project)
    return [str(p) for p in problems if p.severity == "error"]


def test_values_keep_their_lines_and_dates_stay_text(tmp_path: Path) -> None:
    doc, problems = load(tmp_path, "a: 1\nb:\n  - 2026-01-12\n  - x: true\n")
    assert problems == [] and doc is not None
    assert doc.data == {"a": 1, "b": ["2026-01-12", {"x": True}]}
    assert doc.mark(("b", 1, "x")) == (4, 5)
    assert doc.mark(("b", 7, "missing")) == (2, 1)


def test_duplicate_keys_are_errors(tmp_path: Path) -> None:
    doc, problems = load(tmp_path, "quotes: []\ntitle: t\nquotes: [1]\n")
    assert doc is None
    assert [str(p) for p in problems] == [
        "x.yaml:3:1: quotes: duplicate key 'quotes' (first at line 1) "
        "(YAML would silently keep only the last one: merge the two into one)"]


def test_aliases_are_refused_before_expansion(tmp_path: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(8))
    doc, problems = load(tmp_path, bomb)
    assert doc is None
    assert "alias *a is not allowed" in str(problems[0]) and problems[0].line == 2


def test_tabs_get_a_hint(tmp_path: Path) -> None:
    doc, problems = load(tmp_path, "a:\n\t- b\n")
    assert doc is None and problems[0].line == 2
    assert "indent with spaces, not tabs" in str(problems[0])


@pytest.mark.parametrize("content, message", [
    (b"", "empty file"),
    (b"a: \x00", "binary file"),
    (b"a: \xff\xfe", "not valid UTF-8"),
])
def test_unusable_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(content)
    doc, problems = read_yaml(path, "x.yaml")
    assert doc is None and message in str(problems[0])


@pytest.mark.parametrize("value, precision, error", [
    ("2026-02-30", "day", "'2026-02-30' is not a real date"),
    ("2026-13", "month", "'2026-13' has no month 13"),
    ("2025-10", "day", "'2025-10' does not match precision 'day'"),
    ("2025", "unknown", "date '2025' is given but precision is 'unknown'"),
    (None, "year", "no date for precision 'year'"),
])
def test_impossible_dates(value: str | None, precision: str, error: str) -> None:
    date, message, hint = parse_date(value, precision)
    assert date is None and message == error and hint


def test_imprecise_dates_sort_before_the_days_inside_them() -> None:
    values = [("2025-10-31", "day"), (None, "unknown"), ("2025", "year"), ("2018", "year"), ("2025-10", "month"),
              ("2025-01-02", "day")]
    parsed = [parse_date(v, p)[0] for v, p in values]
    dates = sorted((d for d in parsed if d is not None), key=lambda d: d.sort_key)
    assert len(dates) == len(values)
    assert [d.label for d in dates] == ["2018", "2025", "2 January 2025", "October 2025", "31 October 2025",
                                        "date unknown"]


def test_every_briefing_mistake_is_reported_at_once(mini: Project) -> None:
    path = mini.briefings / "harbour-deal.yaml"
    text = path.read_text()
    text = text.replace("people: [rufus-firefly,", "people: [rufus-fierfly,")
    text = text.replace("    context: on the deal\n", "    context: on the deal\n    contxt: typo\n")
    text = text.replace("paragraph: 5\n", "paragraph: 50\n")
    text = text.replace("text: overdue but welcome.", "text: overdue and welcome.")
    text = text.replace("id: harbour-deal", "id: ../harbour")
    path.write_text(text)
    assert messages(mini) == [
        "briefings/harbour-deal.yaml:1:1: id: '../harbour' is not a valid id "
        "(use lowercase ASCII letters and digits joined by single hyphens, e.g. 'mark-carney')",
        "briefings/harbour-deal.yaml:29:5: quotes[1].contxt: unknown field 'contxt' (did you mean 'context'?)",
    ]
    path.write_text(text.replace("id: ../harbour", "id: harbour-deal").replace("    contxt: typo\n", ""))
    not_listed = "is not listed in this briefing's people (add it to the top-level 'people' list)"
    assert messages(mini) == [
        "briefings/harbour-deal.yaml:14:10: people[0]: unknown person 'rufus-fierfly' (did you mean 'rufus-firefly'?)",
        f"briefings/harbour-deal.yaml:18:6: titles[0].person: 'rufus-firefly' {not_listed}",
        f"briefings/harbour-deal.yaml:21:5: quotes[0].speaker: 'rufus-firefly' {not_listed}",
        "briefings/harbour-deal.yaml:25:5: quotes[1].text: quote not found verbatim in harbour.txt: "
        "'overdue and welcome.' (closest in ¶4: '\"overdue but welcome.\"'; differs: 'and' → 'but')",
        f"briefings/harbour-deal.yaml:36:20: events[0].participants[0]: 'rufus-firefly' {not_listed}",
        "briefings/harbour-deal.yaml:51:5: events[1].paragraph: paragraph 50 is out of range "
        "(harbour.txt has paragraphs 1 to 5)",
    ]


def test_registry_mistakes(mini: Project) -> None:
    path = mini.registry / "entities.yaml"
    text = path.read_text().replace("  - id: sylvania", "  - id: freedonia")
    text = text.replace("country: freedonia\n    country_source", "country: fredonia\n    country_source")
    path.write_text(text)
    errors = messages(mini)
    assert ("briefings/registry/entities.yaml:6:5: countries[1].id: id 'freedonia' is already used "
                         "(country at briefings/registry/entities.yaml:2) "
                         "(ids are URL slugs and must be unique across all kinds)") in errors
    assert ("briefings/registry/entities.yaml:48:5: organisations[0].country: unknown country 'fredonia' "
            "(did you mean 'freedonia'?)") in errors


def test_quote_in_another_paragraph_names_the_right_one(mini: Project) -> None:
    path = mini.briefings / "harbour-deal.yaml"
    path.write_text(path.read_text().replace("    paragraph: 4\n    context: on the deal",
                                             "    paragraph: 3\n    context: on the deal"))
    assert messages(mini) == ["briefings/harbour-deal.yaml:27:5: quotes[1].paragraph: quote is in paragraph 4, "
                              "not 3 (set paragraph: 4)"]


def test_event_after_publication_must_be_scheduled(mini: Project) -> None:
    path = mini.briefings / "harbour-deal.yaml"
    path.write_text(path.read_text().replace("    scheduled: true\n", ""))
    assert messages(mini) == ["briefings/harbour-deal.yaml:42:5: events[1].date: 2031-06 is after the article's "
                              "publication (2031-03-03) (mark it 'scheduled: true' or fix the date)"]


def test_a_problem_after_a_dropped_list_item_is_placed_by_the_files_own_numbering(mini: Project) -> None:
    """A malformed quote is left out so the rest can be checked; a later quote's problem keeps its
    own index and line (it was mapped twice, and the last quote's index ran past the list)."""
    path = mini.briefings / "harbour-deal.yaml"
    text = path.read_text().replace("quotes:\n", "quotes:\n  - text: This is a new chapter for our two peoples,\n", 1)
    path.write_text(text.replace("people: [rufus-firefly, luis-trentino, vera-marcal]",
                                 "people: [rufus-firefly, luis-trentino]"))
    found = messages(mini)
    assert "briefings/harbour-deal.yaml:27:5: quotes[2].speaker: 'vera-marcal' is not listed in this briefing's " \
           "people (add it to the top-level 'people' list)" in found, found
