"""Refusing APPROX_NEAR_* calls that no vector index answers (error 1554), once per query.

ArangoDB's APPROX_NEAR_* functions only stand for a vector index lookup: where
the optimizer cannot replace a call by one (no matching index, wrong SORT
direction, no LIMIT, used in RETURN/FILTER …) running it fails with
``ERROR_QUERY_VECTOR_SEARCH_NOT_APPLIED``. arangolite refuses such a query before
running it.
"""

from __future__ import annotations

from typing import Any

from arangolite.aql import ast
from arangolite.aql.walk import iter_nodes
from arangolite.errors import ArangoliteError
from arangolite.storage.api import IndexDescription, Transaction
from arangolite.vector.shape import FUNCTION_METRICS, collection_of, match, not_applied


def _indexes(txn: Transaction, name: str) -> list[IndexDescription] | None:
    try:
        return txn.collection(name).indexes()
    except ArangoliteError:
        return None


def _variables(tree: ast.Query) -> set[str]:
    """Every variable name the query declares (a FOR over one reads an array)."""
    names: set[str] = set()
    for node in iter_nodes(tree):
        if isinstance(node, (ast.For, ast.Let)):
            names.add(node.variable)
        elif isinstance(node, (ast.Traversal, ast.PathSearch)):
            names.update(n for n in (node.vertex_var, node.edge_var) if n)
            names.update(n for n in (getattr(node, "path_var", None),) if n)
        elif isinstance(node, ast.Window):
            names.update(a.variable for a in node.aggregates)
        elif isinstance(node, ast.Collect):
            names.update(name for name, _ in node.groups)
            names.update(a.variable for a in node.aggregates)
            names.update(n for n in (node.into, node.count_into) if n)
    return names


def _answered_calls(
    tree: ast.Query, bind_vars: dict[str, Any], txn: Transaction
) -> set[int] | None:
    """Ids of the APPROX_NEAR_* call nodes that a vector index answers.

    None when a FOR names no collection (compiling the query reports that first).
    """
    answered: set[int] = set()
    variables = _variables(tree)
    for node in iter_nodes(tree):
        if not isinstance(node, ast.Query):
            continue
        statements = node.statements
        for position, statement in enumerate(statements):
            if not isinstance(statement, ast.For) or statement.search is not None:
                continue
            name = collection_of(statement.expr, bind_vars)
            if name is None or name in variables:
                continue
            indexes = _indexes(txn, name)
            if indexes is None:
                return None
            rest = statements[position + 1 :]
            shape = match(statement.variable, rest, indexes, bind_vars)
            if shape is not None:
                answered.add(id(shape.call))
    return answered


def check_vector_usage(tree: ast.Query, bind_vars: dict[str, Any], txn: Transaction) -> None:
    """Raise 1554 when the query calls APPROX_NEAR_* where no vector index answers it."""
    calls = [
        node
        for node in iter_nodes(tree)
        if isinstance(node, ast.FunctionCall) and node.name in FUNCTION_METRICS
    ]
    if not calls:
        return
    answered = _answered_calls(tree, bind_vars, txn)
    if answered is not None and any(id(call) not in answered for call in calls):
        raise not_applied()
