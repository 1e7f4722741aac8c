"""Writes reach the index: inserts, updates, removals, refused vectors, transactions."""

from __future__ import annotations

from typing import Any

import pytest
from arango.collection import StandardCollection
from arango.database import StandardDatabase
from arango.exceptions import AQLQueryExecuteError, DocumentInsertError

from .conftest import DIM, vector_index

NEAREST = "FOR c IN chunks SORT APPROX_NEAR_L2(c.embedding, @q) LIMIT 3 RETURN c._key"
FAR = [50.0] * DIM


def nearest(db: StandardDatabase, point: list[float]) -> list[str]:
    return list(db.aql.execute(NEAREST, bind_vars={"q": point}))


def test_insert_update_remove_are_reflected(
    db: StandardDatabase, chunks: StandardCollection
) -> None:
    vector_index(chunks, "l2")
    chunks.insert({"_key": "far", "embedding": FAR})
    assert nearest(db, FAR)[0] == "far"
    chunks.update({"_key": "far", "embedding": [-50.0] * DIM})
    assert nearest(db, FAR)[0] != "far" and nearest(db, [-50.0] * DIM)[0] == "far"
    chunks.delete("far")
    assert "far" not in nearest(db, [-50.0] * DIM)


def test_truncate_and_bulk_removal(db: StandardDatabase, chunks: StandardCollection) -> None:
    vector_index(chunks, "l2")
    chunks.delete_many([{"_key": f"k{i}"} for i in range(198)])
    assert sorted(nearest(db, FAR)) == ["k198", "k199"]
    chunks.truncate()
    assert nearest(db, FAR) == []


@pytest.mark.parametrize(
    ("doc", "errnum", "message"),
    [
        (
            {"_key": "short", "embedding": [1.0]},
            17,
            f"provided vector is not of matching dimension for document short, "
            f"index dimension: {DIM}, document dimension: 1",
        ),
        (
            {"_key": "nul", "embedding": None},
            17,
            "array expected for vector attribute for document nul",
        ),
        (
            {"_key": "txt", "embedding": ["a"] * DIM},
            17,
            "vector contains data not representable as double for document txt",
        ),
        ({"_key": "none"}, 10, "vector field not present in document none"),
    ],
)
def test_refused_documents_are_not_stored(
    chunks: StandardCollection, doc: dict[str, Any], errnum: int, message: str
) -> None:
    vector_index(chunks, "l2")
    with pytest.raises(DocumentInsertError) as info:
        chunks.insert(doc)
    assert (info.value.error_code, info.value.error_message) == (errnum, message)
    assert chunks.count() == 200 and not chunks.has(doc["_key"])


def test_aql_insert_with_bad_vector_fails_the_query(
    db: StandardDatabase, chunks: StandardCollection
) -> None:
    vector_index(chunks, "l2")
    with pytest.raises(AQLQueryExecuteError) as info:
        db.aql.execute(
            "FOR i IN 1..3 INSERT {embedding: i == 3 ? [1] : @v} INTO chunks", bind_vars={"v": FAR}
        )
    assert info.value.error_code == 17 and chunks.count() == 200


def test_stream_transaction_sees_its_own_writes(
    db: StandardDatabase, chunks: StandardCollection
) -> None:
    vector_index(chunks, "l2")
    trx = db.begin_transaction(write=["chunks"])
    trx.collection("chunks").insert({"_key": "mine", "embedding": FAR})
    trx.collection("chunks").delete("k0")
    inside = list(trx.aql.execute(NEAREST, bind_vars={"q": FAR}))
    assert inside[0] == "mine" and nearest(db, FAR)[0] != "mine"
    trx.abort_transaction()
    assert chunks.has("k0")


def test_renamed_collection_keeps_its_index(
    db: StandardDatabase, chunks: StandardCollection
) -> None:
    vector_index(chunks, "l2")
    chunks.insert({"_key": "far", "embedding": FAR})
    chunks.rename("passages")
    aql = NEAREST.replace("chunks", "passages")
    assert list(db.aql.execute(aql, bind_vars={"q": FAR}))[:1] == ["far"]
