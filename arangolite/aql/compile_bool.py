"""Conditions compiled for truthiness only (FILTER, PRUNE, inline FILTER).

A condition compiles to ``fn(row) -> bool``. Comparisons against a constant get
fast paths that give exactly AQL's answer (type order included) without the
generic comparison for the common cases.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from arangolite.aql import ast
from arangolite.aql.operators import COMPARISONS
from arangolite.aql.values import compare, to_bool

if TYPE_CHECKING:
    from arangolite.aql.compile_expr import ExpressionCompiler

Cond = Callable[[dict[str, Any]], bool]
_MIRROR = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}
_PYTHON_ORDERING = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}
_ORDERING: dict[str, Callable[[int], bool]] = {
    "<": lambda c: c < 0,
    "<=": lambda c: c <= 0,
    ">": lambda c: c > 0,
    ">=": lambda c: c >= 0,
}


def _is_plain_number(value: Any) -> bool:
    return type(value) in (int, float)


def _equality(value_fn: Callable[[dict[str, Any]], Any], constant: Any, negate: bool) -> Cond:
    if constant is None:
        if negate:
            return lambda row: value_fn(row) is not None
        return lambda row: value_fn(row) is None
    if type(constant) is str:
        if negate:
            return lambda row: value_fn(row) != constant
        return lambda row: value_fn(row) == constant
    if type(constant) is bool:
        if negate:
            return lambda row: value_fn(row) is not constant
        return lambda row: value_fn(row) is constant
    if _is_plain_number(constant):

        def number_equal(row: dict[str, Any]) -> bool:
            value = value_fn(row)
            return type(value) in (int, float) and value == constant

        if negate:
            return lambda row: not number_equal(row)
        return number_equal
    test = COMPARISONS["!=" if negate else "=="]
    return lambda row: test(value_fn(row), constant)


def _ordering(value_fn: Callable[[dict[str, Any]], Any], op: str, constant: Any) -> Cond:
    check = _ORDERING[op]
    if _is_plain_number(constant):
        python_op = _PYTHON_ORDERING[op]

        def number_order(row: dict[str, Any]) -> bool:
            value = value_fn(row)
            if type(value) in (int, float):
                return bool(python_op(value, constant))
            return bool(check(compare(value, constant)))

        return number_order
    return lambda row: bool(check(compare(value_fn(row), constant)))


def compile_condition(compiler: ExpressionCompiler, node: ast.Expr, scope: frozenset[str]) -> Cond:
    """Compile ``node`` to a function giving its AQL truthiness for a row."""
    if isinstance(node, ast.Binary):
        if node.op in ("AND", "OR"):
            left = compile_condition(compiler, node.left, scope)
            right = compile_condition(compiler, node.right, scope)
            if node.op == "AND":
                return lambda row: left(row) and right(row)
            return lambda row: left(row) or right(row)
        if node.op in _MIRROR:
            fast = _constant_comparison(compiler, node, scope)
            if fast is not None:
                return fast
    if isinstance(node, ast.Unary) and node.op == "NOT":
        inner = compile_condition(compiler, node.operand, scope)
        return lambda row: not inner(row)
    fn = compiler.expr(node, scope)
    return lambda row: to_bool(fn(row))


def _constant_comparison(
    compiler: ExpressionCompiler, node: ast.Binary, scope: frozenset[str]
) -> Cond | None:
    op = node.op
    if compiler.is_constant(node.right, scope):
        variable, constant_node = node.left, node.right
    elif compiler.is_constant(node.left, scope):
        variable, constant_node, op = node.right, node.left, _MIRROR[op]
    else:
        return None
    constant = compiler.expr(constant_node, scope)({})
    value_fn = compiler.expr(variable, scope)
    if op in ("==", "!="):
        return _equality(value_fn, constant, op == "!=")
    return _ordering(value_fn, op, constant)
