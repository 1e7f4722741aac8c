"""SHORTEST_PATH, K_SHORTEST_PATHS, K_PATHS and ALL_SHORTEST_PATHS."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from arangolite.aql import ast
from arangolite.aql.graph_source import build_neighbourhood, start_vertex_id
from arangolite.aql.path_search import (
    RawPath,
    all_shortest,
    k_paths,
    k_shortest,
    path_weight,
    shortest,
)
from arangolite.aql.values import to_number

if TYPE_CHECKING:
    from arangolite.aql.compile_query import QueryCompiler

Row = dict[str, Any]


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
            found = shortest(hood, source, target)
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
                    "weight": path_weight(hood, edges) if hood.weight_attribute else len(edges),
                }
                yield new

    names = {node.vertex_var} | ({node.edge_var} if node.edge_var else set())
    return search, scope | names
