"""Documents written over REST come back identical after a restart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from arangolite.rest.jsonarray import elements_with_text
from arangolite.server import EmbeddedArango

from .conftest import Api

BULK = """ [ {"a": 1.5, "s": "Grüße \\"q\\"", "n": {"x": [1, null]}} ,
  { } , {"_key": "k1", "b": true}, {"_rev": "_ignored--", "c": 1}, {"_id": "x/y", "d": 2},
  {"_from": "not/an-edge", "e": 3} ] """


def test_bulk_inserted_documents_survive_reopen(tmp_path: Path) -> None:
    with EmbeddedArango(str(tmp_path)) as server:
        api = Api(server)
        api("POST", "/_api/collection", {"name": "c"})
        assert api("POST", "/_api/document/c", raw=BULK).status == 202
        before = dict(server.engine.database("_system").collections["c"].docs)
    with EmbeddedArango(str(tmp_path)) as server:
        after = server.engine.database("_system").collections["c"].docs
        assert after == before and [list(d) for d in after.values()] == [
            list(d) for d in before.values()
        ]
        assert "_rev" in after["k1"] and after[list(after)[3]]["_rev"] != "_ignored--"


def test_bulk_inserted_edges_survive_reopen(tmp_path: Path) -> None:
    edges = json.dumps([{"_from": "v/1", "_to": "v/2", "w": 1}, {"_to": "v/3", "_from": "v/1"}])
    with EmbeddedArango(str(tmp_path)) as server:
        api = Api(server)
        api("POST", "/_api/collection", {"name": "e", "type": 3})
        api("POST", "/_api/document/e", raw=edges)
        before = dict(server.engine.database("_system").collections["e"].docs)
    with EmbeddedArango(str(tmp_path)) as server:
        after = server.engine.database("_system").collections["e"].docs
        assert after == before and all(
            list(d)[:5] == ["_key", "_id", "_from", "_to", "_rev"] for d in after.values()
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [("[]", []), (' [ 1 , {"a":2} ] ', [(1, "1"), ({"a": 2}, '{"a":2}')]), ("{}", None)],
)
def test_elements_with_text(text: str, expected: list | None) -> None:
    assert elements_with_text(text) == expected


@pytest.mark.parametrize("text", ["[1,", "[1 2]", "[1] x", "[] x", "[", "[,]"])
def test_elements_with_text_rejects_malformed(text: str) -> None:
    with pytest.raises(ValueError):
        elements_with_text(text)


def test_malformed_bulk_body_is_600(api: Api) -> None:
    reply = api("POST", "/_api/document/products", raw="[{}, ")
    assert reply.status == 400 and reply.body["errorNum"] == 600
