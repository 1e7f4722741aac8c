"""Compiling ``FOR d IN coll … SORT APPROX_NEAR_x(d.attr, q) … LIMIT k`` into an exact search.

The compiler hands over a collection FOR whose following operations sort by an
APPROX_NEAR_* function. :func:`plan_vector_for` takes over those operations (the
LETs and FILTERs before the SORT, the SORT and the LIMIT) and returns one stage:
for every incoming row it ranks the collection's vectors against the query point
(one matrix product over the index's :class:`~arangolite.vector.store.VectorStore`),
walks the documents best first, applies the LETs and FILTERs, and keeps the
first ``offset + count`` that pass; the LIMIT then applies to the whole stream,
as after ArangoDB's ``EnumerateNearVectors`` node. The result is the exact
filtered top k (ArangoDB's IVF search only approximates it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from arangolite.aql import ast
from arangolite.aql.compile_bool import compile_condition
from arangolite.storage.api import CollectionAccess, IndexDescription
from arangolite.vector.query import query_vector, search_source
from arangolite.vector.shape import Shape, match, not_applied, sorted_call
from arangolite.vector.store import VectorStore

if TYPE_CHECKING:
    from arangolite.aql.compile_query import QueryCompiler

Row = dict[str, Any]
Stage = Callable[[Iterator[Row]], Iterator[Row]]
Step = tuple[str | None, Callable[[Row], Any]]  # (LET variable, fn) or (None, FILTER condition)


def is_vector_search(rest: list[ast.Statement]) -> bool:
    """Whether the operations after a collection FOR sort by an APPROX_NEAR_* value."""
    return sorted_call(rest) is not None


def _steps(
    compiler: QueryCompiler, shape: Shape, scope: frozenset[str]
) -> tuple[list[Step], frozenset[str]]:
    """The LETs and FILTERs before the SORT, compiled in order (the distance LET excluded)."""
    steps: list[Step] = []
    for statement in shape.prefix:
        if isinstance(statement, ast.Let):
            if statement.variable != shape.distance_var:
                steps.append((statement.variable, compiler.expr(statement.expr, scope)))
            scope = scope | {statement.variable}
        elif isinstance(statement, ast.Filter):
            steps.append((None, compile_condition(compiler, statement.condition, scope)))
    return steps, scope


def _passes(steps: list[Step], row: Row) -> bool:
    for variable, fn in steps:
        if variable is None:
            if not fn(row):
                return False
        else:
            row[variable] = fn(row)
    return True


def plan_vector_for(
    compiler: QueryCompiler,
    node: ast.For,
    access: CollectionAccess,
    scope: frozenset[str],
    rest: list[ast.Statement],
) -> tuple[Stage, frozenset[str]]:
    """The stage answering a vector search FOR (raises 1554 when it is not one)."""
    shape = match(node.variable, rest, access.indexes(), compiler.bind_vars)
    if shape is None:
        raise not_applied()
    steps, inner = _steps(compiler, shape, scope | {node.variable})
    limit = shape.limit
    offset = compiler._constant_int(limit.offset, "LIMIT") if limit.offset is not None else 0
    count = compiler._limit_count(limit.count)
    search = _Search(compiler, node.variable, shape, access, steps, offset + count)
    search.query = compiler.expr(shape.query, scope)
    if limit is compiler.full_count_limit:
        search.count_all = True
    stats = compiler.ctx.stats
    compiler.absorbed = shape.consumed  # last: compiling subqueries above resets it

    def stage(rows: Iterator[Row]) -> Iterator[Row]:
        found = (result for row in rows for result in search.results(row))
        if not search.count_all:
            yield from islice(found, offset, offset + count)
            return
        for position, result in enumerate(found):
            if offset <= position < offset + count:
                yield result
        stats.full_count = search.passing

    return stage, inner


class _Search:
    """The per-row search of one compiled vector FOR."""

    def __init__(
        self,
        compiler: QueryCompiler,
        variable: str,
        shape: Shape,
        access: CollectionAccess,
        steps: list[Step],
        needed: int,
    ) -> None:
        self.variable = variable
        self.distance_var = shape.distance_var
        self.index: IndexDescription = shape.index
        self.access = access
        self.steps = steps
        self.needed = needed
        self.ctx = compiler.ctx
        self.materialize = access.name in compiler.written
        self.query: Callable[[Row], Any] = lambda row: None
        self.count_all = False
        self.passing = 0

    def results(self, row: Row) -> Iterator[Row]:
        found = self._walk(row)
        return iter(list(found)) if self.materialize else found

    def _walk(self, row: Row) -> Iterator[Row]:
        params = self.index.extra["params"]
        point = query_vector(self.query(row), int(params["dimension"]))
        store, document = search_source(self.access, self.index)
        filtered = any(variable is None for variable, _ in self.steps)
        first = VectorStore.first_chunk(self.needed, filtered)
        stats, tick = self.ctx.stats, self.ctx.tick
        counting = self.count_all and filtered  # fullCount: documents passing the FILTERs
        if self.count_all and not filtered:
            self.passing += len(store)
        produced = 0
        for key, value in store.ranked(point, first):
            doc = document(key)
            if doc is None:
                continue
            tick()
            stats.scanned_index += 1
            new = row.copy()
            new[self.variable] = doc
            if self.distance_var is not None:
                new[self.distance_var] = value
            if not _passes(self.steps, new):
                stats.filtered += 1
                continue
            self.passing += counting
            if produced < self.needed:
                produced += 1
                yield new
            elif not counting:
                return
