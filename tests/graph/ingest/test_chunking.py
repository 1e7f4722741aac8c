"""Chunks are exact spans of the document text, within the token budget, overlapping,
and never cross a section or a page."""

from __future__ import annotations

import itertools

import pytest

from graph.errors import ConfigurationError
from graph.ingest.chunking import Chunk, Chunker, ChunkingConfig
from graph.ingest.document import ParsedDocument
from graph.ingest.parsers import parse_document
from graph.ingest.tokens import minilm_token_counter
from graph.models import ChunkCreate
from tests.graph.ingest.samples import pdf_bytes

SENTENCES = [f"Sentence number {n} mentions pump P-{100 + n} and valve XV-{n}." for n in range(60)]
LONG_MD = (
    "# Plant\n\n## Reactor\n\n" + " ".join(SENTENCES) + "\n\n## Column\n\nShort text."
).encode()


def words(text: str) -> int:
    """A stand-in tokenizer: one token per whitespace-separated word."""
    return len(text.split())


def _chunks(doc: ParsedDocument, size: int = 40, overlap: int = 8) -> list[Chunk]:
    return Chunker(words, ChunkingConfig(chunk_size=size, chunk_overlap=overlap)).chunk(doc)


@pytest.mark.parametrize(("size", "overlap"), [(40, 8), (10, 0), (5, 2), (200, 32)])
def test_spans_point_into_the_document_text(size: int, overlap: int) -> None:
    doc = parse_document(LONG_MD, "plant.md")
    chunks = _chunks(doc, size, overlap)
    assert all(doc.text[c.char_start : c.char_end] == c.text for c in chunks)
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))


@pytest.mark.parametrize("size", [5, 12, 40])
def test_chunks_stay_within_the_token_budget(size: int) -> None:
    chunks = _chunks(parse_document(LONG_MD, "plant.md"), size, 2)
    assert all(0 < c.token_count == words(c.text) <= size for c in chunks)


def test_every_word_is_in_some_chunk() -> None:
    doc = parse_document(" ".join(SENTENCES).encode(), "plant.txt")
    covered = set()
    for chunk in _chunks(doc, 12, 3):
        covered.update(range(chunk.char_start, chunk.char_end))
    assert all(i in covered for i, ch in enumerate(doc.text) if not ch.isspace())


def test_consecutive_chunks_of_a_section_overlap() -> None:
    chunks = [
        c
        for c in _chunks(parse_document(LONG_MD, "plant.md"), 40, 12)
        if c.section_path[-1:] == ("Reactor",)
    ]
    assert len(chunks) > 3
    assert all(b.char_start < a.char_end for a, b in itertools.pairwise(chunks))


def test_chunks_end_at_sentence_boundaries() -> None:
    chunks = [c for c in _chunks(parse_document(LONG_MD, "plant.md")) if len(c.text) > 100]
    assert chunks and all(c.text.endswith(".") for c in chunks)


def test_chunks_never_cross_sections() -> None:
    doc = parse_document(LONG_MD, "plant.md")
    chunks = _chunks(doc, 1000, 0)
    assert [c.section_path for c in chunks] == [
        ("Plant",),
        ("Plant", "Reactor"),
        ("Plant", "Column"),
    ]
    assert chunks[-1].text == "Column\n\nShort text."


def test_a_heading_left_alone_is_not_a_chunk() -> None:
    chunks = _chunks(parse_document(LONG_MD, "plant.md"))
    assert "Reactor" not in [c.text for c in chunks]
    assert chunks[1].text.startswith("Sentence number 0")
    assert chunks[1].section_path == ("Plant", "Reactor")


def test_chunks_keep_their_page() -> None:
    doc = parse_document(pdf_bytes(["Text of page one.", "Text of page two."]), "r.pdf")
    chunks = _chunks(doc, 1000, 0)
    assert [(c.page, c.text) for c in chunks] == [
        (1, "Text of page one."),
        (2, "Text of page two."),
    ]


def test_repeated_text_still_advances() -> None:
    doc = parse_document(("Same sentence here. " * 30).encode(), "r.txt")
    chunks = _chunks(doc, 9, 3)
    starts = [c.char_start for c in chunks]
    assert starts == sorted(set(starts)) and chunks[-1].char_end == len(doc.text)


def test_a_word_longer_than_the_budget_is_cut() -> None:
    doc = parse_document(b"x" * 50, "long.txt")
    chunks = Chunker(len, ChunkingConfig(chunk_size=16, chunk_overlap=0)).chunk(doc)
    assert "".join(c.text for c in chunks) == "x" * 50 and all(len(c.text) <= 16 for c in chunks)


@pytest.mark.parametrize(("size", "overlap"), [(0, 0), (10, 10), (10, -1)])
def test_impossible_configs_are_refused(size: int, overlap: int) -> None:
    with pytest.raises(ConfigurationError):
        ChunkingConfig(chunk_size=size, chunk_overlap=overlap)


def test_defaults_are_256_tokens_with_32_overlap() -> None:
    assert (ChunkingConfig().chunk_size, ChunkingConfig().chunk_overlap) == (256, 32)


def test_minilm_tokenizer_budget() -> None:
    count = minilm_token_counter()
    assert count("Reactor R-101") == 4  # reactor, r, -, 101: no [CLS]/[SEP]
    doc = parse_document(LONG_MD, "plant.md")
    chunks = Chunker(count, ChunkingConfig(chunk_size=64, chunk_overlap=8)).chunk(doc)
    assert len(chunks) > 3
    assert all(c.token_count == count(c.text) <= 64 for c in chunks)
    assert all(doc.text[c.char_start : c.char_end] == c.text for c in chunks)


def test_chunks_fit_the_store_shape() -> None:
    chunk = _chunks(parse_document(LONG_MD, "plant.md"))[1]
    stored = ChunkCreate.model_validate(chunk.model_dump())
    assert (stored.section_path, stored.char_start, stored.token_count) == (
        ["Plant", "Reactor"],
        chunk.char_start,
        chunk.token_count,
    )
