"""Ingestion: turning uploaded files into documents, chunks, entities and relations.

Parsing (``graph.ingest.parsers``) and chunking (``graph.ingest.chunking``) are pure
functions over bytes and text: they never touch the database.
"""
