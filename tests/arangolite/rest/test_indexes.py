from __future__ import annotations

import pytest

from .conftest import Api

PERSISTENT = {"type": "persistent", "fields": ["a", "b"], "unique": False}


def test_create_then_identical_returns_existing(api: Api) -> None:
    first = api("POST", "/_api/index", PERSISTENT, {"collection": "products"})
    assert first.status == 201 and first.body["isNewlyCreated"] is True
    assert first.body["name"].startswith("idx_") and first.body["deduplicate"] is True
    again = api("POST", "/_api/index", PERSISTENT, {"collection": "products"})
    assert again.status == 200 and again.body["isNewlyCreated"] is False
    assert again.body["id"] == first.body["id"]


def test_list_and_get(api: Api) -> None:
    created = api("POST", "/_api/index", PERSISTENT, {"collection": "products"}).body
    listing = api("GET", "/_api/index", query={"collection": "products", "withStats": "true"}).body
    assert [i["type"] for i in listing["indexes"]] == ["primary", "persistent"]
    assert set(listing["identifiers"]) == {"products/0", created["id"]}
    assert "figures" in listing["indexes"][0]
    primary = api("GET", "/_api/index/products/0").body
    assert primary["fields"] == ["_key"] and primary["unique"] is True
    number = created["id"].split("/")[1]
    assert api("GET", f"/_api/index/products/{number}").body["id"] == created["id"]
    assert api("GET", f"/_api/index/products/{created['name']}").status == 200


@pytest.mark.parametrize(
    ("body", "extra"),
    [
        ({"type": "ttl", "fields": ["t"], "expireAfter": 60}, {"expireAfter": 60, "sparse": True}),
        ({"type": "geo", "fields": ["loc"]}, {"geoJson": False, "sparse": True}),
        ({"type": "fulltext", "fields": ["text"]}, {"minLength": 2}),
        ({"type": "inverted", "fields": ["a"]}, {"fields": [{"name": "a"}]}),
        ({"type": "zkd", "fields": ["x", "y"], "fieldValueTypes": "double"}, {"type": "zkd"}),
    ],
)
def test_metadata_index_types_are_listed(api: Api, body: dict, extra: dict) -> None:
    created = api("POST", "/_api/index", body, {"collection": "products"}).body
    assert all(created[k] == v for k, v in extra.items())
    listed = api("GET", f"/_api/index/{created['id']}").body
    assert listed["type"] == created["type"]


def test_drop_by_id(api: Api) -> None:
    created = api("POST", "/_api/index", PERSISTENT, {"collection": "products"}).body
    assert api("DELETE", f"/_api/index/{created['id']}").body["id"] == created["id"]
    missing = api("DELETE", f"/_api/index/{created['id']}")
    assert missing.status == 404 and missing.body["errorNum"] == 1212
    assert api("DELETE", "/_api/index/products/0").status == 403


@pytest.mark.parametrize(
    ("query", "status"),
    [({}, 404), ({"collection": "nope"}, 404)],
)
def test_collection_parameter_required(api: Api, query: dict, status: int) -> None:
    assert api("GET", "/_api/index", query=query).status == status


def test_unique_index_enforced_over_rest(api: Api) -> None:
    api(
        "POST",
        "/_api/index",
        {"type": "persistent", "fields": ["email"], "unique": True},
        {"collection": "products"},
    )
    api("POST", "/_api/document/products", {"email": "a"})
    reply = api("POST", "/_api/document/products", {"email": "a"})
    assert reply.status == 409 and reply.body["errorNum"] == 1210
