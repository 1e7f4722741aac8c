"""Vertex and edge documents through ``/_api/gharial/{graph}/vertex|edge``."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Api

SOCIAL = "/_api/gharial/social"


def test_insert_vertex_with_return_new(api: Api, social: Any) -> None:
    reply = api("POST", f"{SOCIAL}/vertex/male", {"_key": "ed", "age": 3}, {"returnNew": "true"})
    assert reply.status == 202 and reply.headers["etag"] == reply.body["vertex"]["_rev"]
    assert reply.body["new"] == {**reply.body["vertex"], "age": 3}
    assert api("GET", f"{SOCIAL}/vertex/male/ed").body["vertex"]["age"] == 3


@pytest.mark.parametrize(
    ("query", "kept"), [({}, {"name": None, "x": 1}), ({"keepNull": "false"}, {"x": 1})]
)
def test_update_vertex_keep_null(api: Api, social: Any, query: Any, kept: Any) -> None:
    reply = api("PATCH", f"{SOCIAL}/vertex/male/bob", {"name": None, "x": 1}, query)
    assert reply.status == 202 and set(reply.body["vertex"]) == {"_id", "_key", "_rev", "_oldRev"}
    vertex = api("GET", f"{SOCIAL}/vertex/male/bob").body["vertex"]
    assert {k: v for k, v in vertex.items() if not k.startswith("_")} == kept


def test_replace_vertex_returns_old_and_new(api: Api, social: Any) -> None:
    query = {"returnOld": "true", "returnNew": "true", "waitForSync": "true"}
    reply = api("PUT", f"{SOCIAL}/vertex/male/bob", {"nick": "b"}, query)
    assert reply.status == 200
    assert reply.body["old"]["name"] == "Bob" and "name" not in reply.body["new"]


@pytest.mark.parametrize("how", ["header", "param"])
def test_revision_mismatch_is_412(api: Api, social: Any, how: str) -> None:
    headers = {"If-Match": '"_wrong"'} if how == "header" else {}
    query = {"rev": "_wrong"} if how == "param" else {}
    for method in ("GET", "PATCH", "DELETE"):
        reply = api(method, f"{SOCIAL}/vertex/male/bob", {}, query, headers)
        assert (reply.status, reply.body["errorNum"]) == (412, 1200)


def test_if_none_match_answers_304(api: Api, social: Any) -> None:
    rev = api("GET", f"{SOCIAL}/vertex/male/bob").body["vertex"]["_rev"]
    reply = api("GET", f"{SOCIAL}/vertex/male/bob", headers={"If-None-Match": rev})
    assert reply.status == 304 and reply.raw == b""


def test_removing_a_vertex_removes_its_edges(api: Api, social: Any) -> None:
    reply = api("DELETE", f"{SOCIAL}/vertex/female/alice", query={"returnOld": "true"})
    assert reply.status == 202 and reply.body["old"]["name"] == "Alice"
    edges = api("POST", "/_api/cursor", {"query": "FOR e IN relation RETURN e._from"}).body
    assert sorted(edges["result"]) == ["male/bob", "male/charly"]


def test_removing_a_vertex_cleans_edges_of_other_graphs(api: Api, social: Any) -> None:
    body = {
        "name": "pets",
        "edgeDefinitions": [{"collection": "owns", "from": ["male"], "to": ["dog"]}],
    }
    api("POST", "/_api/gharial", body)
    api("POST", "/_api/gharial/pets/vertex/dog", {"_key": "rex"})
    api("POST", "/_api/gharial/pets/edge/owns", {"_from": "male/bob", "_to": "dog/rex"})
    api("DELETE", f"{SOCIAL}/vertex/male/bob")
    assert api("GET", "/_api/collection/owns/count").body["count"] == 0


@pytest.mark.parametrize(
    ("path", "status", "errnum"),
    [
        ("/vertex/relation/x", 404, 1949),
        ("/vertex/male/none", 404, 1202),
        ("/edge/male/x", 404, 1930),
        ("/edge/relation/none", 404, 1202),
    ],
)
def test_document_errors(api: Api, social: Any, path: str, status: int, errnum: int) -> None:
    for method in ("GET", "PATCH", "PUT", "DELETE"):
        body = {"_from": "male/bob", "_to": "male/charly"}
        reply = api(method, SOCIAL + path, body)
        assert (reply.status, reply.body["errorNum"]) == (status, errnum), method


@pytest.mark.parametrize(
    ("edge", "status", "errnum"),
    [
        ({"_to": "male/bob"}, 400, 1233),
        ({"_from": "bob", "_to": "male/bob"}, 400, 1233),
        ({"_from": "pets/x", "_to": "male/bob"}, 404, 1947),
        ({"_from": "male/bob", "_to": "male/nobody"}, 404, 1202),
    ],
)
def test_edge_validation(api: Api, social: Any, edge: Any, status: int, errnum: int) -> None:
    reply = api("POST", f"{SOCIAL}/edge/relation", edge)
    assert (reply.status, reply.body["errorNum"]) == (status, errnum)
    assert api("GET", "/_api/collection/relation/count").body["count"] == 4


def test_edge_to_a_missing_vertex_collection_is_1926(api: Api, social: Any) -> None:
    api("DELETE", "/_api/collection/female")
    reply = api("POST", f"{SOCIAL}/edge/relation", {"_from": "female/x", "_to": "male/bob"})
    assert (reply.status, reply.body["errorNum"]) == (404, 1926)


def test_edge_update_checks_only_the_given_end(api: Api, social: Any) -> None:
    key = social["female/alice->male/bob"]
    moved = api("PATCH", f"{SOCIAL}/edge/relation/{key}", {"_to": "female/diana"})
    assert moved.status == 202
    outside = api("PATCH", f"{SOCIAL}/edge/relation/{key}", {"_from": "pets/x"})
    assert (outside.status, outside.body["errorNum"]) == (404, 1947)
    edge = api("GET", f"{SOCIAL}/edge/relation/{key}").body["edge"]
    assert (edge["_from"], edge["_to"]) == ("female/alice", "female/diana")


def test_edge_replace_needs_both_ends(api: Api, social: Any) -> None:
    key = social["female/alice->male/bob"]
    reply = api("PUT", f"{SOCIAL}/edge/relation/{key}", {"_from": "male/bob", "type": "x"})
    assert (reply.status, reply.body["errorNum"]) == (400, 1233)


def test_remove_edge_with_return_old(api: Api, social: Any) -> None:
    key = social["male/bob->female/diana"]
    reply = api("DELETE", f"{SOCIAL}/edge/relation/{key}", query={"returnOld": "true"})
    assert reply.body["removed"] is True and reply.body["old"]["type"] == "friend"
    assert api("GET", f"{SOCIAL}/edge/relation/{key}").status == 404


def test_writes_join_a_stream_transaction(api: Api, social: Any) -> None:
    trx = api("POST", "/_api/transaction/begin", {"collections": {"write": ["male", "relation"]}})
    headers = {"x-arango-trx-id": trx.body["result"]["id"]}
    api("DELETE", f"{SOCIAL}/vertex/male/bob", headers=headers)
    assert api("GET", f"{SOCIAL}/vertex/male/bob").status == 200
    api("DELETE", f"/_api/transaction/{headers['x-arango-trx-id']}")
    assert api("GET", "/_api/collection/relation/count").body["count"] == 4
