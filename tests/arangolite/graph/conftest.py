"""Fixtures for the named-graph suite: the REST dispatcher and ArangoDB's ``social`` example."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from arangolite.server import EmbeddedArango
from tests.arangolite.dispatch_client import Api

SOCIAL_DEFINITION = {"collection": "relation", "from": ["female", "male"], "to": ["female", "male"]}
SOCIAL_VERTICES = {
    "female": [{"_key": "alice", "name": "Alice"}, {"_key": "diana", "name": "Diana"}],
    "male": [{"_key": "bob", "name": "Bob"}, {"_key": "charly", "name": "Charly"}],
}
SOCIAL_EDGES = [
    ("female/alice", "male/bob", "married", "alice"),
    ("female/alice", "male/charly", "friend", "alice"),
    ("male/charly", "female/diana", "married", "charly"),
    ("male/bob", "female/diana", "friend", "bob"),
]


def load_social(api: Api) -> dict[str, str]:
    """Create the ``social`` graph with its data; the relation edge keys by ``from->to``."""
    graph = {"name": "social", "edgeDefinitions": [SOCIAL_DEFINITION]}
    assert api("POST", "/_api/gharial", graph).status == 202
    for collection, docs in SOCIAL_VERTICES.items():
        for doc in docs:
            assert api("POST", f"/_api/document/{collection}", doc).status == 202
    keys = {}
    for source, target, kind, vertex in SOCIAL_EDGES:
        edge = {"_from": source, "_to": target, "type": kind, "vertex": vertex}
        keys[f"{source}->{target}"] = api("POST", "/_api/document/relation", edge).body["_key"]
    return keys


@pytest.fixture
def server() -> Iterator[EmbeddedArango]:
    srv = EmbeddedArango(None)
    yield srv
    srv.close()


@pytest.fixture
def api(server: EmbeddedArango) -> Api:
    return Api(server)


@pytest.fixture
def social(api: Api) -> dict[str, str]:
    return load_social(api)


@pytest.fixture
def db(server: EmbeddedArango) -> Any:
    return server.client().db("_system", username="root", password="")
