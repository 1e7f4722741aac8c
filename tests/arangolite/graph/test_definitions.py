"""Vertex collections and edge definitions of an existing graph."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Api

SOCIAL = "/_api/gharial/social"


def graph_of(api: Api) -> dict[str, Any]:
    graph: dict[str, Any] = api("GET", SOCIAL).body["graph"]
    return graph


@pytest.mark.parametrize(
    ("collection", "status", "errnum"),
    [("male", 400, 1929), ("relation", 400, 1927)],
)
def test_add_vertex_collection_errors(
    api: Api, social: Any, collection: str, status: int, errnum: int
) -> None:
    reply = api("POST", f"{SOCIAL}/vertex", {"collection": collection})
    assert (reply.status, reply.body["errorNum"]) == (status, errnum)


def test_adding_an_orphan_twice_is_1938(api: Api, social: Any) -> None:
    api("POST", f"{SOCIAL}/vertex", {"collection": "pets"})
    assert api("POST", f"{SOCIAL}/vertex", {"collection": "pets"}).body["errorNum"] == 1938
    assert api("GET", "/_api/collection/pets").body["type"] == 2


def test_add_vertex_collection_without_creating_it_is_1926(api: Api, social: Any) -> None:
    body = {"collection": "pets"}
    reply = api("POST", f"{SOCIAL}/vertex", body, {"createCollection": "false"})
    assert (reply.status, reply.body["errorNum"]) == (404, 1926)
    assert graph_of(api)["orphanCollections"] == []


@pytest.mark.parametrize(("drop", "status"), [("false", 200), ("true", 404)])
def test_remove_orphan_optionally_drops_it(api: Api, social: Any, drop: str, status: int) -> None:
    api("POST", f"{SOCIAL}/vertex", {"collection": "pets"})
    reply = api("DELETE", f"{SOCIAL}/vertex/pets", query={"dropCollection": drop})
    assert reply.status == 202 and reply.body["graph"]["orphanCollections"] == []
    assert api("GET", "/_api/collection/pets").status == status


def test_adding_an_edge_definition_promotes_orphans(api: Api, social: Any) -> None:
    api("POST", f"{SOCIAL}/vertex", {"collection": "city"})
    body = {"collection": "lives", "from": ["male"], "to": ["city"]}
    graph = api("POST", f"{SOCIAL}/edge", body).body["graph"]
    assert graph["orphanCollections"] == []
    assert api("GET", f"{SOCIAL}/edge").body["collections"] == ["lives", "relation"]


@pytest.mark.parametrize(
    ("body", "errnum"),
    [
        ({"collection": "relation", "from": ["a"], "to": ["b"]}, 1920),
        ({"collection": "female", "from": ["a"], "to": ["b"]}, 1944),
        ({"collection": "x", "from": [], "to": ["b"]}, 1923),
    ],
)
def test_add_edge_definition_errors(api: Api, social: Any, body: Any, errnum: int) -> None:
    reply = api("POST", f"{SOCIAL}/edge", body)
    assert (reply.status, reply.body["errorNum"]) == (400, errnum)
    assert api("GET", f"{SOCIAL}/edge").body["collections"] == ["relation"]


def test_replacing_orphans_unused_vertex_collections(api: Api, social: Any) -> None:
    body = {"collection": "relation", "from": ["female"], "to": ["pets"]}
    graph = api("PUT", f"{SOCIAL}/edge/relation", body).body["graph"]
    assert graph["edgeDefinitions"] == [body]
    assert graph["orphanCollections"] == ["male"]


def test_replacing_changes_every_graph_with_that_edge_collection(api: Api, social: Any) -> None:
    shared = {"collection": "relation", "from": ["female", "male"], "to": ["female", "male"]}
    api("POST", "/_api/gharial", {"name": "other", "edgeDefinitions": [shared]})
    new = {"collection": "relation", "from": ["male"], "to": ["male"]}
    api("PUT", f"{SOCIAL}/edge/relation", new)
    other = api("GET", "/_api/gharial/other").body["graph"]
    assert other["edgeDefinitions"] == [new] and other["orphanCollections"] == ["female"]


@pytest.mark.parametrize("method", ["PUT", "DELETE"])
def test_unknown_edge_definition_is_1930(api: Api, social: Any, method: str) -> None:
    body = {"collection": "nope", "from": ["a"], "to": ["b"]}
    reply = api(method, f"{SOCIAL}/edge/nope", body)
    assert (reply.status, reply.body["errorNum"]) == (404, 1930)
    assert reply.body["errorMessage"] == "edge collection not used in graph"


@pytest.mark.parametrize(("drop", "status"), [("false", 200), ("true", 404)])
def test_remove_edge_definition_optionally_drops(
    api: Api, social: Any, drop: str, status: int
) -> None:
    reply = api("DELETE", f"{SOCIAL}/edge/relation", query={"dropCollections": drop})
    assert reply.body["graph"]["orphanCollections"] == ["female", "male"]
    assert api("GET", "/_api/collection/relation").status == status
