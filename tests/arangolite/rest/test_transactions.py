from __future__ import annotations

import pytest

from .conftest import Api


def _begin(api: Api, **collections: object) -> str:
    reply = api("POST", "/_api/transaction/begin", {"collections": collections})
    assert reply.status == 201 and reply.body["result"]["status"] == "running"
    return str(reply.body["result"]["id"])


def test_writes_visible_only_inside_until_commit(api: Api) -> None:
    tid = _begin(api, write="products")
    trx = {"x-arango-trx-id": tid}
    api("POST", "/_api/document/products", {"_key": "a"}, headers=trx)
    assert api("GET", "/_api/document/products/a", headers=trx).status == 200
    assert api("GET", "/_api/document/products/a").status == 404
    assert api("GET", "/_api/collection/products/count", headers=trx).body["count"] == 1
    assert api("GET", "/_api/collection/products/count").body["count"] == 0
    listing = api("GET", "/_api/transaction").body["transactions"]
    assert listing == [{"id": tid, "state": "running"}]
    assert api("PUT", f"/_api/transaction/{tid}").body["result"] == {
        "id": tid,
        "status": "committed",
    }
    assert api("GET", "/_api/document/products/a").status == 200
    assert api("GET", f"/_api/transaction/{tid}").body["result"]["status"] == "committed"


def test_abort_discards(api: Api) -> None:
    tid = _begin(api, write=["products"])
    api(
        "POST",
        "/_api/document/products",
        [{"_key": "a"}, {"_key": "b"}],
        headers={"x-arango-trx-id": tid},
    )
    assert api("DELETE", f"/_api/transaction/{tid}").body["result"]["status"] == "aborted"
    assert api("GET", "/_api/collection/products/count").body["count"] == 0
    assert api("PUT", f"/_api/transaction/{tid}").status == 410
    used = api("GET", "/_api/document/products/a", headers={"x-arango-trx-id": tid})
    assert used.status == 404 and used.body["errorNum"] == 1655


def test_undeclared_write_is_1652(api: Api) -> None:
    tid = _begin(api, read="products")
    reply = api("POST", "/_api/document/products", {}, headers={"x-arango-trx-id": tid})
    assert reply.status == 400 and reply.body["errorNum"] == 1652


@pytest.mark.parametrize(
    ("body", "status", "errnum"),
    [({"collections": {"read": "nope"}}, 404, 1203), ({}, 400, 400)],
)
def test_begin_errors(api: Api, body: dict, status: int, errnum: int) -> None:
    reply = api("POST", "/_api/transaction/begin", body)
    assert (reply.status, reply.body["errorNum"]) == (status, errnum)


def test_unknown_transaction_ids(api: Api) -> None:
    for method in ("GET", "PUT", "DELETE"):
        assert api(method, "/_api/transaction/999999").body["errorNum"] == 1655
    assert api("GET", "/_api/document/products/x", headers={"x-arango-trx-id": "42"}).status == 404


def test_abort_after_commit_is_refused(api: Api) -> None:
    tid = _begin(api, write="products")
    api("PUT", f"/_api/transaction/{tid}")
    assert api("PUT", f"/_api/transaction/{tid}").status == 200
    assert api("DELETE", f"/_api/transaction/{tid}").status == 409


def test_conflicting_commit_reports_1200(api: Api) -> None:
    api("POST", "/_api/document/products", {"_key": "a", "v": 0})
    tid = _begin(api, write="products")
    api("PATCH", "/_api/document/products/a", {"v": 1}, headers={"x-arango-trx-id": tid})
    api("PATCH", "/_api/document/products/a", {"v": 2})
    reply = api("PUT", f"/_api/transaction/{tid}")
    assert reply.status == 409 and reply.body["errorNum"] == 1200
    assert api("GET", "/_api/document/products/a").body["v"] == 2


def test_javascript_transactions_are_not_supported(api: Api) -> None:
    reply = api("POST", "/_api/transaction", {"collections": {}, "action": "function(){}"})
    assert reply.status == 501


def test_truncate_inside_a_stream_transaction(api: Api) -> None:
    api("POST", "/_api/document/products", [{}, {}])
    tid = _begin(api, write="products")
    trx = {"x-arango-trx-id": tid}
    assert api("PUT", "/_api/collection/products/truncate", headers=trx).status == 200
    assert api("GET", "/_api/collection/products/count", headers=trx).body["count"] == 0
    assert api("GET", "/_api/collection/products/count").body["count"] == 2
    api("PUT", f"/_api/transaction/{tid}")
    assert api("GET", "/_api/collection/products/count").body["count"] == 0
