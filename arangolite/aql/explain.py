"""A plan-shaped description of a query for ``/_api/explain`` (which indexes it uses)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from arangolite.aql import ast
from arangolite.aql.index_select import choose_index

if TYPE_CHECKING:
    from arangolite.aql.compile_query import QueryCompiler

_NODE_TYPES = {
    "Filter": "FilterNode",
    "Let": "CalculationNode",
    "Sort": "SortNode",
    "Limit": "LimitNode",
    "Collect": "CollectNode",
    "Window": "WindowNode",
    "Return": "ReturnNode",
    "Insert": "InsertNode",
    "Update": "UpdateNode",
    "Remove": "RemoveNode",
    "Upsert": "UpsertNode",
    "Traversal": "TraversalNode",
    "PathSearch": "ShortestPathNode",
}


def _for_node(
    compiler: QueryCompiler, statement: ast.For, rest: list[ast.Statement]
) -> dict[str, Any]:
    node: dict[str, Any] = {
        "type": "EnumerateListNode",
        "outVariable": {"name": statement.variable},
    }
    expr = statement.expr
    if not isinstance(expr, ast.Name) or compiler.ctx.db.collection_info(expr.name) is None:
        return node
    filters = []
    for following in rest:
        if isinstance(following, ast.Filter):
            filters.append(following.condition)
        elif not isinstance(following, ast.Let):
            break
    access = compiler.ctx.collection(expr.name)
    plan = choose_index(access.indexes(), filters, statement.variable)
    node["collection"] = expr.name
    if plan is None:
        node["type"] = "EnumerateCollectionNode"
        node["random"] = False
    else:
        node["type"] = "IndexNode"
        node["indexes"] = [plan.index.to_json()]
    return node


def explain_plan(compiler: QueryCompiler, tree: ast.Query) -> dict[str, Any]:
    """Nodes in execution order with ids/dependencies, collections and flags."""
    nodes: list[dict[str, Any]] = [{"type": "SingletonNode"}]
    collections: dict[str, str] = {}
    modification = False
    statements = tree.statements
    for position, statement in enumerate(statements):
        name = type(statement).__name__
        if isinstance(statement, ast.For):
            node = _for_node(compiler, statement, statements[position + 1 :])
            if "collection" in node:
                collections.setdefault(node["collection"], "read")
        else:
            node = {"type": _NODE_TYPES.get(name, name + "Node")}
        if isinstance(statement, (ast.Insert, ast.Update, ast.Remove, ast.Upsert)):
            modification = True
            target = statement.collection
            if isinstance(target, ast.Name):
                collections[target.name] = "write"
                node["collection"] = target.name
        nodes.append(node)
    for number, node in enumerate(nodes, start=1):
        node["id"] = number
        node["dependencies"] = [number - 1] if number > 1 else []
        node["estimatedCost"] = float(number)
        node["estimatedNrItems"] = 1
    return {
        "nodes": nodes,
        "rules": [],
        "collections": [{"name": n, "type": t} for n, t in sorted(collections.items())],
        "variables": [],
        "estimatedCost": float(len(nodes)),
        "estimatedNrItems": 1,
        "isModificationQuery": modification,
    }
