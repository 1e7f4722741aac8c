"""Chunks, their has_chunk edges and the mentions that link them to entities."""

from __future__ import annotations

import pytest

from graph.errors import InvalidInput, NotFound
from graph.store import GraphStore
from tests.graph.factories import chunk, document, entity, mention


def test_chunks_are_keyed_by_document_and_ordinal(store: GraphStore) -> None:
    doc, _ = store.documents.add(document())
    stored = store.chunks.add(doc.key, [chunk(1), chunk(0)])
    assert sorted(c.key for c in stored) == [f"{doc.key}-0", f"{doc.key}-1"]
    assert [c.ordinal for c in store.chunks.of_document(doc.key)] == [0, 1]
    assert store.stats().counts["has_chunk"] == 2


def test_readding_an_ordinal_replaces_the_chunk(store: GraphStore) -> None:
    doc, _ = store.documents.add(document())
    store.chunks.add(doc.key, [chunk(0, "old")])
    store.chunks.add(doc.key, [chunk(0, "new")])
    assert [c.text for c in store.chunks.of_document(doc.key)] == ["new"]


def test_chunks_of_a_missing_document_write_nothing(store: GraphStore) -> None:
    with pytest.raises(NotFound, match="nope"):
        store.chunks.add("nope", [chunk(0)])
    assert store.stats().counts["chunks"] == 0


@pytest.mark.parametrize(
    ("chunks", "message"),
    [
        ([chunk(0), chunk(0)], "ordinals repeat"),
        ([chunk(0, embedding=[0.1, 0.2])], "2 values, expected 4"),
    ],
)
def test_bad_chunks_are_refused(store: GraphStore, chunks: list, message: str) -> None:
    doc, _ = store.documents.add(document())
    with pytest.raises(InvalidInput, match=message):
        store.chunks.add(doc.key, chunks)
    assert store.stats().counts["chunks"] == 0


def test_mentions_are_idempotent(store: GraphStore) -> None:
    doc, _ = store.documents.add(document())
    (piece,) = store.chunks.add(doc.key, [chunk(0)])
    reactor = store.entities.upsert(entity("R-101"), doc.key)
    store.chunks.add_mentions([mention(piece.key, reactor.key)])
    store.chunks.add_mentions([mention(piece.key, reactor.key)])
    assert store.stats().counts["mentions"] == 1


def test_mentions_with_missing_endpoints_write_nothing(store: GraphStore) -> None:
    doc, _ = store.documents.add(document())
    (piece,) = store.chunks.add(doc.key, [chunk(0)])
    reactor = store.entities.upsert(entity("R-101"), doc.key)
    good, bad = mention(piece.key, reactor.key), mention(piece.key, "ghost")
    with pytest.raises(NotFound, match="ghost"):
        store.chunks.add_mentions([good, bad])
    assert store.stats().counts["mentions"] == 0
