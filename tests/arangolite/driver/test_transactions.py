"""Stream transactions: begin, status, commit, abort, isolation, declared collections."""

from __future__ import annotations

import contextlib

import pytest
from arango.exceptions import (
    ArangoServerError,
    DocumentInsertError,
    TransactionFetchError,
    TransactionInitError,
)

from .handles import Collection, Database


def test_begin_reports_running_with_an_id(db: Database, col: Collection) -> None:
    txn = db.begin_transaction(read="items", write="items")
    assert isinstance(txn.transaction_id, str) and txn.transaction_id
    assert txn.transaction_status() == "running"
    assert {"id": txn.transaction_id, "state": "running"} in db.list_transactions()
    txn.abort_transaction()


@pytest.mark.parametrize("finish", ["commit", "abort"])
def test_status_after_finishing(db: Database, col: Collection, finish: str) -> None:
    txn = db.begin_transaction(write="items")
    assert getattr(txn, f"{finish}_transaction")() is True
    expected = "committed" if finish == "commit" else "aborted"
    assert txn.transaction_status() == expected
    assert db.fetch_transaction(txn.transaction_id).transaction_status() == expected


def test_commit_makes_writes_visible(db: Database, col: Collection) -> None:
    txn = db.begin_transaction(write="items")
    txn.collection("items").insert({"_key": "a"})
    txn.collection("items").insert_many([{"_key": "b"}, {"_key": "c"}])
    txn.commit_transaction()
    assert sorted(col.keys()) == ["a", "b", "c"]


def test_abort_discards_every_write(db: Database, col: Collection) -> None:
    col.insert_many([{"_key": "keep", "n": 1}, {"_key": "gone", "n": 1}])
    txn = db.begin_transaction(write="items")
    tcol = txn.collection("items")
    tcol.insert({"_key": "new"})
    tcol.update({"_key": "keep", "n": 2})
    tcol.delete("gone")
    txn.aql.execute("INSERT {_key: 'viaAql'} INTO items")
    txn.abort_transaction()
    assert sorted(col.keys()) == ["gone", "keep"] and col.get("keep")["n"] == 1


def test_uncommitted_writes_are_invisible_outside(db: Database, col: Collection) -> None:
    col.insert({"_key": "a", "n": 1})
    txn = db.begin_transaction(write="items")
    txn.collection("items").insert({"_key": "b"})
    txn.collection("items").update({"_key": "a", "n": 2})
    assert col.count() == 1 and col.get("a")["n"] == 1 and not col.has("b")
    assert list(db.aql.execute("FOR d IN items RETURN d.n")) == [1]
    txn.commit_transaction()
    assert col.count() == 2 and col.get("a")["n"] == 2


def test_transaction_reads_its_own_writes(db: Database, col: Collection) -> None:
    txn = db.begin_transaction(write="items")
    txn.collection("items").insert({"_key": "a", "n": 5})
    assert txn.collection("items").get("a")["n"] == 5
    assert txn.collection("items").count() == 1
    assert list(txn.aql.execute("FOR d IN items RETURN d._key")) == ["a"]
    txn.abort_transaction()


def test_aql_inside_transaction_commits_with_it(db: Database, col: Collection) -> None:
    txn = db.begin_transaction(write="items")
    txn.aql.execute("FOR i IN 1..3 INSERT {_key: TO_STRING(i)} INTO items")
    assert col.count() == 0
    txn.commit_transaction()
    assert sorted(col.keys()) == ["1", "2", "3"]


@pytest.mark.parametrize("declared", [{"read": "items"}, {}])
def test_writing_an_undeclared_collection_raises_1652(
    db: Database, col: Collection, declared: dict[str, str]
) -> None:
    db.create_collection("other")
    txn = db.begin_transaction(write="other", **declared)
    with pytest.raises(DocumentInsertError) as info:
        txn.collection("items").insert({"_key": "x"})
    assert (info.value.http_code, info.value.error_code) == (400, 1652)
    txn.abort_transaction()
    assert col.count() == 0


def test_exclusive_collection_is_writable(db: Database, col: Collection) -> None:
    txn = db.begin_transaction(exclusive="items")
    txn.collection("items").insert({"_key": "x"})
    txn.commit_transaction()
    assert col.has("x")


def test_begin_with_missing_collection_raises_1203(db: Database) -> None:
    with pytest.raises(TransactionInitError) as info:
        db.begin_transaction(write="nothere")
    assert (info.value.http_code, info.value.error_code) == (404, 1203)


def test_fetching_unknown_transaction_raises_1655(db: Database) -> None:
    with pytest.raises(TransactionFetchError) as info:
        db.fetch_transaction("123456789")
    assert (info.value.http_code, info.value.error_code) == (404, 1655)


def test_second_writer_of_a_document_gets_a_conflict(db: Database, col: Collection) -> None:
    col.insert({"_key": "a", "n": 0})
    first, second = db.begin_transaction(write="items"), db.begin_transaction(write="items")
    assert second.collection("items").get("a")["n"] == 0
    first.collection("items").update({"_key": "a", "n": 1})
    first.commit_transaction()
    with pytest.raises(ArangoServerError) as info:
        second.collection("items").update({"_key": "a", "n": 2})
        second.commit_transaction()
    assert info.value.error_code == 1200
    with contextlib.suppress(ArangoServerError):
        second.abort_transaction()
    assert col.get("a")["n"] == 1


def test_transaction_reads_are_repeatable(db: Database, col: Collection) -> None:
    col.insert({"_key": "a", "n": 1})
    txn = db.begin_transaction(read="items")
    assert txn.collection("items").get("a")["n"] == 1
    col.update({"_key": "a", "n": 2})
    col.insert({"_key": "b"})
    assert txn.collection("items").get("a")["n"] == 1
    assert list(txn.aql.execute("FOR d IN items RETURN d._key")) == ["a"]
    txn.abort_transaction()


def test_transactions_on_different_documents_both_commit(db: Database, col: Collection) -> None:
    first, second = db.begin_transaction(write="items"), db.begin_transaction(write="items")
    first.collection("items").insert({"_key": "a"})
    second.collection("items").insert({"_key": "b"})
    assert first.commit_transaction() and second.commit_transaction()
    assert sorted(col.keys()) == ["a", "b"]


def test_snapshot_covers_queries_counts_and_index_lookups(db: Database, col: Collection) -> None:
    col.add_index({"type": "persistent", "fields": ["n"]})
    col.insert_many([{"_key": "a", "n": 1}, {"_key": "b", "n": 2}])
    txn = db.begin_transaction(read="items")
    query = "FOR d IN items FILTER d.n == 1 RETURN d._key"
    assert list(txn.aql.execute(query)) == ["a"]
    col.update({"_key": "a", "n": 5})
    col.delete("b")
    col.insert({"_key": "c", "n": 1})
    assert list(txn.aql.execute(query)) == ["a"]
    assert txn.collection("items").count() == 2
    assert sorted(d["_key"] for d in txn.collection("items").all()) == ["a", "b"]
    txn.abort_transaction()
    assert sorted(d["_key"] for d in col.all()) == ["a", "c"]
