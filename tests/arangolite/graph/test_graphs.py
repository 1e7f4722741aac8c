"""Creating, reading, changing and dropping named graphs over ``/_api/gharial``."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import SOCIAL_DEFINITION, Api

BASE = "/_api/gharial"


def definition(collection: str, sources: list[str], targets: list[str]) -> dict[str, Any]:
    return {"collection": collection, "from": sources, "to": targets}


def test_create_makes_missing_collections_with_the_right_types(api: Api) -> None:
    body = {"name": "g", "edgeDefinitions": [definition("e", ["a"], ["b"])]}
    reply = api("POST", BASE, {**body, "orphanCollections": ["o"]})
    assert reply.status == 202 and reply.headers["etag"] == reply.body["graph"]["_rev"]
    types = {n: api("GET", f"/_api/collection/{n}").body["type"] for n in ("a", "b", "e", "o")}
    assert types == {"a": 2, "b": 2, "e": 3, "o": 2}


def test_create_sorts_and_deduplicates_the_definition(api: Api) -> None:
    edges = [definition("z", ["b", "a", "a"], ["c"]), definition("y", ["c"], ["a"])]
    body = {"name": "g", "edgeDefinitions": edges, "orphanCollections": ["q", "p", "a"]}
    graph = api("POST", BASE, body).body["graph"]
    assert [d["collection"] for d in graph["edgeDefinitions"]] == ["y", "z"]
    assert graph["edgeDefinitions"][1]["from"] == ["a", "b"]
    assert graph["orphanCollections"] == ["p", "q"]


def test_create_with_wait_for_sync_answers_201(api: Api) -> None:
    reply = api("POST", BASE, {"name": "g"}, {"waitForSync": "true"})
    assert reply.status == 201 and reply.body["graph"]["edgeDefinitions"] == []


def test_options_of_enterprise_graphs_are_ignored(api: Api) -> None:
    options = {"satellites": ["x"], "numberOfShards": 3, "replicationFactor": 2}
    graph = api("POST", BASE, {"name": "g", "isSmart": True, "options": options}).body["graph"]
    assert set(graph) == {"_key", "_id", "_rev", "name", "edgeDefinitions", "orphanCollections"}


@pytest.mark.parametrize(
    ("body", "status", "errnum"),
    [
        ({}, 400, 1922),
        ({"name": "g", "edgeDefinitions": [7]}, 400, 1923),
        ({"name": "g", "edgeDefinitions": [definition("e", [], ["a"])]}, 400, 1923),
        ({"name": "g", "edgeDefinitions": [{"collection": "e", "from": ["a"]}]}, 400, 1941),
        ({"name": "g", "edgeDefinitions": {}}, 400, 1901),
        ({"name": "g", "orphanCollections": [1]}, 400, 1943),
        ({"name": "g", "edgeDefinitions": [definition("e", ["a"], ["b"])] * 2}, 400, 1920),
        ({"name": "social"}, 409, 1925),
        ({"name": "g", "edgeDefinitions": [definition("relation", ["a"], ["b"])]}, 400, 1921),
        ({"name": "g", "edgeDefinitions": [definition("female", ["a"], ["b"])]}, 400, 1944),
    ],
)
def test_create_errors(api: Api, social: Any, body: Any, status: int, errnum: int) -> None:
    reply = api("POST", BASE, body)
    assert (reply.status, reply.body["errorNum"]) == (status, errnum)
    assert "g" not in [g["name"] for g in api("GET", BASE).body["graphs"]]


def test_a_shared_edge_collection_with_the_same_definition_is_allowed(
    api: Api, social: Any
) -> None:
    reply = api("POST", BASE, {"name": "g", "edgeDefinitions": [SOCIAL_DEFINITION]})
    assert reply.status == 202
    assert [g["name"] for g in api("GET", BASE).body["graphs"]] == ["social", "g"]


def test_drop_keeps_collections_by_default(api: Api, social: Any) -> None:
    assert api("DELETE", f"{BASE}/social").body == {"error": False, "code": 202, "removed": True}
    assert api("GET", "/_api/collection/relation").status == 200
    assert api("GET", f"{BASE}/social").body["errorNum"] == 1924


def test_drop_collections_spares_those_other_graphs_use(api: Api, social: Any) -> None:
    body = {"name": "g", "edgeDefinitions": [definition("likes", ["male"], ["things"])]}
    api("POST", BASE, body)
    api("DELETE", f"{BASE}/social", query={"dropCollections": "true"})
    present = {
        n: api("GET", f"/_api/collection/{n}").status for n in ("relation", "female", "male")
    }
    assert present == {"relation": 404, "female": 404, "male": 200}


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/nope"),
        ("DELETE", "/nope"),
        ("GET", "/nope/vertex"),
        ("POST", "/nope/edge"),
        ("GET", "/nope/vertex/female/alice"),
        ("DELETE", "/nope/edge/relation/x"),
    ],
)
def test_unknown_graph_is_1924(api: Api, method: str, path: str) -> None:
    reply = api(method, BASE + path, {"collection": "x", "from": ["a"], "to": ["b"]})
    assert (reply.status, reply.body["errorNum"]) == (404, 1924)
    assert reply.body["errorMessage"] == "graph 'nope' not found"
