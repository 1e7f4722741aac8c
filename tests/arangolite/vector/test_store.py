"""The float32 matrix behind a vector index: swap-remove, growth and lazy ranking."""

from __future__ import annotations

import numpy as np
import pytest

from arangolite.vector.store import VectorStore


def filled(count: int, metric: str = "innerProduct") -> VectorStore:
    store = VectorStore(2, metric)
    for i in range(count):
        store.put(f"k{i}", np.array([i, 1.0], dtype=np.float32))
    return store


def test_swap_remove_keeps_rows_contiguous() -> None:
    store = filled(5)
    store.drop("k1")
    store.drop("missing")
    assert len(store) == 4 and store.keys == ["k0", "k4", "k2", "k3"]
    assert store.rows == {"k0": 0, "k4": 1, "k2": 2, "k3": 3}
    assert store.matrix[1].tolist() == [4.0, 1.0]


def test_growth_and_replacement() -> None:
    store = filled(200)
    store.put("k3", np.array([-1.0, 0.0], dtype=np.float32))
    assert len(store) == 200 and len(store.matrix) == 256
    best = [k for k, _ in store.ranked(np.array([-1.0, 0.0], dtype=np.float32), 1)]
    assert best[0] == "k3" and best[1:4] == ["k0", "k1", "k2"] and len(best) == 200


@pytest.mark.parametrize("first", [1, 3, 10])
def test_ranked_is_complete_whatever_the_first_chunk(first: int) -> None:
    store = filled(10, "l2")
    ranked = list(store.ranked(np.array([4.2, 1.0], dtype=np.float32), first))
    assert [k for k, _ in ranked] == ["k4", "k5", "k3", "k6", "k2", "k7", "k1", "k8", "k0", "k9"]
    assert ranked[0][1] == pytest.approx(0.2, rel=1e-5)


def test_cosine_rows_are_normalized_and_zero_stays_zero() -> None:
    store = VectorStore(2, "cosine")
    store.put("a", np.array([3.0, 4.0], dtype=np.float32))
    store.put("z", np.array([0.0, 0.0], dtype=np.float32))
    assert store.matrix[0].tolist() == pytest.approx([0.6, 0.8])
    assert dict(store.ranked(np.array([3.0, 4.0], dtype=np.float32), 2)) == pytest.approx(
        {"a": 1.0, "z": 0.0}
    )
