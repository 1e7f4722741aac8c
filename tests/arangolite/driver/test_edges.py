"""Edge documents: _from/_to validation and edge-specific behaviour."""

from __future__ import annotations

from typing import Any

import pytest
from arango.exceptions import DocumentInsertError, DocumentReplaceError, DocumentUpdateError

from .handles import Collection, Database


def test_edge_insert_and_read(edges: Collection) -> None:
    meta = edges.insert({"_key": "e", "_from": "v/1", "_to": "v/2", "w": 3})
    doc = edges.get(meta["_key"])
    assert (doc["_from"], doc["_to"], doc["w"]) == ("v/1", "v/2", 3)


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"_from": "v/1"},
        {"_to": "v/1"},
        {"_from": "nokey", "_to": "v/1"},
        {"_from": "v/1", "_to": "v/"},
        {"_from": "v/1", "_to": 5},
        {"_from": "v/bad key", "_to": "v/1"},
    ],
)
def test_edge_insert_needs_valid_from_and_to(edges: Collection, body: dict[str, Any]) -> None:
    with pytest.raises(DocumentInsertError) as info:
        edges.insert(body)
    assert (info.value.http_code, info.value.error_code) == (400, 1233)
    assert edges.count() == 0


def test_edge_update_with_bad_to_raises_1233(edges: Collection) -> None:
    edges.insert({"_key": "e", "_from": "v/1", "_to": "v/2"})
    with pytest.raises(DocumentUpdateError) as info:
        edges.update({"_key": "e", "_to": "broken"})
    assert (info.value.http_code, info.value.error_code) == (400, 1233)
    assert edges.get("e")["_to"] == "v/2"


def test_edge_replace_needs_from_and_to(edges: Collection) -> None:
    edges.insert({"_key": "e", "_from": "v/1", "_to": "v/2"})
    with pytest.raises(DocumentReplaceError) as info:
        edges.replace({"_key": "e", "w": 1})
    assert (info.value.http_code, info.value.error_code) == (400, 1233)
    assert edges.replace({"_key": "e", "_from": "v/3", "_to": "v/4"})["_key"] == "e"
    assert edges.get("e")["_from"] == "v/3"


def test_edges_are_found_by_aql_traversal(db: Database, edges: Collection) -> None:
    db.create_collection("v").insert_many([{"_key": k} for k in "abc"])
    edges.insert_many([{"_from": "v/a", "_to": "v/b"}, {"_from": "v/b", "_to": "v/c"}])
    query = "FOR x IN 1..2 OUTBOUND 'v/a' links RETURN x._key"
    assert list(db.aql.execute(query)) == ["b", "c"]
