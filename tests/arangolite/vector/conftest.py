"""Fixtures for the vector search suite: python-arango against an in-memory EmbeddedArango."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from uuid import uuid4

import numpy as np
import pytest
from arango.collection import StandardCollection
from arango.database import StandardDatabase

from arangolite import EmbeddedArango

DIM = 8


@pytest.fixture(scope="module")
def server() -> Iterator[EmbeddedArango]:
    srv = EmbeddedArango(data_dir=None, root_password="")
    yield srv
    srv.close()


@pytest.fixture
def db(server: EmbeddedArango) -> Iterator[StandardDatabase]:
    """A fresh database, dropped afterwards."""
    system = server.client().db("_system", username="root", password="")
    name = f"vec_{uuid4().hex[:12]}"
    system.create_database(name)
    yield server.client().db(name, username="root", password="")
    system.delete_database(name, ignore_missing=True)


@pytest.fixture
def matrix() -> np.ndarray:
    """200 random vectors of dimension 8 (document ``k<i>`` holds row i)."""
    return np.random.default_rng(7).normal(size=(200, DIM))


@pytest.fixture
def chunks(db: StandardDatabase, matrix: np.ndarray) -> StandardCollection:
    """Collection ``chunks``: ``{_key: k<i>, embedding: row i, group: i % 3}``."""
    col = db.create_collection("chunks")
    docs = [
        {"_key": f"k{i}", "embedding": row.tolist(), "group": i % 3} for i, row in enumerate(matrix)
    ]
    col.insert_many(docs)
    return col


def vector_index(col: StandardCollection, metric: str = "cosine", **extra: Any) -> dict[str, Any]:
    """Create a vector index on ``embedding`` (nLists 4 unless given)."""
    params = {"metric": metric, "dimension": DIM, "nLists": 4, **extra.pop("params", {})}
    return col.add_index({"type": "vector", "fields": ["embedding"], "params": params, **extra})


def reference(matrix: np.ndarray, query: np.ndarray, metric: str) -> list[tuple[str, float]]:
    """Every key with its exact value, best first (numpy in float64)."""
    if metric == "cosine":
        rows = matrix / np.linalg.norm(matrix, axis=1, keepdims=True)
        values = rows @ (query / np.linalg.norm(query))
    elif metric == "innerProduct":
        values = matrix @ query
    else:
        values = np.linalg.norm(matrix - query, axis=1)
    order = np.argsort(values if metric == "l2" else -values)
    return [(f"k{i}", float(values[i])) for i in order]
