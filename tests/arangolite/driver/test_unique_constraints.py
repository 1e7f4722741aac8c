"""Writes against unique indexes: violations are rejected with 1210 and leave data unchanged."""

from __future__ import annotations

from typing import Any

import pytest
from arango.exceptions import (
    ArangoServerError,
    DocumentInsertError,
    DocumentReplaceError,
    DocumentUpdateError,
)

from .handles import Collection


def _unique(col: Collection, fields: list[str], sparse: bool = False) -> None:
    col.add_index({"type": "persistent", "fields": fields, "unique": True, "sparse": sparse})


@pytest.mark.parametrize(
    ("fields", "sparse", "first", "second", "conflict"),
    [
        (["a"], False, {"a": 1}, {"a": 1}, True),
        (["a"], False, {"a": 1}, {"a": 2}, False),
        (["a"], False, {"x": 1}, {"x": 2}, True),
        (["a"], True, {"x": 1}, {"x": 2}, False),
        (["a"], True, {"a": None}, {"a": None}, False),
        (["a", "b"], False, {"a": 1, "b": 1}, {"a": 1, "b": 2}, False),
        (["a", "b"], False, {"a": 1, "b": 1}, {"a": 1, "b": 1}, True),
        (["tags[*]"], False, {"tags": ["x", "y"]}, {"tags": ["z", "y"]}, True),
        (["tags[*]"], False, {"tags": ["x", "x"]}, {"tags": ["z"]}, False),
    ],
)
def test_insert_against_unique_index(
    col: Collection,
    fields: list[str],
    sparse: bool,
    first: dict[str, Any],
    second: dict[str, Any],
    conflict: bool,
) -> None:
    _unique(col, fields, sparse)
    col.insert(first)
    if conflict:
        with pytest.raises(DocumentInsertError) as info:
            col.insert(second)
        assert (info.value.http_code, info.value.error_code) == (409, 1210)
    else:
        col.insert(second)
    assert col.count() == (1 if conflict else 2)


@pytest.mark.parametrize(
    ("operation", "error"), [("update", DocumentUpdateError), ("replace", DocumentReplaceError)]
)
def test_write_into_taken_value_raises_1210(
    col: Collection, operation: str, error: type[ArangoServerError]
) -> None:
    _unique(col, ["a"])
    col.insert_many([{"_key": "one", "a": 1}, {"_key": "two", "a": 2}])
    with pytest.raises(error) as info:
        getattr(col, operation)({"_key": "two", "a": 1})
    assert info.value.error_code == 1210
    assert col.get("two")["a"] == 2


def test_freed_value_can_be_reused(col: Collection) -> None:
    _unique(col, ["a"])
    col.insert({"_key": "one", "a": 1})
    col.update({"_key": "one", "a": 5})
    col.insert({"_key": "two", "a": 1})
    col.delete("one")
    assert col.insert({"a": 5})["_key"] and col.count() == 2


def test_unique_violation_in_bulk_keeps_other_items(col: Collection) -> None:
    _unique(col, ["a"])
    results = col.insert_many([{"a": 1}, {"a": 1}, {"a": 2}])
    codes = [r.error_code if isinstance(r, ArangoServerError) else None for r in results]
    assert codes == [None, 1210, None]
    assert sorted(d["a"] for d in col.all()) == [1, 2]
