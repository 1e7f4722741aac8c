"""ArangoSearch: analyzers, views, SEARCH and BM25/TFIDF scoring."""
