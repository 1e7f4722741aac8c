"""Dump a populated server and restore it into a fresh one: everything comes back."""

from __future__ import annotations

from pathlib import Path

import pytest

from arangolite.dump import dump, restore
from arangolite.server import EmbeddedArango
from arangolite.storage.clock import decode_revision

from .conftest import KNOWS, client_db, documents, populate


@pytest.fixture
def restored(source: EmbeddedArango, target: EmbeddedArango, tmp_path: Path) -> EmbeddedArango:
    populate(source)
    dump(source, tmp_path / "dump")
    restore(target, tmp_path / "dump", create_database=True)
    return target


@pytest.mark.parametrize("name", ["persons", "knows", "orders", "_graphs"])
def test_documents_come_back_with_keys_and_revisions(
    source: EmbeddedArango, restored: EmbeddedArango, name: str
) -> None:
    original, copy = client_db(source, "shop"), client_db(restored, "shop")
    assert documents(copy, name) == documents(original, name)
    assert copy.collection(name).properties()["edge"] == (name == "knows")


def test_named_graph_comes_back_and_traverses(restored: EmbeddedArango) -> None:
    db = client_db(restored, "shop")
    properties = db.graph("social").properties()
    assert properties["edge_definitions"] == [KNOWS]
    assert properties["orphan_collections"] == ["pets"]
    query = "FOR v IN 1 OUTBOUND 'persons/ann' GRAPH 'social' RETURN v._key"
    assert list(db.aql.execute(query)) == ["bob"]


def test_indexes_and_key_generator_come_back(restored: EmbeddedArango) -> None:
    orders = client_db(restored, "shop").collection("orders")
    index = next(i for i in orders.indexes() if i["name"] == "by_ref")
    assert (index["fields"], index["unique"]) == (["ref"], True)
    assert orders.properties()["key_options"]["key_increment"] == 10
    assert orders.insert({"ref": "c"})["_key"] == "30"


def test_views_come_back(restored: EmbeddedArango) -> None:
    view = client_db(restored, "shop").view("finder")
    assert view["type"] == "arangosearch" and list(view["links"]) == ["persons"]


def test_new_revisions_stay_above_restored_ones(restored: EmbeddedArango) -> None:
    db = client_db(restored, "shop")
    old = db.collection("persons").get("bob")["_rev"]
    new = db.collection("persons").update({"_key": "bob", "x": 1})["_rev"]
    assert decode_revision(new) > decode_revision(old)


def test_restore_into_durable_storage_survives_reopening(
    source: EmbeddedArango, tmp_path: Path
) -> None:
    populate(source)
    dump(source, tmp_path / "dump", ["shop"])
    with EmbeddedArango(str(tmp_path / "data")) as first:
        restore(first, tmp_path / "dump", create_database=True)
    with EmbeddedArango(str(tmp_path / "data")) as reopened:
        db = client_db(reopened, "shop")
        assert db.collection("knows").get("k1")["_from"] == "persons/ann"
        assert db.graph("social").vertex_collections() == ["persons", "pets"]
