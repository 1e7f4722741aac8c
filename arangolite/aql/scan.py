"""Reading a collection for a FOR loop: a full scan or an index lookup."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from arangolite.aql.index_select import Condition, LookupPlan
from arangolite.storage.api import UNBOUNDED, CollectionAccess

if TYPE_CHECKING:
    from arangolite.aql.compile_query import QueryCompiler

Row = dict[str, Any]
Reader = Callable[[Row], Iterable[dict[str, Any]]]


def collection_reader(
    compiler: QueryCompiler,
    access: CollectionAccess,
    plan: LookupPlan | None,
    scope: frozenset[str],
    *,
    materialize: bool,
) -> Reader:
    """A function giving, for an incoming row, the documents the FOR loop visits."""
    if plan is None:

        def full_scan(row: Row) -> Iterable[dict[str, Any]]:
            return list(access.scan()) if materialize else access.scan()

        return full_scan
    lookup = _index_lookup(compiler, access, plan, scope)
    if not materialize:
        return lookup
    return lambda row: list(lookup(row))


def _values(compiler: QueryCompiler, conds: list[Condition], scope: frozenset[str]) -> list[Any]:
    return [compiler.expr(c.value, scope) for c in conds]


def _index_lookup(
    compiler: QueryCompiler, access: CollectionAccess, plan: LookupPlan, scope: frozenset[str]
) -> Reader:
    index = plan.index
    equal_fns = _values(compiler, plan.equal, scope)
    if index.type == "primary":
        return _primary_lookup(access, plan.equal[0], equal_fns[0])
    if index.type == "edge":
        direction = "out" if plan.equal[0].path == "_from" else "in"
        value_fn = equal_fns[0]
        is_in = plan.equal[0].op == "IN"

        def edge_lookup(row: Row) -> Iterable[dict[str, Any]]:
            value = value_fn(row)
            handles = value if is_in and isinstance(value, list) else [value]
            if is_in and not isinstance(value, list):
                return []
            found: list[dict[str, Any]] = []
            for handle in _unique(handles):
                if isinstance(handle, str):
                    found.extend(access.edges(handle, direction))  # type: ignore[arg-type]
            return found

        return edge_lookup
    range_fns = [(c.op, compiler.expr(c.value, scope)) for c in plan.ranges]
    last_is_in = bool(plan.equal) and plan.equal[-1].op == "IN"

    def persistent_lookup(row: Row) -> Iterable[dict[str, Any]]:
        values = [f(row) for f in equal_fns]
        if last_is_in:
            options = values[-1] if isinstance(values[-1], list) else []
            found: dict[str, dict[str, Any]] = {}
            for option in _unique(options):
                for doc in access.lookup(index.id, [*values[:-1], option]):
                    found.setdefault(doc["_key"], doc)
            return list(found.values())
        if index.sparse and any(v is None for v in values):
            return access.scan()
        if not range_fns:
            return access.lookup(index.id, values)
        low, low_inc, high, high_inc = _bounds([(op, f(row)) for op, f in range_fns])
        return access.lookup_range(index.id, values, low, low_inc, high, high_inc)

    return persistent_lookup


def _primary_lookup(access: CollectionAccess, cond: Condition, value_fn: Any) -> Reader:
    by_id = cond.path == "_id"
    prefix = access.name + "/"

    def key_of(value: Any) -> str | None:
        if not isinstance(value, str):
            return None
        if by_id:
            return value[len(prefix) :] if value.startswith(prefix) else None
        return value

    def primary(row: Row) -> Iterable[dict[str, Any]]:
        value = value_fn(row)
        if cond.op == "IN":
            candidates = value if isinstance(value, list) else []
        else:
            candidates = [value]
        found: list[dict[str, Any]] = []
        for candidate in _unique(candidates):
            key = key_of(candidate)
            doc = access.get(key) if key is not None else None
            if doc is not None:
                found.append(doc)
        return found

    return primary


def _unique(values: list[Any]) -> list[Any]:
    seen: set[Any] = set()
    out: list[Any] = []
    for value in values:
        marker = (type(value).__name__, value) if isinstance(value, (str, int, float)) else None
        if marker is not None:
            if marker in seen:
                continue
            seen.add(marker)
        out.append(value)
    return out


def _bounds(ranges: list[tuple[str, Any]]) -> tuple[Any, bool, Any, bool]:
    from arangolite.aql.values import compare

    low: Any = UNBOUNDED
    high: Any = UNBOUNDED
    low_inc = high_inc = True
    for op, value in ranges:
        if op in (">", ">="):
            inclusive = op == ">="
            if (
                low is UNBOUNDED
                or compare(value, low) > 0
                or (compare(value, low) == 0 and not inclusive)
            ):
                low, low_inc = value, inclusive
        else:
            inclusive = op == "<="
            if (
                high is UNBOUNDED
                or compare(value, high) < 0
                or (compare(value, high) == 0 and not inclusive)
            ):
                high, high_inc = value, inclusive
    return low, low_inc, high, high_inc
