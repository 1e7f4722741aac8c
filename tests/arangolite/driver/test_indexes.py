"""Index management: persistent (unique, sparse, array, multi-field), aliases, list, get, delete."""

from __future__ import annotations

from typing import Any

import pytest
from arango.exceptions import (
    IndexCreateError,
    IndexDeleteError,
    IndexGetError,
    IndexListError,
)

from .handles import Collection, Database


def _persistent(fields: list[str], **extra: Any) -> dict[str, Any]:
    return {"type": "persistent", "fields": fields, **extra}


@pytest.mark.parametrize(
    "spec",
    [
        _persistent(["a"]),
        _persistent(["a", "b"], unique=True),
        _persistent(["a"], sparse=True),
        _persistent(["tags[*]"]),
        _persistent(["a"], name="by_a"),
    ],
)
def test_add_persistent_index(col: Collection, spec: dict[str, Any]) -> None:
    index = col.add_index(spec)
    assert index["isNewlyCreated"] is True and index["type"] == "persistent"
    assert index["fields"] == spec["fields"]
    assert index["unique"] is spec.get("unique", False)
    assert index["sparse"] is spec.get("sparse", False)
    assert index["name"] == spec.get("name", index["name"]) and index["name"]


@pytest.mark.parametrize("alias", ["hash", "skiplist"])
def test_hash_and_skiplist_are_persistent_aliases(col: Collection, alias: str) -> None:
    index = col.add_index({"type": alias, "fields": ["a"]})
    assert index["type"] == "persistent"
    again = col.add_index(_persistent(["a"]))
    assert again["isNewlyCreated"] is False and again["id"] == index["id"]


def test_adding_an_identical_index_returns_the_existing_one(col: Collection) -> None:
    first = col.add_index(_persistent(["a", "b"]))
    second = col.add_index(_persistent(["a", "b"]))
    assert second["isNewlyCreated"] is False and second["id"] == first["id"]
    assert len(col.indexes()) == 2


def test_list_and_get_indexes(col: Collection) -> None:
    created = col.add_index(_persistent(["a"], name="by_a"))
    listed = col.indexes()
    assert [i["type"] for i in listed] == ["primary", "persistent"]
    assert listed[0]["id"] == "0" and listed[0]["fields"] == ["_key"]
    fetched = col.get_index(created["id"])
    assert (fetched["id"], fetched["name"], fetched["fields"]) == (created["id"], "by_a", ["a"])


def test_edge_collection_has_edge_index(edges: Collection) -> None:
    types = {i["type"]: i["fields"] for i in edges.indexes()}
    assert types == {"primary": ["_key"], "edge": ["_from", "_to"]}


def test_delete_index(col: Collection) -> None:
    created = col.add_index(_persistent(["a"]))
    assert col.delete_index(created["id"]) is True
    assert [i["type"] for i in col.indexes()] == ["primary"]
    with pytest.raises(IndexDeleteError) as info:
        col.delete_index(created["id"])
    assert (info.value.http_code, info.value.error_code) == (404, 1212)
    assert col.delete_index(created["id"], ignore_missing=True) is False


def test_get_missing_index_raises_1212(col: Collection) -> None:
    with pytest.raises(IndexGetError) as info:
        col.get_index("999999")
    assert (info.value.http_code, info.value.error_code) == (404, 1212)


def test_indexes_of_missing_collection_raise_1203(db: Database) -> None:
    with pytest.raises(IndexListError) as info:
        db.collection("missing").indexes()
    assert info.value.error_code == 1203
    with pytest.raises(IndexCreateError) as created:
        db.collection("missing").add_index(_persistent(["a"]))
    assert created.value.error_code == 1203


@pytest.mark.parametrize(
    ("spec", "docs"),
    [
        (_persistent(["a"], unique=True), [{"a": 1}, {"a": 1}]),
        (_persistent(["a"], unique=True), [{"x": 1}, {"x": 2}]),
        (_persistent(["a", "b"], unique=True), [{"a": 1, "b": 2}, {"a": 1, "b": 2}]),
        (_persistent(["tags[*]"], unique=True), [{"tags": [1, 2]}, {"tags": [2, 3]}]),
    ],
)
def test_unique_index_over_existing_duplicates_fails_with_1210(
    col: Collection, spec: dict[str, Any], docs: list[dict[str, Any]]
) -> None:
    col.insert_many(docs)
    with pytest.raises(IndexCreateError) as info:
        col.add_index(spec)
    assert (info.value.http_code, info.value.error_code) == (409, 1210)
    assert [i["type"] for i in col.indexes()] == ["primary"]
