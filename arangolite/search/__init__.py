"""ArangoSearch: analyzers, Views, ``SEARCH`` and BM25/TFIDF scoring.

- analyzers: :mod:`text_segment`, :mod:`analyzer_types`, :mod:`analyzer_text` (the
  implementations), :mod:`analyzer_config` (definitions), :mod:`analyzer_catalog`
  (built-ins and the ``_analyzers`` collection);
- indexing: :mod:`field_meta`, :mod:`link_defs`, :mod:`index_store`, :mod:`link_index`,
  :mod:`runtime` (per-engine state, installed by the storage engine);
- Views: :mod:`views`, :mod:`views_alias`, :mod:`view_props`;
- searching: :mod:`planner` (called by the AQL compiler), :mod:`planner_scan`,
  :mod:`search_compile`, :mod:`search_functions`, :mod:`phrase_parts`,
  :mod:`search_nodes`, :mod:`search_eval`, :mod:`positional`, :mod:`segments`,
  :mod:`scoring`, :mod:`similarity`;
- AQL functions (TOKENS, BM25, TFIDF, …): :mod:`functions`.
"""
