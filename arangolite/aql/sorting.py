"""Sorting rows and values in AQL's value order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from arangolite.aql.values import collation_key, type_rank


def sort_key(value: Any) -> tuple[Any, ...]:
    """A Python-comparable key that orders values as AQL does."""
    rank = type_rank(value)
    if rank == 2:  # number
        return (2, value)
    if rank == 3:
        return (3, collation_key(value))
    if rank == 1:
        return (1, value)
    if rank == 0:
        return (0,)
    if rank == 4:
        return (4, _array_key(value))
    return (5, tuple((k, sort_key(value.get(k))) for k in sorted(value)))


def _array_key(items: list[Any]) -> tuple[Any, ...]:
    # trailing nulls do not change an array's order position (shorter = null-padded)
    keys = [sort_key(v) for v in items]
    while keys and keys[-1] == (0,):
        keys.pop()
    return tuple(keys)


def sort_rows(
    rows: list[dict[str, Any]],
    keys: list[tuple[Callable[[dict[str, Any]], Any], bool]],
) -> list[dict[str, Any]]:
    """Stable sort of ``rows`` by several (expression, ascending) criteria."""
    if len(keys) == 1:
        fn, ascending = keys[0]
        return sorted(rows, key=lambda row: sort_key(fn(row)), reverse=not ascending)
    decorated = [([sort_key(fn(row)) for fn, _ in keys], row) for row in rows]
    for position in range(len(keys) - 1, -1, -1):
        ascending = keys[position][1]
        decorated.sort(key=lambda item, p=position: item[0][p], reverse=not ascending)  # type: ignore[misc]
    return [row for _, row in decorated]
