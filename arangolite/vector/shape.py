"""Recognising the queries a vector index answers, as ArangoDB's ``use-vector-index`` rule does.

The shape, right after ``FOR d IN collection``::

    [LET … | FILTER …]*  SORT APPROX_NEAR_x(d.attr, query[, options]) [ASC|DESC]  LIMIT [o,] n

or with the value named by a LET before the SORT (``LET s = APPROX_NEAR_x(…) …
SORT s DESC``). The SORT has that one element; its direction fits the metric
(``l2`` ascending, ``cosine`` and ``innerProduct`` descending); a LIMIT with a
count above 0 follows it directly; one argument is ``d.attr`` (attribute
accesses only) and ``attr`` is the field of a vector index of the collection
whose metric is the function's; no FILTER reads the LET-named value. The other
argument is the query point. A constant object as third argument holds search
options, checked like ArangoDB (error 1501 when malformed).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from arangolite import errno
from arangolite.aql import ast
from arangolite.aql.walk import iter_nodes
from arangolite.errors import AqlError
from arangolite.storage.api import IndexDescription
from arangolite.vector.params import is_integer

FUNCTION_METRICS = {
    "APPROX_NEAR_COSINE": "cosine",
    "APPROX_NEAR_L2": "l2",
    "APPROX_NEAR_INNER_PRODUCT": "innerProduct",
}
NOT_APPLIED = (
    "Vector search could not be applied. Please ensure a vector index has been created and "
    "that your query uses the correct syntax for vector search.  Note that filtering is "
    "currently not supported with vector search."
)
UNKNOWN: Any = object()


def not_applied() -> AqlError:
    """Error 1554 ``ERROR_QUERY_VECTOR_SEARCH_NOT_APPLIED`` with ArangoDB's message."""
    return AqlError(errno.QUERY_VECTOR_SEARCH_NOT_APPLIED, NOT_APPLIED)


@dataclass(frozen=True, slots=True)
class Shape:
    """A matched vector search after a collection FOR.

    ``prefix`` holds the LET/FILTER operations before the SORT (``distance_var``'s
    LET included); ``consumed`` counts the operations up to and including the LIMIT.
    """

    call: ast.FunctionCall
    prefix: list[ast.Statement]
    distance_var: str | None
    limit: ast.Limit
    consumed: int
    index: IndexDescription
    query: ast.Expr


def constant(expr: ast.Expr | None, bind_vars: dict[str, Any]) -> Any:
    """The value of a literal-only expression (bind parameters included), else UNKNOWN."""
    if isinstance(expr, ast.Literal):
        return expr.value
    if isinstance(expr, ast.BindParam) and not expr.collection:
        return bind_vars.get(expr.name, UNKNOWN)
    if isinstance(expr, ast.Unary) and expr.op in ("-", "+"):
        value = constant(expr.operand, bind_vars)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return -value if expr.op == "-" else value
    if isinstance(expr, ast.ArrayLit):
        items = [constant(item, bind_vars) for item in expr.items]
        return UNKNOWN if any(i is UNKNOWN for i in items) else items
    if isinstance(expr, ast.ObjectLit) and all(isinstance(k, str) for k, _ in expr.items):
        values = {str(k): constant(v, bind_vars) for k, v in expr.items}
        return UNKNOWN if any(v is UNKNOWN for v in values.values()) else values
    return UNKNOWN


def attribute_path(expr: ast.Expr, var: str) -> list[str] | None:
    """``["a", "b"]`` for ``var.a.b``; None for anything else."""
    names: list[str] = []
    while isinstance(expr, ast.AttributeAccess):
        names.append(expr.name)
        expr = expr.obj
    if isinstance(expr, ast.Name) and expr.name == var and names:
        return names[::-1]
    return None


def _sort_position(rest: list[ast.Statement]) -> int | None:
    for position, statement in enumerate(rest):
        if isinstance(statement, ast.Sort):
            return position
        if not isinstance(statement, (ast.Let, ast.Filter)):
            return None
    return None


def _sorted_call(sort: ast.Sort, prefix: list[ast.Statement]) -> tuple[Any, str | None]:
    """The APPROX_NEAR_* call the SORT orders by, and the LET variable naming it."""
    if len(sort.elements) != 1:
        return None, None
    expr = sort.elements[0].expr
    if isinstance(expr, ast.FunctionCall) and expr.name in FUNCTION_METRICS:
        return expr, None
    if isinstance(expr, ast.Name):
        for statement in reversed(prefix):
            if isinstance(statement, ast.Let) and statement.variable == expr.name:
                value = statement.expr
                if isinstance(value, ast.FunctionCall) and value.name in FUNCTION_METRICS:
                    return value, statement.variable
                return None, None
    return None, None


def sorted_call(rest: list[ast.Statement]) -> ast.FunctionCall | None:
    """The APPROX_NEAR_* call that the SORT after LETs/FILTERs orders by, if any."""
    position = _sort_position(rest)
    if position is None:
        return None
    sort = rest[position]
    assert isinstance(sort, ast.Sort)
    call, _ = _sorted_call(sort, rest[:position])
    return call if isinstance(call, ast.FunctionCall) else None


def _ascending(element: ast.SortElement, bind_vars: dict[str, Any]) -> bool:
    if element.direction is None:
        return element.ascending
    value = constant(element.direction, bind_vars)
    if isinstance(value, str) and value.upper() in ("ASC", "DESC"):
        return value.upper() == "ASC"
    return value if isinstance(value, bool) else element.ascending


def _reads(statement: ast.Statement, name: str) -> bool:
    return any(isinstance(n, ast.Name) and n.name == name for n in iter_nodes(statement))


def _limit_applies(limit: ast.Limit, bind_vars: dict[str, Any]) -> bool:
    count = constant(limit.count, bind_vars)
    return not (isinstance(count, (int, float)) and not isinstance(count, bool) and count <= 0)


def _query_point(call: ast.FunctionCall, var: str, field: list[str]) -> ast.Expr | None:
    """The argument that is not ``var.<field>``, when the other one is."""
    left, right = call.args[0], call.args[1]
    if attribute_path(left, var) == field:
        return right
    if attribute_path(right, var) == field:
        return left
    return None


def check_options(call: ast.FunctionCall, bind_vars: dict[str, Any]) -> None:
    """ArangoDB's check of the search options object (``{nProbe}``): error 1501."""
    if len(call.args) < 3:
        return
    options = constant(call.args[2], bind_vars)
    if not isinstance(options, dict):
        return
    problem = None
    for name, value in options.items():
        if name != "nProbe":
            problem = f"Found unexpected attribute '{name}'"
        elif value is not None and not is_integer(value):
            problem = "Expecting type Int"
        elif value is not None and value < 1:
            problem = "nProbe must be 1 or greater!"
    if problem is not None:
        raise AqlError(errno.QUERY_PARSE, f"error parsing searchParameters: {problem}!")


def match(
    var: str,
    rest: list[ast.Statement],
    indexes: list[IndexDescription],
    bind_vars: dict[str, Any],
) -> Shape | None:
    """The vector search ``rest`` performs for ``FOR var IN <collection>``, if any."""
    position = _sort_position(rest)
    if position is None or position + 1 >= len(rest):
        return None
    prefix, sort, limit = rest[:position], rest[position], rest[position + 1]
    assert isinstance(sort, ast.Sort)
    call, distance_var = _sorted_call(sort, prefix)
    if call is None or len(call.args) < 2 or not isinstance(limit, ast.Limit):
        return None
    if not _limit_applies(limit, bind_vars):
        return None
    if distance_var is not None and any(
        isinstance(s, ast.Filter) and _reads(s, distance_var) for s in prefix
    ):
        return None
    ascending = _ascending(sort.elements[0], bind_vars)
    metric = FUNCTION_METRICS[call.name]
    if ascending != (metric == "l2"):
        return None
    for index in indexes:
        if index.type != "vector" or index.extra.get("params", {}).get("metric") != metric:
            continue
        query = _query_point(call, var, index.fields[0].split("."))
        if query is not None:
            check_options(call, bind_vars)
            return Shape(call, prefix, distance_var, limit, position + 2, index, query)
    return None


def collection_of(expr: ast.Expr, bind_vars: dict[str, Any]) -> str | None:
    """The collection name a FOR operand names directly (``coll`` or ``@@coll``)."""
    if isinstance(expr, ast.Name):
        return expr.name
    if isinstance(expr, ast.BindParam) and expr.collection:
        value = bind_vars.get("@" + expr.name)
        return value if isinstance(value, str) else None
    return None
