"""Graph traversals: ``FOR v, e, p IN min..max DIRECTION start GRAPH g | edges``.

Depth-first by default, visiting a vertex's neighbours in the reverse of the
edge index order, as ArangoDB's stack-based traversal does; ``bfs`` and
``weighted`` orders use a queue and a priority queue. Neighbours are read
through the edge index only.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from arangolite import errno
from arangolite.aql import ast
from arangolite.aql.graph_source import Neighbourhood, build_neighbourhood, start_vertex_id
from arangolite.aql.values import to_bool, to_number
from arangolite.errors import AqlError

if TYPE_CHECKING:
    from arangolite.aql.compile_query import QueryCompiler

Row = dict[str, Any]


@dataclass(slots=True)
class Step:
    """One emitted position: vertex, edge that led there, the path, depth and weight."""

    vertex: dict[str, Any] | None
    vertex_id: str
    edge: dict[str, Any] | None
    vertices: tuple[dict[str, Any] | None, ...]
    edges: tuple[dict[str, Any], ...]
    depth: int
    weight: float = 0.0

    def path(self, weighted: bool) -> dict[str, Any]:
        body: dict[str, Any] = {"edges": list(self.edges), "vertices": list(self.vertices)}
        if weighted:
            body["weight"] = self.weight
        return body


@dataclass(slots=True)
class Rules:
    min_depth: int
    max_depth: int
    order: str
    unique_vertices: str
    unique_edges: str


def _rules(compiler: QueryCompiler, node: ast.Traversal, options: dict[str, Any]) -> Rules:
    low = compiler.expr(node.min_depth, frozenset())({})
    high = compiler.expr(node.max_depth, frozenset())({})
    order = options.get("order") or ("bfs" if options.get("bfs") else "dfs")
    if order not in ("dfs", "bfs", "weighted"):
        raise AqlError(errno.QUERY_INVALID_OPTIONS_ATTRIBUTE, f"invalid traversal order '{order}'")
    rules = Rules(
        int(to_number(low)),
        int(to_number(high)),
        order,
        options.get("uniqueVertices", "none"),
        options.get("uniqueEdges", "path"),
    )
    if rules.unique_vertices == "global" and order == "dfs":
        raise AqlError(
            errno.QUERY_PARSE,
            "uniqueVertices: 'global' is only supported with order: 'bfs' or 'weighted'",
        )
    if rules.min_depth < 0 or rules.max_depth < rules.min_depth:
        raise AqlError(errno.QUERY_NUMBER_OUT_OF_RANGE, "invalid traversal depth")
    return rules


def _expand(hood: Neighbourhood, rules: Rules, step: Step, seen: set[str] | None) -> list[Step]:
    children: list[Step] = []
    path_ids = {v["_id"] for v in step.vertices if v is not None}
    for edge, other in hood.neighbours(step.vertex_id):
        if rules.unique_edges == "path" and any(
            e is edge or e["_id"] == edge["_id"] for e in step.edges
        ):
            continue
        if rules.unique_vertices == "path" and other in path_ids:
            continue
        if seen is not None:
            if other in seen:
                continue
            seen.add(other)
        if not hood.allowed(other):
            continue
        vertex = hood.vertex(other)
        children.append(
            Step(
                vertex,
                other,
                edge,
                (*step.vertices, vertex),
                (*step.edges, edge),
                step.depth + 1,
                step.weight + hood.weight(edge),
            )
        )
    return children


def walk(
    hood: Neighbourhood,
    rules: Rules,
    start: Step,
    prune: Callable[[Step], bool] | None,
    tick: Callable[[], None],
) -> Iterator[Step]:
    """Every step from ``start`` within the depth bounds, in the configured order."""
    seen: set[str] | None = {start.vertex_id} if rules.unique_vertices == "global" else None
    counter = 0
    frontier: Any
    if rules.order == "dfs":
        frontier = [start]
        pop: Callable[[], Step] = frontier.pop
    elif rules.order == "bfs":
        frontier = deque([start])
        pop = frontier.popleft
    else:
        frontier = [(0.0, 0, start)]
        pop = lambda: heapq.heappop(frontier)[2]  # noqa: E731
    while frontier:
        tick()
        step = pop()
        stop = prune(step) if prune is not None else False
        if step.depth >= rules.min_depth:
            yield step
        if stop or step.depth >= rules.max_depth:
            continue
        children = _expand(hood, rules, step, seen)
        if rules.order == "weighted":
            for child in children:
                counter += 1
                heapq.heappush(frontier, (child.weight, counter, child))
        else:
            frontier.extend(children)


def compile_traversal(
    compiler: QueryCompiler, node: ast.Traversal, scope: frozenset[str]
) -> tuple[Callable[[Iterator[Row]], Iterator[Row]], frozenset[str]]:
    """Compile a traversal FOR; binds the vertex, edge and path variables."""
    options = compiler.constant_options(node.options, scope)
    rules = _rules(compiler, node, options)
    hood = build_neighbourhood(compiler, node.source, node.direction, options, scope)
    start_fn = compiler.expr(node.start, scope)
    weighted = rules.order == "weighted"
    names = (node.vertex_var, node.edge_var, node.path_var)
    inner = scope | {n for n in names if n}
    prune_var = node.prune.variable if node.prune else None
    prune_fn = compiler.expr(node.prune.condition, inner) if node.prune else None
    ctx = compiler.ctx

    def bind(row: Row, step: Step) -> Row:
        new = row.copy()
        new[node.vertex_var] = step.vertex
        if node.edge_var:
            new[node.edge_var] = step.edge
        if node.path_var:
            new[node.path_var] = step.path(weighted)
        return new

    def traverse(rows: Iterator[Row]) -> Iterator[Row]:
        for row in rows:
            start_id = start_vertex_id(start_fn(row), ctx.warn)
            if start_id is None:
                continue
            vertex = hood.vertex(start_id)
            if vertex is None:
                continue
            pruned: dict[int, bool] = {}

            def prune(step: Step, row: Row = row, pruned: dict[int, bool] = pruned) -> bool:
                result = to_bool(prune_fn(bind(row, step))) if prune_fn else False
                pruned[id(step)] = result
                return result

            first = Step(vertex, start_id, None, (vertex,), (), 0)
            for step in walk(hood, rules, first, prune if prune_fn else None, ctx.tick):
                new = bind(row, step)
                if prune_var is not None:
                    new[prune_var] = pruned.pop(id(step), False)
                yield new

    out_scope = inner | ({prune_var} if prune_var else set())
    return traverse, frozenset(out_scope)
