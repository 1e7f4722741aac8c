"""Embedders: the bundled MiniLM model and the content-hash cache, one shared contract."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np
import pytest

from graph.ingest.embeddings import (
    CachedEmbedder,
    Embedder,
    SentenceTransformerEmbedder,
    Vectors,
)


class HashEmbedder:
    """A deterministic stand-in that counts the texts it was asked to embed."""

    dimension = 8
    model_name = "hash"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.calls.append(list(texts))
        rows = [np.frombuffer(hashlib.sha256(t.encode()).digest()[:8], np.uint8) for t in texts]
        matrix = np.array(rows, dtype=np.float32).reshape(len(texts), 8) + 1.0
        return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


@pytest.fixture(scope="module")
def minilm() -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder()


@pytest.fixture(params=["minilm", "hash", "cached"])
def embedder(request: pytest.FixtureRequest, minilm: SentenceTransformerEmbedder) -> Embedder:
    if request.param == "minilm":
        return minilm
    if request.param == "hash":
        return HashEmbedder()
    return CachedEmbedder(HashEmbedder(), capacity=2)


def test_contract_shape_dtype_and_unit_length(embedder: Embedder) -> None:
    vectors = embedder.embed(["reactor R-101", "stream S-12", "reactor R-101"])
    assert vectors.shape == (3, embedder.dimension) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.allclose(vectors[0], vectors[2])
    assert embedder.embed([]).shape == (0, embedder.dimension)


def test_minilm_places_related_texts_closer(minilm: SentenceTransformerEmbedder) -> None:
    a, b, c = minilm.embed(
        [
            "ammonia is made over an iron catalyst",
            "the Haber process synthesises ammonia",
            "the pump moves cooling water",
        ]
    )
    assert minilm.dimension == 384
    assert float(a @ b) > float(a @ c) + 0.1


def test_cache_embeds_each_text_once() -> None:
    inner = HashEmbedder()
    cached = CachedEmbedder(inner)
    first = cached.embed(["a", "b", "a"])
    second = cached.embed(["b", "c"])
    assert inner.calls == [["a", "b"], ["c"]]
    assert np.allclose(first[1], second[0]) and (cached.hits, cached.misses) == (2, 3)


def test_cache_evicts_least_recently_used() -> None:
    inner = HashEmbedder()
    cached = CachedEmbedder(inner, capacity=2)
    cached.embed(["a", "b", "c"])
    cached.embed(["c", "a"])
    assert inner.calls == [["a", "b", "c"], ["a"]]


def test_cache_capacity_must_be_positive() -> None:
    with pytest.raises(ValueError, match="capacity"):
        CachedEmbedder(HashEmbedder(), capacity=0)
