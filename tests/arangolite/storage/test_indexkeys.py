from __future__ import annotations

from typing import Any

import pytest

from arangolite.storage.indexkeys import (
    entries_of,
    hash_key,
    parse_field,
    sort_key,
    sorted_from_hashed,
)


@pytest.mark.parametrize(
    ("a", "b", "equal"),
    [
        (1, 1.0, True),
        (True, 1, False),
        (None, False, False),
        ("1", 1, False),
        ({"a": 1, "b": 2}, {"b": 2, "a": 1}, True),
        ([1, True], [1.0, True], True),
        ([1], [True], False),
    ],
)
def test_hash_key_follows_aql_equality(a: Any, b: Any, equal: bool) -> None:
    assert (hash_key(a) == hash_key(b)) is equal


def test_sort_key_orders_types_like_aql() -> None:
    values = [{"a": 1}, [1], "a", 3, 2.5, True, False, None, "B"]
    ordered = sorted(values, key=sort_key)
    assert ordered == [None, False, True, 2.5, 3, "a", "B", [1], {"a": 1}]


@pytest.mark.parametrize("value", [None, True, 3, 2.5, "x", [1, "a"], {"k": [True]}])
def test_sort_key_survives_hashing(value: Any) -> None:
    assert sorted_from_hashed(hash_key(value)) == sort_key(value)


@pytest.mark.parametrize(
    ("field", "parsed"),
    [
        ("a", (("a",), None)),
        ("a.b", (("a", "b"), None)),
        ("tags[*]", (("tags",), ())),
        ("x[*].name", (("x",), ("name",))),
    ],
)
def test_parse_field(field: str, parsed: tuple) -> None:
    assert parse_field(field) == parsed


@pytest.mark.parametrize(
    ("doc", "sparse", "expected"),
    [({"a": 1}, False, [(1,)]), ({}, False, [(None,)]), ({}, True, []), ({"a": None}, True, [])],
)
def test_single_field_entries(doc: dict, sparse: bool, expected: list) -> None:
    assert entries_of(doc, [parse_field("a")], sparse=sparse) == expected


def test_array_expansion_deduplicates_and_combines() -> None:
    fields = [parse_field("k"), parse_field("tags[*]")]
    doc = {"k": 1, "tags": ["x", "y", "x"]}
    assert entries_of(doc, fields, sparse=False) == [(1, "x"), (1, "y")]
    assert len(entries_of(doc, fields, sparse=False, deduplicate=False)) == 3


@pytest.mark.parametrize("doc", [{"tags": "x"}, {}, {"tags": {"a": 1}}])
def test_expansion_of_non_arrays_indexes_nothing(doc: dict) -> None:
    assert entries_of(doc, [parse_field("tags[*]")], sparse=False) == []


def test_nested_expansion_and_sparse_nulls() -> None:
    doc = {"x": [{"name": "a"}, {"other": 1}, {"name": None}]}
    assert entries_of(doc, [parse_field("x[*].name")], sparse=False) == [("a",), (None,)]
    assert entries_of(doc, [parse_field("x[*].name")], sparse=True) == [("a",)]
