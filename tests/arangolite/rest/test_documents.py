from __future__ import annotations

import json

import pytest

from .conftest import Api


def test_insert_answers_meta_with_etag_and_location(api: Api) -> None:
    reply = api("POST", "/_api/document/products", {"Hello": "World"})
    body = reply.body
    assert reply.status == 202 and set(body) == {"_id", "_key", "_rev"}
    assert reply.headers["etag"] == f'"{body["_rev"]}"'
    assert reply.headers["location"] == f"/_db/_system/_api/document/products/{body['_key']}"


def test_wait_for_sync_answers_201(api: Api) -> None:
    assert api("POST", "/_api/document/products", {}, {"waitForSync": "true"}).status == 201
    api("PUT", "/_api/collection/products/properties", {"waitForSync": True})
    assert api("POST", "/_api/document/products", {}).status == 201
    assert api("POST", "/_api/document", {}, {"collection": "products"}).status == 201


def test_read_document_and_conditional_reads(api: Api) -> None:
    rev = api("POST", "/_api/document/products", {"_key": "a", "x": 1}).body["_rev"]
    doc = api("GET", "/_api/document/products/a").body
    assert doc == {"_key": "a", "_id": "products/a", "_rev": rev, "x": 1}
    assert (
        api("GET", "/_api/document/products/a", headers={"If-None-Match": f'"{rev}"'}).status == 304
    )
    mismatch = api("GET", "/_api/document/products/a", headers={"If-Match": '"other"'})
    assert mismatch.status == 412 and mismatch.body["_rev"] == rev
    assert api("HEAD", "/_api/document/products/a").raw == b""


@pytest.mark.parametrize(
    ("path", "status", "errnum"),
    [("/_api/document/products/none", 404, 1202), ("/_api/document/missing/x", 404, 1203)],
)
def test_read_errors(api: Api, path: str, status: int, errnum: int) -> None:
    reply = api("GET", path)
    assert (reply.status, reply.body["errorNum"]) == (status, errnum)


def test_return_new_and_overwrite(api: Api) -> None:
    first = api("POST", "/_api/document/products", {"_key": "lock", "v": 1}, {"returnNew": "true"})
    assert first.body["new"]["v"] == 1
    second = api(
        "POST",
        "/_api/document/products",
        {"_key": "lock", "w": 2},
        {"overwrite": "true", "returnOld": "true"},
    )
    assert second.body["_oldRev"] == first.body["_rev"] and second.body["old"]["v"] == 1
    conflict = api("POST", "/_api/document/products", {"_key": "lock"})
    assert conflict.status == 409 and conflict.body["errorNum"] == 1210
    assert "conflicting key: lock" in conflict.body["errorMessage"]


@pytest.mark.parametrize(("mode", "v"), [("ignore", 1), ("update", 1), ("replace", None)])
def test_overwrite_modes(api: Api, mode: str, v: int | None) -> None:
    api("POST", "/_api/document/products", {"_key": "k", "v": 1})
    reply = api("POST", "/_api/document/products", {"_key": "k", "w": 2}, {"overwriteMode": mode})
    assert reply.status == 202
    assert api("GET", "/_api/document/products/k").body.get("v") == v


def test_bad_overwrite_mode(api: Api) -> None:
    reply = api("POST", "/_api/document/products", {}, {"overwriteMode": "merge"})
    assert reply.status == 400


def test_replace_update_and_remove(api: Api) -> None:
    rev = api("POST", "/_api/document/products", {"_key": "a", "n": {"x": 1}}).body["_rev"]
    updated = api(
        "PATCH",
        "/_api/document/products/a",
        {"n": {"y": 2}, "z": None},
        {"keepNull": "false", "returnNew": "true"},
    )
    assert updated.status == 202 and updated.body["_oldRev"] == rev
    assert updated.body["new"]["n"] == {"x": 1, "y": 2} and "z" not in updated.body["new"]
    replaced = api("PUT", "/_api/document/products/a", {"only": 1}, {"silent": "true"})
    assert replaced.body == {}
    removed = api("DELETE", "/_api/document/products/a", query={"returnOld": "true"})
    assert removed.status == 202 and removed.body["old"] == {
        "_key": "a",
        "_id": "products/a",
        "_rev": removed.body["_rev"],
        "only": 1,
    }


@pytest.mark.parametrize("method", ["PUT", "PATCH", "DELETE"])
def test_if_match_conflict_is_412_with_stored_revision(api: Api, method: str) -> None:
    rev = api("POST", "/_api/document/products", {"_key": "a"}).body["_rev"]
    reply = api(
        method,
        "/_api/document/products/a",
        None if method == "DELETE" else {"x": 1},
        headers={"If-Match": '"_wrong---"'},
    )
    assert reply.status == 412 and reply.body["errorNum"] == 1200
    assert (reply.body["_key"], reply.body["_rev"], reply.body["_id"]) == ("a", rev, "products/a")


def test_body_revision_checked_only_without_ignore_revs(api: Api) -> None:
    api("POST", "/_api/document/products", {"_key": "a"})
    assert api("PATCH", "/_api/document/products/a", {"_rev": "_stale---"}).status == 202
    reply = api(
        "PATCH", "/_api/document/products/a", {"_rev": "_stale---"}, {"ignoreRevs": "false"}
    )
    assert reply.status == 412


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH"])
def test_non_object_bodies_are_rejected(api: Api, method: str) -> None:
    path = "/_api/document/products" + ("" if method == "POST" else "/a")
    reply = api(method, path, "text")
    assert reply.status == 400 and reply.body["errorNum"] == 1227


def test_bulk_insert_reports_errors_per_item(api: Api) -> None:
    reply = api("POST", "/_api/document/products", [{"_key": 111}, {"_key": "abc"}, 5])
    assert reply.status == 202
    assert json.loads(reply.headers["x-arango-error-codes"]) == {"1221": 1, "1227": 1}
    assert reply.body[0] == {
        "error": True,
        "errorNum": 1221,
        "errorMessage": "illegal document key",
    }
    assert reply.body[1]["_id"] == "products/abc"


def test_bulk_insert_silent_and_return_new(api: Api) -> None:
    assert api("POST", "/_api/document/products", [{}, {}], {"silent": "true"}).body == []
    reply = api("POST", "/_api/document/products", [{"a": 1}], {"returnNew": "true"})
    assert reply.body[0]["new"]["a"] == 1


def test_bulk_remove_by_key_id_and_object(api: Api) -> None:
    api("POST", "/_api/document/products", [{"_key": k} for k in "abcd"])
    reply = api("DELETE", "/_api/document/products", ["a", "products/b", {"_key": "c"}, "other/d"])
    assert [item.get("_key") for item in reply.body] == ["a", "b", "c", None]
    assert reply.body[3]["errorNum"] == 1202 and reply.status == 202


def test_bulk_remove_with_revision_conflicts(api: Api) -> None:
    api("POST", "/_api/document/products", [{"_key": "1"}])
    reply = api(
        "DELETE", "/_api/document/products", [{"_key": "1", "_rev": "x"}], {"ignoreRevs": "false"}
    )
    assert reply.body == [
        {"error": True, "errorNum": 1200, "errorMessage": "conflict, _rev values do not match"}
    ]


@pytest.mark.parametrize(
    ("method", "items", "first"),
    [
        ("PATCH", [{"_key": "a", "v": 2}, {"v": 3}], 2),
        ("PUT", [{"_id": "products/a", "w": 1}, {"_key": "zz"}], None),
    ],
)
def test_bulk_update_and_replace(api: Api, method: str, items: list, first: int | None) -> None:
    api("POST", "/_api/document/products", {"_key": "a", "v": 1})
    reply = api(method, "/_api/document/products", items)
    assert reply.body[0]["_oldRev"] and reply.body[1]["error"] is True
    assert api("GET", "/_api/document/products/a").body.get("v") == first


def test_bulk_body_must_be_an_array(api: Api) -> None:
    reply = api("PATCH", "/_api/document/products", {"_key": "a"})
    assert (
        reply.status == 400
        and reply.body["errorMessage"] == "expecting a JSON array in the request"
    )


def test_bulk_get_only(api: Api) -> None:
    api("POST", "/_api/document/products", [{"_key": "doc1"}, {"_key": "doc2"}])
    reply = api(
        "PUT", "/_api/document/products", ["doc1", {"_key": "doc2"}, "nope"], {"onlyget": "true"}
    )
    assert [d.get("_key") for d in reply.body] == ["doc1", "doc2", None]
    assert reply.headers["x-arango-error-codes"] == '{"1202": 1}'
    stale = api(
        "PUT",
        "/_api/document/products",
        [{"_key": "doc1", "_rev": "x"}],
        {"onlyget": "true", "ignoreRevs": "false"},
    )
    assert stale.body[0]["errorNum"] == 1200
    assert api("PUT", "/_api/document/products", {}, {"onlyget": "true"}).status == 400


def test_edges_require_valid_ends(api: Api) -> None:
    api("POST", "/_api/collection", {"name": "links", "type": 3})
    bad = api("POST", "/_api/document/links", {"_from": "x"})
    assert bad.status == 400 and bad.body["errorNum"] == 1233
    ok = api("POST", "/_api/document/links", {"_from": "products/1", "_to": "products/2"})
    assert ok.status == 202
    edges = api("GET", "/_api/edges/links", query={"vertex": "products/1", "direction": "out"})
    assert [e["_to"] for e in edges.body["edges"]] == ["products/2"]
    assert api("GET", "/_api/edges/links").status == 400
    assert api("GET", "/_api/edges/links", query={"vertex": "a/b", "direction": "up"}).status == 400
    assert api("GET", "/_api/edges/products", query={"vertex": "a/b"}).status == 400


def test_missing_collection_name(api: Api) -> None:
    assert api("POST", "/_api/document", {}).status == 400
