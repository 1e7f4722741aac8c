"""Traversals and path searches over edge collections (ArangoDB's orders and options)."""

from __future__ import annotations

from typing import Any

import pytest
from arango.database import StandardDatabase
from arango.exceptions import AQLQueryExecuteError

from tests.arangolite.aql.conftest import Query

# a small plant: A feeds B and C, B feeds D, C feeds D, D recycles to A
EDGES = [("A", "B", 1), ("A", "C", 5), ("B", "D", 1), ("C", "D", 1), ("D", "A", 1)]


@pytest.fixture
def plant(db: StandardDatabase) -> StandardDatabase:
    db.create_collection("units").insert_many([{"_key": k} for k in "ABCDE"])
    db.create_collection("feeds", edge=True).insert_many(
        [{"_from": f"units/{a}", "_to": f"units/{b}", "w": w} for a, b, w in EDGES]
    )
    return db


def test_dfs_visits_last_edge_first_like_arangodb(plant: Any, q: Query) -> None:
    assert q("FOR v IN 1..2 OUTBOUND 'units/A' feeds RETURN v._key") == ["C", "D", "B", "D"]


def test_bfs_with_global_uniqueness(plant: Any, q: Query) -> None:
    query = """FOR v IN 1..3 OUTBOUND 'units/A' feeds
               OPTIONS {order: 'bfs', uniqueVertices: 'global'} RETURN v._key"""
    assert q(query) == ["B", "C", "D"]


def test_depth_zero_emits_start_and_paths(plant: Any, q: Query) -> None:
    query = """FOR v, e, p IN 0..1 OUTBOUND 'units/A' feeds OPTIONS {order: 'bfs'}
               RETURN [v._key, e.w, LENGTH(p.edges)]"""
    assert q(query) == [["A", None, 0], ["B", 1, 1], ["C", 5, 1]]


def test_inbound_and_any(plant: Any, q: Query) -> None:
    assert q("FOR v IN 1 INBOUND 'units/D' feeds SORT v._key RETURN v._key") == ["B", "C"]
    assert q("FOR v IN 1 ANY 'units/B' feeds SORT v._key RETURN v._key") == ["A", "D"]


def test_prune_stops_expansion_but_keeps_the_vertex(plant: Any, q: Query) -> None:
    query = """FOR v IN 1..3 OUTBOUND 'units/A' feeds PRUNE v._key == 'B'
               OPTIONS {uniqueVertices: 'path'} RETURN v._key"""
    assert q(query) == ["C", "D", "B"]


def test_unique_edges_path_prevents_cycles(plant: Any, q: Query) -> None:
    result = q("FOR v IN 1..10 OUTBOUND 'units/A' feeds RETURN v._key")
    assert result.count("A") == 2


def test_weighted_traversal_orders_by_weight(plant: Any, q: Query) -> None:
    query = """FOR v, e, p IN 1..2 OUTBOUND 'units/A' feeds
               OPTIONS {order: 'weighted', weightAttribute: 'w'} RETURN [v._key, p.weight]"""
    assert q(query) == [["B", 1], ["D", 2], ["C", 5], ["D", 6]]


def test_shortest_path_unweighted_and_weighted(plant: Any, q: Query) -> None:
    base = "FOR v IN OUTBOUND SHORTEST_PATH 'units/A' TO 'units/D' feeds {} RETURN v._key"
    assert q(base.format("")) in (["A", "B", "D"], ["A", "C", "D"])
    assert q(base.format("OPTIONS {weightAttribute: 'w'}")) == ["A", "B", "D"]


def test_k_shortest_paths_in_weight_order(plant: Any, q: Query) -> None:
    query = """FOR p IN OUTBOUND K_SHORTEST_PATHS 'units/A' TO 'units/D' feeds
               OPTIONS {weightAttribute: 'w'} RETURN [p.vertices[*]._key, p.weight]"""
    assert q(query) == [[["A", "B", "D"], 2], [["A", "C", "D"], 6]]


def test_k_paths_and_all_shortest_paths(plant: Any, q: Query) -> None:
    k_paths = "FOR p IN 1..3 OUTBOUND K_PATHS 'units/A' TO 'units/D' feeds RETURN LENGTH(p.edges)"
    assert q(k_paths) == [2, 2]
    all_shortest = """FOR p IN OUTBOUND ALL_SHORTEST_PATHS 'units/A' TO 'units/D' feeds
                      RETURN p.vertices[1]._key"""
    assert sorted(q(all_shortest)) == ["B", "C"]


def test_unreachable_target_gives_no_path(plant: Any, q: Query) -> None:
    assert q("FOR v IN OUTBOUND SHORTEST_PATH 'units/A' TO 'units/E' feeds RETURN v") == []


def test_invalid_start_vertex_warns(plant: Any) -> None:
    cursor = plant.aql.execute("FOR v IN 1 OUTBOUND 42 feeds RETURN v")
    assert list(cursor) == [] and cursor.warnings()


def test_missing_graph_fails(plant: Any) -> None:
    with pytest.raises(AQLQueryExecuteError) as info:
        plant.aql.execute("FOR v IN 1 OUTBOUND 'units/A' GRAPH 'nope' RETURN v")
    assert info.value.error_code == 1924
