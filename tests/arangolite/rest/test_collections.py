from __future__ import annotations

import pytest

from .conftest import Api


def test_create_answers_properties(api: Api) -> None:
    body = api(
        "POST",
        "/_api/collection",
        {"name": "edges", "type": 3, "keyOptions": {"type": "autoincrement", "increment": 5}},
    ).body
    assert body["type"] == 3 and body["status"] == 3 and body["statusString"] == "loaded"
    assert body["keyOptions"] == {
        "allowUserKeys": True,
        "type": "autoincrement",
        "offset": 0,
        "increment": 5,
        "lastValue": 0,
    }
    assert body["error"] is False and body["code"] == 200


@pytest.mark.parametrize(
    ("body", "status", "errnum"),
    [({"name": "products"}, 409, 1207), ({}, 400, 1208), ({"name": "a b"}, 400, 1208)],
)
def test_create_errors(api: Api, body: dict, status: int, errnum: int) -> None:
    reply = api("POST", "/_api/collection", body)
    assert (reply.status, reply.body["errorNum"]) == (status, errnum)


def test_listing_can_exclude_system(api: Api) -> None:
    everything = api("GET", "/_api/collection").body["result"]
    users = api("GET", "/_api/collection", query={"excludeSystem": "true"}).body["result"]
    assert [c["name"] for c in users] == ["products"] and len(everything) > 1
    assert set(users[0]) == {"id", "name", "status", "type", "isSystem", "globallyUniqueId"}


def test_count_figures_revision_checksum(api: Api) -> None:
    api("POST", "/_api/document/products", [{"a": 1}, {"a": 2}])
    assert api("GET", "/_api/collection/products/count").body["count"] == 2
    figures = api("GET", "/_api/collection/products/figures", query={"details": "true"}).body
    assert (
        figures["figures"]["indexes"]["count"] == 1
        and figures["figures"]["engine"]["documents"] == 2
    )
    revision = api("GET", "/_api/collection/products/revision").body["revision"]
    assert revision.startswith("_")
    plain = api("GET", "/_api/collection/products/checksum").body["checksum"]
    with_data = api(
        "GET",
        "/_api/collection/products/checksum",
        query={"withData": "true", "withRevisions": "true"},
    ).body["checksum"]
    assert plain.isdigit() and plain != with_data


def test_checksum_changes_with_content(api: Api) -> None:
    empty = api("GET", "/_api/collection/products/checksum").body["checksum"]
    api("POST", "/_api/document/products", {"_key": "x"})
    assert api("GET", "/_api/collection/products/checksum").body["checksum"] != empty


def test_properties_update(api: Api) -> None:
    schema = {"rule": {"type": "object"}, "level": "moderate", "message": "no"}
    body = api(
        "PUT",
        "/_api/collection/products/properties",
        {"waitForSync": True, "schema": schema, "cacheEnabled": True},
    ).body
    assert body["waitForSync"] is True and body["schema"] == schema and body["cacheEnabled"]
    assert api("GET", "/_api/collection/products/properties").body["schema"] == schema
    bad = api("PUT", "/_api/collection/products/properties", {"schema": 5})
    assert bad.status == 400


def test_truncate_rename_drop(api: Api) -> None:
    api("POST", "/_api/document/products", [{}, {}])
    assert api("PUT", "/_api/collection/products/truncate").body["name"] == "products"
    assert api("GET", "/_api/collection/products/count").body["count"] == 0
    assert api("PUT", "/_api/collection/products/rename", {"name": "goods"}).body["name"] == "goods"
    cid = api("GET", "/_api/collection/goods").body["id"]
    assert api("DELETE", f"/_api/collection/{cid}").body == {"id": cid, "error": False, "code": 200}
    assert api("GET", "/_api/collection/goods").status == 404


def test_system_collections_need_is_system_to_drop(api: Api) -> None:
    assert api("DELETE", "/_api/collection/_graphs").status == 403
    assert api("DELETE", "/_api/collection/_graphs", query={"isSystem": "true"}).status == 200


@pytest.mark.parametrize(
    ("method", "action", "status"),
    [
        ("PUT", "load", 200),
        ("PUT", "unload", 200),
        ("PUT", "compact", 200),
        ("PUT", "loadIndexesIntoMemory", 200),
        ("PUT", "recalculateCount", 200),
        ("GET", "shards", 501),
        ("PUT", "responsibleShard", 501),
    ],
)
def test_minor_actions(api: Api, method: str, action: str, status: int) -> None:
    assert api(method, f"/_api/collection/products/{action}").status == status


def test_put_without_action(api: Api) -> None:
    reply = api("PUT", "/_api/collection")
    assert reply.status == 400 and "expected PUT" in reply.body["errorMessage"]
