"""AQL functions that summarise an array of numbers (numeric.md).

MIN, MAX, SUM, AVERAGE/AVG, PRODUCT, MEDIAN, PERCENTILE, VARIANCE_POPULATION/
VARIANCE, VARIANCE_SAMPLE, STDDEV_POPULATION/STDDEV and STDDEV_SAMPLE. ``null``
elements are ignored; how other non-numbers are treated differs per function,
following ArangoDB (SUM and PRODUCT return null silently, the others warn).
"""

from __future__ import annotations

import math
from typing import Any

from arangolite import errno
from arangolite.aql.functions.registry import FunctionContext, Registry
from arangolite.aql.functions.reporting import array_expected, number_value, warn
from arangolite.aql.values import compare, is_number

registry = Registry()


@registry.function("MIN", 1, 1)
def min_(ctx: FunctionContext, values: Any) -> Any:
    """The smallest non-null element (in AQL order)."""
    if not isinstance(values, list):
        array_expected(ctx, "MIN")
        return None
    result: Any = None
    for value in values:
        if value is not None and (result is None or compare(value, result) < 0):
            result = value
    return result


@registry.function("MAX", 1, 1)
def max_(ctx: FunctionContext, values: Any) -> Any:
    """The greatest element (in AQL order)."""
    if not isinstance(values, list):
        array_expected(ctx, "MAX")
        return None
    result: Any = None
    for index, value in enumerate(values):
        if index == 0 or compare(value, result) > 0:
            result = value
    return result


def non_null_numbers(values: list[Any]) -> list[float] | None:
    """The non-null elements as doubles; None if one is not a number."""
    numbers = []
    for value in values:
        if value is None:
            continue
        if not is_number(value):
            return None
        numbers.append(float(value))
    return numbers


@registry.function("SUM", 1, 1)
def sum_(ctx: FunctionContext, values: Any) -> Any:
    if not isinstance(values, list):
        array_expected(ctx, "SUM")
        return None
    numbers = non_null_numbers(values)
    if numbers is None:
        return None
    return number_value(_plain_sum(numbers), nullify=False)


def _plain_sum(numbers: list[float]) -> float:
    total = 0.0
    for number in numbers:
        total += number
    return total


@registry.function("AVERAGE", 1, 1, aliases=("AVG",))
def average(ctx: FunctionContext, values: Any) -> Any:
    if not isinstance(values, list):
        array_expected(ctx, "AVERAGE")
        return None
    numbers = non_null_numbers(values)
    if numbers is None:
        array_expected(ctx, "AVERAGE")
        return None
    if not numbers:
        return None
    total = _plain_sum(numbers)
    if math.isnan(total) or math.isinf(total):
        return None
    return number_value(total / len(numbers), nullify=False)


@registry.function("PRODUCT", 1, 1)
def product(ctx: FunctionContext, values: Any) -> Any:
    if not isinstance(values, list):
        array_expected(ctx, "PRODUCT")
        return None
    numbers = non_null_numbers(values)
    if numbers is None:
        return None
    result = 1.0
    for number in numbers:
        result *= number
    return number_value(result, nullify=False)


def _checked_numbers(ctx: FunctionContext, name: str, values: Any) -> list[float] | None:
    """The numbers of ``values``, or None after ArangoDB's warning (1563 or 1561)."""
    if not isinstance(values, list):
        array_expected(ctx, name)
        return None
    numbers = non_null_numbers(values)
    if numbers is None:
        warn(ctx, name, errno.QUERY_INVALID_ARITHMETIC_VALUE)
    return numbers


def _variance(numbers: list[float]) -> float:
    """Welford's running sum of squared deviations."""
    mean = squares = 0.0
    for count, number in enumerate(numbers, start=1):
        delta = number - mean
        mean += delta / count
        squares += delta * (number - mean)
    return squares


def _spread(ctx: FunctionContext, name: str, values: Any, *, sample: bool, root: bool) -> Any:
    numbers = _checked_numbers(ctx, name, values)
    if numbers is None or len(numbers) < (2 if sample else 1):
        return None
    result = _variance(numbers) / (len(numbers) - 1 if sample else len(numbers))
    return number_value(math.sqrt(result) if root else result)


@registry.function("VARIANCE_POPULATION", 1, 1, aliases=("VARIANCE",))
def variance_population(ctx: FunctionContext, values: Any) -> Any:
    return _spread(ctx, "VARIANCE_POPULATION", values, sample=False, root=False)


@registry.function("VARIANCE_SAMPLE", 1, 1)
def variance_sample(ctx: FunctionContext, values: Any) -> Any:
    return _spread(ctx, "VARIANCE_SAMPLE", values, sample=True, root=False)


@registry.function("STDDEV_POPULATION", 1, 1, aliases=("STDDEV",))
def stddev_population(ctx: FunctionContext, values: Any) -> Any:
    return _spread(ctx, "STDDEV_POPULATION", values, sample=False, root=True)


@registry.function("STDDEV_SAMPLE", 1, 1)
def stddev_sample(ctx: FunctionContext, values: Any) -> Any:
    return _spread(ctx, "STDDEV_SAMPLE", values, sample=True, root=True)


@registry.function("MEDIAN", 1, 1)
def median(ctx: FunctionContext, values: Any) -> Any:
    numbers = _checked_numbers(ctx, "MEDIAN", values)
    if not numbers:
        return None
    numbers.sort()
    middle = len(numbers) // 2
    if len(numbers) % 2 == 0:
        return number_value((numbers[middle - 1] + numbers[middle]) / 2)
    return number_value(numbers[middle])


def _percentile_method(ctx: FunctionContext, p: Any, method: tuple[Any, ...]) -> bool | None:
    """Whether to interpolate; None (after a warning) for a bad ``p`` or method."""
    if not is_number(p) or not 0 <= p <= 100:
        warn(ctx, "PERCENTILE", errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH)
        return None
    if not method or method[0] == "rank":
        return False
    if method[0] == "interpolation":
        return True
    warn(ctx, "PERCENTILE", errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH)
    return None


@registry.function("PERCENTILE", 2, 3)
def percentile(ctx: FunctionContext, values: Any, p: Any, *method: Any) -> Any:
    """The ``p``-th percentile by nearest rank, or by linear interpolation."""
    if not isinstance(values, list):
        array_expected(ctx, "PERCENTILE")
        return None
    interpolate = _percentile_method(ctx, p, method)
    if interpolate is None:
        return None
    numbers = _checked_numbers(ctx, "PERCENTILE", values)
    if not numbers:
        return None
    numbers.sort()
    size = len(numbers)
    if size == 1:
        return number_value(numbers[0])
    index = p * (size + 1 if interpolate else size) / 100.0
    position = math.floor(index) if interpolate else math.ceil(index)
    if position >= size:
        return number_value(numbers[-1])
    if position <= 0:
        return number_value(numbers[0])
    if not interpolate:
        return number_value(numbers[position - 1])
    low = numbers[position - 1]
    return number_value((index - position) * (numbers[position] - low) + low)
