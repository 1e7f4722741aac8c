"""Compiling FOR loops: over arrays, collections (through indexes), views and vectors.

A loop is fused with the FILTERs right after it: conditions are tested on a row
before it is copied, and a collection loop reads through an index when those
FILTERs allow (see :mod:`index_select`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, cast

from arangolite import errno
from arangolite.aql import ast
from arangolite.aql.compile_bool import compile_condition
from arangolite.aql.compile_expr import ExpressionCompiler
from arangolite.aql.index_select import choose_index, references
from arangolite.aql.scan import collection_reader
from arangolite.errors import AqlError

if TYPE_CHECKING:
    from arangolite.aql.compile_query import QueryCompiler

Row = dict[str, Any]
Stage = Callable[[Iterator[Row]], Iterator[Row]]


class ForCompiler(ExpressionCompiler):
    """The FOR part of the query compiler (mixed into :class:`QueryCompiler`)."""

    written: set[str]
    absorbed: int

    def _s_For(self, node: ast.For, scope: frozenset[str], rest: list[ast.Statement]) -> Any:
        compiler = cast("QueryCompiler", self)  # the mixin only runs inside QueryCompiler
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

            return plan_vector_for(compiler, node, access, scope, rest)
        filters = _leading_filters(rest)
        plan = choose_index(access.indexes(), filters, var) if filters else None
        reader = collection_reader(
            compiler, access, plan, scope, materialize=collection in self.written
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
            return self.ctx.require_collection(expr.name)
        if isinstance(expr, ast.BindParam) and expr.collection:
            value = self.expr(expr, scope)({})
            if not isinstance(value, str):
                raise AqlError(
                    errno.QUERY_BIND_PARAMETER_TYPE,
                    f"bind parameter '@{expr.name}' has an invalid value or type",
                )
            return self.ctx.require_collection(value)
        return None

    # ------------------------------------------------------------------ simple ops


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
