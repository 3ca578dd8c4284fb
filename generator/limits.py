"""How much one page or printed document may hold before it splits or stops growing.

Every bound lives here and travels down the pipeline as one object, so a test (or a bigger site)
changes a size in one place instead of patching module constants.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    year_items: int = 300  # items on one list page before it splits into yearly pages
    entity_items: int = 100  # items of each kind on an entity page; older ones go to numbered pages
    unfolded: int = 6  # items of each list an entity's main page shows before folding the rest away
    latest: int = 10  # briefings under "Latest briefings" on the home page
    developments: int = 4  # key points in a page's bottom line
    glance: int = 12  # entities of each kind on the home page
    related: int = 12  # related entities of each kind on an entity page
    relations_shown: int = 15  # pairs of countries on the home page; people seen with a person on theirs
    index_pairs: int = 300  # pairs of countries on one page of the relations index
    figure_groups_per_page: int = 150
    figure_rows_per_page: int = 600
    discrepancy_sources: int = 20  # sources listed under a measure on the discrepancies page
    discrepancy_values: int = 10  # sources a discrepancy line lists before it gives values with counts
    discrepancy_items: int = 100  # discrepancies on one page; past it, a page per kind, in pages of so many
    matrix_columns: int = 40  # briefings in the coverage matrix; a wider one is unreadable
    whats_new: int = 100
    feed_entries: int = 50
    dossier_articles: int = 50  # the newest briefings a dossier prints (and the rest of its last run of parts)
    dossier_min_briefings: int = 2  # entities in fewer get a dossier only on demand (`briefings pdf dossiers/<id>`)
    book_articles: int = 300  # past this many briefings the book is not printed
    listing_articles: int = 300  # past this many, the long listings (quotes, sources and timeline by year,
    # figures, discrepancies) are printed on demand only (`briefings pdf quotes/2026`): each article changes them
    print_part: int = 12_000  # Markdown characters (about 3 printed pages) a part of a long page holds at least
    apart_articles: int = 2000  # briefings from which a full build checks and generates in a process of its own
    shard_pages: int = 1000  # pages each MkDocs process of a full build gets at least: two cores from 2,000 pages
