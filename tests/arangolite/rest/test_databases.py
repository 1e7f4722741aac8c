from __future__ import annotations

import pytest

from .conftest import Api


def test_create_list_drop(api: Api) -> None:
    created = api(
        "POST",
        "/_db/_system/_api/database",
        {"name": "example", "options": {"sharding": "flexible"}},
    )
    assert created.status == 201 and created.body == {"result": True, "error": False, "code": 201}
    assert api("GET", "/_api/database").body["result"] == ["_system", "example"]
    assert api("GET", "/_db/example/_api/database/user").body["result"] == ["_system", "example"]
    current = api("GET", "/_db/example/_api/database/current").body["result"]
    assert current["name"] == "example" and current["isSystem"] is False
    assert api("DELETE", "/_api/database/example").body["result"] is True
    assert api("GET", "/_db/example/_api/collection").body["errorNum"] == 1228


@pytest.mark.parametrize(
    ("body", "status", "errnum"),
    [
        ({"name": "_system"}, 409, 1207),
        ({"name": "a/b"}, 400, 1229),
        ({}, 400, 1229),
        ({"name": "x", "users": "bob"}, 400, 400),
    ],
)
def test_create_errors(api: Api, body: dict, status: int, errnum: int) -> None:
    reply = api("POST", "/_api/database", body)
    assert (reply.status, reply.body["errorNum"]) == (status, errnum)


def test_only_system_database_manages_databases(api: Api) -> None:
    api("POST", "/_api/database", {"name": "shop", "users": [{"username": "a", "passwd": "b"}]})
    for method, path in [
        ("GET", "/_db/shop/_api/database"),
        ("POST", "/_db/shop/_api/database"),
        ("DELETE", "/_db/shop/_api/database/shop"),
    ]:
        reply = api(method, path, {"name": "x"})
        assert reply.status == 403 and reply.body["errorNum"] == 1230


def test_drop_errors(api: Api) -> None:
    assert api("DELETE", "/_api/database/nope").body["errorNum"] == 1228
    assert api("DELETE", "/_api/database/_system").status == 403


def test_databases_are_isolated(api: Api) -> None:
    api("POST", "/_api/database", {"name": "shop"})
    api("POST", "/_db/shop/_api/collection", {"name": "products"})
    api("POST", "/_db/shop/_api/document/products", {"_key": "only-in-shop"})
    assert api("GET", "/_api/document/products/only-in-shop").status == 404
    assert api("GET", "/_db/shop/_api/document/products/only-in-shop").status == 200
