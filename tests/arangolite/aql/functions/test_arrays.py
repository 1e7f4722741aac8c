"""Array functions that read or rebuild one array: edge cases and invalid input."""

from __future__ import annotations

from typing import Any

import pytest

from arangolite import errno
from arangolite.errors import AqlError
from tests.arangolite.aql.functions.fake_ctx import call

TYPE_MISMATCH = errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH
ARRAY_EXPECTED = errno.QUERY_ARRAY_EXPECTED


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("🥑", 1),
        ("straße", 6),
        (1234, 4),
        (-1.5, 4),
        (0.1, 3),
        ([1, [2, 3]], 2),
        ({"a": 1, "b": {"c": 2}}, 2),
        (True, 1),
        (False, 0),
        (None, 0),
    ],
)
def test_length_of_every_type(value: Any, expected: int) -> None:
    assert call("LENGTH", value) == (expected, [])
    assert call("COUNT", value) == (expected, [])


@pytest.mark.parametrize(
    ("name", "args", "expected", "codes"),
    [
        ("FIRST", ([],), None, []),
        ("LAST", ([1, 2, 3],), 3, []),
        ("LAST", ("abc",), None, [ARRAY_EXPECTED]),
        ("FIRST", (None,), None, [ARRAY_EXPECTED]),
        ("NTH", ([1, 2], 1.9), 2, []),
        ("NTH", ([1, 2], 2), None, []),
        ("NTH", ({"a": 1}, 0), None, [ARRAY_EXPECTED]),
        ("POSITION", ([1, 2], 3), False, []),
        ("POSITION", ([1, 2], 3, True), -1, []),
        ("POSITION", ([1, 2.0], 2, True), 1, []),
        ("CONTAINS_ARRAY", ([[1], {"a": 1}], {"a": 1}), True, []),
        ("POSITION", ("x", "x"), None, [ARRAY_EXPECTED]),
    ],
)
def test_element_access(name: str, args: tuple[Any, ...], expected: Any, codes: list[int]) -> None:
    assert call(name, *args) == (expected, codes)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (([1, 2, 3, 4, 5], 3), [4, 5]),
        (([1, 2, 3, 4, 5], 1, -1), [2, 3, 4]),
        (([1, 2, 3], -10, 2), [1, 2]),
        (([1, 2, 3], 5), []),
        (([1, 2, 3], 1, None), [2, 3]),
        (([1, 2, 3], 2, -2), []),
    ],
)
def test_slice(args: tuple[Any, ...], expected: list[Any]) -> None:
    assert call("SLICE", *args) == (expected, [])


def test_slice_of_a_non_array_warns() -> None:
    assert call("SLICE", "abc", 1) == (None, [TYPE_MISMATCH])


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (([1, [2, [3, [4]]]],), [1, 2, [3, [4]]]),
        (([1, [2, [3, [4]]]], 2), [1, 2, 3, [4]]),
        (([1, [2, [3, [4]]]], 0), [1, 2, [3, [4]]]),
        (([1, [2, [3, [4]]]], "x"), [1, 2, [3, [4]]]),
        (([[], [[]]], 5), []),
    ],
)
def test_flatten_depth(args: tuple[Any, ...], expected: list[Any]) -> None:
    assert call("FLATTEN", *args) == (expected, [])


@pytest.mark.parametrize(
    ("args", "expected", "codes"),
    [
        (([1, 1, 1], [2, 2, 2], [3, 3, 3]), [1, 2, 3, 1, 2, 3, 1, 2, 3], []),
        (([1], [2, 2], [3, 3, 3]), [1, 2, 3, 2, 3, 3], []),
        (([], [1]), [1], []),
        (([1], "x"), None, [ARRAY_EXPECTED]),
    ],
)
def test_interleave(args: tuple[Any, ...], expected: Any, codes: list[int]) -> None:
    assert call("INTERLEAVE", *args) == (expected, codes)


@pytest.mark.parametrize(
    ("name", "args", "expected", "codes"),
    [
        ("PUSH", ([1, 2, 3], 4), [1, 2, 3, 4], []),
        ("PUSH", (None, 4), [4], []),
        ("PUSH", ([1, 2], 2.0, True), [1, 2], []),
        ("PUSH", ("x", 1), None, [TYPE_MISMATCH]),
        ("UNSHIFT", ([1, 2, 3], 4), [4, 1, 2, 3], []),
        ("UNSHIFT", ([1, 2, 3], 2, True), [1, 2, 3], []),
        ("UNSHIFT", (None, 1), [1], []),
        ("UNSHIFT", (5, 1), None, [TYPE_MISMATCH]),
        ("POP", ([1, 2, 3, 4],), [1, 2, 3], []),
        ("POP", ([1],), [], []),
        ("POP", (None,), None, []),
        ("SHIFT", ([1],), [], []),
        ("SHIFT", ({},), None, [TYPE_MISMATCH]),
    ],
)
def test_push_pop_shift_unshift(
    name: str, args: tuple[Any, ...], expected: Any, codes: list[int]
) -> None:
    assert call(name, *args) == (expected, codes)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (([1, 2], 3), [1, 2, 3]),
        (([1, 2], None), [1, 2]),
        ((None, None), None),
        ((None, [1, 1]), [1, 1]),
        ((None, [1, 1], True), [1]),
        ((None, [], True), None),
        (([1, 1, 2], [], True), [1, 2]),
        (("x", []), "x"),
        (("x", [1]), [1]),
        (([1, 2], 2, True), [1, 2]),
        (([[1]], [[1], [2]], True), [[1], [2]]),
    ],
)
def test_append(args: tuple[Any, ...], expected: Any) -> None:
    assert call("APPEND", *args) == (expected, [])


@pytest.mark.parametrize(
    ("name", "args", "expected", "codes"),
    [
        ("REMOVE_VALUE", ([1, 1.0, "1"], 1), ["1"], []),
        ("REMOVE_VALUE", ([1, 1, 1], 1, 2), [1], []),
        ("REMOVE_VALUE", (None, 1), [], []),
        ("REMOVE_VALUE", ("a", 1), None, [TYPE_MISMATCH]),
        ("REMOVE_VALUES", ([1, 2, 3], None), [1, 2, 3], []),
        ("REMOVE_VALUES", (None, [1]), [], []),
        ("REMOVE_VALUES", ([1, 2], 1), None, [TYPE_MISMATCH]),
        ("REMOVE_NTH", (["a", "b", "c", "d", "e"], -2), ["a", "b", "c", "e"], []),
        ("REMOVE_NTH", (["a", "b"], 2), ["a", "b"], []),
        ("REMOVE_NTH", (["a", "b"], -3), ["a", "b"], []),
        ("REMOVE_NTH", (None, 0), [], []),
    ],
)
def test_removals(name: str, args: tuple[Any, ...], expected: Any, codes: list[int]) -> None:
    assert call(name, *args) == (expected, codes)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((["a", "b", "c"], 1, "z"), ["a", "z", "c"]),
        ((["a", "b", "c"], -1, "z"), ["a", "b", "z"]),
        ((["a", "b", "c"], -9, "z"), ["z", "b", "c"]),
        ((["a"], 3, "z", None), ["a", None, None, "z"]),
    ],
)
def test_replace_nth(args: tuple[Any, ...], expected: list[Any]) -> None:
    assert call("REPLACE_NTH", *args) == (expected, [])


@pytest.mark.parametrize("position", [6, None])
def test_replace_nth_out_of_bounds_without_padding_fails_the_query(position: Any) -> None:
    with pytest.raises(AqlError) as caught:
        call("REPLACE_NTH", ["a", "b", "c"], position, "z")
    assert caught.value.errno == TYPE_MISMATCH


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((1, 4), [1, 2, 3, 4]),
        ((4, 1), [4, 3, 2, 1]),
        ((1.5, 2.5), [1, 2]),
        ((1, 4, 2), [1, 3]),
        ((1, 4, 3), [1, 4]),
        ((1.5, 2.5, 0.5), [1.5, 2, 2.5]),
        ((-0.75, 1.1, 0.5), [-0.75, -0.25, 0.25, 0.75]),
        ((3, 1, -1), [3, 2, 1]),
        ((1, 4, None), [1, 2, 3, 4]),
    ],
)
def test_range(args: tuple[Any, ...], expected: list[Any]) -> None:
    assert call("RANGE", *args) == (expected, [])


@pytest.mark.parametrize("args", [(1, 4, 0), (1, 4, -1), (4, 1, 1)])
def test_range_with_a_step_going_nowhere_warns(args: tuple[Any, ...]) -> None:
    assert call("RANGE", *args) == (None, [TYPE_MISMATCH])


def test_range_too_big_to_materialize_fails() -> None:
    with pytest.raises(AqlError) as caught:
        call("RANGE", 0, 20_000_000)
    assert caught.value.errno == errno.QUERY_NUMBER_OUT_OF_RANGE


def test_array_functions_do_not_mutate_their_arguments() -> None:
    values = [3, 1, [2]]
    for name, args in [("PUSH", (4,)), ("POP", ()), ("SHIFT", ()), ("UNSHIFT", (0,))]:
        call(name, values, *args)
    call("APPEND", values, [5])
    call("REMOVE_NTH", values, 0)
    call("REPLACE_NTH", values, 0, 9)
    assert values == [3, 1, [2]]
