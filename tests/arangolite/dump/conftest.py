"""Fixtures for dump/restore: a populated server and an empty one to restore into."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from arangolite.server import EmbeddedArango

FIXTURES = Path(__file__).parent / "fixtures"
KNOWS = {
    "edge_collection": "knows",
    "from_vertex_collections": ["persons"],
    "to_vertex_collections": ["persons"],
}


def client_db(server: EmbeddedArango, name: str = "_system") -> Any:
    return server.client().db(name, username="root", password="")


def populate(server: EmbeddedArango) -> Any:
    """Database ``shop``: a graph, an autoincrement collection with a unique index, a View."""
    client_db(server).create_database("shop")
    db = client_db(server, "shop")
    graph = db.create_graph("social", edge_definitions=[KNOWS], orphan_collections=["pets"])
    graph.insert_vertex("persons", {"_key": "ann", "tags": ["ä", {"deep": [1, 2.5, None]}]})
    graph.insert_vertex("persons", {"_key": "bob"})
    graph.link("knows", "persons/ann", "persons/bob", {"_key": "k1", "since": 2020})
    orders = db.create_collection("orders", key_generator="autoincrement", key_increment=10)
    orders.add_index({"type": "persistent", "fields": ["ref"], "unique": True, "name": "by_ref"})
    orders.insert_many([{"ref": "a"}, {"ref": "b"}])
    links: dict[str, Any] = {"persons": {"fields": {"_key": {}}}}
    db.create_arangosearch_view("finder", properties={"links": links})
    return db


def documents(db: Any, name: str) -> list[dict[str, Any]]:
    return sorted(db.collection(name).all(), key=lambda d: str(d["_key"]))


@pytest.fixture
def source() -> Iterator[EmbeddedArango]:
    srv = EmbeddedArango(None)
    yield srv
    srv.close()


@pytest.fixture
def target() -> Iterator[EmbeddedArango]:
    srv = EmbeddedArango(None)
    yield srv
    srv.close()
