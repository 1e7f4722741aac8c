"""AQL array functions that read or rebuild one array (array.md).

LENGTH/COUNT, FIRST, LAST, NTH, POSITION/CONTAINS_ARRAY, SLICE, FLATTEN,
INTERLEAVE, PUSH, APPEND, POP, SHIFT, UNSHIFT, REMOVE_VALUE(S), REMOVE_NTH,
REPLACE_NTH and RANGE. Set-like functions live in :mod:`array_sets`.
"""

from __future__ import annotations

import math
from typing import Any

from arangolite import errno
from arangolite.aql.functions.hashing import value_key
from arangolite.aql.functions.registry import FunctionContext, Registry, invalid_argument
from arangolite.aql.functions.reporting import array_expected, to_double, to_int, warn
from arangolite.aql.values import equals, format_number, is_number, to_bool
from arangolite.errors import AqlError, fmt

registry = Registry()

# the most values RANGE() may produce (ArangoDB's materialization limit)
RANGE_LIMIT = 10_000_000


@registry.function("LENGTH", 1, 1, aliases=("COUNT",))
def length(ctx: FunctionContext, value: Any) -> int:
    """Elements, characters, attributes or digits; 1/0 for booleans, 0 for null."""
    if isinstance(value, (list, dict, str)):
        return len(value)
    if isinstance(value, bool):
        return 1 if value else 0
    if is_number(value):
        if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
            return 0
        return len(format_number(float(value)))
    return 0


@registry.function("FIRST", 1, 1)
def first(ctx: FunctionContext, values: Any) -> Any:
    if not isinstance(values, list):
        array_expected(ctx, "FIRST")
        return None
    return values[0] if values else None


@registry.function("LAST", 1, 1)
def last(ctx: FunctionContext, values: Any) -> Any:
    if not isinstance(values, list):
        array_expected(ctx, "LAST")
        return None
    return values[-1] if values else None


@registry.function("NTH", 2, 2)
def nth(ctx: FunctionContext, values: Any, position: Any) -> Any:
    if not isinstance(values, list):
        array_expected(ctx, "NTH")
        return None
    index = to_int(position)
    return values[index] if 0 <= index < len(values) else None


@registry.function("POSITION", 2, 3, aliases=("CONTAINS_ARRAY",))
def position(ctx: FunctionContext, values: Any, search: Any, return_index: Any = False) -> Any:
    """Whether (or where) ``search`` occurs in ``values``."""
    if not isinstance(values, list):
        array_expected(ctx, "POSITION")
        return None
    for index, item in enumerate(values):
        if equals(item, search):
            return index if to_bool(return_index) else True
    return -1 if to_bool(return_index) else False


@registry.function("SLICE", 2, 3)
def slice_(ctx: FunctionContext, values: Any, start: Any, count: Any = None) -> Any:
    """Up to ``count`` elements from ``start``; negative values count from the end."""
    if not isinstance(values, list):
        invalid_argument(ctx, "SLICE")
        return None
    size = len(values)
    begin = to_int(start)
    if begin < 0:
        begin = max(size + begin, 0)
    if count is None:
        end = size
    else:
        end = to_int(count)
        end = begin + end if end >= 0 else max(size + end, 0)
    return values[begin:end] if end > begin else []


def _flatten_into(out: list[Any], values: list[Any], depth: int) -> None:
    for item in values:
        if isinstance(item, list) and depth > 0:
            _flatten_into(out, item, depth - 1)
        else:
            out.append(item)


@registry.function("FLATTEN", 1, 2)
def flatten(ctx: FunctionContext, values: Any, depth: Any = 1) -> Any:
    if not isinstance(values, list):
        array_expected(ctx, "FLATTEN")
        return None
    levels = to_double(depth)
    result: list[Any] = []
    _flatten_into(result, values, int(levels) if levels >= 1 else 1)
    return result


@registry.function("INTERLEAVE", 2, None)
def interleave(ctx: FunctionContext, *arrays: Any) -> Any:
    """Round-robin over the arrays, skipping the exhausted ones."""
    if not all(isinstance(a, list) for a in arrays):
        array_expected(ctx, "INTERLEAVE")
        return None
    longest = max((len(a) for a in arrays), default=0)
    return [a[i] for i in range(longest) for a in arrays if i < len(a)]


@registry.function("PUSH", 2, 3)
def push(ctx: FunctionContext, values: Any, value: Any, unique: Any = False) -> Any:
    if values is None:
        return [value]
    if not isinstance(values, list):
        invalid_argument(ctx, "PUSH")
        return None
    if to_bool(unique) and any(equals(item, value) for item in values):
        return list(values)
    return [*values, value]


@registry.function("APPEND", 2, 3)
def append(ctx: FunctionContext, values: Any, more: Any, unique: Any = False) -> Any:
    """``values`` followed by ``more`` (an array, or one value); optionally deduplicated."""
    dedupe = to_bool(unique)
    if values is None and more == []:
        return None
    if not dedupe:
        if more is None and (values is None or isinstance(values, list)):
            return values
        if isinstance(more, list) and (not more or values is None):
            return more if more else values
    head = values if isinstance(values, list) else []
    tail = more if isinstance(more, list) else ([] if more is None else [more])
    if not dedupe:
        return [*head, *tail]
    seen: set[Any] = set()
    result = []
    for item in [*head, *tail]:
        key = value_key(item)
        if key not in seen:
            seen.add(key)
            result.append(item)
    return result


@registry.function("POP", 1, 1)
def pop(ctx: FunctionContext, values: Any) -> Any:
    if values is None:
        return None
    if not isinstance(values, list):
        invalid_argument(ctx, "POP")
        return None
    return values[:-1]


@registry.function("SHIFT", 1, 1)
def shift(ctx: FunctionContext, values: Any) -> Any:
    if values is None:
        return None
    if not isinstance(values, list):
        invalid_argument(ctx, "SHIFT")
        return None
    return values[1:]


@registry.function("UNSHIFT", 2, 3)
def unshift(ctx: FunctionContext, values: Any, value: Any, unique: Any = False) -> Any:
    if values is not None and not isinstance(values, list):
        invalid_argument(ctx, "UNSHIFT")
        return None
    items = values or []
    if to_bool(unique) and any(equals(item, value) for item in items):
        return list(items)
    return [value, *items]


@registry.function("REMOVE_VALUE", 2, 3)
def remove_value(ctx: FunctionContext, values: Any, value: Any, limit: Any = None) -> Any:
    """``values`` without ``value`` (at most ``limit`` times)."""
    if values is None:
        return []
    if not isinstance(values, list):
        invalid_argument(ctx, "REMOVE_VALUE")
        return None
    left = to_int(limit) if limit is not None else len(values)
    result = []
    for item in values:
        if left != 0 and equals(item, value):
            left -= 1
        else:
            result.append(item)
    return result


@registry.function("REMOVE_VALUES", 2, 2)
def remove_values(ctx: FunctionContext, values: Any, unwanted: Any) -> Any:
    if unwanted is None:
        return values
    if values is None:
        return []
    if not isinstance(values, list) or not isinstance(unwanted, list):
        invalid_argument(ctx, "REMOVE_VALUES")
        return None
    drop = {value_key(item) for item in unwanted}
    return [item for item in values if value_key(item) not in drop]


@registry.function("REMOVE_NTH", 2, 2)
def remove_nth(ctx: FunctionContext, values: Any, position: Any) -> Any:
    if values is None:
        return []
    if not isinstance(values, list):
        invalid_argument(ctx, "REMOVE_NTH")
        return None
    size = len(values)
    index = to_double(position)
    if index >= size or index < -size:
        return list(values)
    target = int(index + size if index < 0 else index)
    return values[:target] + values[target + 1 :]


@registry.function("REPLACE_NTH", 3, 4)
def replace_nth(ctx: FunctionContext, values: Any, position: Any, value: Any, *pad: Any) -> Any:
    """``values`` with ``value`` at ``position``, padded with ``pad`` beyond the end."""
    if not isinstance(values, list):
        invalid_argument(ctx, "REPLACE_NTH")
        return None
    if position is None:
        raise _replace_nth_error()
    size = len(values)
    index = to_int(position)
    if index < 0:
        index = max(size + index, 0)
    if index > size and not pad:
        raise _replace_nth_error()
    if index < size:
        return [*values[:index], value, *values[index + 1 :]]
    filler = pad[0] if pad else None
    return [*values, *([filler] * (index - size)), value]


def _replace_nth_error() -> AqlError:
    code = errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH
    return AqlError(code, fmt(code, "REPLACE_NTH"))


@registry.function("RANGE", 2, 3)
def range_(ctx: FunctionContext, start: Any, stop: Any, step: Any = None) -> Any:
    """Integers from ``start`` to ``stop``, or doubles with an explicit ``step``."""
    if step is None:
        low, high = to_int(start), to_int(stop)
        _check_range_size(abs(high - low))
        return list(range(low, high + 1)) if low <= high else list(range(low, high - 1, -1))
    begin, end, increment = to_double(start), to_double(stop), to_double(step)
    wrong_way = (begin < end and increment < 0) or (begin > end and increment > 0)
    if increment == 0 or wrong_way:
        warn(ctx, "RANGE", errno.QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH)
        return None
    _check_range_size(int(abs((end - begin) / increment)))
    result = []
    current = begin
    while (current >= end) if increment < 0 else (current <= end):
        result.append(current)
        current += increment
    return result


def _check_range_size(count: int) -> None:
    if count > RANGE_LIMIT:
        raise AqlError(errno.QUERY_NUMBER_OUT_OF_RANGE, "range is too big to be materialized")
