"""Compiling a ``SEARCH`` expression into a builder of search filters.

The builder takes a row (the variables of the enclosing query) and returns a
filter tree (:mod:`arangolite.search.search_nodes`) with concrete values.
Operators: ``AND``/``OR``/``NOT``, comparisons, ``IN`` (arrays and ranges
``a..b``), ``LIKE``, array comparisons (``ANY``/``ALL``/``NONE``/``AT
LEAST``); functions are compiled in :mod:`arangolite.search.search_functions`.
Sub-expressions that do not mention the loop variable are plain conditions.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Any

from arangolite import errno
from arangolite.aql import ast
from arangolite.aql.index_select import references
from arangolite.aql.values import to_bool
from arangolite.errors import AqlError
from arangolite.search import search_nodes as n
from arangolite.search.field_meta import value_kind

Row = dict[str, Any]
Builder = Callable[[Row], Any]
_MIRROR = {"==": "==", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<="}


def unsupported(message: str) -> AqlError:
    return AqlError(errno.BAD_PARAMETER, f"unsupported SEARCH condition: {message}")


def _same_type(a: Any, b: Any) -> bool:
    return value_kind(a) == value_kind(b) and isinstance(a, str) == isinstance(b, str)


def range_node(
    path: str, analyzer: str, low: Any, high: Any, low_inc: bool, high_inc: bool, boost: float
) -> Any:
    """Terms between ``low`` and ``high`` (either may be ``...`` for an open end)."""
    bounds = [v for v in (low, high) if v is not ...]
    if any(isinstance(v, (list, dict)) for v in bounds):
        return n.Const(False)
    if len(bounds) == 2 and not _same_type(bounds[0], bounds[1]):
        return n.Const(False)
    sample = bounds[0]
    if sample is None:  # only null itself is within a range bounded by null
        inclusive = (low is ... or low_inc) and (high is ... or high_inc)
        return n.Term(path, analyzer, None, boost) if inclusive else n.Const(False)
    if not isinstance(sample, str) and sample is not None and not isinstance(sample, bool):
        low = float(low) if low is not ... else ...
        high = float(high) if high is not ... else ...

    def select(terms: list[Any]) -> list[tuple[Any, float]]:
        start, stop = 0, len(terms)
        if low is not ...:
            start = (bisect_left if low_inc else bisect_right)(terms, low)
        if high is not ...:
            stop = (bisect_right if high_inc else bisect_left)(terms, high)
        return [(t, 1.0) for t in terms[start:stop]]

    return n.MultiTerm(path, analyzer, sample, select, boost, limit=128)


class SearchCompiler:
    """Compiles SEARCH expressions over the loop variable ``var`` (see module docstring)."""

    def __init__(
        self,
        compiler: Any,
        var: str,
        scope: frozenset[str],
        resolve: Callable[[str], str | None],
        tokens: Callable[[str, str], list[tuple[str, int]]],
    ) -> None:
        self.compiler = compiler
        self.var = var
        self.scope = scope
        self.resolve = resolve
        self.tokens = tokens

    # ------------------------------------------------------------------ helpers

    def value(self, expr: ast.Expr) -> Callable[[Row], Any]:
        """A closure computing ``expr`` (which must not use the loop variable)."""
        if references(expr, self.var):
            raise unsupported("the loop variable cannot be used in a search value")
        fn: Callable[[Row], Any] = self.compiler.expr(expr, self.scope)
        return fn

    def constant(self, expr: ast.Expr, what: str) -> Any:
        if references(expr, self.var) or not self.compiler.is_constant(expr, self.scope):
            raise unsupported(f"{what} must be a constant")
        return self.compiler.expr(expr, self.scope)({})

    def path(self, expr: ast.Expr) -> str | None:
        """The attribute path of ``expr`` below the loop variable (``a.b[0]``), or None."""
        parts: list[str] = []
        node = expr
        while True:
            if isinstance(node, ast.AttributeAccess):
                parts.append("." + node.name)
                node = node.obj
            elif isinstance(node, ast.IndexAccess) and not references(node.index, self.var):
                if not self.compiler.is_constant(node.index, self.scope):
                    return None
                index = self.compiler.expr(node.index, self.scope)({})
                if isinstance(index, str):
                    parts.append("." + index)
                elif isinstance(index, int) and not isinstance(index, bool):
                    parts.append(f"[{index}]")
                else:
                    return None
                node = node.obj
            elif isinstance(node, ast.Name) and node.name == self.var and parts:
                return "".join(reversed(parts)).lstrip(".")
            else:
                return None

    def analyzer(self, expr: ast.Expr, function: str) -> str:
        name = self.constant(expr, "the analyzer name")
        resolved = self.resolve(name) if isinstance(name, str) else None
        if resolved is None:
            raise unsupported(
                f"'{function}' AQL function: Unable to load requested analyzer '{name}'"
            )
        return resolved

    # ------------------------------------------------------------------ dispatch

    def compile(self, expr: ast.Expr, analyzer: str = "identity", boost: float = 1.0) -> Builder:
        if not references(expr, self.var):
            value = self.value(expr)
            return lambda row: n.Const(to_bool(value(row)))
        if isinstance(expr, ast.Binary) and expr.op in ("AND", "OR"):
            left = self.compile(expr.left, analyzer, boost)
            right = self.compile(expr.right, analyzer, boost)
            kind = n.And if expr.op == "AND" else n.Or
            return lambda row: kind([left(row), right(row)])
        if isinstance(expr, ast.Unary) and expr.op == "NOT":
            inner = self.compile(expr.operand, analyzer, boost)
            return lambda row: n.Not(inner(row))
        if isinstance(expr, ast.Binary):
            return self._binary(expr, analyzer, boost)
        if isinstance(expr, ast.ArrayComparison):
            return self._array_comparison(expr, analyzer, boost)
        if isinstance(expr, ast.FunctionCall):
            from arangolite.search.search_functions import compile_function

            return compile_function(self, expr, analyzer, boost)
        raise unsupported(f"cannot use '{type(expr).__name__}' in a SEARCH expression")

    def _binary(self, expr: ast.Binary, analyzer: str, boost: float) -> Builder:
        op = expr.op
        left_path = self.path(expr.left)
        if op in _MIRROR:
            if left_path is not None:
                return self.comparison(left_path, op, self.value(expr.right), analyzer, boost)
            right_path = self.path(expr.right)
            if right_path is not None:
                return self.comparison(
                    right_path, _MIRROR[op], self.value(expr.left), analyzer, boost
                )
        if op in ("IN", "NOT IN") and left_path is not None:
            built = self._in(left_path, expr.right, analyzer, boost)
            return built if op == "IN" else (lambda row: n.Not(built(row)))
        if op in ("LIKE", "NOT LIKE") and left_path is not None:
            from arangolite.search.search_functions import like_node

            pattern = self.value(expr.right)
            built = lambda row: like_node(left_path, analyzer, pattern(row), boost)  # noqa: E731
            return built if op == "LIKE" else (lambda row: n.Not(built(row)))
        raise unsupported(f"operator '{op}' is not supported here")

    def comparison(
        self, path: str, op: str, value: Callable[[Row], Any], analyzer: str, boost: float
    ) -> Builder:
        def build(row: Row) -> Any:
            return compare_node(path, op, value(row), analyzer, boost)

        return build

    def _in(self, path: str, right: ast.Expr, analyzer: str, boost: float) -> Builder:
        if isinstance(right, ast.Range):
            low, high = self.value(right.low), self.value(right.high)
            return lambda row: range_node(path, analyzer, low(row), high(row), True, True, boost)
        values = self.value(right)

        def build(row: Row) -> Any:
            items = values(row)
            if not isinstance(items, list):
                return compare_node(path, "==", items, analyzer, boost)
            return n.Or([compare_node(path, "==", v, analyzer, boost) for v in items])

        return build

    def _array_comparison(self, expr: ast.ArrayComparison, analyzer: str, boost: float) -> Builder:
        path = self.path(expr.right)
        if path is None or references(expr.left, self.var):
            raise unsupported("array comparisons need the array on the left, an attribute right")
        values = self.value(expr.left)
        op = {"IN": "==", "NOT IN": "!="}.get(expr.op, expr.op)
        quantifier = expr.quantifier
        at_least = None if isinstance(quantifier, str) else self.value(quantifier)

        def build(row: Row) -> Any:
            items = values(row)
            items = items if isinstance(items, list) else [items]
            children = [compare_node(path, op, v, analyzer, boost) for v in items]
            if at_least is not None:
                return n.MinMatch(children, int(at_least(row)))
            if quantifier == "ALL":
                return n.And(children) if children else n.Const(True)
            if quantifier == "NONE":
                return n.Not(n.Or(children)) if children else n.Const(True)
            return n.Or(children) if children else n.Const(False)

        return build


def compare_node(path: str, op: str, value: Any, analyzer: str, boost: float) -> Any:
    """The filter for ``doc.path <op> value``."""
    if isinstance(value, (list, dict)):
        return n.Const(op == "!=")
    if op == "==":
        return n.Term(path, analyzer, value, boost)
    if op == "!=":
        return n.Not(n.Term(path, analyzer, value, boost))
    if op in ("<", "<="):
        return range_node(path, analyzer, ..., value, False, op == "<=", boost)
    return range_node(path, analyzer, value, ..., op == ">=", False, boost)
