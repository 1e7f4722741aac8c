from __future__ import annotations

from typing import Any

import pytest

from arangolite.storage.api import UNBOUNDED, IndexDescription
from arangolite.storage.index import EdgeIndex, MetadataIndex, PersistentIndex, make_index


def persistent(*fields: str, unique: bool = False, sparse: bool = False) -> PersistentIndex:
    desc = IndexDescription(
        id="c/9", name="idx", type="persistent", fields=list(fields), unique=unique, sparse=sparse
    )
    return PersistentIndex(desc)


def filled(index: PersistentIndex, docs: dict[str, dict[str, Any]]) -> PersistentIndex:
    for key, doc in docs.items():
        index.insert(key, doc)
    return index


DOCS = {
    "a": {"x": 1, "y": "p"},
    "b": {"x": 2, "y": "q"},
    "c": {"x": 2, "y": "r"},
    "d": {"x": None},
    "e": {"x": "s"},
}


@pytest.mark.parametrize(
    ("values", "keys"),
    [([2], ["b", "c"]), ([2, "r"], ["c"]), ([2.0], ["b", "c"]), ([None], ["d"]), ([9], [])],
)
def test_equality_lookup_on_prefixes(values: list, keys: list) -> None:
    index = filled(persistent("x", "y"), DOCS)
    assert sorted(index.lookup(values)) == keys


@pytest.mark.parametrize(
    ("low", "low_inc", "high", "high_inc", "keys"),
    [
        (1, True, 2, True, ["a", "b", "c"]),
        (1, False, 2, True, ["b", "c"]),
        (1, True, 2, False, ["a"]),
        (UNBOUNDED, True, 1, True, ["d", "a"]),
        (2, False, UNBOUNDED, True, ["e"]),
        (UNBOUNDED, True, UNBOUNDED, True, ["d", "a", "b", "c", "e"]),
    ],
)
def test_range_lookup_returns_index_order(
    low: Any, low_inc: bool, high: Any, high_inc: bool, keys: list
) -> None:
    index = filled(persistent("x"), DOCS)
    assert index.lookup_range([], low, low_inc, high, high_inc) == keys


def test_range_on_second_field_with_prefix() -> None:
    index = filled(persistent("x", "y"), DOCS)
    assert index.lookup_range([2], "q", False, UNBOUNDED, True) == ["c"]


def test_range_sees_changes_after_first_query() -> None:
    index = filled(persistent("x"), DOCS)
    index.lookup_range([], 0, True, 10, True)
    index.remove("a", DOCS["a"])
    index.insert("z", {"x": 1.5})
    index.remove("b", DOCS["b"])
    index.insert("b", DOCS["b"])
    assert index.lookup_range([], 0, True, 10, True) == ["z", "b", "c"]


def test_many_changes_rebuild_the_sorted_list() -> None:
    index = filled(persistent("x"), {"k0": {"x": 0}})
    index.lookup_range([], UNBOUNDED, True, UNBOUNDED, True)
    for i in range(1, 100):
        index.insert(f"k{i}", {"x": -i})
    assert index.lookup_range([], UNBOUNDED, True, -98, True) == ["k99", "k98"]
    assert index.entry_count() == 100


def test_sparse_index_skips_null_and_missing() -> None:
    index = filled(persistent("x", sparse=True), DOCS)
    assert index.lookup([None]) == [] and index.entry_count() == 4


def test_unique_conflict_reports_other_key() -> None:
    index = filled(persistent("x", unique=True), {"a": {"x": 1}})
    assert index.conflict("b", {"x": 1}) == "a"
    assert index.conflict("a", {"x": 1}) is None
    assert index.conflict("b", {"x": 2}) is None


def test_array_index_matches_any_element() -> None:
    index = filled(persistent("tags[*]"), {"a": {"tags": ["x", "y"]}, "b": {"tags": ["y"]}})
    assert index.lookup(["y"]) == ["a", "b"]
    assert index.lookup_range([], "x", True, "y", True) == ["a", "b"]
    index.remove("a", {"tags": ["x", "y"]})
    assert index.lookup(["x"]) == []


def test_clear_and_lookup_bounds() -> None:
    index = filled(persistent("x"), DOCS)
    index.clear()
    assert index.lookup([2]) == [] and index.entry_count() == 0
    assert index.lookup([]) == [] and index.lookup_range([1], 0, True, 1, True) == []


def test_edge_index_directions() -> None:
    desc = IndexDescription(id="e/1", name="edge", type="edge", fields=["_from", "_to"])
    index = make_index(desc)
    assert isinstance(index, EdgeIndex)
    index.insert("e1", {"_from": "v/1", "_to": "v/2"})
    index.insert("e2", {"_from": "v/2", "_to": "v/1"})
    assert index.edges("v/1", "out") == ["e1"]
    assert index.edges("v/1", "in") == ["e2"]
    assert index.edges("v/1", "any") == ["e1", "e2"]
    assert index.lookup(["v/2", "v/1"]) == ["e2"] and index.lookup([]) == []
    index.remove("e1", {"_from": "v/1", "_to": "v/2"})
    assert index.edges("v/1", "any") == ["e2"] and index.entry_count() == 1


def test_unknown_types_are_metadata_only() -> None:
    index = make_index(IndexDescription(id="c/5", name="v", type="vector", fields=["e"]))
    index.insert("a", {"e": [1.0]})
    assert isinstance(index, MetadataIndex)
    assert index.lookup([[1.0]]) == [] and index.lookup_range([], 0, True, 1, True) == []
    assert index.conflict("a", {}) is None and index.entry_count() == 0
