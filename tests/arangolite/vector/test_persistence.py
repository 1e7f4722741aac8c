"""A vector index survives a restart from a data directory."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from arangolite import EmbeddedArango

from .conftest import DIM, reference

QUERY = "FOR c IN chunks SORT APPROX_NEAR_INNER_PRODUCT(c.embedding, @q) DESC LIMIT 5 RETURN c._key"


def test_reopen_keeps_the_index_working(tmp_path: Path) -> None:
    matrix = np.random.default_rng(3).normal(size=(50, DIM))
    with EmbeddedArango(data_dir=str(tmp_path)) as server:
        col = (
            server.client().db("_system", username="root", password="").create_collection("chunks")
        )
        col.insert_many([{"_key": f"k{i}", "embedding": r.tolist()} for i, r in enumerate(matrix)])
        params = {"metric": "innerProduct", "dimension": DIM, "nLists": 5}
        col.add_index({"type": "vector", "fields": ["embedding"], "params": params, "name": "vec"})
        col.delete("k1")
    with EmbeddedArango(data_dir=str(tmp_path)) as server:
        db = server.client().db("_system", username="root", password="")
        [index] = [i for i in db.collection("chunks").indexes() if i["type"] == "vector"]
        assert index["name"] == "vec" and index["params"]["defaultNProbe"] == 1
        got = list(db.aql.execute(QUERY, bind_vars={"q": [1.0] * DIM}))
    expected = [k for k, _ in reference(matrix, np.ones(DIM), "innerProduct") if k != "k1"]
    assert got == expected[:5]
