"""A vector index survives a restart from a data directory."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from arangolite import EmbeddedArango
from arangolite.storage.engine import Engine
from arangolite.storage.index import MetadataIndex

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


def test_unchecked_stored_definition_stays_metadata(tmp_path: Path) -> None:
    engine = Engine(str(tmp_path))
    engine.register_index_type("vector", MetadataIndex)  # as before vector indexes were checked
    db = engine.database("_system")
    db.create_collection("old")
    db.ensure_index("old", {"type": "vector", "fields": ["e"], "params": {"dimension": 2}})
    engine.close()
    reopened = Engine(str(tmp_path))
    [index] = reopened.database("_system").collections["old"].user_indexes()
    reopened.close()
    assert isinstance(index, MetadataIndex) and index.desc.extra["params"] == {"dimension": 2}
