"""Vector indexes created the way ArangoDB 3.12 needs them: once there is data to train on.

An IVF vector index is trained on the vectors present when it is built, so it is
created only when a collection holds at least ``n_lists`` embeddings. Until then
(and while a created index is not ``ready``) retrieval uses exact
``COSINE_SIMILARITY``; :meth:`VectorIndexes.mode` says which one is in force.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import structlog
from arango.database import Database

from graph.aql.vectors import COUNT_VECTORS
from graph.errors import ConfigurationError, InvalidInput, arango_errors
from graph.execute import done, run_one
from graph.schema import EMBEDDING_FIELD, VECTOR_COLLECTIONS, VECTOR_INDEX_NAMES

log = structlog.get_logger(__name__)

VectorMode = Literal["approx", "exact"]
READY = "ready"


@dataclass(frozen=True)
class VectorConfig:
    """Embedding dimension and IVF parameters (cosine metric)."""

    dimension: int = 384
    n_lists: int = 64
    n_probe: int = 8
    training_iterations: int = 25

    def __post_init__(self) -> None:
        if min(self.dimension, self.n_lists, self.n_probe, self.training_iterations) < 1:
            raise ConfigurationError(f"vector parameters must be positive: {self}")


@dataclass(frozen=True)
class VectorIndexState:
    """The vector search mode of one collection and why."""

    collection: str
    mode: VectorMode
    vectors: int
    threshold: int
    training_state: str | None = None  # None: no index yet
    error: str | None = None


class VectorIndexes:
    """Creates and inspects the vector indexes of one tenant database."""

    def __init__(self, db: Database, config: VectorConfig) -> None:
        self._db = db
        self.config = config

    def index_body(self, collection: str) -> dict[str, Any]:
        """The ``POST /_api/index`` body of ``collection``'s vector index."""
        cfg = self.config
        return {
            "type": "vector",
            "name": VECTOR_INDEX_NAMES[_checked(collection)],
            "fields": [EMBEDDING_FIELD],
            "sparse": True,
            "inBackground": False,
            "params": {
                "metric": "cosine",
                "dimension": cfg.dimension,
                "nLists": cfg.n_lists,
                "defaultNProbe": cfg.n_probe,
                "trainingIterations": cfg.training_iterations,
            },
        }

    def count(self, collection: str) -> int:
        """How many documents of ``collection`` carry an embedding."""
        bind = {"@collection": _checked(collection), "field": EMBEDDING_FIELD}
        return int(run_one(self._db, COUNT_VECTORS, bind) or 0)

    def state(self, collection: str) -> VectorIndexState:
        """The index (if any), its training state and the resulting search mode."""
        index = self._find(collection)
        vectors = self.count(collection)
        threshold = self.config.n_lists
        if index is None:
            return VectorIndexState(collection, "exact", vectors, threshold)
        training = index.get("training_state")
        error = index.get("error_message") or self._mismatch(index)
        ready = training in (None, READY) and not error
        return VectorIndexState(
            collection,
            "approx" if ready else "exact",
            vectors,
            threshold,
            training or READY,
            error or None,
        )

    def mode(self, collection: str) -> VectorMode:
        """``"approx"`` when a trained index serves ``APPROX_NEAR_COSINE``, else ``"exact"``."""
        return self.state(collection).mode

    def ensure(self, collection: str) -> VectorIndexState:
        """Create the vector index once the collection holds enough vectors (idempotent)."""
        current = self.state(collection)
        if current.training_state is not None or current.vectors < current.threshold:
            return current
        with arango_errors():
            done(self._db.collection(collection).add_index(self.index_body(collection)))
        state = self.state(collection)
        log.info(
            "vector_index_created",
            collection=collection,
            vectors=state.vectors,
            n_lists=self.config.n_lists,
            training_state=state.training_state,
        )
        return state

    def _find(self, collection: str) -> dict[str, Any] | None:
        name = VECTOR_INDEX_NAMES[_checked(collection)]
        with arango_errors():
            indexes = done(self._db.collection(collection).indexes())
        return next((i for i in indexes if i.get("name") == name), None)

    def _mismatch(self, index: dict[str, Any]) -> str:
        params = index.get("params") or {}
        expected = (self.config.dimension, "cosine")
        if (params.get("dimension"), params.get("metric")) != expected:
            return f"index has dimension/metric {params.get('dimension')}/{params.get('metric')}"
        return ""


def _checked(collection: str) -> str:
    if collection not in VECTOR_COLLECTIONS:
        raise InvalidInput(f"{collection!r} has no embeddings (use one of {VECTOR_COLLECTIONS})")
    return collection


def check_embedding(embedding: list[float] | None, dimension: int, what: str) -> None:
    """Refuse an embedding whose length is not the configured dimension.

    Raises:
        InvalidInput: wrong length.
    """
    if embedding is not None and len(embedding) != dimension:
        raise InvalidInput(f"{what}: embedding has {len(embedding)} values, expected {dimension}")
