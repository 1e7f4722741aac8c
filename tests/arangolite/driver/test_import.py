"""``import_bulk`` (POST /_api/import): counts, details, onDuplicate and complete."""

from __future__ import annotations

from typing import Any

import pytest
from arango.exceptions import DocumentInsertError

from .handles import Collection, Database


def _stats(result: dict[str, Any]) -> tuple[int, int, int, int]:
    return result["created"], result["errors"], result["updated"], result["ignored"]


def test_import_creates_documents(col: Collection) -> None:
    result = col.import_bulk([{"_key": "a", "v": 1}, {"v": 2}, {"_id": "items/c"}])
    assert result["error"] is False and _stats(result) == (3, 0, 0, 0)
    assert col.count() == 3 and col.get("a")["v"] == 1 and col.has("c")


@pytest.mark.parametrize(
    ("on_duplicate", "stats", "expected"),
    [
        ("error", (1, 1, 0, 0), {"v": 1, "w": 1}),
        ("update", (1, 0, 1, 0), {"v": 2, "w": 1}),
        ("replace", (1, 0, 1, 0), {"v": 2}),
        ("ignore", (1, 0, 0, 1), {"v": 1, "w": 1}),
    ],
)
def test_import_on_duplicate(
    col: Collection, on_duplicate: str, stats: tuple[int, ...], expected: dict[str, Any]
) -> None:
    col.insert({"_key": "a", "v": 1, "w": 1})
    docs = [{"_key": "a", "v": 2}, {"_key": "b"}]
    result = col.import_bulk(docs, halt_on_error=False, on_duplicate=on_duplicate)
    assert _stats(result) == stats
    doc = col.get("a")
    assert {k: v for k, v in doc.items() if not k.startswith("_")} == expected
    assert col.count() == 2


def test_import_details_describe_each_failure(col: Collection) -> None:
    col.insert({"_key": "a"})
    docs = [{"_key": "a"}, {"_key": "bad key"}, {"_key": "ok"}]
    result = col.import_bulk(docs, halt_on_error=False, details=True)
    assert _stats(result) == (1, 2, 0, 0) and len(result["details"]) == 2
    assert "unique constraint violated" in result["details"][0]
    assert all(d.startswith("at position ") for d in result["details"])


def test_import_without_details_omits_them(col: Collection) -> None:
    col.insert({"_key": "a"})
    result = col.import_bulk([{"_key": "a"}], halt_on_error=False, details=False)
    assert result["errors"] == 1 and "details" not in result


def test_import_halt_on_error_writes_nothing(col: Collection) -> None:
    col.insert({"_key": "a"})
    with pytest.raises(DocumentInsertError) as info:
        col.import_bulk([{"_key": "new1"}, {"_key": "a"}, {"_key": "new2"}], halt_on_error=True)
    assert (info.value.http_code, info.value.error_code) == (409, 1210)
    assert sorted(col.keys()) == ["a"]


def test_import_edges_needs_from_and_to(edges: Collection) -> None:
    docs = [{"_from": "v/1", "_to": "v/2"}, {"name": "no ends"}]
    result = edges.import_bulk(docs, halt_on_error=False, details=True)
    assert _stats(result) == (1, 1, 0, 0)
    assert "missing '_from' or '_to' attribute" in result["details"][0]
    assert edges.count() == 1


def test_import_edges_halt_on_error_writes_nothing(edges: Collection) -> None:
    with pytest.raises(DocumentInsertError):
        edges.import_bulk([{"_from": "v/1", "_to": "v/2"}, {"name": "x"}], halt_on_error=True)
    assert edges.count() == 0


def test_import_overwrite_truncates_first(col: Collection) -> None:
    col.insert_many([{"_key": "old1"}, {"_key": "old2"}])
    result = col.import_bulk([{"_key": "new"}], overwrite=True)
    assert result["created"] == 1 and list(col.keys()) == ["new"]


def test_import_in_batches(col: Collection) -> None:
    results = col.import_bulk([{"n": i} for i in range(5)], batch_size=2)
    assert isinstance(results, list) and [r["created"] for r in results] == [2, 2, 1]
    assert col.count() == 5


def test_import_into_missing_collection_raises_1203(db: Database) -> None:
    with pytest.raises(DocumentInsertError) as info:
        db.collection("missing").import_bulk([{"a": 1}])
    assert (info.value.http_code, info.value.error_code) == (404, 1203)
