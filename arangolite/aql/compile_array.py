"""Compiling array expansions (``[*]``, ``[**]``, inline FILTER/LIMIT/RETURN) and ``[?]``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from arangolite.aql import ast
from arangolite.aql.values import to_bool, to_number

if TYPE_CHECKING:
    from arangolite.aql.compile_expr import ExpressionCompiler, Fn

CURRENT = "\x00current"


def compile_expansion(
    compiler: ExpressionCompiler, node: ast.Expansion, scope: frozenset[str]
) -> Fn:
    obj = compiler.expr(node.obj, scope)
    inner = scope | {CURRENT}
    cond = compiler.expr(node.filter, inner) if node.filter is not None else None
    proj = compiler.expr(node.projection, inner) if node.projection is not None else None
    offset = _limit_value(compiler, node.limit_offset, scope, 0)
    count = _limit_value(compiler, node.limit_count, scope, None)
    depth = node.depth

    def expand(row: dict[str, Any]) -> Any:
        value = obj(row)
        if not isinstance(value, list):
            return []
        for _ in range(depth - 1):
            value = flatten_once(value)
        if cond is None and proj is None and offset == 0 and count is None:
            return value
        local = dict(row)
        out: list[Any] = []
        skipped = 0
        for item in value:
            local[CURRENT] = item
            if cond is not None and not to_bool(cond(local)):
                continue
            if skipped < offset:
                skipped += 1
                continue
            if count is not None and len(out) >= count:
                break
            out.append(proj(local) if proj is not None else item)
        return out

    return expand


def _limit_value(
    compiler: ExpressionCompiler, node: ast.Expr | None, scope: frozenset[str], default: Any
) -> Any:
    if node is None:
        return default
    value = compiler.expr(node, scope)({})
    return int(to_number(value))


def compile_question(
    compiler: ExpressionCompiler, node: ast.ArrayQuestion, scope: frozenset[str]
) -> Fn:
    obj = compiler.expr(node.obj, scope)
    inner = scope | {CURRENT}
    cond = compiler.expr(node.filter, inner) if node.filter is not None else None
    quantifier = node.quantifier
    bounds: tuple[Fn, Fn | None] | None = None
    if isinstance(quantifier, tuple):
        low, high = quantifier
        bounds = (
            compiler.expr(low, scope),
            compiler.expr(high, scope) if high is not None else None,
        )

    def question(row: dict[str, Any]) -> bool:
        value = obj(row)
        if not isinstance(value, list):
            return False
        local = dict(row)
        hits = 0
        for item in value:
            local[CURRENT] = item
            if cond is None or to_bool(cond(local)):
                hits += 1
        if bounds is not None:
            lo = to_number(bounds[0](row))
            hi = to_number(bounds[1](row)) if bounds[1] is not None else None
            return hits >= lo and (hi is None or hits <= hi)
        if quantifier == "ALL":
            return hits == len(value)
        if quantifier == "NONE":
            return hits == 0
        return hits > 0

    return question


# ------------------------------------------------------------------ operators


def index_value(value: Any, index: Any) -> Any:
    """``value[index]`` with AQL's rules (negative positions, string keys, null otherwise)."""
    if isinstance(value, list):
        if isinstance(index, bool) or not isinstance(index, (int, float, str)):
            return None
        if isinstance(index, str):
            try:
                position = int(index)
            except ValueError:
                return None
        else:
            position = int(index)
        if position < 0:
            position += len(value)
        if 0 <= position < len(value):
            return value[position]
        return None
    if isinstance(value, dict):
        if isinstance(index, str):
            return value.get(index)
        if isinstance(index, (int, float)) and not isinstance(index, bool):
            from arangolite.aql.values import to_string

            return value.get(to_string(index))
        return None
    return None


def flatten_once(value: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in value:
        if isinstance(item, list):
            out.extend(item)
        else:
            out.append(item)
    return out
