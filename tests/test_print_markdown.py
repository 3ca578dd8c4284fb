"""How a page's links read on paper: endnotes for sources, internal links within one document, text otherwise."""

from __future__ import annotations

from generator.printing.print_html import PrintConverter, PrintedPage, in_document

PAGE = """# Freedonia

[Country](../countries/index.md) · see [Rufus Firefly](../leaders/rufus-firefly.md)

- Met · [Talks &amp; more, ¶1](../articles/harbour-deal.md#p1); [Row, ¶2](../articles/fish-tariff-row.md#p2)
- Again · [Talks &amp; more, ¶1](../articles/harbour-deal.md#p1) · [Outside](https://example.com/a)
"""


def convert(path: str = "countries/freedonia.md", text: str = PAGE) -> PrintedPage:
    return PrintConverter().convert(path, text)


def test_source_references_become_numbered_endnotes_shared_by_repeats() -> None:
    body = in_document(convert(), frozenset({"countries/freedonia.md"})).body
    assert body.count('class="note-ref"') == 3
    assert '>[1]</a>; <a class="note-ref" href="#s-countries--freedonia-n2"' in body
    assert body.count(">[1]</a>") == 2  # the same article and paragraph keep one note
    notes = body.split('<section class="notes">')[1]
    assert "<h2>Sources</h2>" in notes
    assert ('<li id="s-countries--freedonia-n1"><span class="note-number">[1]</span> <span>Talks &amp; more, ¶1</span>'
            '</li>') in notes
    assert '<span class="note-number">[2]</span> <span>Row, ¶2</span></li>' in notes


def test_links_to_pages_in_the_same_document_stay_links_others_become_text() -> None:
    section = convert()
    alone = in_document(section, frozenset({"countries/freedonia.md"})).body
    assert "<span>Rufus Firefly</span>" in alone and "<span>Country</span>" in alone
    together = in_document(section, frozenset({"countries/freedonia.md", "leaders/rufus-firefly.md",
                                               "articles/harbour-deal.md"})).body
    assert '<a href="#s-leaders--rufus-firefly">Rufus Firefly</a>' in together
    assert '<a href="#s-articles--harbour-deal-p1">Talks &amp; more, ¶1</a>' in together  # the note links to ¶1
    assert "data-page" not in alone + together


def test_external_links_are_kept() -> None:
    assert '<a href="https://example.com/a">Outside</a>' in convert().body


def test_paragraph_anchors_of_a_source_text_are_unique_per_page() -> None:
    text = '# Talks\n\nSee (¶1)\n\n[¶1](#p1)\n\n<span class="para-num" id="p1">¶1</span> First paragraph.\n'
    section = convert("articles/harbour-deal.md", text)
    assert 'id="s-articles--harbour-deal-p1"' in section.body
    assert '<a href="#s-articles--harbour-deal-p1">¶1</a>' in section.body
    assert section.title == "Talks" and section.anchor == "s-articles--harbour-deal"


def test_cited_pages_are_recorded_with_their_first_reference() -> None:
    assert convert().cited == (("articles/harbour-deal.md", "s-countries--freedonia-r1"),
                               ("articles/fish-tariff-row.md", "s-countries--freedonia-r2"))
