from __future__ import annotations

import pytest

from .conftest import Api

COUNTS = ("created", "errors", "empty", "updated", "ignored")


def _counts(body: dict) -> tuple[int, ...]:
    return tuple(body[k] for k in COUNTS)


@pytest.mark.parametrize(
    ("kind", "raw", "counts"),
    [
        ("list", '[{"_key":"abc"},{"_key":"foo"},{"name":{"short":"x"}}]', (3, 0, 0, 0, 0)),
        ("array", "[]", (0, 0, 0, 0, 0)),
        ("documents", '{"a":1}\n\n{"b":2}\n', (2, 0, 1, 0, 0)),
        ("auto", '[{"a":1}]', (1, 0, 0, 0, 0)),
        ("auto", '{"a":1}', (1, 0, 0, 0, 0)),
        (None, '["_key","v"]\n["a",1]\n["b",null]\n', (2, 0, 0, 0, 0)),
    ],
)
def test_formats(api: Api, kind: str | None, raw: str, counts: tuple) -> None:
    query = {"collection": "products"} | ({"type": kind} if kind else {})
    reply = api("POST", "/_api/import", query=query, raw=raw)
    assert reply.status == 201 and _counts(reply.body) == counts


def test_duplicates_with_details(api: Api) -> None:
    raw = '{ "_key": "abc", "v": 25 }\n{ "_key": "abc", "v": "bar" }'
    reply = api(
        "POST",
        "/_api/import",
        raw=raw,
        query={"collection": "products", "type": "documents", "details": "true"},
    )
    assert _counts(reply.body) == (1, 1, 0, 0, 0)
    assert reply.body["details"] == [
        "at position 1: creating document failed with error 'unique constraint violated', "
        'offending document: {"_key":"abc","v":"bar"}'
    ]


def test_complete_aborts_everything(api: Api) -> None:
    raw = '{ "_key": "abc" }\n{ "_key": "abc" }'
    reply = api(
        "POST",
        "/_api/import",
        raw=raw,
        query={"collection": "products", "type": "documents", "complete": "true"},
    )
    assert reply.status == 409 and reply.body["errorMessage"] == "unique constraint violated"
    assert api("GET", "/_api/collection/products/count").body["count"] == 0


@pytest.mark.parametrize(
    ("mode", "counts"),
    [("update", (0, 0, 0, 1, 0)), ("ignore", (0, 0, 0, 0, 1)), ("replace", (0, 0, 0, 1, 0))],
)
def test_on_duplicate(api: Api, mode: str, counts: tuple) -> None:
    api("POST", "/_api/document/products", {"_key": "a", "v": 1})
    reply = api(
        "POST",
        "/_api/import",
        [{"_key": "a", "w": 2}],
        {"collection": "products", "type": "list", "onDuplicate": mode},
    )
    assert _counts(reply.body) == counts


def test_edges_and_prefixes(api: Api) -> None:
    api("POST", "/_api/collection", {"name": "links", "type": 3})
    reply = api(
        "POST",
        "/_api/import",
        [{"_from": "1", "_to": "2"}, {"name": "x"}],
        {
            "collection": "links",
            "type": "list",
            "details": "true",
            "fromPrefix": "nodes",
            "toPrefix": "nodes",
        },
    )
    assert _counts(reply.body)[:2] == (1, 1)
    assert reply.body["details"][0].startswith("at position 2: missing '_from' or '_to' attribute")
    edge = api("GET", "/_api/edges/links", query={"vertex": "nodes/1"}).body["edges"][0]
    assert edge["_to"] == "nodes/2"


def test_overwrite_truncates_first(api: Api) -> None:
    api("POST", "/_api/document/products", [{}, {}])
    api(
        "POST",
        "/_api/import",
        [{}],
        {"collection": "products", "type": "list", "overwrite": "true"},
    )
    assert api("GET", "/_api/collection/products/count").body["count"] == 1


@pytest.mark.parametrize(
    ("query", "raw", "status", "errnum"),
    [
        ({"collection": "nope", "type": "list"}, "[]", 404, 1203),
        ({"type": "list"}, "[]", 404, 1203),
        ({"collection": "products", "type": "list"}, "{ }", 400, 400),
        ({"collection": "products", "type": "list"}, "[", 400, 400),
        ({"collection": "products", "type": "documents"}, "{x", 400, 400),
        ({"collection": "products"}, '{"a":1}', 400, 400),
        ({"collection": "products"}, '["a"]\n{"a":1}', 400, 400),
        ({"collection": "products", "onDuplicate": "merge"}, "[]", 400, 400),
    ],
)
def test_errors(api: Api, query: dict, raw: str, status: int, errnum: int) -> None:
    reply = api("POST", "/_api/import", query=query, raw=raw)
    assert (reply.status, reply.body["errorNum"]) == (status, errnum)


def test_non_objects_are_counted_as_errors(api: Api) -> None:
    reply = api("POST", "/_api/import", [1, {"a": 1}], {"collection": "products", "type": "list"})
    assert _counts(reply.body)[:2] == (1, 1)
