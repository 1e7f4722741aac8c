"""Vector indexes appear once there are enough vectors to train on; until then, exact search."""

from __future__ import annotations

import pytest

from graph.errors import ConfigurationError, InvalidInput
from graph.execute import done
from graph.store import GraphStore
from graph.vectors import VectorConfig
from tests.graph.conftest import TEST_VECTORS
from tests.graph.factories import chunk, document


def add_vectors(store: GraphStore, count: int) -> None:
    doc, _ = store.documents.add(document(f"{count}.pdf"))
    store.chunks.add(doc.key, [chunk(i, embedding=[1.0, i, 0.5, -i]) for i in range(count)])


def vector_indexes(store: GraphStore) -> list[dict[str, object]]:
    return [i for i in done(store.db.collection("chunks").indexes()) if i["type"] == "vector"]


def test_exact_mode_below_the_threshold(store: GraphStore) -> None:
    add_vectors(store, TEST_VECTORS.n_lists - 1)
    state = store.ensure_vector_index("chunks")
    assert (state.mode, state.vectors, state.training_state) == ("exact", 2, None)
    assert store.vector_mode("chunks") == "exact" and vector_indexes(store) == []


def test_index_is_created_at_the_threshold(store: GraphStore) -> None:
    add_vectors(store, TEST_VECTORS.n_lists)
    state = store.ensure_vector_index("chunks")
    assert (state.mode, state.training_state) == ("approx", "ready")
    assert store.vector_mode("chunks") == "approx"


def test_ensure_is_idempotent(store: GraphStore) -> None:
    add_vectors(store, TEST_VECTORS.n_lists)
    first = store.ensure_vector_index("chunks")
    assert store.ensure_vector_index("chunks") == first
    (index,) = vector_indexes(store)
    assert index["params"] == store.vectors.index_body("chunks")["params"]


def test_index_uses_cosine_and_the_configured_dimension(store: GraphStore) -> None:
    params = store.vectors.index_body("entities")["params"]
    assert (params["metric"], params["dimension"], params["nLists"]) == ("cosine", 4, 3)


def test_collections_without_embeddings_are_refused(store: GraphStore) -> None:
    with pytest.raises(InvalidInput, match="'documents' has no embeddings"):
        store.vector_mode("documents")


@pytest.mark.parametrize("field", ["dimension", "n_lists", "n_probe"])
def test_vector_config_must_be_positive(field: str) -> None:
    with pytest.raises(ConfigurationError):
        VectorConfig(**{field: 0})


def test_index_with_other_parameters_is_not_used(store: GraphStore) -> None:
    add_vectors(store, TEST_VECTORS.n_lists)
    store.ensure_vector_index("chunks")
    resized = GraphStore(store.db, VectorConfig(dimension=8, n_lists=3))
    state = resized.vectors.state("chunks")
    assert state.mode == "exact" and "dimension/metric 4/cosine" in (state.error or "")
