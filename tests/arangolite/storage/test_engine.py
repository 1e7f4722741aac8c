from __future__ import annotations

from pathlib import Path

import pytest

from arangolite.errors import ArangoliteError
from arangolite.storage.api import WriteOptions
from arangolite.storage.database import Database
from arangolite.storage.engine import Engine
from arangolite.storage.index import MetadataIndex

from .conftest import insert


def test_system_database_and_collections_exist(engine: Engine) -> None:
    db = engine.database("_system")
    assert db.is_system and {"_graphs", "_users", "_analyzers"} <= set(db.collections)


@pytest.mark.parametrize(("name", "errnum"), [("", 1229), ("_x", 1229), ("_system", 1207)])
def test_create_database_errors(engine: Engine, name: str, errnum: int) -> None:
    with pytest.raises(ArangoliteError) as info:
        engine.create_database(name)
    assert info.value.errno == errnum


def test_drop_database(engine: Engine) -> None:
    engine.create_database("shop")
    engine.drop_database("shop")
    with pytest.raises(ArangoliteError) as info:
        engine.database("shop")
    assert info.value.errno == 1228
    with pytest.raises(ArangoliteError):
        engine.drop_database("_system")


@pytest.mark.parametrize(
    ("name", "options", "errnum"),
    [
        ("users", {}, 1207),
        ("bad name", {}, 1208),
        ("_hidden", {"isSystem": False}, 1208),
        ("x", {"type": 7}, 1218),
        ("x", {"keyOptions": {"type": "nope"}}, 1232),
        (None, {}, 1208),
    ],
)
def test_create_collection_errors(db: Database, name: object, options: dict, errnum: int) -> None:
    with pytest.raises(ArangoliteError) as info:
        db.create_collection(name, options)
    assert info.value.errno == errnum


def test_collection_by_id_and_infos(db: Database) -> None:
    state = db.collections["users"]
    assert db.collection_state(state.id) is state
    assert db.collection_info("users").type == 2 and db.collection_info("nope") is None
    assert any(i.name == "users" for i in db.collection_infos())
    with pytest.raises(ArangoliteError) as info:
        db.collection_state("nope")
    assert info.value.message == "collection or view not found: nope"


def test_rename_updates_ids(db: Database) -> None:
    insert(db, "users", {"_key": "a"})
    db.ensure_index("users", {"type": "persistent", "fields": ["x"]})
    db.rename_collection("users", "people")
    state = db.collections["people"]
    assert state.docs["a"]["_id"] == "people/a" and "users" not in db.collections
    assert state.descriptions()[1].id.startswith("people/")
    with pytest.raises(ArangoliteError):
        db.rename_collection("people", "_graphs")


def test_truncate_and_drop(db: Database) -> None:
    insert(db, "users", {"_key": "a"})
    db.truncate_collection("users")
    assert db.collections["users"].docs == {}
    db.drop_collection("users")
    assert "users" not in db.collections
    with pytest.raises(ArangoliteError) as info:
        db.drop_collection("_graphs")
    assert info.value.code == 403
    db.drop_collection("_graphs", allow_system=True)


def test_identical_index_is_returned(db: Database) -> None:
    first, created = db.ensure_index("users", {"type": "hash", "fields": ["a"]})
    again, created_again = db.ensure_index("users", {"type": "persistent", "fields": ["a"]})
    assert created and not created_again and first.id == again.id and first.type == "persistent"


@pytest.mark.parametrize(
    "body",
    [
        {"type": "persistent"},
        {"type": "persistent", "fields": []},
        {"type": "nope", "fields": ["a"]},
        {"type": "primary", "fields": ["a"]},
        {"type": "persistent", "fields": ["a", "a"]},
        {"type": "ttl", "fields": ["t"]},
        [],
        {"type": "persistent", "fields": ["a"], "name": "bad name"},
    ],
)
def test_invalid_index_definitions(db: Database, body: object) -> None:
    with pytest.raises(ArangoliteError) as info:
        db.ensure_index("users", body)
    assert info.value.code == 400


def test_unique_index_on_duplicates_fails(db: Database) -> None:
    insert(db, "users", {"v": 1}, {"v": 1})
    with pytest.raises(ArangoliteError) as info:
        db.ensure_index("users", {"type": "persistent", "fields": ["v"], "unique": True})
    assert info.value.errno == 1210 and len(db.collections["users"].descriptions()) == 1


def test_drop_index(db: Database) -> None:
    desc, _ = db.ensure_index("users", {"type": "persistent", "fields": ["v"], "name": "byV"})
    with pytest.raises(ArangoliteError) as info:
        db.ensure_index("users", {"type": "persistent", "fields": ["w"], "name": "byV"})
    assert info.value.errno == 1207
    assert db.drop_index("users", "byV") == desc.id
    for index_id in ("byV", "0"):
        with pytest.raises(ArangoliteError):
            db.drop_index("users", index_id)


def test_other_index_types_are_kept_as_metadata(engine: Engine, db: Database) -> None:
    body = {"type": "mdi", "fields": ["x", "y"], "fieldValueTypes": "double"}
    desc, _ = db.ensure_index("users", body)
    assert desc.extra["fieldValueTypes"] == "double" and desc.sparse is False
    assert isinstance(db.collections["users"].indexes[desc.id], MetadataIndex)
    insert(db, "users", {"x": 1.0, "y": 2.0})

    class Counting(MetadataIndex):
        def insert(self, key: str, doc: dict) -> None:
            self.seen = key

    engine.register_index_type("mdi", Counting)
    rebuilt = db.collections["users"].indexes[desc.id]
    assert isinstance(rebuilt, Counting) and rebuilt.seen and rebuilt.desc is desc


def test_catalog_and_graphs(db: Database) -> None:
    db.put_meta("view", "v1", {"type": "arangosearch"})
    assert db.get_meta("view", "v1") == {"type": "arangosearch"}
    assert db.list_meta("view") == {"v1": {"type": "arangosearch"}}
    assert db.delete_meta("view", "v1") and not db.delete_meta("view", "v1")
    assert db.graph("social") is None
    edge_def = [{"collection": "knows", "from": ["users"], "to": ["users"]}]
    insert(db, "_graphs", {"_key": "social", "edgeDefinitions": edge_def})
    assert db.graph("social")["edgeDefinitions"] == edge_def
    assert db.graph("social")["orphanCollections"] == []


def test_everything_survives_reopen(tmp_path: Path) -> None:
    engine = Engine(str(tmp_path))
    db = engine.create_database("shop")
    db.create_collection("items", {"keyOptions": {"type": "autoincrement", "increment": 10}})
    db.ensure_index("items", {"type": "persistent", "fields": ["p"], "unique": True})
    insert(db, "items", {"p": 1}, {"p": 2}, {"_key": "100", "p": 3})
    db.put_meta("view", "v", {"x": 1})
    db.rename_collection("items", "goods")
    engine.close()
    again = Engine(str(tmp_path)).database("shop")
    goods = again.collections["goods"]
    assert [d["_id"] for d in goods.docs.values()] == ["goods/10", "goods/20", "goods/100"]
    assert goods.descriptions()[1].unique and again.get_meta("view", "v") == {"x": 1}
    assert insert(again, "goods", {"p": 4})[0]["_key"] == "110"


def test_reopen_keeps_ticks_and_order(tmp_path: Path) -> None:
    engine = Engine(str(tmp_path))
    db = engine.database("_system")
    db.create_collection("c")
    stored = insert(db, "c", {"_key": "z"}, {}, {"_key": "a"})
    txn = db.begin()
    txn.collection("c", write=True).update("z", {"v": 1}, WriteOptions())
    txn.collection("c", write=True).remove("a", WriteOptions())
    txn.commit()
    engine.close()
    reopened = Engine(str(tmp_path)).database("_system")
    assert list(reopened.collections["c"].docs) == ["z", stored[1]["_key"]]
    assert int(insert(reopened, "c", {})[0]["_key"]) > int(stored[1]["_key"])


def test_data_directory_is_locked_while_open(tmp_path: Path) -> None:
    engine = Engine(str(tmp_path))
    with pytest.raises(ArangoliteError) as info:
        Engine(str(tmp_path))
    assert info.value.errno == 1107
    engine.close()
    Engine(str(tmp_path)).close()


@pytest.mark.parametrize("data_dir", [None, "DIR"])
def test_closed_engine_refuses_writes(tmp_path: Path, data_dir: str | None) -> None:
    engine = Engine(str(tmp_path) if data_dir else None)
    db = engine.database("_system")
    db.create_collection("c")
    engine.close()
    with pytest.raises(ArangoliteError) as info:
        insert(db, "c", {})
    assert info.value.errno == 30
    with pytest.raises(ArangoliteError):
        db.create_collection("d")
