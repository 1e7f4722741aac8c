"""python-arango's ``Graph`` API against arangolite."""

from __future__ import annotations

from typing import Any

import pytest
from arango.exceptions import DocumentInsertError, GraphDeleteError

TEACH = {
    "edge_collection": "teach",
    "from_vertex_collections": ["teachers"],
    "to_vertex_collections": ["lectures"],
}


@pytest.fixture
def school(db: Any) -> Any:
    graph = db.create_graph("school", edge_definitions=[TEACH], orphan_collections=["rooms"])
    graph.insert_vertex("teachers", {"_key": "jon"})
    graph.insert_vertex("lectures", {"_key": "math"})
    graph.link("teach", "teachers/jon", "lectures/math", {"_key": "t1"})
    return db


def test_graph_listing_and_properties(school: Any) -> None:
    assert school.has_graph("school") and not school.has_graph("nope")
    listed = school.graphs()[0]
    assert listed["name"] == "school" and listed["edge_definitions"] == [TEACH]
    properties = school.graph("school").properties()
    assert properties["orphan_collections"] == ["rooms"]
    assert school.graph("school").vertex_collections() == ["lectures", "rooms", "teachers"]


def test_vertex_and_edge_round_trip(school: Any) -> None:
    graph = school.graph("school")
    assert graph.vertex("teachers/jon")["_key"] == "jon"
    assert graph.edge("teach/t1")["_to"] == "lectures/math"
    result = graph.vertex_collection("teachers").update({"_key": "jon", "age": 40}, return_new=True)
    assert result["new"]["age"] == 40
    assert graph.delete_vertex("teachers/jon") is True
    assert not graph.has_edge("teach/t1") and graph.vertex("teachers/jon") is None


def test_traversal_over_the_named_graph(school: Any) -> None:
    query = "FOR v IN 1 OUTBOUND 'teachers/jon' GRAPH 'school' RETURN v._key"
    assert list(school.aql.execute(query)) == ["math"]


def test_driver_errors(school: Any) -> None:
    graph = school.graph("school")
    with pytest.raises(DocumentInsertError) as raised:
        graph.insert_edge("teach", {"_from": "teachers/nobody", "_to": "lectures/math"})
    assert raised.value.error_code == 1202
    assert school.delete_graph("nope", ignore_missing=True) is False
    with pytest.raises(GraphDeleteError):
        school.delete_graph("nope")


def test_delete_graph_with_collections(school: Any) -> None:
    assert school.delete_graph("school", drop_collections=True) is True
    names = {c["name"] for c in school.collections() if not c["system"]}
    assert names.isdisjoint({"teach", "teachers", "lectures", "rooms"})
