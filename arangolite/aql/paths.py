"""SHORTEST_PATH, K_SHORTEST_PATHS, K_PATHS and ALL_SHORTEST_PATHS."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from arangolite.aql import ast
from arangolite.aql.graph_source import Neighbourhood, build_neighbourhood, start_vertex_id
from arangolite.aql.values import to_number

if TYPE_CHECKING:
    from arangolite.aql.compile_query import QueryCompiler

Row = dict[str, Any]
# a path as (vertex ids, edges)
RawPath = tuple[tuple[str, ...], tuple[dict[str, Any], ...]]


def _weight(hood: Neighbourhood, edges: tuple[dict[str, Any], ...]) -> float:
    return sum(hood.weight(e) for e in edges)


def dijkstra(
    hood: Neighbourhood,
    source: str,
    target: str,
    banned_edges: frozenset[str] = frozenset(),
    banned_vertices: frozenset[str] = frozenset(),
) -> RawPath | None:
    """The lightest path (fewest edges when unweighted), ties broken by edge order."""
    counter = 0
    queue: list[tuple[float, int, str, RawPath]] = [(0.0, 0, source, ((source,), ()))]
    settled: set[str] = set()
    while queue:
        cost, _, vertex, path = heapq.heappop(queue)
        if vertex in settled:
            continue
        settled.add(vertex)
        if vertex == target:
            return path
        for edge, other in hood.neighbours(vertex):
            if other in settled or edge["_id"] in banned_edges or other in banned_vertices:
                continue
            if not hood.allowed(other):
                continue
            counter += 1
            new_path = ((*path[0], other), (*path[1], edge))
            heapq.heappush(queue, (cost + hood.weight(edge), counter, other, new_path))
    return None


def k_shortest(hood: Neighbourhood, source: str, target: str) -> Iterator[RawPath]:
    """Yen's algorithm: loop-free paths in order of increasing weight."""
    first = dijkstra(hood, source, target)
    if first is None:
        return
    found: list[RawPath] = [first]
    yield first
    candidates: list[tuple[float, int, RawPath]] = []
    seen = {_signature(first)}
    counter = 0
    while True:
        last = found[-1]
        for i in range(len(last[0]) - 1):
            spur = last[0][i]
            root = (last[0][: i + 1], last[1][:i])
            banned_edges = {
                p[1][i]["_id"] for p in found if len(p[1]) > i and p[0][: i + 1] == root[0]
            }
            spur_path = dijkstra(
                hood, spur, target, frozenset(banned_edges), frozenset(root[0][:-1])
            )
            if spur_path is None:
                continue
            total: RawPath = (root[0][:-1] + spur_path[0], root[1] + spur_path[1])
            signature = _signature(total)
            if signature in seen:
                continue
            seen.add(signature)
            counter += 1
            heapq.heappush(candidates, (_weight(hood, total[1]), counter, total))
        if not candidates:
            return
        best = heapq.heappop(candidates)[2]
        found.append(best)
        yield best


def _signature(path: RawPath) -> tuple[str, ...]:
    return tuple(e["_id"] for e in path[1])


def k_paths(
    hood: Neighbourhood, source: str, target: str, low: int, high: int
) -> Iterator[RawPath]:
    """Every loop-free path with ``low``..``high`` edges, shorter paths first."""
    frontier: list[RawPath] = [((source,), ())]
    depth = 0
    while frontier and depth <= high:
        following: list[RawPath] = []
        for path in frontier:
            if path[0][-1] == target and depth >= low:
                yield path
            if path[0][-1] == target and depth > 0:
                continue
            for edge, other in hood.neighbours(path[0][-1]):
                if other in path[0] or not hood.allowed(other):
                    continue
                following.append(((*path[0], other), (*path[1], edge)))
        frontier = following
        depth += 1


def all_shortest(hood: Neighbourhood, source: str, target: str) -> Iterator[RawPath]:
    """Every path with the minimal number of edges."""
    found = False
    for path in k_paths(hood, source, target, 0, 10_000):
        yield path
        found = True
        shortest = len(path[1])
        break
    if not found:
        return
    for path in k_paths(hood, source, target, shortest, shortest):
        if found:
            found = False
            continue
        yield path


def compile_path_search(
    compiler: QueryCompiler, node: ast.PathSearch, scope: frozenset[str]
) -> tuple[Callable[[Iterator[Row]], Iterator[Row]], frozenset[str]]:
    """Compile a shortest-path-family FOR."""
    options = compiler.constant_options(node.options, scope)
    hood = build_neighbourhood(compiler, node.source, node.direction, options, scope)
    start_fn = compiler.expr(node.start, scope)
    target_fn = compiler.expr(node.target, scope)
    low = int(to_number(compiler.expr(node.min_depth, scope)({}))) if node.min_depth else 1
    high = int(to_number(compiler.expr(node.max_depth, scope)({}))) if node.max_depth else low
    ctx = compiler.ctx
    kind = node.kind

    def paths(source: str, target: str) -> Iterator[RawPath]:
        if kind == "SHORTEST_PATH":
            found = dijkstra(hood, source, target)
            return iter([found] if found else [])
        if kind == "K_SHORTEST_PATHS":
            return k_shortest(hood, source, target)
        if kind == "K_PATHS":
            return k_paths(hood, source, target, low, high)
        return all_shortest(hood, source, target)

    def search(rows: Iterator[Row]) -> Iterator[Row]:
        for row in rows:
            source = start_vertex_id(start_fn(row), ctx.warn)
            target = start_vertex_id(target_fn(row), ctx.warn)
            if source is None or target is None:
                continue
            if hood.vertex(source) is None or hood.vertex(target) is None:
                continue
            for ids, edges in paths(source, target):
                ctx.tick()
                vertices = [hood.vertex(v) for v in ids]
                if kind == "SHORTEST_PATH":
                    for position, vertex in enumerate(vertices):
                        new = row.copy()
                        new[node.vertex_var] = vertex
                        if node.edge_var:
                            new[node.edge_var] = edges[position - 1] if position else None
                        yield new
                    continue
                new = row.copy()
                new[node.vertex_var] = {
                    "edges": list(edges),
                    "vertices": vertices,
                    "weight": _weight(hood, edges) if hood.weight_attribute else len(edges),
                }
                yield new

    names = {node.vertex_var} | ({node.edge_var} if node.edge_var else set())
    return search, scope | names
