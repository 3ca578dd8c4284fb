"""briefings: curated YAML summaries of source articles into a cross-linked briefing site.

The folders are the pipeline, in order (a module imports only from its own stage and the ones
before it; tests/test_layering.py holds that):

    corpus/     seeds and YAML → checked Corpus, or every problem at once
    analysis/   Corpus → Analysis: entity index, merged timeline, relations, figure groups, ...
    pages/      Analysis → Pages (a typed View each) → Markdown through Jinja templates
    printing/   Pages' Markdown → chapters typeset once (WeasyPrint) → Documents joined from them (pikepdf)
    publish/    the Pipeline: stage, mkdocs build, swap in; incremental builds; serve
    authoring/  `briefings new`: a draft briefing from an article's text
    tools/      bench, synthetic corpus, JSON Schemas

Glossary (one name per concept):

    seed        an article's text, verbatim, in seeds/; its paragraphs are numbered from 1
    briefing    the curated YAML summary of one seed (corpus.model.Briefing)
    article     a checked briefing with its seed and parsed dates (corpus.checked.Article)
    corpus      every article and the registry, checked (corpus.checked.Corpus)
    registry    the controlled vocabulary of entities, filed by section
    section     a registry section: countries, people, organisations, topics
    entity      one country, person, organisation or topic of the registry
    kind        the folder an entity's page is in: countries, leaders, people, organisations, topics
    analysis    everything compared across articles, computed once (analysis.analyse.Analysis)
    actor       the country an event says acted; target: the country it acted on or spoke about
    pair        two countries that meet in events, with a page of their own (analysis.pairs.CountryPair)
    page        one generated Markdown page: a path, a view and front matter (pages.page.Page)
    view        the typed rows one template lays out (pages.page.View)
    row         one line of a list or table in a view (pages.rows)
    part        one page of a list cut by year or by number (pages.paging.Part)
    source      a link to the paragraph of the article an item comes from
    render      Jinja: a view through its template into Markdown
    document    a PDF: one page, a dossier or the briefing book (printing.documents.Document)
    chapter     one page as printed, or a document's cover and contents, typeset on its own and
                reused by every document that prints it (printing.compose.Chapter)
    typeset     WeasyPrint: a chapter's print HTML into a PDF and its placement (printing.chapters)
    join        a document's chapters into one PDF, footers, links and bookmarks added (printing.assemble)
    limits      every size bound of pages and documents, in one object (limits.Limits)
"""
