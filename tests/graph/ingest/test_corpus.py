"""Every document of the demo corpus parses and chunks (skipped until the corpus exists)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.ingest.chunking import Chunker
from graph.ingest.parsers import parse_document
from graph.ingest.tokens import minilm_token_counter

CORPUS = Path(__file__).resolve().parents[3] / "demo" / "corpus"
DOCUMENTS = sorted(p for p in CORPUS.glob("*") if p.is_file() and p.suffix != ".py")


@pytest.mark.skipif(not DOCUMENTS, reason="demo/corpus has no documents yet")
def test_demo_corpus_parses_and_chunks() -> None:
    chunker = Chunker(minilm_token_counter())
    for path in DOCUMENTS:
        doc = parse_document(path.read_bytes(), path.name)
        chunks = chunker.chunk(doc)
        assert chunks, path.name
        assert all(doc.text[c.char_start : c.char_end] == c.text for c in chunks), path.name
        assert all(c.token_count <= 256 for c in chunks), path.name
