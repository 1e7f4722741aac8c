"""What the REST layer calls: execute, parse and explain AQL queries."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from arangolite import errno
from arangolite.aql import ast
from arangolite.aql.compile_query import QueryCompiler
from arangolite.aql.context import MAX_WARNINGS, QueryContext
from arangolite.aql.explain import explain_plan
from arangolite.aql.parser import parse as parse_text
from arangolite.aql.walk import bind_parameters, iter_nodes, modification_targets
from arangolite.errors import AqlError, fmt
from arangolite.storage.api import DatabaseHandle, Transaction


@dataclass(slots=True)
class QueryResult:
    """A finished query: its result rows, statistics and warnings."""

    rows: list[Any]
    stats: dict[str, Any]
    warnings: list[dict[str, Any]] = field(default_factory=list)
    cached: bool = False


@lru_cache(maxsize=512)
def parse_cached(query: str) -> ast.Query:
    """Parse ``query`` once; the AST is never modified after parsing."""
    return parse_text(query)


def check_bind_vars(tree: ast.Query, bind_vars: dict[str, Any]) -> None:
    """Every declared bind parameter must have a value, and no value may be undeclared."""
    if not isinstance(bind_vars, dict):
        raise AqlError(
            errno.QUERY_BIND_PARAMETERS_INVALID, fmt(errno.QUERY_BIND_PARAMETERS_INVALID)
        )
    declared = bind_parameters(tree)
    for name in declared:
        if name not in bind_vars:
            raise AqlError(
                errno.QUERY_BIND_PARAMETER_MISSING, fmt(errno.QUERY_BIND_PARAMETER_MISSING, name)
            )
    for name in bind_vars:
        if name not in declared:
            raise AqlError(
                errno.QUERY_BIND_PARAMETER_UNDECLARED,
                fmt(errno.QUERY_BIND_PARAMETER_UNDECLARED, name),
            )


def _written_collections(tree: ast.Query, bind_vars: dict[str, Any]) -> set[str]:
    names: set[str] = set()
    for expr in modification_targets(tree):
        if isinstance(expr, ast.Name):
            names.add(expr.name)
        elif isinstance(expr, ast.BindParam):
            value = bind_vars.get(("@" + expr.name) if expr.collection else expr.name)
            if isinstance(value, str):
                names.add(value)
        elif isinstance(expr, ast.Literal) and isinstance(expr.value, str):
            names.add(expr.value)
    return names


def _last_top_level_limit(tree: ast.Query) -> ast.Limit | None:
    limits = [s for s in tree.statements if isinstance(s, ast.Limit)]
    return limits[-1] if limits else None


def _context(
    db: DatabaseHandle, txn: Transaction, options: dict[str, Any], user: str | None
) -> QueryContext:
    return QueryContext(
        db,
        txn,
        user=user,
        max_runtime=float(options.get("maxRuntime") or 0.0),
        fail_on_warning=bool(options.get("failOnWarning", False)),
        max_warning_count=int(options.get("maxWarningCount", MAX_WARNINGS)),
    )


def execute(
    db: DatabaseHandle,
    query: str,
    bind_vars: dict[str, Any] | None,
    options: dict[str, Any],
    *,
    transaction: Transaction | None = None,
    user: str | None = None,
) -> QueryResult:
    """Run ``query``; all its writes commit together, or none if it fails.

    Raises:
        AqlError: parse errors (1501/1502), bind parameter errors (155x), runtime errors.
        ArangoliteError: storage errors (missing collection, conflicts …).
    """
    if not isinstance(query, str):
        raise AqlError(errno.QUERY_EMPTY, fmt(errno.QUERY_EMPTY))
    tree = parse_cached(query)
    values = bind_vars or {}
    check_bind_vars(tree, values)
    written = _written_collections(tree, values)
    txn = transaction if transaction is not None else db.begin(write=sorted(written))
    ctx = _context(db, txn, options or {}, user)
    compiler = QueryCompiler(ctx, values)
    compiler.written = written
    if (options or {}).get("fullCount"):
        compiler.full_count_limit = _last_top_level_limit(tree)
    try:
        rows = compiler.compile_query(tree, frozenset()).run({})
        if transaction is None:
            txn.commit()
    except BaseException:
        if transaction is None:
            txn.abort()
        raise
    if (options or {}).get("fullCount") and ctx.stats.full_count is None:
        ctx.stats.full_count = len(rows)
    return QueryResult(rows=rows, stats=ctx.stats.to_json(ctx.elapsed()), warnings=ctx.warnings)


def _collections_of(tree: ast.Query) -> list[str]:
    names: list[str] = []
    for node in iter_nodes(tree):
        if isinstance(node, (ast.For,)) and isinstance(node.expr, ast.Name):
            names.append(node.expr.name)
    for expr in modification_targets(tree):
        if isinstance(expr, ast.Name):
            names.append(expr.name)
    return sorted(set(names))


def parse(query: str) -> dict[str, Any]:
    """The body of ``POST /_api/query``: collections, bind parameters and a short AST."""
    tree = parse_cached(query)
    return {
        "parsed": True,
        "collections": _collections_of(tree),
        "bindVars": bind_parameters(tree),
        "ast": [
            {
                "type": "root",
                "subNodes": [{"type": type(s).__name__.lower()} for s in tree.statements],
            }
        ],
    }


def explain(
    db: DatabaseHandle, query: str, bind_vars: dict[str, Any] | None, options: dict[str, Any]
) -> dict[str, Any]:
    """The body of ``POST /_api/explain``: a plan-shaped description of the query."""
    tree = parse_cached(query)
    values = bind_vars or {}
    check_bind_vars(tree, values)
    txn = db.begin()
    try:
        ctx = _context(db, txn, options or {}, None)
        plan = explain_plan(QueryCompiler(ctx, values), tree)
    finally:
        txn.abort()
    body: dict[str, Any] = {
        "warnings": [],
        "stats": {"rulesExecuted": 0, "rulesSkipped": 0, "plansCreated": 1},
    }
    if (options or {}).get("allPlans"):
        body["plans"] = [plan]
    else:
        body["plan"] = plan
        body["cacheable"] = not plan["isModificationQuery"]
    return body
