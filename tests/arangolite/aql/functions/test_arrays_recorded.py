"""The recorded ArangoDB examples of array.md, replayed as direct function calls."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from arangolite.aql.functions.catalog import BUILTINS
from tests.arangolite.aql.functions.fake_ctx import FakeContext, recorded_cases

EXPECTED = recorded_cases("array.md")


def f(name: str, *args: Any) -> Callable[[FakeContext], Any]:
    return lambda ctx: BUILTINS[name].fn(ctx, *args)


ABC = ["a", "b", "c"]
CASES: dict[str, Callable[[FakeContext], Any]] = {
    "aqlArrayAppend_1": f("APPEND", [1, 2, 3], [5, 6, 9]),
    "aqlArrayAppend_2": f("APPEND", [1, 2, 3], [3, 4, 5, 2, 9], True),
    "aqlArrayCountDistinct_1": f("COUNT_DISTINCT", [1, 2, 3]),
    "aqlArrayFirst_1": f("FIRST", [1, 2, 3]),
    "aqlArrayFlatten_1": f("FLATTEN", [1, 2, [3, 4], 5, [6, 7], [8, [9, 10]]]),
    "aqlArrayIntersection_1": f("INTERSECTION", [1, 2, 3, 4, 5], [2, 3, 4, 5, 6], [3, 4, 5, 6, 7]),
    "aqlArrayJaccard_1": f("JACCARD", [1, 2, 3, 4], [3, 4, 5, 6]),
    "aqlArrayJaccard_4": f("JACCARD", [], []),
    "aqlArrayLength_2": f("LENGTH", 1234),
    "aqlArrayMinus_1": f("MINUS", [1, 2, 3, 4], [3, 4, 5, 6], [5, 6, 7, 8]),
    "aqlArrayNth_1": f("NTH", ["foo", "bar", "baz"], 2),
    "aqlArrayNth_3": f("NTH", ["foo", "bar", "baz"], -1),
    "aqlArrayOutersection_1": f("OUTERSECTION", [1, 2, 3], [2, 3, 4], [3, 4, 5]),
    "aqlArrayPosition_1": f("POSITION", [2, 4, 6, 8], 4),
    "aqlArrayPosition_2": f("POSITION", [2, 4, 6, 8], 4, True),
    "aqlArrayPosition_3": f("POSITION", ["foo", "bar", "baz", "bay"], "baz", True),
    "aqlArrayPush_2": f("PUSH", [1, 2, 2, 3], 2, True),
    "aqlArrayRemoveNth_1": f("REMOVE_NTH", ["a", "b", "c", "d", "e"], 1),
    "aqlArrayReplaceNth_2": f("REPLACE_NTH", ABC, 3, "z"),
    "aqlArrayReplaceNth_4": f("REPLACE_NTH", ABC, 6, "z", "y"),
    "aqlArrayRemoveValue_1": f("REMOVE_VALUE", ["a", "b", "b", "a", "c"], "a"),
    "aqlArrayRemoveValue_2": f("REMOVE_VALUE", ["a", "b", "b", "a", "c"], "a", 1),
    "aqlArrayRemoveValues_1": f(
        "REMOVE_VALUES", ["a", "a", "b", "c", "d", "e", "f"], ["a", "f", "d"]
    ),
    "aqlArrayShift_1": f("SHIFT", [1, 2, 3, 4]),
    "aqlArraySlice_1": f("SLICE", [1, 2, 3, 4, 5], 0, 1),
    "aqlArraySlice_2": f("SLICE", [1, 2, 3, 4, 5], 1, 2),
    "aqlArraySlice_5": f("SLICE", [1, 2, 3, 4, 5], 0, -2),
    "aqlArraySlice_6": f("SLICE", [1, 2, 3, 4, 5], -3, 2),
    "aqlArraySorted_1": f("SORTED", [8, 4, 2, 10, 6]),
    "aqlArraySortedUnique_1": f("SORTED_UNIQUE", [8, 4, 2, 10, 6, 2, 8, 6, 4]),
    "aqlArrayUnion_2": lambda ctx: BUILTINS["UNIQUE"].fn(
        ctx, BUILTINS["UNION"].fn(ctx, [1, 2, 3], [1, 2])
    ),
    "aqlArrayUnique_1": f("UNIQUE", [1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 5]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_recorded_array_case(name: str) -> None:
    if name not in EXPECTED:
        pytest.skip("conformance data not available")
    ctx = FakeContext()
    assert CASES[name](ctx) == EXPECTED[name][0]
    assert ctx.warnings == []


def test_every_recorded_array_case_is_replayed() -> None:
    if not EXPECTED:
        pytest.skip("conformance data not available")
    assert set(EXPECTED) == set(CASES)
