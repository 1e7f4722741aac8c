"""Collection-level reads and matches: all, find, random, ids, keys, *_match."""

from __future__ import annotations

from typing import Any

import pytest

from .handles import Collection


@pytest.fixture
def filled(col: Collection) -> Collection:
    """``col`` with five documents k0..k4, ``n`` = index, ``even`` flag."""
    col.insert_many([{"_key": f"k{i}", "n": i, "even": i % 2 == 0} for i in range(5)])
    return col


@pytest.mark.parametrize(
    ("skip", "limit", "count"), [(None, None, 5), (1, None, 4), (None, 2, 2), (4, 10, 1)]
)
def test_all_with_skip_and_limit(
    filled: Collection, skip: int | None, limit: int | None, count: int
) -> None:
    docs = list(filled.all(skip=skip, limit=limit))
    assert len(docs) == count and all(d["_id"].startswith("items/") for d in docs)


def test_all_on_empty_collection(col: Collection) -> None:
    assert list(col.all()) == [] and col.random() is None


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"even": True}, {"k0", "k2", "k4"}),
        ({"n": 3}, {"k3"}),
        ({"n": 3, "even": True}, set()),
        ({}, {"k0", "k1", "k2", "k3", "k4"}),
        ({"missing": None}, {"k0", "k1", "k2", "k3", "k4"}),
    ],
)
def test_find_by_example(filled: Collection, filters: dict[str, Any], expected: set[str]) -> None:
    assert {d["_key"] for d in filled.find(filters)} == expected


def test_find_with_skip_and_limit(filled: Collection) -> None:
    assert len(list(filled.find({"even": True}, skip=1, limit=1))) == 1
    assert len(list(filled.find({"even": True}, limit=2))) == 2


def test_random_returns_a_stored_document(filled: Collection) -> None:
    doc = filled.random()
    assert doc is not None and filled.get(doc["_key"]) == doc


def test_ids_and_keys(filled: Collection) -> None:
    assert sorted(filled.keys()) == [f"k{i}" for i in range(5)]
    assert sorted(filled.ids()) == [f"items/k{i}" for i in range(5)]


def test_iterating_a_collection_yields_documents(filled: Collection) -> None:
    assert sorted(doc["n"] for doc in filled) == [0, 1, 2, 3, 4]


def test_update_match(filled: Collection) -> None:
    assert filled.update_match({"even": True}, {"tag": "e"}) == 3
    assert {d["_key"] for d in filled.find({"tag": "e"})} == {"k0", "k2", "k4"}


def test_replace_match_and_delete_match(filled: Collection) -> None:
    assert filled.replace_match({"n": 1}, {"n": 100}) == 1
    replaced = filled.get("k1")
    assert replaced["n"] == 100 and "even" not in replaced
    assert filled.delete_match({"even": True}) == 3
    assert sorted(filled.keys()) == ["k1", "k3"]
