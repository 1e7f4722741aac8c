"""Document/object functions and document identifiers: edge cases and invalid input."""

from __future__ import annotations

from typing import Any

import pytest

from arangolite import errno
from tests.arangolite.aql.functions.fake_ctx import call

TYPE_MISMATCH = errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH
DOC = {"_key": "k", "_id": "c/k", "name": "Jane", "age": 35}


@pytest.mark.parametrize(
    ("name", "args", "expected"),
    [
        ("ATTRIBUTES", (DOC,), ["_id", "_key", "age", "name"]),
        ("KEYS", (DOC, True), ["age", "name"]),
        ("ATTRIBUTES", ({},), []),
        ("VALUES", (DOC,), ["k", "c/k", "Jane", 35]),
        ("VALUES", ({"_a": 1, "b": None}, True), [None]),
        ("ENTRIES", ({"b": 1, "a": [2]},), [["b", 1], ["a", [2]]]),
    ],
)
def test_attribute_listings(name: str, args: tuple[Any, ...], expected: list[Any]) -> None:
    assert call(name, *args) == (expected, [])


@pytest.mark.parametrize("name", ["ATTRIBUTES", "VALUES", "ENTRIES"])
@pytest.mark.parametrize("value", [None, [1], "obj"])
def test_attribute_listings_want_an_object(name: str, value: Any) -> None:
    assert call(name, value) == (None, [TYPE_MISMATCH])


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (({"1": 0}, 1), True),
        (({"": 0}, None), True),
        (({"true": 0}, True), True),
        (("name", "name"), False),
        ((None, "a"), False),
    ],
)
def test_has_casts_the_name_to_a_string(args: tuple[Any, ...], expected: bool) -> None:
    assert call("HAS", *args) == (expected, [])


@pytest.mark.parametrize(
    ("args", "expected", "codes"),
    [
        (({"a": [{"b": 1}, {"b": 2}]}, ["a", 1, "b"]), 2, []),
        (({"a": [1]}, ["a", 5]), None, []),
        (({"a": 1}, ["a", "b"]), None, []),
        (({"a": 1}, []), None, []),
        (({"a": 1}, "a"), None, [TYPE_MISMATCH]),
        (([1], [0]), None, [TYPE_MISMATCH]),
    ],
)
def test_value_path(args: tuple[Any, ...], expected: Any, codes: list[int]) -> None:
    assert call("VALUE", *args) == (expected, codes)


def test_keep_and_unset_take_names_numbers_and_arrays_and_warn_on_odd_array_items() -> None:
    doc = {"1": "one", "a": 1, "b": 2, "c": 3}
    assert call("KEEP", doc, 1, ["a"], True) == ({"1": "one", "a": 1}, [])
    assert call("UNSET", doc, ["a", 5], "b") == ({"1": "one", "c": 3}, [TYPE_MISMATCH])
    assert call("KEEP", "doc", "a") == (None, [TYPE_MISMATCH])


def test_unset_recursive_descends_into_objects_but_not_arrays() -> None:
    doc = {"x": {"drop": 1, "y": {"drop": 2}}, "list": [{"drop": 3}], "drop": 4}
    result, _ = call("UNSET_RECURSIVE", doc, "drop")
    assert result == {"x": {"y": {}}, "list": [{"drop": 3}]}


@pytest.mark.parametrize(
    ("name", "args", "expected", "codes"),
    [
        ("MERGE", ({"a": 1},), {"a": 1}, []),
        ("MERGE", ({"a": 1, "b": 1}, {"b": 2}, {"c": None}), {"a": 1, "b": 2, "c": None}, []),
        ("MERGE", ([{"a": 1}, {"a": 2, "b": 3}],), {"a": 2, "b": 3}, []),
        ("MERGE", ([{"a": 1}, 5],), None, [TYPE_MISMATCH]),
        ("MERGE", ({"a": 1}, [1]), None, [TYPE_MISMATCH]),
        ("MERGE", ("x", {"a": 1}), None, [TYPE_MISMATCH]),
        ("MERGE", ({"a": {"x": 1}}, {"a": {"y": 2}}), {"a": {"y": 2}}, []),
        ("MERGE_RECURSIVE", ({"a": {"x": 1}}, {"a": {"y": 2}}), {"a": {"x": 1, "y": 2}}, []),
        ("MERGE_RECURSIVE", ([{"a": {"x": 1}}, {"a": {"x": 2}}],), {"a": {"x": 2}}, []),
        ("MERGE_RECURSIVE", ({"a": {"x": 1}}, {"a": 5}), {"a": 5}, []),
    ],
)
def test_merge(name: str, args: tuple[Any, ...], expected: Any, codes: list[int]) -> None:
    assert call(name, *args) == (expected, codes)


def test_merge_lists_left_attributes_sorted_then_new_ones() -> None:
    result, _ = call("MERGE", {"name": "Jane", "livesIn": "LA"}, {"age": 42})
    assert list(result) == ["livesIn", "name", "age"]


def test_merge_does_not_mutate_its_arguments() -> None:
    left, right = {"a": {"x": 1}}, {"a": {"y": 2}}
    call("MERGE_RECURSIVE", left, right)
    assert left == {"a": {"x": 1}} and right == {"a": {"y": 2}}


@pytest.mark.parametrize(
    ("args", "expected", "codes"),
    [
        (({"a": 1, "b": 2}, {"a": 1}), True, []),
        (({"a": 1}, [{"a": 2}, {"a": 1.0}], True), 1, []),
        (({"a": 1}, [{"b": None}], True), 0, []),
        (({"a": 1}, {"b": 1}, True), -1, []),
        (({"a": 1}, ["x", {"a": 1}], True), 1, [TYPE_MISMATCH]),
        (("doc", {"a": 1}), False, []),
    ],
)
def test_matches(args: tuple[Any, ...], expected: Any, codes: list[int]) -> None:
    assert call("MATCHES", *args) == (expected, codes)


@pytest.mark.parametrize(
    ("args", "expected", "codes"),
    [
        (("FR", {"US": "United States"}), "FR", []),
        (("FR", {"US": "x"}, None), None, []),
        ((None, {"": "empty"}), "empty", []),
        (("FR", "lookup"), None, [TYPE_MISMATCH]),
    ],
)
def test_translate(args: tuple[Any, ...], expected: Any, codes: list[int]) -> None:
    assert call("TRANSLATE", *args) == (expected, codes)


@pytest.mark.parametrize(
    ("args", "expected", "codes"),
    [
        (([1, "a", 1], [1, 2, 3]), {"1": 1, "a": 2}, []),
        (([], []), {}, []),
        ((["a"], [1, 2]), None, [TYPE_MISMATCH]),
        (("a", [1]), None, [TYPE_MISMATCH]),
    ],
)
def test_zip(args: tuple[Any, ...], expected: Any, codes: list[int]) -> None:
    assert call("ZIP", *args) == (expected, codes)


@pytest.mark.parametrize("name", ["PARSE_IDENTIFIER", "PARSE_COLLECTION", "PARSE_KEY"])
@pytest.mark.parametrize("value", ["no-slash", "a/b/c", None, {"_key": "x"}, 5])
def test_parse_functions_reject_non_identifiers(name: str, value: Any) -> None:
    assert call(name, value) == (None, [TYPE_MISMATCH])


@pytest.mark.parametrize(
    ("args", "expected", "codes"),
    [
        (("users", "users/1"), True, []),
        (("users/9", {"_id": "users/1"}), True, []),
        (("users", "users"), True, []),
        (("users", {"_key": "1"}), None, [TYPE_MISMATCH]),
        (("", "users/1"), None, [TYPE_MISMATCH]),
    ],
)
def test_is_same_collection(args: tuple[Any, ...], expected: Any, codes: list[int]) -> None:
    assert call("IS_SAME_COLLECTION", *args) == (expected, codes)
