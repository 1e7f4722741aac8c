"""Numeric functions on single values and on arrays (numeric.md)."""

from __future__ import annotations

import math
from typing import Any

import pytest

from arangolite import errno
from tests.arangolite.aql.functions.fake_ctx import call

TYPE_MISMATCH = errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH
ARRAY_EXPECTED = errno.QUERY_ARRAY_EXPECTED
INVALID_ARITHMETIC = errno.QUERY_INVALID_ARITHMETIC_VALUE


@pytest.mark.parametrize(
    ("name", "args", "expected"),
    [
        ("ROUND", (2.49,), 2),
        ("ROUND", (2.5,), 3),
        ("ROUND", (-2.5,), -2),
        ("ROUND", (-2.51,), -3),
        ("CEIL", (-2.5,), -2),
        ("FLOOR", (-2.5,), -3),
        ("ABS", (-5,), 5),
        ("ABS", ("-3.5",), 3.5),
        ("SQRT", (9,), 3),
        ("POW", (5, -1), 0.2),
        ("POW", (27, 1 / 3), 3),
        ("EXP2", (16,), 65536),
        ("LOG2", (1024,), 10),
        ("LOG10", (10000,), 4),
        ("ATAN2", (1, 1), 0.7853981633974483),
        ("ACOS", (-1,), 3.141592653589793),
        ("RADIANS", (180,), 3.141592653589793),
        ("DEGREES", (0.7853981633974483,), 45),
        ("TAN", (10,), 0.6483608274590866),
        ("SIN", (None,), 0),
        ("EXP", ([1],), 2.718281828459045),
        ("PI", (), 3.141592653589793),
    ],
)
def test_math_functions(name: str, args: tuple[Any, ...], expected: float) -> None:
    result, codes = call(name, *args)
    assert result == pytest.approx(expected, rel=1e-15) and codes == []


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("SQRT", (-1,)),
        ("LOG", (0,)),
        ("LOG2", (-8,)),
        ("LOG10", (0,)),
        ("ACOS", (2,)),
        ("ASIN", (-2,)),
        ("POW", (0, -1)),
        ("POW", (-8, 1 / 3)),
        ("EXP", (1000,)),
        ("EXP2", (5000,)),
    ],
)
def test_results_that_are_not_finite_become_null_silently(name: str, args: tuple[Any, ...]) -> None:
    assert call(name, *args) == (None, [])


def test_rand_is_in_the_unit_interval_and_varies() -> None:
    draws = {call("RAND")[0] for _ in range(20)} | {call("RANDOM")[0]}
    assert all(0 <= d < 1 for d in draws) and len(draws) > 1


@pytest.mark.parametrize(
    ("name", "values", "expected"),
    [
        ("MIN", [5, 9, -2, None, 1], -2),
        ("MIN", [None, None], None),
        ("MIN", ["a", 3, False], False),
        ("MAX", [5, 9, -2, None, 1], 9),
        ("MAX", [None, None], None),
        ("MAX", [[1], "z", {}], {}),
        ("SUM", [None, -5, 6], 1),
        ("SUM", [], 0),
        ("SUM", [1, "2"], None),
        ("SUM", [1e308, 1e308], 0),
        ("AVERAGE", [5, 2, 9, 2], 4.5),
        ("AVG", [None], None),
        ("PRODUCT", [None, -5, 6], -30),
        ("PRODUCT", [], 1),
        ("PRODUCT", [2, True], None),
        ("MEDIAN", [4, 2, 3, 1], 2.5),
        ("MEDIAN", [999, 80, 4, 4, 4, 3, 3, 3], 4),
        ("MEDIAN", [], None),
    ],
)
def test_array_statistics(name: str, values: list[Any], expected: Any) -> None:
    assert call(name, values) == (expected, [])


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("VARIANCE_POPULATION", 3.4400000000000004),
        ("VARIANCE", 3.4400000000000004),
        ("VARIANCE_SAMPLE", 4.300000000000001),
        ("STDDEV_POPULATION", 1.854723699099141),
        ("STDDEV", 1.854723699099141),
        ("STDDEV_SAMPLE", 2.0736441353327724),
    ],
)
def test_spread_matches_arangodb_to_the_last_digit(name: str, expected: float) -> None:
    assert call(name, [1, 3, 6, 5, None, 2]) == (expected, [])


@pytest.mark.parametrize(
    ("name", "values", "expected"),
    [
        ("VARIANCE_SAMPLE", [1], None),
        ("STDDEV_SAMPLE", [None, 1], None),
        ("VARIANCE_POPULATION", [7], 0),
        ("STDDEV_POPULATION", [], None),
    ],
)
def test_spread_of_too_few_values(name: str, values: list[Any], expected: Any) -> None:
    assert call(name, values) == (expected, [])


@pytest.mark.parametrize(
    ("name", "value", "code"),
    [
        ("MIN", "abc", ARRAY_EXPECTED),
        ("SUM", {"a": 1}, ARRAY_EXPECTED),
        ("AVERAGE", [1, "x"], ARRAY_EXPECTED),
        ("MEDIAN", [1, "x"], INVALID_ARITHMETIC),
        ("VARIANCE_SAMPLE", [1, [2]], INVALID_ARITHMETIC),
        ("STDDEV", None, ARRAY_EXPECTED),
    ],
)
def test_array_statistics_warn_on_bad_input(name: str, value: Any, code: int) -> None:
    assert call(name, value) == (None, [code])


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (([1, 2, 3, 4], 50), 2),
        (([1, 2, 3, 4], 50, "rank"), 2),
        (([1, 2, 3, 4], 50, "interpolation"), 2.5),
        (([4, None, 1, 3, 2], 100), 4),
        (([1, 2, 3, 4], 0), 1),
        (([1, 2, 3, 4], 0, "interpolation"), 1),
        (([1, 2, 3, 4], 90, "interpolation"), 4),
        (([7], 10), 7),
        (([], 10), None),
    ],
)
def test_percentile(args: tuple[Any, ...], expected: Any) -> None:
    assert call("PERCENTILE", *args) == (expected, [])


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (([1, 2], 101), TYPE_MISMATCH),
        (([1, 2], "50"), TYPE_MISMATCH),
        (([1, 2], 50, "nearest"), TYPE_MISMATCH),
        (([1, "2"], 50), INVALID_ARITHMETIC),
        (("12", 50), ARRAY_EXPECTED),
    ],
)
def test_percentile_rejects_bad_arguments(args: tuple[Any, ...], code: int) -> None:
    assert call("PERCENTILE", *args) == (None, [code])


def test_statistics_do_not_reorder_their_input() -> None:
    values = [3, 1, 2]
    call("MEDIAN", values)
    call("PERCENTILE", values, 50)
    assert values == [3, 1, 2] and math.isclose(call("AVERAGE", values)[0], 2)
