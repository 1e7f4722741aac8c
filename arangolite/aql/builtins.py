"""Resolves and calls AQL functions: the function library plus the storage-backed ones."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from arangolite import errno
from arangolite.aql import ast
from arangolite.aql.functions.registry import Builtin
from arangolite.aql.operators import integral
from arangolite.errors import AqlError, fmt

if TYPE_CHECKING:
    from arangolite.aql.compile_expr import ExpressionCompiler, Fn
    from arangolite.aql.context import QueryContext


@cache
def _table() -> dict[str, Builtin]:
    from arangolite.aql.db_functions import registry as db_registry
    from arangolite.aql.functions.catalog import BUILTINS
    from arangolite.search.functions import registry as search_registry
    from arangolite.vector.functions import registry as vector_registry

    table = dict(BUILTINS)
    table.update(db_registry.functions)
    table.update(vector_registry.functions)
    table.update(search_registry.functions)
    return table


def lookup_builtin(name: str) -> Builtin | None:
    return _table().get(name.upper())


def _resolve(name: str) -> Builtin:
    builtin = lookup_builtin(name)
    if builtin is not None:
        return builtin
    if "::" in name:
        raise AqlError(
            errno.QUERY_FUNCTION_NOT_FOUND, fmt(errno.QUERY_FUNCTION_NOT_FOUND, name), code=404
        )
    raise AqlError(errno.QUERY_FUNCTION_NAME_UNKNOWN, fmt(errno.QUERY_FUNCTION_NAME_UNKNOWN, name))


def check_arity(builtin: Builtin, count: int) -> None:
    too_few = count < builtin.min_args
    too_many = builtin.max_args is not None and count > builtin.max_args
    if too_few or too_many:
        maximum = builtin.max_args if builtin.max_args is not None else 65536
        raise AqlError(
            errno.QUERY_FUNCTION_ARGUMENT_NUMBER_MISMATCH,
            fmt(
                errno.QUERY_FUNCTION_ARGUMENT_NUMBER_MISMATCH,
                builtin.name,
                builtin.min_args,
                maximum,
            ),
        )


def call_builtin(ctx: QueryContext, name: str, args: list[Any]) -> Any:
    """Call a function by name at run time (CALL, APPLY, operators)."""
    builtin = _resolve(name)
    check_arity(builtin, len(args))
    return builtin.fn(ctx, *args)


def compile_call(compiler: ExpressionCompiler, node: ast.FunctionCall, scope: frozenset[str]) -> Fn:
    """Compile a function call: arity checked now, arguments evaluated per row."""
    builtin = _resolve(node.name)
    check_arity(builtin, len(node.args))
    args = [_argument(compiler, node.name, a, scope) for a in node.args]
    fn = builtin.fn
    ctx = compiler.ctx
    if len(args) == 1:
        a0 = args[0]
        return lambda row: integral(fn(ctx, a0(row)))
    if len(args) == 2:
        a0, a1 = args
        return lambda row: integral(fn(ctx, a0(row), a1(row)))
    return lambda row: integral(fn(ctx, *[a(row) for a in args]))


def _argument(
    compiler: ExpressionCompiler, function: str, node: ast.Expr, scope: frozenset[str]
) -> Fn:
    """Compile one argument; a collection name passed to LENGTH, DOCUMENT … is its name."""
    name: str | None = None
    if function in _COLLECTION_ARGUMENT_FUNCTIONS:
        if isinstance(node, ast.Name) and node.name not in scope:
            name = node.name
        elif isinstance(node, ast.BindParam) and node.collection:
            value = compiler.expr(node, scope)({})
            name = value if isinstance(value, str) else None
    if name is None:
        return compiler.expr(node, scope)
    marker = CollectionName(compiler.ctx.require_collection(name))
    return lambda row: marker


_COLLECTION_ARGUMENT_FUNCTIONS = frozenset(
    {"LENGTH", "COUNT", "DOCUMENT", "COLLECTION_COUNT", "IS_SAME_COLLECTION"}
)


class CollectionName(str):
    """A collection named directly (not a string value) in a function argument."""

    __slots__ = ()
