"""WINDOW: sliding aggregations over neighbouring rows (row-based or range-based)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from arangolite import errno
from arangolite.aql import ast
from arangolite.aql.collect import aggregator
from arangolite.aql.operators import integral
from arangolite.aql.sorting import sort_key
from arangolite.aql.values import is_number, to_number
from arangolite.errors import AqlError

if TYPE_CHECKING:
    from arangolite.aql.compile_query import QueryCompiler

Row = dict[str, Any]
UNBOUNDED = float("inf")


def _bound(value: Any, name: str, *, ranged: bool) -> Any:
    if value is None:
        return 0
    if isinstance(value, str) and value.lower() == "unbounded":
        return UNBOUNDED
    if ranged and isinstance(value, str):
        return _duration_ms(value)
    if is_number(value) and value >= 0:
        return value
    raise AqlError(errno.QUERY_PARSE, f"WINDOW: invalid value for '{name}'")


def _duration_ms(text: str) -> float:
    from arangolite.aql.window_duration import duration_to_ms

    ms = duration_to_ms(text)
    if ms is None:
        raise AqlError(errno.QUERY_PARSE, f"WINDOW: invalid duration '{text}'")
    return ms


def compile_window(
    compiler: QueryCompiler, node: ast.Window, scope: frozenset[str]
) -> tuple[Callable[[Iterator[Row]], Iterator[Row]], frozenset[str]]:
    """Compile a WINDOW operation; its aggregate variables join the scope."""
    bounds = compiler.expr(node.bounds, scope)({})
    if not isinstance(bounds, dict) or set(bounds) - {"preceding", "following"}:
        raise AqlError(errno.QUERY_PARSE, "WINDOW needs an object with 'preceding'/'following'")
    ranged = node.range_value is not None
    preceding = _bound(bounds.get("preceding"), "preceding", ranged=ranged)
    following = _bound(bounds.get("following"), "following", ranged=ranged)
    aggregates = []
    for agg in node.aggregates:
        if len(agg.args) != 1:
            raise AqlError(errno.QUERY_INVALID_AGGREGATE_EXPRESSION, "invalid aggregate expression")
        aggregates.append(
            (agg.variable, aggregator(agg.function), compiler.expr(agg.args[0], scope))
        )
    new_scope = scope | {a.variable for a in node.aggregates}
    ctx = compiler.ctx
    if node.range_value is None:
        return _rows_window(ctx, aggregates, preceding, following), new_scope
    range_fn = compiler.expr(node.range_value, scope)
    return _range_window(ctx, aggregates, range_fn, preceding, following), new_scope


def _rows_window(ctx: Any, aggregates: list[Any], preceding: Any, following: Any) -> Any:
    def window(rows: Iterator[Row]) -> Iterator[Row]:
        buffered = list(rows)
        columns = [[arg(row) for row in buffered] for _, _, arg in aggregates]
        n = len(buffered)
        for i, row in enumerate(buffered):
            lo = 0 if preceding == UNBOUNDED else max(0, i - int(preceding))
            hi = n if following == UNBOUNDED else min(n, i + int(following) + 1)
            for (var, fn, _), column in zip(aggregates, columns, strict=True):
                row[var] = integral(fn(ctx, column[lo:hi]))
            yield row

    return window


def _range_value(value: Any) -> float | None:
    if is_number(value):
        return float(value)
    if isinstance(value, str):
        from arangolite.aql.window_duration import date_to_ms

        return date_to_ms(value)
    return None


def _range_window(
    ctx: Any, aggregates: list[Any], range_fn: Any, preceding: Any, following: Any
) -> Any:
    def window(rows: Iterator[Row]) -> Iterator[Row]:
        buffered = sorted(rows, key=lambda row: sort_key(range_fn(row)))
        keys = [_range_value(range_fn(row)) for row in buffered]
        if any(k is None for k in keys):
            raise AqlError(
                errno.QUERY_INVALID_ARITHMETIC_VALUE, "WINDOW range value must be a number or date"
            )
        numeric = [float(to_number(k)) for k in keys]
        columns = [[arg(row) for row in buffered] for _, _, arg in aggregates]
        for row, key in zip(buffered, numeric, strict=True):
            lo = bisect_left(numeric, key - preceding) if preceding != UNBOUNDED else 0
            hi = bisect_right(numeric, key + following) if following != UNBOUNDED else len(numeric)
            for (var, fn, _), column in zip(aggregates, columns, strict=True):
                row[var] = integral(fn(ctx, column[lo:hi]))
            yield row

    return window
