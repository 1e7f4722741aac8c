"""Compiles AQL operations into a pipeline of generator stages over rows.

A stage takes an iterator of rows (dicts of variables) and yields rows; RETURN
turns rows into result values. ``FOR`` over a collection reads it through an
index when the FILTERs right after it allow (see :mod:`index_select`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from arangolite import errno
from arangolite.aql import ast
from arangolite.aql.compile_bool import compile_condition
from arangolite.aql.compile_expr import ExpressionCompiler, Fn
from arangolite.aql.index_select import choose_index, references
from arangolite.aql.scan import collection_reader
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


class QueryCompiler(ExpressionCompiler):
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

    def _s_For(self, node: ast.For, scope: frozenset[str], rest: list[ast.Statement]) -> Any:
        var = node.variable
        new_scope = scope | {var}
        view = self.view_operand(node.expr, scope)
        if view is not None:
            from arangolite.search.planner import compile_view_for

            return compile_view_for(self, node, view, scope, rest)
        collection = self.collection_operand(node.expr, scope)
        if collection is None:
            source = self.expr(node.expr, scope)

            def items_of(row: Row) -> list[Any]:
                value = source(row)
                if not isinstance(value, list):
                    raise AqlError(
                        errno.QUERY_ARRAY_EXPECTED,
                        "collection or array expected as operand to FOR loop; you "
                        f"provided a value of type '{_type_label(value)}'",
                    )
                return value

            return self._loop(var, items_of, None, new_scope, rest), new_scope
        if node.search is not None:
            raise AqlError(errno.QUERY_PARSE, "SEARCH can only be used on views")
        access = self.ctx.collection(collection)
        if uses_vector_search(rest):
            from arangolite.vector.planner import plan_vector_for

            return plan_vector_for(self, node, access, scope, rest)
        filters = _leading_filters(rest)
        plan = choose_index(access.indexes(), filters, var) if filters else None
        reader = collection_reader(
            self, access, plan, scope, materialize=collection in self.written
        )
        counter = "scanned_full" if plan is None else "scanned_index"
        return self._loop(var, reader, counter, new_scope, rest), new_scope

    def _loop(
        self,
        var: str,
        items_of: Callable[[Row], Iterable[Any]],
        counter: str | None,
        scope: frozenset[str],
        rest: list[ast.Statement],
    ) -> Stage:
        """A FOR loop fused with the FILTERs right after it (tested before copying a row)."""
        conditions = []
        for statement in rest:
            if not isinstance(statement, ast.Filter):
                break
            conditions.append(compile_condition(self, statement.condition, scope))
        self.absorbed = len(conditions)
        ctx = self.ctx
        stats = ctx.stats
        tick = ctx.tick if ctx.max_runtime > 0 else None
        accept = _all_of(conditions)

        def loop(rows: Iterator[Row]) -> Iterator[Row]:
            seen = rejected = 0
            try:
                for row in rows:
                    new = row.copy()
                    for item in items_of(row):
                        seen += 1
                        if tick is not None:
                            tick()
                        new[var] = item
                        if accept is None or accept(new):
                            yield new
                            new = row.copy()
                        else:
                            rejected += 1
            finally:
                stats.filtered += rejected
                if counter is not None:
                    setattr(stats, counter, getattr(stats, counter) + seen)

        return loop

    def view_operand(self, expr: ast.Expr, scope: frozenset[str]) -> str | None:
        """The ArangoSearch view a FOR names (directly or as ``@@bind``), or None."""
        if isinstance(expr, ast.Name) and expr.name not in scope:
            name = expr.name
        elif isinstance(expr, ast.BindParam) and expr.collection:
            value = self.expr(expr, scope)({})
            if not isinstance(value, str):
                return None
            name = value
        else:
            return None
        if self.ctx.db.collection_info(name) is not None:
            return None
        from arangolite.search.planner import is_view

        return name if is_view(self.ctx.db, name) else None

    def collection_operand(self, expr: ast.Expr, scope: frozenset[str]) -> str | None:
        """The collection a FOR/modification names, or None if ``expr`` is a value."""
        if isinstance(expr, ast.Name) and expr.name not in scope:
            if self.ctx.db.collection_info(expr.name) is None:
                raise AqlError(
                    errno.ARANGO_DATA_SOURCE_NOT_FOUND,
                    f"collection or view not found: {expr.name}",
                    code=404,
                )
            return expr.name
        if isinstance(expr, ast.BindParam) and expr.collection:
            value = self.expr(expr, scope)({})
            if not isinstance(value, str):
                raise AqlError(
                    errno.QUERY_BIND_PARAMETER_TYPE,
                    f"bind parameter '@{expr.name}' has an invalid value or type",
                )
            if self.ctx.db.collection_info(value) is None:
                raise AqlError(
                    errno.ARANGO_DATA_SOURCE_NOT_FOUND,
                    f"collection or view not found: {value}",
                    code=404,
                )
            return value
        return None

    # ------------------------------------------------------------------ simple ops

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


def _all_of(conditions: list[Callable[[Row], bool]]) -> Callable[[Row], bool] | None:
    if not conditions:
        return None
    if len(conditions) == 1:
        return conditions[0]
    return lambda row: all(c(row) for c in conditions)


def _leading_filters(rest: list[ast.Statement]) -> list[ast.Expr]:
    """The FILTER conditions directly after a FOR (LETs in between are skipped)."""
    found: list[ast.Expr] = []
    late: list[str] = []
    for statement in rest:
        if isinstance(statement, ast.Filter):
            if not any(references(statement.condition, name) for name in late):
                found.append(statement.condition)
        elif isinstance(statement, ast.Let):
            late.append(statement.variable)
        else:
            break
    return found


def uses_vector_search(rest: list[ast.Statement]) -> bool:
    """Whether the operations after a FOR sort by an APPROX_NEAR_* value (directly or
    through a LET), i.e. whether the vector index answers this loop."""
    from arangolite.vector.planner import is_vector_search

    return is_vector_search(rest)


def _type_label(value: Any) -> str:
    from arangolite.aql.values import type_name

    return type_name(value)


def materialize(rows: Iterable[Row]) -> Iterator[Row]:
    return iter(list(rows))
