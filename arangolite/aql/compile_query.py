"""Compiles AQL operations into a pipeline of generator stages over rows.

A stage takes an iterator of rows (dicts of variables) and yields rows; RETURN
turns rows into result values. ``FOR`` over a collection reads it through an
index when the FILTERs right after it allow (see :mod:`index_select`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any

from arangolite import errno
from arangolite.aql import ast
from arangolite.aql.compile_bool import compile_condition
from arangolite.aql.compile_expr import Fn
from arangolite.aql.compile_for import ForCompiler
from arangolite.aql.sorting import sort_rows
from arangolite.aql.values import to_json, to_number
from arangolite.errors import AqlError

Row = dict[str, Any]
Stage = Callable[[Iterator[Row]], Iterator[Row]]


class Pipeline:
    """Compiled operations plus the RETURN projection (None for a modification query)."""

    def __init__(self, stages: list[Stage], result: Fn | None, distinct: bool) -> None:
        self.stages = stages
        self.result = result
        self.distinct = distinct

    def run(self, start: Row) -> list[Any]:
        rows: Iterator[Row] = iter((start,))
        for stage in self.stages:
            rows = stage(rows)
        if self.result is None:
            for _ in rows:
                pass
            return []
        project = self.result
        if not self.distinct:
            return [project(row) for row in rows]
        seen: set[str] = set()
        out: list[Any] = []
        for row in rows:
            value = project(row)
            key = to_json(value)
            if key not in seen:
                seen.add(key)
                out.append(value)
        return out


class QueryCompiler(ForCompiler):
    """Compiles a whole query; statements are dispatched to ``_s_<Node>`` methods."""

    full_count_limit: ast.Limit | None = None
    absorbed: int = 0

    def __init__(self, ctx: Any, bind_vars: dict[str, Any]) -> None:
        super().__init__(ctx, bind_vars)
        self.written: set[str] = set()
        self.base_scope: frozenset[str] = frozenset()

    def compile_query(self, query: ast.Query, scope: frozenset[str]) -> Pipeline:
        saved_scope, saved_absorbed = self.base_scope, self.absorbed
        self.base_scope = scope
        try:
            return self._compile_statements(query, scope)
        finally:
            # a subquery compiled inside an outer statement must not change what the
            # outer statement absorbed
            self.base_scope, self.absorbed = saved_scope, saved_absorbed

    def _compile_statements(self, query: ast.Query, scope: frozenset[str]) -> Pipeline:
        stages: list[Stage] = []
        statements = query.statements
        position = 0
        while position < len(statements):
            statement = statements[position]
            if isinstance(statement, ast.Return):
                if position != len(statements) - 1:
                    raise AqlError(errno.QUERY_PARSE, "RETURN must be the last operation")
                return Pipeline(stages, self.expr(statement.expr, scope), statement.distinct)
            method = getattr(self, "_s_" + type(statement).__name__)
            self.absorbed = 0
            stage, scope = method(statement, scope, statements[position + 1 :])
            stages.append(stage)
            position += 1 + self.absorbed
        return Pipeline(stages, None, False)

    def compile_subquery(self, query: ast.Query, scope: frozenset[str]) -> Fn:
        pipeline = self.compile_query(query, scope)
        return lambda row: pipeline.run(dict(row))

    # ------------------------------------------------------------------ FOR

    def _s_Filter(self, node: ast.Filter, scope: frozenset[str], rest: Any) -> Any:
        cond = compile_condition(self, node.condition, scope)
        stats = self.ctx.stats

        def filter_rows(rows: Iterator[Row]) -> Iterator[Row]:
            for row in rows:
                if cond(row):
                    yield row
                else:
                    stats.filtered += 1

        return filter_rows, scope

    def _s_Let(self, node: ast.Let, scope: frozenset[str], rest: Any) -> Any:
        value = self.expr(node.expr, scope)
        var = node.variable

        def let(rows: Iterator[Row]) -> Iterator[Row]:
            for row in rows:
                row[var] = value(row)
                yield row

        return let, scope | {var}

    def _s_Sort(self, node: ast.Sort, scope: frozenset[str], rest: Any) -> Any:
        keys = [(self.expr(e.expr, scope), self._ascending(e, scope)) for e in node.elements]
        return (lambda rows: iter(sort_rows(list(rows), keys))), scope

    def _ascending(self, element: ast.SortElement, scope: frozenset[str]) -> bool:
        """A sort direction, possibly given by a bind parameter (``"ASC"``/``"DESC"``/bool)."""
        if element.direction is None:
            return element.ascending
        value = self.expr(element.direction, scope)({})
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.upper() in ("ASC", "DESC"):
            return value.upper() == "ASC"
        raise AqlError(errno.QUERY_PARSE, "SORT direction must be ASC, DESC or a boolean")

    def _s_Limit(self, node: ast.Limit, scope: frozenset[str], rest: Any) -> Any:
        offset = self._constant_int(node.offset, "LIMIT") if node.offset is not None else 0
        count = self._limit_count(node.count)
        if node is self.full_count_limit:
            stats = self.ctx.stats

            def counting_limit(rows: Iterator[Row]) -> Iterator[Row]:
                total = 0
                for row in rows:
                    if offset <= total < offset + count:
                        yield row
                    total += 1
                stats.full_count = total

            return counting_limit, scope
        return (lambda rows: islice(rows, offset, offset + count)), scope

    def _limit_count(self, expr: ast.Expr) -> int:
        """A LIMIT count; ``null`` (as python-arango sends for "all") means no limit."""
        if self.is_constant(expr, frozenset()) and self.expr(expr, frozenset())({}) is None:
            return 2**62
        return self._constant_int(expr, "LIMIT")

    def _constant_int(self, expr: ast.Expr, where: str) -> int:
        if not self.is_constant(expr, frozenset()):
            raise AqlError(
                errno.QUERY_COMPILE_TIME_OPTIONS if where == "OPTIONS" else errno.QUERY_PARSE,
                f"{where} value must be a constant",
            )
        value = self.expr(expr, frozenset())({})
        number = to_number(value)
        if number < 0 or not isinstance(value, (int, float)) or isinstance(value, bool):
            raise AqlError(errno.QUERY_NUMBER_OUT_OF_RANGE, "number out of range")
        return int(number)

    def constant_options(self, expr: ast.Expr | None, scope: frozenset[str]) -> dict[str, Any]:
        """Evaluate an OPTIONS object (must be known at compile time)."""
        if expr is None:
            return {}
        if not self.is_constant(expr, scope):
            raise AqlError(
                errno.QUERY_COMPILE_TIME_OPTIONS, "query options must be readable at compile time"
            )
        value = self.expr(expr, scope)({})
        if not isinstance(value, dict):
            raise AqlError(errno.QUERY_INVALID_OPTIONS_ATTRIBUTE, "OPTIONS must be an object")
        return value

    # ------------------------------------------------------------------ delegated

    def _s_Collect(self, node: ast.Collect, scope: frozenset[str], rest: Any) -> Any:
        from arangolite.aql.collect import compile_collect

        return compile_collect(self, node, scope)

    def _s_Window(self, node: ast.Window, scope: frozenset[str], rest: Any) -> Any:
        from arangolite.aql.window import compile_window

        return compile_window(self, node, scope)

    def _s_Insert(self, node: ast.Insert, scope: frozenset[str], rest: Any) -> Any:
        from arangolite.aql.modify import compile_insert

        return compile_insert(self, node, scope)

    def _s_Update(self, node: ast.Update, scope: frozenset[str], rest: Any) -> Any:
        from arangolite.aql.modify import compile_update

        return compile_update(self, node, scope)

    def _s_Remove(self, node: ast.Remove, scope: frozenset[str], rest: Any) -> Any:
        from arangolite.aql.modify import compile_remove

        return compile_remove(self, node, scope)

    def _s_Upsert(self, node: ast.Upsert, scope: frozenset[str], rest: Any) -> Any:
        from arangolite.aql.modify import compile_upsert

        return compile_upsert(self, node, scope)

    def _s_Traversal(self, node: ast.Traversal, scope: frozenset[str], rest: Any) -> Any:
        from arangolite.aql.traversal import compile_traversal

        return compile_traversal(self, node, scope)

    def _s_PathSearch(self, node: ast.PathSearch, scope: frozenset[str], rest: Any) -> Any:
        from arangolite.aql.paths import compile_path_search

        return compile_path_search(self, node, scope)
