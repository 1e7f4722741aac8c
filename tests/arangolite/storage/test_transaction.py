from __future__ import annotations

import pytest

from arangolite.errors import ArangoliteError
from arangolite.storage.api import UNBOUNDED, WriteOptions
from arangolite.storage.database import Database
from arangolite.storage.engine import Engine

from .conftest import insert

OPTS = WriteOptions()


def test_writes_are_invisible_until_commit(db: Database) -> None:
    txn = db.begin()
    access = txn.collection("users", write=True)
    access.insert({"_key": "a"}, OPTS)
    assert access.get("a") is not None and access.count() == 1
    assert db.begin().collection("users").get("a") is None
    txn.commit()
    assert db.begin().collection("users").get("a")["_key"] == "a"


def test_abort_discards_everything(db: Database) -> None:
    insert(db, "users", {"_key": "a", "v": 1})
    txn = db.begin()
    access = txn.collection("users", write=True)
    access.update("a", {"v": 2}, OPTS)
    access.insert({"_key": "b"}, OPTS)
    txn.abort()
    assert db.collections["users"].docs["a"]["v"] == 1 and len(db.collections["users"].docs) == 1


def test_scan_and_count_merge_overlay_in_order(db: Database) -> None:
    insert(db, "users", {"_key": "a"}, {"_key": "b"}, {"_key": "c"})
    access = db.begin().collection("users", write=True)
    access.remove("b", OPTS)
    access.update("a", {"x": 1}, OPTS)
    access.insert({"_key": "d"}, OPTS)
    assert [d["_key"] for d in access.scan()] == ["a", "c", "d"]
    assert access.count() == 3 and access.get("a")["x"] == 1


def test_concurrent_update_conflicts_at_commit(db: Database) -> None:
    insert(db, "users", {"_key": "a", "v": 0})
    first, second = db.begin(), db.begin()
    first.collection("users", write=True).update("a", {"v": 1}, OPTS)
    second.collection("users", write=True).update("a", {"v": 2}, OPTS)
    first.commit()
    with pytest.raises(ArangoliteError) as info:
        second.commit()
    assert info.value.errno == 1200 and second.status == "aborted"
    assert db.collections["users"].docs["a"]["v"] == 1


def test_same_new_key_in_two_transactions_conflicts(db: Database) -> None:
    first, second = db.begin(), db.begin()
    first.collection("users", write=True).insert({"_key": "k"}, OPTS)
    second.collection("users", write=True).insert({"_key": "k"}, OPTS)
    first.commit()
    with pytest.raises(ArangoliteError):
        second.commit()


def test_unique_index_checked_against_base_and_overlay(db: Database) -> None:
    db.ensure_index("users", {"type": "persistent", "fields": ["email"], "unique": True})
    insert(db, "users", {"_key": "a", "email": "x"})
    access = db.begin().collection("users", write=True)
    with pytest.raises(ArangoliteError) as info:
        access.insert({"email": "x"}, OPTS)
    assert info.value.errno == 1210 and "conflicting key: a" in info.value.message
    access.insert({"_key": "b", "email": "y"}, OPTS)
    with pytest.raises(ArangoliteError):
        access.insert({"_key": "c", "email": "y"}, OPTS)
    access.update("a", {"email": "z"}, OPTS)
    access.insert({"_key": "d", "email": "x"}, OPTS)


def test_unique_conflict_from_other_commit_aborts(db: Database) -> None:
    db.ensure_index("users", {"type": "persistent", "fields": ["email"], "unique": True})
    first, second = db.begin(), db.begin()
    first.collection("users", write=True).insert({"email": "x"}, OPTS)
    second.collection("users", write=True).insert({"email": "x"}, OPTS)
    first.commit()
    with pytest.raises(ArangoliteError) as info:
        second.commit()
    assert info.value.errno == 1200


def test_index_lookups_see_own_writes(db: Database) -> None:
    desc, _ = db.ensure_index("users", {"type": "persistent", "fields": ["age"]})
    insert(db, "users", {"_key": "a", "age": 30}, {"_key": "b", "age": 40})
    access = db.begin().collection("users", write=True)
    access.update("a", {"age": 41}, OPTS)
    access.insert({"_key": "c", "age": 35}, OPTS)
    assert [d["_key"] for d in access.lookup(desc.id, [41])] == ["a"]
    assert access.lookup(desc.id, [30]) == []
    keys = [d["_key"] for d in access.lookup_range(desc.id, [], 35, True, UNBOUNDED, True)]
    assert keys == ["c", "b", "a"]


def test_primary_lookups_and_ranges(db: Database) -> None:
    insert(db, "users", {"_key": "b"}, {"_key": "a"}, {"_key": "c"})
    access = db.begin().collection("users")
    assert [d["_key"] for d in access.lookup("users/0", ["a"])] == ["a"]
    assert access.lookup("users/0", [1]) == []
    assert [d["_key"] for d in access.lookup_range("users/0", [], "a", False, "c", True)] == [
        "b",
        "c",
    ]


def test_edges_inside_transaction(db: Database) -> None:
    db.create_collection("knows", {"type": 3})
    insert(db, "knows", {"_key": "e1", "_from": "users/a", "_to": "users/b"})
    access = db.begin().collection("knows", write=True)
    access.insert({"_key": "e2", "_from": "users/b", "_to": "users/a"}, OPTS)
    assert [e["_key"] for e in access.edges("users/a", "any")] == ["e1", "e2"]
    access.remove("e1", OPTS)
    assert [e["_key"] for e in access.edges("users/a", "out")] == []


def test_edges_on_document_collection_fail(db: Database) -> None:
    with pytest.raises(ArangoliteError) as info:
        db.begin().collection("users").edges("users/a", "any")
    assert info.value.errno == 1218


@pytest.mark.parametrize(
    ("op", "errnum"),
    [("update", 1202), ("replace", 1202), ("remove", 1202)],
)
def test_missing_documents_raise_1202(db: Database, op: str, errnum: int) -> None:
    access = db.begin().collection("users", write=True)
    with pytest.raises(ArangoliteError) as info:
        getattr(access, op)("nope", *([{}] if op != "remove" else []), OPTS)
    assert info.value.errno == errnum and info.value.code == 404


@pytest.mark.parametrize(
    ("mode", "expected_v", "ignored"),
    [("ignore", 1, True), ("replace", None, False), ("update", 1, False)],
)
def test_overwrite_modes(db: Database, mode: str, expected_v: int | None, ignored: bool) -> None:
    insert(db, "users", {"_key": "a", "v": 1})
    access = db.begin().collection("users", write=True)
    result = access.insert({"_key": "a", "w": 2}, WriteOptions(overwrite_mode=mode))
    assert result.ignored is ignored
    assert access.get("a").get("v") == expected_v


@pytest.mark.parametrize("mode", [None, "conflict"])
def test_insert_existing_key_raises_1210(db: Database, mode: str | None) -> None:
    insert(db, "users", {"_key": "a"})
    with pytest.raises(ArangoliteError) as info:
        db.begin().collection("users", write=True).insert(
            {"_key": "a"}, WriteOptions(overwrite_mode=mode)
        )
    assert info.value.errno == 1210 and info.value.code == 409


def test_non_objects_are_rejected(db: Database) -> None:
    access = db.begin().collection("users", write=True)
    for call in (
        lambda: access.insert([1], OPTS),
        lambda: access.update("a", 1, OPTS),
        lambda: access.replace("a", "x", OPTS),
    ):
        with pytest.raises(ArangoliteError) as info:
            call()  # type: ignore[arg-type]
        assert info.value.errno == 1227


def test_stream_transaction_declarations(engine: Engine, db: Database) -> None:
    db.create_collection("other")
    txn = engine.begin_stream(db, {"read": ["users"], "write": "other"}, allow_implicit=False)
    txn.collection("other", write=True).insert({}, OPTS)
    txn.collection("users")
    with pytest.raises(ArangoliteError) as info:
        txn.collection("users", write=True)
    assert info.value.errno == 1652
    db.create_collection("third")
    with pytest.raises(ArangoliteError):
        txn.collection("third")


def test_finished_transactions_refuse_work(db: Database) -> None:
    txn = db.begin()
    txn.commit()
    with pytest.raises(ArangoliteError):
        txn.collection("users")
    aborted = db.begin()
    aborted.abort()
    with pytest.raises(ArangoliteError) as info:
        aborted.commit()
    assert info.value.errno == 1654


def test_dropped_collection_aborts_commit(db: Database) -> None:
    txn = db.begin()
    txn.collection("users", write=True).insert({}, OPTS)
    db.drop_collection("users")
    with pytest.raises(ArangoliteError) as info:
        txn.commit()
    assert info.value.errno == 1203


def test_unknown_index_id(db: Database) -> None:
    with pytest.raises(ArangoliteError) as info:
        list(db.begin().collection("users").lookup("users/999", [1]))
    assert info.value.errno == 1212


@pytest.mark.parametrize("key", [None, "", 12, "bad key"])
def test_present_but_invalid_keys_raise_1221(db: Database, key: object) -> None:
    with pytest.raises(ArangoliteError) as info:
        db.begin().collection("users", write=True).insert({"_key": key}, OPTS)
    assert info.value.errno == 1221


def test_idle_stream_transactions_are_aborted(engine: Engine, db: Database) -> None:
    txn = engine.begin_stream(db, {"write": "users"})
    txn.collection("users", write=True).insert({}, OPTS)
    engine.stream_idle_timeout = 0.0
    txn.last_used -= 1
    engine.expire_idle()
    assert txn.status == "aborted" and engine.stream_transaction(txn.id).status == "aborted"


def test_index_created_during_a_transaction_sees_its_writes(db: Database) -> None:
    access = db.begin().collection("users", write=True)
    access.insert({"_key": "a", "age": 7}, OPTS)
    first, _ = db.ensure_index("users", {"type": "persistent", "fields": ["name"]})
    assert access.lookup(first.id, ["x"]) == []
    second, _ = db.ensure_index("users", {"type": "persistent", "fields": ["age"]})
    assert [d["_key"] for d in access.lookup(second.id, [7])] == ["a"]
