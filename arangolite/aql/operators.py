"""AQL operator semantics on evaluated values (arithmetic, comparison, membership)."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from arangolite import errno
from arangolite.aql.values import compare, equals, to_number

Warn = Callable[[int, str], None]


_EXACT = 2.0**53


def _finite(x: int | float) -> int | float | None:
    """NaN/infinity become null; integral doubles print as integers, as in ArangoDB."""
    if type(x) is float:
        if x.is_integer():
            return int(x) if -_EXACT <= x <= _EXACT else x
        if math.isnan(x) or math.isinf(x):
            return None
    return x


def add(a: Any, b: Any, warn: Warn) -> Any:
    return _finite(to_number(a) + to_number(b))


def subtract(a: Any, b: Any, warn: Warn) -> Any:
    return _finite(to_number(a) - to_number(b))


def multiply(a: Any, b: Any, warn: Warn) -> Any:
    return _finite(to_number(a) * to_number(b))


def divide(a: Any, b: Any, warn: Warn) -> Any:
    divisor = to_number(b)
    if divisor == 0:
        warn(errno.QUERY_DIVISION_BY_ZERO, "division by zero")
        return None
    return _finite(to_number(a) / divisor)


def modulo(a: Any, b: Any, warn: Warn) -> Any:
    x, y = to_number(a), to_number(b)
    if y == 0:
        warn(errno.QUERY_DIVISION_BY_ZERO, "division by zero")
        return None
    result = math.fmod(x, y)
    if isinstance(x, int) and isinstance(y, int):
        return int(result)
    return _finite(result)


def integral(value: Any) -> Any:
    """A function result with an integral double turned into an int (JSON prints ``5``)."""
    if type(value) is float and value.is_integer() and -_EXACT <= value <= _EXACT:
        return int(value)
    return value


ARITHMETIC: dict[str, Callable[[Any, Any, Warn], Any]] = {
    "+": add,
    "-": subtract,
    "*": multiply,
    "/": divide,
    "%": modulo,
}


def _in(a: Any, b: Any) -> bool:
    if not isinstance(b, list):
        return False
    if a is None or isinstance(a, (bool, int, float, str)):
        kind = type(a)
        for item in b:
            if type(item) is kind and item == a:
                return True
            if (
                isinstance(a, (int, float))
                and not isinstance(a, bool)
                and isinstance(item, (int, float))
                and not isinstance(item, bool)
                and item == a
            ):
                return True
        return False
    return any(equals(a, item) for item in b)


COMPARISONS: dict[str, Callable[[Any, Any], bool]] = {
    "==": equals,
    "!=": lambda a, b: not equals(a, b),
    "<": lambda a, b: compare(a, b) < 0,
    "<=": lambda a, b: compare(a, b) <= 0,
    ">": lambda a, b: compare(a, b) > 0,
    ">=": lambda a, b: compare(a, b) >= 0,
    "IN": _in,
    "NOT IN": lambda a, b: not _in(a, b),
}


def array_comparison(quantifier: str | int, op: str, left: Any, right: Any) -> bool:
    """``left ANY|ALL|NONE|AT LEAST(n) op right``: compare each element of ``left``."""
    if not isinstance(left, list):
        return False
    test = COMPARISONS[op]
    if quantifier == "ANY":
        return any(test(item, right) for item in left)
    if quantifier == "ALL":
        return all(test(item, right) for item in left)
    if quantifier == "NONE":
        return not any(test(item, right) for item in left)
    assert isinstance(quantifier, int)
    return sum(1 for item in left if test(item, right)) >= quantifier


def make_range(low: Any, high: Any) -> list[int]:
    """``low..high``: the integers between the two bounds, in either direction."""
    lo, hi = int(to_number(low)), int(to_number(high))
    if lo <= hi:
        return list(range(lo, hi + 1))
    return list(range(lo, hi - 1, -1))
