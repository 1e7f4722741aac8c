"""AQL array functions with set semantics (array.md).

UNIQUE, SORTED, SORTED_UNIQUE, COUNT_DISTINCT/COUNT_UNIQUE, UNION,
UNION_DISTINCT, INTERSECTION, MINUS, OUTERSECTION and JACCARD. Equality is AQL
equality (``1 == 1.0``); where ArangoDB's result order comes from a hash table,
:func:`arangolite.aql.functions.hashing.hash_table_order` reproduces it.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from arangolite.aql.functions.hashing import hash_table_order, value_key
from arangolite.aql.functions.registry import FunctionContext, Registry, invalid_argument
from arangolite.aql.functions.reporting import array_expected
from arangolite.aql.values import SortKey, compare

registry = Registry()


def distinct(values: list[Any]) -> list[Any]:
    """The first occurrence of each distinct value, in input order."""
    seen: set[Hashable] = set()
    result = []
    for value in values:
        key = value_key(value)
        if key not in seen:
            seen.add(key)
            result.append(value)
    return result


def sorted_values(values: list[Any], *, unique: bool) -> list[Any]:
    """``values`` in AQL order; equal values are all given as their first occurrence."""
    result: list[Any] = []
    for value in sorted(values, key=SortKey):
        if result and compare(result[-1], value) == 0:
            if not unique:
                result.append(result[-1])
            continue
        result.append(value)
    return result


@registry.function("UNIQUE", 1, 1)
def unique(ctx: FunctionContext, values: Any) -> Any:
    if not isinstance(values, list):
        array_expected(ctx, "UNIQUE")
        return None
    return distinct(values)


@registry.function("SORTED", 1, 1)
def sorted_(ctx: FunctionContext, values: Any) -> Any:
    if not isinstance(values, list):
        array_expected(ctx, "SORTED")
        return None
    return sorted_values(values, unique=False)


@registry.function("SORTED_UNIQUE", 1, 1)
def sorted_unique(ctx: FunctionContext, values: Any) -> Any:
    if not isinstance(values, list):
        array_expected(ctx, "SORTED_UNIQUE")
        return None
    return sorted_values(values, unique=True)


@registry.function("COUNT_DISTINCT", 1, 1, aliases=("COUNT_UNIQUE",))
def count_distinct(ctx: FunctionContext, values: Any) -> Any:
    if not isinstance(values, list):
        array_expected(ctx, "COUNT_DISTINCT")
        return None
    return len({value_key(value) for value in values})


@registry.function("UNION", 2, None)
def union(ctx: FunctionContext, *arrays: Any) -> Any:
    if not all(isinstance(a, list) for a in arrays):
        invalid_argument(ctx, "UNION")
        return None
    return [value for a in arrays for value in a]


@registry.function("UNION_DISTINCT", 2, None)
def union_distinct(ctx: FunctionContext, *arrays: Any) -> Any:
    """Distinct values of all arrays (ArangoDB's order is random; first occurrence here)."""
    if not all(isinstance(a, list) for a in arrays):
        invalid_argument(ctx, "UNION_DISTINCT")
        return None
    return distinct([value for a in arrays for value in a])


@registry.function("INTERSECTION", 2, None)
def intersection(ctx: FunctionContext, *arrays: Any) -> Any:
    """Values present in every array."""
    if not all(isinstance(a, list) for a in arrays):
        array_expected(ctx, "INTERSECTION")
        return None
    seen_in: dict[Hashable, int] = {value_key(value): 1 for value in arrays[0]}
    for index, values in enumerate(arrays[1:], start=1):
        for value in values:
            key = value_key(value)
            count = seen_in.get(key)
            if count is not None:
                seen_in[key] = 0 if count < index else index + 1
    wanted = len(arrays)
    return [v for v in hash_table_order(arrays[0]) if seen_in[value_key(v)] == wanted]


@registry.function("OUTERSECTION", 2, None)
def outersection(ctx: FunctionContext, *arrays: Any) -> Any:
    """Values that occur exactly once across all arrays."""
    if not all(isinstance(a, list) for a in arrays):
        array_expected(ctx, "OUTERSECTION")
        return None
    everything = [value for a in arrays for value in a]
    counts: dict[Hashable, int] = {}
    for value in everything:
        key = value_key(value)
        counts[key] = counts.get(key, 0) + 1
    return [v for v in hash_table_order(everything) if counts[value_key(v)] == 1]


@registry.function("MINUS", 2, None)
def minus(ctx: FunctionContext, *arrays: Any) -> Any:
    """Values of the first array that occur in none of the others."""
    if not all(isinstance(a, list) for a in arrays):
        invalid_argument(ctx, "MINUS")
        return None
    removed = {value_key(value) for a in arrays[1:] for value in a}
    return [v for v in hash_table_order(arrays[0]) if value_key(v) not in removed]


@registry.function("JACCARD", 2, 2)
def jaccard(ctx: FunctionContext, left: Any, right: Any) -> Any:
    """Size of the intersection over size of the union; 1 for two empty arrays."""
    if not isinstance(left, list) or not isinstance(right, list):
        array_expected(ctx, "JACCARD")
        return None
    left_keys = {value_key(value) for value in left}
    right_keys = {value_key(value) for value in right}
    union_size = len(left_keys | right_keys)
    if union_size == 0:
        return 1.0
    return len(left_keys & right_keys) / union_size
