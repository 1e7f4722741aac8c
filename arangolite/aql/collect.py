"""COLLECT in all its forms, with ArangoDB's implicit sort of the groups."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from arangolite import errno
from arangolite.aql import ast
from arangolite.aql.operators import integral
from arangolite.aql.sorting import sort_key
from arangolite.aql.values import to_json
from arangolite.errors import AqlError

if TYPE_CHECKING:
    from arangolite.aql.compile_query import QueryCompiler

Row = dict[str, Any]
Aggregator = Callable[[Any, list[Any]], Any]


def aggregator(name: str) -> Aggregator:
    """The aggregate function ``name`` (COLLECT … AGGREGATE, WINDOW)."""
    from arangolite.aql.functions.catalog import AGGREGATES

    fn = AGGREGATES.get(name.upper())
    if fn is None:
        raise AqlError(
            errno.QUERY_INVALID_AGGREGATE_EXPRESSION,
            f"invalid aggregate expression: unknown aggregate function '{name}'",
        )
    return fn


class _Group:
    __slots__ = ("count", "first", "into", "key", "values")

    def __init__(self, key: list[Any], first: Row, n_aggregates: int) -> None:
        self.key = key
        self.first = first
        self.count = 0
        self.into: list[Any] = []
        self.values: list[list[Any]] = [[] for _ in range(n_aggregates)]


def compile_collect(
    compiler: QueryCompiler, node: ast.Collect, scope: frozenset[str]
) -> tuple[Callable[[Iterator[Row]], Iterator[Row]], frozenset[str]]:
    """Compile a COLLECT; returns the stage and the variables visible after it."""
    groups = [(var, compiler.expr(e, scope)) for var, e in node.groups]
    aggregates = [_compile_aggregate(compiler, a, scope) for a in node.aggregates]
    capture = _capture(compiler, node, scope)
    base = compiler.base_scope
    outer = [v for v in base if v in scope]
    out_vars = [v for v, _ in node.groups] + [a.variable for a in node.aggregates]
    out_vars += [v for v in (node.into, node.count_into) if v]
    global_group = not node.groups
    ctx = compiler.ctx

    def collect(rows: Iterator[Row]) -> Iterator[Row]:
        table: dict[str, _Group] = {}
        for row in rows:
            key = [fn(row) for _, fn in groups]
            marker = to_json(key)
            group = table.get(marker)
            if group is None:
                group = table[marker] = _Group(key, row, len(aggregates))
            group.count += 1
            if capture is not None:
                group.into.append(capture(row))
            for i, (_, arg) in enumerate(aggregates):
                group.values[i].append(arg(row))
        if global_group and not table and (aggregates or node.count_into):
            table[""] = _Group([], {}, len(aggregates))
        ordered = sorted(table.values(), key=lambda g: sort_key(g.key))
        for group in ordered:
            out: Row = {v: group.first.get(v) for v in outer}
            for (var, _), value in zip(groups, group.key, strict=True):
                out[var] = value
            for i, (agg, _) in enumerate(aggregates):
                out[node.aggregates[i].variable] = integral(agg(ctx, group.values[i]))
            if node.into:
                out[node.into] = group.into
            if node.count_into:
                out[node.count_into] = group.count
            yield out

    return collect, frozenset(outer) | frozenset(out_vars)


def _compile_aggregate(
    compiler: QueryCompiler, agg: ast.Aggregate, scope: frozenset[str]
) -> tuple[Aggregator, Callable[[Row], Any]]:
    fn = aggregator(agg.function)
    if len(agg.args) != 1:
        raise AqlError(
            errno.QUERY_INVALID_AGGREGATE_EXPRESSION,
            f"invalid aggregate expression: {agg.function} takes one argument",
        )
    return fn, compiler.expr(agg.args[0], scope)


def _capture(
    compiler: QueryCompiler, node: ast.Collect, scope: frozenset[str]
) -> Callable[[Row], Any] | None:
    """What ``INTO`` collects from each row: a projection or the row's variables."""
    if node.into is None:
        return None
    if node.into_expr is not None:
        return compiler.expr(node.into_expr, scope)
    base = compiler.base_scope
    names = node.keep if node.keep is not None else sorted(v for v in scope if v not in base)
    for name in names:
        if name not in scope:
            raise AqlError(errno.QUERY_VARIABLE_NAME_UNKNOWN, f"unknown variable '{name}' in KEEP")
    visible = [n for n in names if not n.startswith("\x00")]
    return lambda row: {n: row.get(n) for n in visible}
