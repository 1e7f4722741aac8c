"""Aggregate functions for ``COLLECT ... AGGREGATE`` and ``WINDOW``.

Each takes the query context and the list of values collected for a group and
returns the aggregate, following ArangoDB's aggregators (which differ from the
same-named array functions in places: they never warn, SUM of no values is
null, UNIQUE keeps null, and an invalid value makes the numeric ones null).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from arangolite.aql.functions.array_sets import distinct, sorted_values
from arangolite.aql.functions.hashing import value_key
from arangolite.aql.functions.registry import FunctionContext
from arangolite.aql.functions.reporting import BIT_MAX_VALUE
from arangolite.aql.functions.statistics import non_null_numbers
from arangolite.aql.values import compare, is_number

Aggregate = Callable[[FunctionContext, list[Any]], Any]


def agg_length(ctx: FunctionContext, values: list[Any]) -> int:
    return len(values)


def agg_min(ctx: FunctionContext, values: list[Any]) -> Any:
    """The smallest non-null value."""
    result: Any = None
    for value in values:
        if value is not None and (result is None or compare(result, value) > 0):
            result = value
    return result


def agg_max(ctx: FunctionContext, values: list[Any]) -> Any:
    result: Any = None
    for index, value in enumerate(values):
        if index == 0 or compare(result, value) < 0:
            result = value
    return result


def _finite(value: float) -> float | None:
    return None if math.isnan(value) or math.isinf(value) else value


def agg_sum(ctx: FunctionContext, values: list[Any]) -> Any:
    numbers = non_null_numbers(values)
    if numbers is None or not values:
        return None
    total = 0.0
    for number in numbers:
        total += number
    return _finite(total)


def agg_average(ctx: FunctionContext, values: list[Any]) -> Any:
    numbers = non_null_numbers(values)
    if not numbers:
        return None
    total = 0.0
    for number in numbers:
        total += number
    return None if _finite(total) is None else total / len(numbers)


def _variance(values: list[Any], *, sample: bool) -> float | None:
    numbers = non_null_numbers(values)
    if numbers is None or len(numbers) < (2 if sample else 1):
        return None
    mean = squares = 0.0
    for count, number in enumerate(numbers, start=1):
        delta = number - mean
        mean += delta / count
        squares += delta * (number - mean)
    return _finite(squares / (len(numbers) - 1 if sample else len(numbers)))


def agg_variance_population(ctx: FunctionContext, values: list[Any]) -> Any:
    return _variance(values, sample=False)


def agg_variance_sample(ctx: FunctionContext, values: list[Any]) -> Any:
    return _variance(values, sample=True)


def agg_stddev_population(ctx: FunctionContext, values: list[Any]) -> Any:
    result = _variance(values, sample=False)
    return None if result is None else math.sqrt(result)


def agg_stddev_sample(ctx: FunctionContext, values: list[Any]) -> Any:
    result = _variance(values, sample=True)
    return None if result is None else math.sqrt(result)


def agg_unique(ctx: FunctionContext, values: list[Any]) -> list[Any]:
    """Distinct values (null included) in the order first seen."""
    return distinct(values)


def agg_sorted_unique(ctx: FunctionContext, values: list[Any]) -> list[Any]:
    return sorted_values(values, unique=True)


def agg_count_distinct(ctx: FunctionContext, values: list[Any]) -> int:
    return len({value_key(value) for value in values})


def agg_push(ctx: FunctionContext, values: list[Any]) -> list[Any]:
    """All values (null included), in order."""
    return list(values)


def _bits(values: list[Any], op: Callable[[int, int], int]) -> Any:
    result: int | None = None
    for value in values:
        if value is None:
            continue
        if not is_number(value) or value < 0 or int(value) > BIT_MAX_VALUE:
            return None
        result = int(value) if result is None else op(result, int(value))
    return result


def agg_bit_and(ctx: FunctionContext, values: list[Any]) -> Any:
    return _bits(values, lambda a, b: a & b)


def agg_bit_or(ctx: FunctionContext, values: list[Any]) -> Any:
    return _bits(values, lambda a, b: a | b)


def agg_bit_xor(ctx: FunctionContext, values: list[Any]) -> Any:
    return _bits(values, lambda a, b: a ^ b)


AGGREGATES: dict[str, Aggregate] = {
    "LENGTH": agg_length,
    "COUNT": agg_length,
    "MIN": agg_min,
    "MAX": agg_max,
    "SUM": agg_sum,
    "AVERAGE": agg_average,
    "AVG": agg_average,
    "VARIANCE_POPULATION": agg_variance_population,
    "VARIANCE": agg_variance_population,
    "VARIANCE_SAMPLE": agg_variance_sample,
    "STDDEV_POPULATION": agg_stddev_population,
    "STDDEV": agg_stddev_population,
    "STDDEV_SAMPLE": agg_stddev_sample,
    "UNIQUE": agg_unique,
    "SORTED_UNIQUE": agg_sorted_unique,
    "COUNT_DISTINCT": agg_count_distinct,
    "COUNT_UNIQUE": agg_count_distinct,
    "PUSH": agg_push,
    "BIT_AND": agg_bit_and,
    "BIT_OR": agg_bit_or,
    "BIT_XOR": agg_bit_xor,
}
