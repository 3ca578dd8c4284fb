"""How a page's links read on paper: endnotes for sources, links to where a page prints, page references.

Which links stay links in a given PDF (those to pages it prints) is decided on assembly: see test_pdf.py."""

from __future__ import annotations

from generator.printing.print_html import PAGE_REF, PrintConverter, PrintedPage

PAGE = """# Freedonia

[Country](../countries/index.md) · see [Rufus Firefly](../leaders/rufus-firefly.md)

- Met · [Talks &amp; more, ¶1](../articles/harbour-deal.md#p1); [Row, ¶2](../articles/fish-tariff-row.md#p2)
- Again · [Talks &amp; more, ¶1](../articles/harbour-deal.md#p1) · [Outside](https://example.com/a)
"""


def convert(path: str = "countries/freedonia.md", text: str = PAGE) -> PrintedPage:
    return PrintConverter({"articles/harbour-deal.md": "# Talks &amp; more\n\nText.\n"}, 12_000).convert(path, text)[0]


def test_source_references_become_numbered_endnotes_shared_by_repeats() -> None:
    body = convert().body
    assert body.count('class="note-ref"') == 3
    assert '>[1]</a>; <a class="note-ref" href="#s-countries--freedonia-n2"' in body
    assert body.count(">[1]</a>") == 2  # the same article and paragraph keep one note
    notes = body.split('<section class="notes">')[1]
    assert "<h2>Sources</h2>" in notes
    # one line per source: its title (from its page, else the citation's words), then its notes
    assert ('<li><a href="#s-articles--harbour-deal">Talks &amp; more</a>: <span class="note" '
            'id="s-countries--freedonia-n1"><span class="note-number">[1]</span> '
            '<a href="#s-articles--harbour-deal-p1">¶1</a></span></li>') in notes
    assert ('<li><a href="#s-articles--fish-tariff-row">Row</a>: <span class="note" '
            'id="s-countries--freedonia-n2"><span class="note-number">[2]</span> '
            '<a href="#s-articles--fish-tariff-row-p2">¶2</a></span></li>') in notes


def test_links_to_other_pages_point_to_where_they_print_and_page_references_are_marked() -> None:
    body = convert().body
    assert '<a href="#s-leaders--rufus-firefly">Rufus Firefly</a>' in body
    assert '<a href="#s-countries--index">Country</a>' in body
    assert not PAGE_REF.search(body)
    entry = convert("print/reference.md", "# Who and what\n\nFreedonia [p.](../countries/freedonia.md?page#p2)\n").body
    assert [m.group(1) for m in PAGE_REF.finditer(entry)] == ["s-countries--freedonia-p2"]


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
