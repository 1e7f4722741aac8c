"""Set-like array functions: equality, duplicates, ordering and invalid input."""

from __future__ import annotations

from typing import Any

import pytest

from arangolite import errno
from tests.arangolite.aql.functions.fake_ctx import call

TYPE_MISMATCH = errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH
ARRAY_EXPECTED = errno.QUERY_ARRAY_EXPECTED


@pytest.mark.parametrize(
    ("name", "values", "expected"),
    [
        (
            "UNIQUE",
            [1, 1.0, "1", None, None, [1], [1.0], {"a": 1}, {"a": 1}],
            [1, "1", None, [1], {"a": 1}],
        ),
        ("UNIQUE", [], []),
        (
            "SORTED",
            ["b", None, 2, [1], {"a": 1}, True, "a", 1],
            [None, True, 1, 2, "a", "b", [1], {"a": 1}],
        ),
        ("SORTED", [2, 1.0, 1], [1.0, 1.0, 2]),
        ("SORTED_UNIQUE", [3, 1, 3.0, None, 1], [None, 1, 3]),
        ("COUNT_DISTINCT", ["yes", "no", "yes", "sauron", "no", "yes"], 3),
        ("COUNT_UNIQUE", [None, None, 0, False], 3),
    ],
)
def test_single_array_set_functions(name: str, values: list[Any], expected: Any) -> None:
    assert call(name, values) == (expected, [])


@pytest.mark.parametrize("name", ["UNIQUE", "SORTED", "SORTED_UNIQUE", "COUNT_DISTINCT"])
@pytest.mark.parametrize("value", [None, "abc", {"a": 1}])
def test_single_array_set_functions_want_an_array(name: str, value: Any) -> None:
    assert call(name, value) == (None, [ARRAY_EXPECTED])


@pytest.mark.parametrize(
    ("name", "args", "expected"),
    [
        ("UNION", ([1, 2, 3], [1, 2]), [1, 2, 3, 1, 2]),
        ("UNION", ([], [], [None]), [None]),
        ("UNION_DISTINCT", ([1, 2, 3], [1, 2], [4, 3.0]), [1, 2, 3, 4]),
        ("INTERSECTION", ([2, 4, 6], [8, 10, 12], [14, 16, 18]), []),
        ("INTERSECTION", ([1, 1, 2], [1, 1], [1]), [1]),
        ("INTERSECTION", ([1, 2], [2, 1, 2]), [2, 1]),
        ("MINUS", ([1, 1, 2, 3], [3]), [2, 1]),
        ("MINUS", ([{"a": 1}, {"a": 2}], [{"a": 1.0}]), [{"a": 2}]),
        ("OUTERSECTION", ([1, 1, 2], [3]), [3, 2]),
    ],
)
def test_multi_array_set_functions(name: str, args: tuple[Any, ...], expected: Any) -> None:
    assert call(name, *args) == (expected, [])


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("UNION", TYPE_MISMATCH),
        ("UNION_DISTINCT", TYPE_MISMATCH),
        ("MINUS", TYPE_MISMATCH),
        ("INTERSECTION", ARRAY_EXPECTED),
        ("OUTERSECTION", ARRAY_EXPECTED),
        ("JACCARD", ARRAY_EXPECTED),
    ],
)
def test_multi_array_set_functions_want_arrays(name: str, code: int) -> None:
    assert call(name, [1, 2], "nope") == (None, [code])


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ([1, 1, 2, 2, 2, 3], [2, 2, 3, 4], 0.5),
        ([1, 2, 3], [], 0),
        ([1, "1"], [1.0], 0.5),
    ],
)
def test_jaccard(left: list[Any], right: list[Any], expected: float) -> None:
    assert call("JACCARD", left, right) == (expected, [])


def test_hash_ordered_results_follow_arangodb_buckets_not_input_order() -> None:
    """Without bucket collisions ArangoDB lists the newest hash-table entry first."""
    values = list(range(1, 30))
    result, _ = call("MINUS", values, [])
    assert sorted(result) == values
    assert result != values
