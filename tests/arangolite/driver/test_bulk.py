"""Bulk document operations: per-item results and errors, nothing lost or half-applied."""

from __future__ import annotations

from typing import Any

import pytest
from arango.exceptions import (
    ArangoServerError,
    DocumentDeleteError,
    DocumentInsertError,
    DocumentRevisionError,
    DocumentUpdateError,
)

from .handles import Collection, Database


@pytest.fixture
def abc(col: Collection) -> list[dict[str, Any]]:
    """Three stored documents a, b, c (their meta data)."""
    metas: list[dict[str, Any]] = col.insert_many(
        [{"_key": k, "n": i} for i, k in enumerate("abc")]
    )
    return metas


def _codes(results: list[Any]) -> list[int | None]:
    return [r.error_code if isinstance(r, ArangoServerError) else None for r in results]


def test_insert_many_returns_meta_in_order(col: Collection) -> None:
    results = col.insert_many([{"_key": "x"}, {"_key": "y"}, {}], return_new=True)
    assert [r["_key"] for r in results][:2] == ["x", "y"]
    assert all(set(r) == {"_id", "_key", "_rev", "new"} for r in results)
    assert col.count() == 3


def test_insert_many_reports_errors_per_item(col: Collection) -> None:
    docs = [{"_key": "a"}, {"_key": "a"}, {"_key": "bad key"}, {"_key": "b"}]
    results = col.insert_many(docs)
    assert _codes(results) == [None, 1210, 1221, None]
    assert isinstance(results[1], DocumentInsertError)
    assert sorted(col.keys()) == ["a", "b"]


def test_insert_many_can_raise_on_first_document_error(col: Collection) -> None:
    col.insert({"_key": "a"})
    with pytest.raises(DocumentInsertError) as info:
        col.insert_many([{"_key": "a"}], raise_on_document_error=True)
    assert info.value.error_code == 1210


@pytest.mark.parametrize(("mode", "expected_n"), [("replace", 7), ("update", 7), ("ignore", 0)])
def test_insert_many_with_overwrite_mode(
    col: Collection, abc: list[dict[str, Any]], mode: str, expected_n: int
) -> None:
    results = col.insert_many([{"_key": "a", "n": 7}, {"_key": "d", "n": 8}], overwrite_mode=mode)
    assert _codes(results) == [None, None]
    assert col.get("a")["n"] == expected_n and col.get("d")["n"] == 8


def test_insert_many_silent(col: Collection) -> None:
    assert col.insert_many([{"_key": "a"}, {"_key": "b"}], silent=True) is True
    assert col.count() == 2


def test_update_many(col: Collection, abc: list[dict[str, Any]]) -> None:
    results = col.update_many([{"_key": "a", "m": 1}, {"_key": "zz", "m": 1}], return_old=True)
    assert results[0]["old"]["n"] == 0 and results[0]["_old_rev"] == abc[0]["_rev"]
    assert _codes(results) == [None, 1202]
    doc = col.get("a")
    assert (doc["n"], doc["m"], col.count()) == (0, 1, 3)


def test_update_many_detects_stale_revisions(col: Collection, abc: list[dict[str, Any]]) -> None:
    col.update({"_key": "a", "n": 10})
    docs = [{"_key": "a", "_rev": abc[0]["_rev"], "n": 11}, {"_key": "b", "_rev": abc[1]["_rev"]}]
    results = col.update_many(docs)
    assert isinstance(results[0], DocumentRevisionError) and results[0].error_code == 1200
    assert col.get("a")["n"] == 10 and not isinstance(results[1], Exception)
    assert _codes(col.update_many(docs, check_rev=False)) == [None, None]


@pytest.mark.parametrize("merge", [True, False])
def test_update_many_keep_none_and_merge(col: Collection, merge: bool) -> None:
    col.insert({"_key": "a", "sub": {"x": 1}, "gone": 1})
    col.update_many([{"_key": "a", "sub": {"y": 2}, "gone": None}], keep_none=False, merge=merge)
    doc = col.get("a")
    assert "gone" not in doc
    assert doc["sub"] == ({"x": 1, "y": 2} if merge else {"y": 2})


def test_replace_many(col: Collection, abc: list[dict[str, Any]]) -> None:
    results = col.replace_many([{"_key": "a", "z": 1}, {"_key": "zz"}], return_new=True)
    assert results[0]["new"]["z"] == 1 and "n" not in results[0]["new"]
    assert _codes(results) == [None, 1202]
    assert col.count() == 3


def test_delete_many_accepts_keys_ids_and_docs(col: Collection, abc: list[dict[str, Any]]) -> None:
    results = col.delete_many([{"_key": "a"}, {"_id": "items/b"}, {"_key": "nope"}])
    assert _codes(results) == [None, None, 1202]
    assert isinstance(results[2], DocumentDeleteError)
    assert list(col.keys()) == ["c"]


def test_delete_many_return_old_and_stale_rev(col: Collection, abc: list[dict[str, Any]]) -> None:
    col.update({"_key": "a", "n": 10})
    stale = [{"_key": "a", "_rev": abc[0]["_rev"]}, {"_key": "b", "_rev": abc[1]["_rev"]}]
    results = col.delete_many(stale, return_old=True)
    assert _codes(results) == [1200, None] and results[1]["old"]["n"] == 1
    assert sorted(col.keys()) == ["a", "c"]


def test_get_many_skips_missing(col: Collection, abc: list[dict[str, Any]]) -> None:
    docs = col.get_many(["c", "items/a", {"_key": "nope"}, {"_key": "b"}])
    assert [d["_key"] for d in docs] == ["c", "a", "b"]
    assert docs[0] == col.get("c")


@pytest.mark.parametrize(
    ("operation", "error"),
    [("insert_many", DocumentInsertError), ("update_many", DocumentUpdateError)],
)
def test_bulk_on_missing_collection_raises_1203(
    db: Database, operation: str, error: type[ArangoServerError]
) -> None:
    with pytest.raises(error) as info:
        getattr(db.collection("missing"), operation)([{"_key": "a"}])
    assert info.value.error_code == 1203
