"""python-arango against the in-process transport: the shapes it needs are right."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from arango.database import StandardDatabase
from arango.exceptions import (
    DocumentInsertError,
    DocumentRevisionError,
    ServerConnectionError,
    TransactionInitError,
)

from arangolite.server import EmbeddedArango
from arangolite.transport import reason_phrase


@pytest.fixture
def db() -> Iterator[StandardDatabase]:
    with EmbeddedArango(None) as server:
        yield server.client().db("_system", username="root", password="")


def test_databases_and_collections(db: StandardDatabase) -> None:
    assert db.version() == "3.12.10" and db.create_database("shop")
    assert "shop" in db.databases()
    col = db.create_collection("users")
    assert db.has_collection("users") and col.properties()["key_options"]["key_generator"]
    assert db.delete_database("shop") and not db.delete_database("shop", ignore_missing=True)


def test_document_round_trip(db: StandardDatabase) -> None:
    col = db.create_collection("users")
    results = col.insert_many([{"_key": "a", "n": 1}, {"n": 2}, {"_key": "a"}])
    assert isinstance(results[2], DocumentInsertError)
    assert col.get("a")["n"] == 1 and col.count() == 2 and "a" in col
    updated = col.update({"_key": "a", "m": 2}, return_new=True)
    assert updated["new"]["m"] == 2 and updated["_old_rev"]
    with pytest.raises(DocumentRevisionError):
        col.update({"_key": "a", "_rev": "_stale---", "x": 1})
    assert col.get_many(["a", "zzz"])[0]["_key"] == "a"
    assert col.delete("a") and col.get("a") is None


def test_indexes(db: StandardDatabase) -> None:
    col = db.create_collection("users")
    index = col.add_index({"type": "persistent", "fields": ["email"], "unique": True})
    assert index["isNewlyCreated"] is True and index["unique"] is True
    assert [i["type"] for i in col.indexes()] == ["primary", "persistent"]
    assert col.delete_index(index["id"]) and not col.delete_index(index["id"], ignore_missing=True)


def test_stream_transaction(db: StandardDatabase) -> None:
    db.create_collection("users")
    trx = db.begin_transaction(write="users")
    trx.collection("users").insert({"_key": "t"})
    assert db.collection("users").count() == 0 and trx.collection("users").count() == 1
    assert trx.transaction_status() == "running" and trx.commit_transaction()
    assert db.collection("users").has("t")
    with pytest.raises(TransactionInitError):
        db.begin_transaction(read="missing")


def test_jwt_auth_and_bad_credentials() -> None:
    with EmbeddedArango(None, root_password="pw") as server:
        client = server.client()
        assert client.db("_system", password="pw", auth_method="jwt").version()
        with pytest.raises(ServerConnectionError):
            client.db("_system", password="wrong", verify=True)


def test_unicode_database_names_travel_escaped() -> None:
    with EmbeddedArango(None) as server:
        client = server.client()
        assert client.db("_system").create_database("Grüße")
        shop = client.db("Grüße")
        shop.create_collection("items").insert({"_key": "a"})
        assert shop.collection("items").get("a")["_id"] == "items/a"


@pytest.mark.parametrize(
    ("status", "reason"), [(200, "OK"), (412, "Precondition Failed"), (599, "")]
)
def test_reason_phrases(status: int, reason: str) -> None:
    assert reason_phrase(status) == reason
