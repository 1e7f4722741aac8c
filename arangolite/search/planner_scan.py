"""Looking ahead of a View loop: scorer calls on its variable and a ``SORT score LIMIT n``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from arangolite.aql import ast
from arangolite.search.scoring import ScorerSpec, make_spec

SCORERS = ("BM25", "TFIDF")


def _nodes(value: Any) -> Iterator[ast.Node]:
    if isinstance(value, ast.Node):
        yield value
        for cls in type(value).__mro__:
            for slot in getattr(cls, "__slots__", ()):
                if slot not in ("line", "column"):
                    yield from _nodes(getattr(value, slot, None))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _nodes(item)


def _scorer_call(
    compiler: Any, expr: Any, var: str, scope: frozenset[str]
) -> tuple[str, list[Any]] | None:
    if not (isinstance(expr, ast.FunctionCall) and expr.name in SCORERS and expr.args):
        return None
    first = expr.args[0]
    if not (isinstance(first, ast.Name) and first.name == var):
        return None
    extra = expr.args[1:]
    if not all(compiler.is_constant(a, scope) for a in extra):
        return None
    return expr.name, [compiler.expr(a, scope)({}) for a in extra]


def scorer_calls(
    compiler: Any, rest: list[ast.Statement], var: str, scope: frozenset[str]
) -> list[tuple[str, list[Any]]]:
    """Every ``BM25(var, …)``/``TFIDF(var, …)`` call with constant options after the loop."""
    found = []
    for node in _nodes(rest):
        call = _scorer_call(compiler, node, var, scope)
        if call is not None and call not in found:
            found.append(call)
    return found


def _constant_int(compiler: Any, expr: ast.Expr | None) -> int | None:
    if expr is None:
        return 0
    if not compiler.is_constant(expr, frozenset()):
        return None
    value = compiler.expr(expr, frozenset())({})
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        return None
    return int(value)


def top_k_plan(
    compiler: Any, rest: list[ast.Statement], var: str, scope: frozenset[str]
) -> tuple[ScorerSpec, bool, int] | None:
    """``(scorer, ascending, offset + count)`` for ``[LET …] SORT score LIMIT …``, else None."""
    lets: dict[str, tuple[str, list[Any]]] = {}
    position = 0
    while position < len(rest) and isinstance(rest[position], ast.Let):
        let = rest[position]
        assert isinstance(let, ast.Let)
        call = _scorer_call(compiler, let.expr, var, scope)
        if call is not None:
            lets[let.variable] = call
        position += 1
    if position + 1 >= len(rest):
        return None
    sort, limit = rest[position], rest[position + 1]
    if not isinstance(sort, ast.Sort) or not isinstance(limit, ast.Limit):
        return None
    if len(sort.elements) != 1 or sort.elements[0].direction is not None:
        return None
    if getattr(compiler, "full_count_limit", None) is limit:
        return None
    element = sort.elements[0]
    expr = element.expr
    call = lets.get(expr.name) if isinstance(expr, ast.Name) else None
    call = call or _scorer_call(compiler, expr, var, scope)
    offset, count = _constant_int(compiler, limit.offset), _constant_int(compiler, limit.count)
    if call is None or offset is None or count is None:
        return None
    return make_spec(call[0], call[1]), element.ascending, offset + count
