"""Resolving where a traversal walks and reading a vertex's neighbours."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from arangolite import errno
from arangolite.aql import ast
from arangolite.aql.values import to_number
from arangolite.errors import AqlError, ArangoliteError, fmt
from arangolite.storage.api import CollectionAccess

if TYPE_CHECKING:
    from arangolite.aql.compile_query import QueryCompiler

_DIRECTIONS = {"OUTBOUND": "out", "INBOUND": "in", "ANY": "any"}
_REVERSED = {"out": "in", "in": "out", "any": "any"}


@dataclass(slots=True)
class Neighbourhood:
    """Edge collections with their directions, plus vertex access and weights."""

    compiler: QueryCompiler
    edges: list[tuple[CollectionAccess, str]]
    vertex_collections: frozenset[str] | None
    edge_filter: frozenset[str] | None
    weight_attribute: str | None = None
    default_weight: float = 1.0

    def neighbours(
        self, vertex_id: str, *, reverse: bool = False
    ) -> Iterator[tuple[dict[str, Any], str]]:
        """``(edge, other vertex id)`` pairs in ArangoDB's edge order (out before in).

        ``reverse`` walks every edge against its configured direction (a backward search).
        """
        for access, configured in self.edges:
            direction = _REVERSED[configured] if reverse else configured
            if direction in ("out", "any"):
                for edge in access.edges(vertex_id, "out"):
                    yield edge, edge["_to"]
            if direction in ("in", "any"):
                for edge in access.edges(vertex_id, "in"):
                    yield edge, edge["_from"]

    def vertex(self, vertex_id: str) -> dict[str, Any] | None:
        collection, _, key = vertex_id.partition("/")
        try:
            access = self.compiler.ctx.collection(collection)
        except ArangoliteError:
            return None
        return access.get(key)

    def allowed(self, vertex_id: str) -> bool:
        if self.vertex_collections is None:
            return True
        return vertex_id.partition("/")[0] in self.vertex_collections

    def weight(self, edge: dict[str, Any]) -> float:
        if self.weight_attribute is None:
            return 1.0
        value = edge.get(self.weight_attribute)
        if value is None:
            return self.default_weight
        weight = float(to_number(value))
        if weight < 0:
            raise AqlError(errno.GRAPH_NEGATIVE_EDGE_WEIGHT, "negative edge weight found")
        return weight


def _name_of(compiler: QueryCompiler, expr: ast.Expr, scope: frozenset[str]) -> str:
    if isinstance(expr, ast.Name) and expr.name not in scope:
        return expr.name
    value = compiler.expr(expr, scope)({})
    if not isinstance(value, str):
        raise AqlError(errno.QUERY_PARSE, "graph or collection name expected")
    return value


def _string_list(value: Any) -> frozenset[str] | None:
    if value is None:
        return None
    items = value if isinstance(value, list) else [value]
    return frozenset(str(v) for v in items)


def build_neighbourhood(
    compiler: QueryCompiler,
    source: ast.GraphSource,
    direction: str,
    options: dict[str, Any],
    scope: frozenset[str],
) -> Neighbourhood:
    """Edge collections (with directions) from a named graph or an explicit list."""
    default = _DIRECTIONS[direction]
    pairs: list[tuple[str, str]] = []
    if source.graph is not None:
        name = _name_of(compiler, source.graph, scope)
        graph = compiler.ctx.db.graph(name)
        if graph is None:
            raise AqlError(errno.GRAPH_NOT_FOUND, fmt(errno.GRAPH_NOT_FOUND, name), code=404)
        pairs = [(d["collection"], default) for d in graph.get("edgeDefinitions", [])]
    else:
        for own, expr in source.edge_collections:
            pairs.append((_name_of(compiler, expr, scope), _DIRECTIONS[own] if own else default))
    edge_filter = _string_list(options.get("edgeCollections"))
    accesses: list[tuple[CollectionAccess, str]] = []
    for name, edge_direction in pairs:
        if edge_filter is not None and name not in edge_filter:
            continue
        access = compiler.ctx.collection(name)
        if not access.is_edge:
            raise AqlError(
                errno.ARANGO_COLLECTION_TYPE_INVALID,
                f"collection type invalid: '{name}' is not an edge collection",
            )
        accesses.append((access, edge_direction))
    weight_attribute = options.get("weightAttribute")
    return Neighbourhood(
        compiler,
        accesses,
        _string_list(options.get("vertexCollections")),
        edge_filter,
        weight_attribute if isinstance(weight_attribute, str) and weight_attribute else None,
        float(to_number(options.get("defaultWeight", 1))),
    )


def start_vertex_id(value: Any, warn: Callable[[int, str], None]) -> str | None:
    """A traversal's start: an id string or a document with ``_id``; None (warned) otherwise."""
    if isinstance(value, dict):
        value = value.get("_id")
    if isinstance(value, str) and "/" in value:
        return value
    warn(
        errno.QUERY_PARSE,
        "Invalid input for traversal: Only id strings or objects with _id are allowed",
    )
    return None
