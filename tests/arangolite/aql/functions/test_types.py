"""Type checks and casts (type-check-and-cast.md)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.arangolite.aql.functions.fake_ctx import call

SAMPLES: list[Any] = [None, False, True, 0, 1.5, "", "a", [], [0], {}, {"a": 1}]


@pytest.mark.parametrize(
    ("name", "truthy"),
    [
        ("IS_NULL", {0}),
        ("IS_BOOL", {1, 2}),
        ("IS_NUMBER", {3, 4}),
        ("IS_STRING", {5, 6}),
        ("IS_ARRAY", {7, 8}),
        ("IS_LIST", {7, 8}),
        ("IS_OBJECT", {9, 10}),
        ("IS_DOCUMENT", {9, 10}),
    ],
)
def test_type_checks(name: str, truthy: set[int]) -> None:
    """``truthy`` holds the positions in SAMPLES for which the check answers true."""
    results = [call(name, value)[0] for value in SAMPLES]
    assert results == [i in truthy for i in range(len(SAMPLES))]


def test_typename() -> None:
    names = [call("TYPENAME", value)[0] for value in SAMPLES]
    expected = ["null", "bool", "bool", "number", "number", "string", "string"]
    assert names == [*expected, "array", "array", "object", "object"]


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("TO_BOOL", "", False),
        ("TO_BOOL", "0", True),
        ("TO_BOOL", [], True),
        ("TO_BOOL", 0.0, False),
        ("TO_NUMBER", " 12 ", 12),
        ("TO_NUMBER", "1e3", 1000),
        ("TO_NUMBER", "abc", 0),
        ("TO_NUMBER", True, 1),
        ("TO_NUMBER", [" 5"], 5),
        ("TO_NUMBER", [1, 2], 0),
        ("TO_NUMBER", {"a": 1}, 0),
        ("TO_STRING", None, ""),
        ("TO_STRING", 1.5, "1.5"),
        ("TO_STRING", [1, "a", None], '[1,"a",null]'),
        ("TO_STRING", {"a": True}, '{"a":true}'),
        ("TO_ARRAY", None, []),
        ("TO_ARRAY", "x", ["x"]),
        ("TO_ARRAY", {"b": 1, "a": 2}, [1, 2]),
        ("TO_LIST", [1], [1]),
    ],
)
def test_casts(name: str, value: Any, expected: Any) -> None:
    assert call(name, value) == (expected, [])


def test_to_number_is_always_a_double_and_to_array_copies() -> None:
    assert isinstance(call("TO_NUMBER", 3)[0], float)
    values = [1]
    copy, _ = call("TO_ARRAY", values)
    assert copy == values and copy is not values


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("abc", True),
        ("a-b_c:d.e@f(g)+h,i=j;k$l!m*n'o%p", True),
        ("", False),
        ("a/b", False),
        ("ä", False),
        ("x" * 254, True),
        ("x" * 255, False),
        (123, False),
    ],
)
def test_is_key(value: Any, expected: bool) -> None:
    assert call("IS_KEY", value) == (expected, [])


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-03-11", True),
        ("2019-03-11T16:15:05.314Z", True),
        ("2019-03-11 16:15", True),
        ("  +2019-3-1T1:2:3.45678+01:30 ", True),
        ("2019", True),
        ("2019-03", True),
        ("0002019-03-11", True),
        ("-2019-03-11", False),
        ("2019-13-01", False),
        ("2019-03-32", False),
        ("2019-03-11T24:00", False),
        ("2019-03-11T12", False),
        ("2019-03-11T12:00Z+", False),
        ("2019-03-05:00", False),
        ("12019-01-01", False),
        ("0000-01-01T00:00+01:00", False),
        ("9999-12-31T23:30-01:00", False),
        ("9999-12-31T22:30-01:00", True),
        ("yesterday", False),
        (20190311, False),
    ],
)
def test_is_datestring(value: Any, expected: bool) -> None:
    assert call("IS_DATESTRING", value) == (expected, [])
