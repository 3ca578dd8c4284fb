"""briefings: curated YAML summaries of source articles into a cross-linked briefing site.

The pipeline reads in the order of its modules: load → validate → verify → index →
pages → render → write → build.
"""
