"""Compiles AQL expressions into Python closures ``fn(row) -> value``.

A row is a dict of the variables in scope. Constant sub-expressions (literals,
bind parameters, deterministic calls on constants) are evaluated once, at
compile time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from arangolite import errno
from arangolite.aql import ast
from arangolite.aql.builtins import lookup_builtin
from arangolite.aql.compile_array import CURRENT, compile_expansion, compile_question, index_value
from arangolite.aql.context import QueryContext
from arangolite.aql.operators import (
    ARITHMETIC,
    COMPARISONS,
    array_comparison,
    integral,
    make_range,
)
from arangolite.aql.values import to_bool, to_number
from arangolite.errors import AqlError, fmt

Fn = Callable[[dict[str, Any]], Any]


def _constant(value: Any) -> Fn:
    return lambda row: value


class ExpressionCompiler:
    """Turns expression nodes into closures; subclassed by the query compiler."""

    def __init__(self, ctx: QueryContext, bind_vars: dict[str, Any]) -> None:
        self.ctx = ctx
        self.bind_vars = bind_vars

    # subclasses provide subquery compilation
    def compile_subquery(self, query: ast.Query, scope: frozenset[str]) -> Fn:
        raise NotImplementedError

    # ------------------------------------------------------------------ dispatch

    def expr(self, node: ast.Expr, scope: frozenset[str]) -> Fn:
        """Compile ``node`` for rows holding the variables in ``scope``."""
        if not isinstance(node, ast.Literal) and self.is_constant(node, scope):
            value = self._dispatch(node, scope)({})
            return _constant(value)
        return self._dispatch(node, scope)

    def _dispatch(self, node: ast.Expr, scope: frozenset[str]) -> Fn:
        method = getattr(self, "_c_" + type(node).__name__, None)
        if method is None:  # pragma: no cover - every node type has a method
            raise AqlError(errno.INTERNAL, f"cannot compile {type(node).__name__}", code=500)
        fn: Fn = method(node, scope)
        return fn

    def is_constant(self, node: ast.Expr, scope: frozenset[str]) -> bool:
        """Whether ``node`` depends on no variable, collection or non-deterministic call."""
        if isinstance(node, ast.Literal):
            return True
        if isinstance(node, ast.BindParam):
            return not node.collection
        if isinstance(node, ast.ArrayLit):
            return all(self.is_constant(i, scope) for i in node.items)
        if isinstance(node, ast.ObjectLit):
            return all(
                (isinstance(k, str) or self.is_constant(k, scope)) and self.is_constant(v, scope)
                for k, v in node.items
            )
        if isinstance(node, (ast.Unary,)):
            return self.is_constant(node.operand, scope)
        if isinstance(node, ast.Binary):
            return self.is_constant(node.left, scope) and self.is_constant(node.right, scope)
        if isinstance(node, ast.Range):
            return self.is_constant(node.low, scope) and self.is_constant(node.high, scope)
        if isinstance(node, (ast.AttributeAccess,)):
            return self.is_constant(node.obj, scope)
        if isinstance(node, ast.IndexAccess):
            return self.is_constant(node.obj, scope) and self.is_constant(node.index, scope)
        if isinstance(node, ast.FunctionCall):
            builtin = lookup_builtin(node.name)
            return (
                builtin is not None
                and builtin.deterministic
                and node.name not in ("FAIL", "ASSERT", "WARN", "NOOPT", "CALL", "APPLY")
                and all(self.is_constant(a, scope) for a in node.args)
            )
        return False

    # ------------------------------------------------------------------ leaves

    def _c_Literal(self, node: ast.Literal, scope: frozenset[str]) -> Fn:
        return _constant(node.value)

    def _c_BindParam(self, node: ast.BindParam, scope: frozenset[str]) -> Fn:
        name = ("@" + node.name) if node.collection else node.name
        if name not in self.bind_vars:
            raise AqlError(
                errno.QUERY_BIND_PARAMETER_MISSING,
                fmt(errno.QUERY_BIND_PARAMETER_MISSING, name),
            )
        return _constant(self.bind_vars[name])

    def _c_Name(self, node: ast.Name, scope: frozenset[str]) -> Fn:
        name = node.name
        if name in scope:
            return lambda row: row[name]
        self.ctx.require_collection(name)
        raise AqlError(
            errno.QUERY_COLLECTION_USED_IN_EXPRESSION,
            fmt(errno.QUERY_COLLECTION_USED_IN_EXPRESSION, name),
        )

    def _c_Current(self, node: ast.Current, scope: frozenset[str]) -> Fn:
        return lambda row: row.get(CURRENT)

    # ------------------------------------------------------------------ literals

    def _c_ArrayLit(self, node: ast.ArrayLit, scope: frozenset[str]) -> Fn:
        items = [self.expr(i, scope) for i in node.items]
        return lambda row: [f(row) for f in items]

    def _c_ObjectLit(self, node: ast.ObjectLit, scope: frozenset[str]) -> Fn:
        static: list[tuple[str, Fn]] = []
        dynamic: list[tuple[Fn, Fn]] = []
        order: list[tuple[bool, int]] = []
        for key, value in node.items:
            if isinstance(key, str):
                order.append((True, len(static)))
                static.append((key, self.expr(value, scope)))
            else:
                order.append((False, len(dynamic)))
                dynamic.append((self.expr(key, scope), self.expr(value, scope)))
        if not dynamic:
            return lambda row: {k: f(row) for k, f in static}
        warn = self.ctx.warn

        def build(row: dict[str, Any]) -> dict[str, Any]:
            out: dict[str, Any] = {}
            for is_static, i in order:
                if is_static:
                    k, f = static[i]
                    out[k] = f(row)
                    continue
                kf, vf = dynamic[i]
                key = kf(row)
                if not isinstance(key, str):
                    if key is None or isinstance(key, (list, dict)):
                        warn(errno.QUERY_INVALID_ARITHMETIC_VALUE, "invalid object key")
                        continue
                    from arangolite.aql.values import to_string

                    key = to_string(key)
                out[key] = vf(row)
            return out

        return build

    # ------------------------------------------------------------------ access

    def _c_AttributeAccess(self, node: ast.AttributeAccess, scope: frozenset[str]) -> Fn:
        name = node.name
        if isinstance(node.obj, ast.Name) and node.obj.name in scope:
            var = node.obj.name

            def variable_access(row: dict[str, Any]) -> Any:
                value = row[var]
                return value.get(name) if type(value) is dict else None

            return variable_access
        obj = self.expr(node.obj, scope)

        def access(row: dict[str, Any]) -> Any:
            value = obj(row)
            if type(value) is dict:
                return value.get(name)
            return None

        return access

    def _c_IndexAccess(self, node: ast.IndexAccess, scope: frozenset[str]) -> Fn:
        obj = self.expr(node.obj, scope)
        index = self.expr(node.index, scope)
        return lambda row: index_value(obj(row), index(row))

    def _c_Expansion(self, node: ast.Expansion, scope: frozenset[str]) -> Fn:
        return compile_expansion(self, node, scope)

    def _c_ArrayQuestion(self, node: ast.ArrayQuestion, scope: frozenset[str]) -> Fn:
        return compile_question(self, node, scope)

    def _c_Unary(self, node: ast.Unary, scope: frozenset[str]) -> Fn:
        operand = self.expr(node.operand, scope)
        if node.op == "NOT":
            return lambda row: not to_bool(operand(row))
        if node.op == "-":

            def negate(row: dict[str, Any]) -> Any:
                return integral(-to_number(operand(row)))

            return negate
        return lambda row: to_number(operand(row))

    def _c_Binary(self, node: ast.Binary, scope: frozenset[str]) -> Fn:
        left = self.expr(node.left, scope)
        right = self.expr(node.right, scope)
        op = node.op
        if op == "AND":
            return lambda row: lv if not to_bool(lv := left(row)) else right(row)
        if op == "OR":
            return lambda row: lv if to_bool(lv := left(row)) else right(row)
        if op in ARITHMETIC:
            arith = ARITHMETIC[op]
            warn = self.ctx.warn
            return lambda row: arith(left(row), right(row), warn)
        if op in COMPARISONS:
            test = COMPARISONS[op]
            return lambda row: test(left(row), right(row))
        if op in ("LIKE", "NOT LIKE", "=~", "!~"):
            name = "LIKE" if "LIKE" in op else "REGEX_TEST"
            negate = op.startswith("NOT") or op == "!~"
            call = self.ctx.call

            def match(row: dict[str, Any]) -> Any:
                result = call(name, [left(row), right(row)])
                return (not to_bool(result)) if negate else to_bool(result)

            return match
        raise AqlError(errno.QUERY_PARSE, f"unknown operator {op}")

    def _c_ArrayComparison(self, node: ast.ArrayComparison, scope: frozenset[str]) -> Fn:
        left = self.expr(node.left, scope)
        right = self.expr(node.right, scope)
        op = node.op
        if isinstance(node.quantifier, str):
            q: str = node.quantifier
            return lambda row: array_comparison(q, op, left(row), right(row))
        at_least = self.expr(node.quantifier, scope)
        return lambda row: array_comparison(
            int(to_number(at_least(row))), op, left(row), right(row)
        )

    def _c_Ternary(self, node: ast.Ternary, scope: frozenset[str]) -> Fn:
        cond = self.expr(node.condition, scope)
        otherwise = self.expr(node.otherwise, scope)
        if node.then is None:
            return lambda row: cv if to_bool(cv := cond(row)) else otherwise(row)
        then = self.expr(node.then, scope)
        return lambda row: then(row) if to_bool(cond(row)) else otherwise(row)

    def _c_Range(self, node: ast.Range, scope: frozenset[str]) -> Fn:
        low = self.expr(node.low, scope)
        high = self.expr(node.high, scope)
        return lambda row: make_range(low(row), high(row))

    def _c_Subquery(self, node: ast.Subquery, scope: frozenset[str]) -> Fn:
        return self.compile_subquery(node.query, scope)

    # ------------------------------------------------------------------ calls

    def _c_FunctionCall(self, node: ast.FunctionCall, scope: frozenset[str]) -> Fn:
        from arangolite.aql.builtins import compile_call

        return compile_call(self, node, scope)
