"""What the REST layer calls: execute, parse and explain AQL queries."""

from __future__ import annotations

import time
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
from arangolite.vector.check import check_vector_usage


@dataclass(slots=True)
class QueryResult:
    """A finished query: its result rows, statistics and warnings."""

    rows: list[Any]
    stats: dict[str, Any]
    warnings: list[dict[str, Any]] = field(default_factory=list)
    cached: bool = False
    profile: dict[str, float] | None = None
    plan: dict[str, Any] | None = None


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
    options = options or {}
    phases = _Phases()
    tree = parse_cached(query)
    values = bind_vars or {}
    check_bind_vars(tree, values)
    phases.mark("parsing")
    written = _written_collections(tree, values)
    txn = transaction if transaction is not None else db.begin(write=sorted(written))
    ctx = _context(db, txn, options, user)
    compiler = QueryCompiler(ctx, values)
    compiler.written = written
    if options.get("fullCount"):
        compiler.full_count_limit = _last_top_level_limit(tree)
    try:
        check_vector_usage(tree, values, txn)
        pipeline = compiler.compile_query(tree, frozenset())
        phases.mark("optimizing plan")
        rows = pipeline.run({})
        phases.mark("executing")
        if transaction is None:
            txn.commit()
    except BaseException:
        if transaction is None:
            txn.abort()
        raise
    if options.get("fullCount") and ctx.stats.full_count is None:
        ctx.stats.full_count = len(rows)
    result = QueryResult(rows=rows, stats=ctx.stats.to_json(ctx.elapsed()), warnings=ctx.warnings)
    _add_profile(result, options.get("profile"), phases, compiler, tree)
    return result


def _add_profile(
    result: QueryResult, option: Any, phases: _Phases, compiler: QueryCompiler, tree: ast.Query
) -> None:
    """``profile: 1`` adds phase timings; ``profile: 2`` also the plan and per-node stats."""
    level = 1 if option is True else option if type(option) is int else 0
    if level >= 1:
        phases.mark("finalizing")
        result.profile = phases.timings()
    if level >= 2:
        result.plan = explain_plan(compiler, tree)
        result.stats["nodes"] = [
            {"id": node["id"], "calls": 1, "items": 0, "runtime": 0.0}
            for node in result.plan["nodes"]
        ]


class _Phases:
    """Wall time per query phase, as ArangoDB's ``extra.profile`` reports it."""

    _NAMES = (
        "initializing",
        "parsing",
        "optimizing ast",
        "loading collections",
        "instantiating plan",
        "optimizing plan",
        "instantiating executors",
        "executing",
        "finalizing",
    )

    def __init__(self) -> None:
        self._last = time.perf_counter()
        self._spent: dict[str, float] = dict.fromkeys(self._NAMES, 0.0)

    def mark(self, phase: str) -> None:
        now = time.perf_counter()
        self._spent[phase] += now - self._last
        self._last = now

    def timings(self) -> dict[str, float]:
        return dict(self._spent)


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
