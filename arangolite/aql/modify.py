"""Data-modification operations: INSERT, UPDATE, REPLACE, REMOVE, UPSERT.

Writes go through the query's transaction (all or nothing). After an
operation, ``NEW`` and ``OLD`` are bound in the row for a following LET/RETURN.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from arangolite import errno
from arangolite.aql import ast
from arangolite.aql.compile_array import CURRENT
from arangolite.aql.values import equals, to_bool
from arangolite.errors import AqlError, ArangoliteError
from arangolite.storage.api import CollectionAccess, WriteOptions, WriteResult

if TYPE_CHECKING:
    from arangolite.aql.compile_query import QueryCompiler

Row = dict[str, Any]
Stage = Callable[[Iterator[Row]], Iterator[Row]]
Op = Callable[[CollectionAccess, Row], WriteResult | None]

_KNOWN_OPTIONS = frozenset(
    {
        "ignoreErrors",
        "keepNull",
        "mergeObjects",
        "waitForSync",
        "ignoreRevs",
        "exclusive",
        "overwrite",
        "overwriteMode",
        "refillIndexCaches",
        "readOwnWrites",
        "indexHint",
        "forceIndexHint",
        "versionAttribute",
    }
)


def _collection_name(compiler: QueryCompiler, expr: ast.Expr, scope: frozenset[str]) -> str:
    name = compiler.collection_operand(expr, scope)
    if name is None and isinstance(expr, (ast.Literal, ast.BindParam)):
        value = compiler.expr(expr, scope)({})
        return compiler.ctx.require_collection(value if isinstance(value, str) else str(value))
    if name is None:
        raise AqlError(errno.QUERY_PARSE, "collection name expected in data-modification")
    return name


def _options(compiler: QueryCompiler, expr: ast.Expr | None, scope: frozenset[str]) -> Any:
    options = compiler.constant_options(expr, scope)
    for name in options:
        if name not in _KNOWN_OPTIONS:
            compiler.ctx.warn(
                errno.QUERY_INVALID_OPTIONS_ATTRIBUTE,
                f"unknown/invalid OPTIONS attribute used: {name}",
            )
    mode = options.get("overwriteMode")
    if mode is None and options.get("overwrite") is True:
        mode = "replace"
    write = WriteOptions(
        overwrite_mode=mode,
        keep_null=options.get("keepNull", True) is not False,
        merge_objects=options.get("mergeObjects", True) is not False,
        ignore_revs=options.get("ignoreRevs", True) is not False,
        wait_for_sync=bool(options.get("waitForSync", False)),
    )
    return write, bool(options.get("ignoreErrors", False))


def _stage(compiler: QueryCompiler, collection: str, op: Op, ignore_errors: bool) -> Stage:
    compiler.written.add(collection)
    ctx = compiler.ctx
    stats = ctx.stats

    def modify(rows: Iterator[Row]) -> Iterator[Row]:
        access = ctx.collection(collection, write=True)
        for row in rows:
            ctx.tick()
            try:
                result = op(access, row)
            except ArangoliteError as exc:
                if ignore_errors:
                    stats.writes_ignored += 1
                    continue
                raise AqlError(exc.errno, exc.message, code=exc.code) from exc
            if result is None:
                stats.writes_ignored += 1
                row["NEW"] = row["OLD"] = None
            else:
                stats.writes_executed += 1
                row["NEW"], row["OLD"] = result.new, result.old
            yield row

    return modify


def _document(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ArangoliteError(errno.ARANGO_DOCUMENT_TYPE_INVALID, "invalid document type")
    return value


def _key_of(value: Any) -> str:
    if isinstance(value, str):
        return value.rpartition("/")[2] if "/" in value else value
    if isinstance(value, dict):
        key = value.get("_key")
        if isinstance(key, str):
            return key
        handle = value.get("_id")
        if isinstance(handle, str) and "/" in handle:
            return handle.partition("/")[2]
        raise ArangoliteError(errno.ARANGO_DOCUMENT_KEY_MISSING, "missing document key")
    raise ArangoliteError(errno.ARANGO_DOCUMENT_KEY_BAD, "illegal document key")


def _scope_after(scope: frozenset[str]) -> frozenset[str]:
    return scope | {"NEW", "OLD"}


def compile_insert(compiler: QueryCompiler, node: ast.Insert, scope: frozenset[str]) -> Any:
    collection = _collection_name(compiler, node.collection, scope)
    document = compiler.expr(node.document, scope)
    write, ignore = _options(compiler, node.options, scope)

    def insert(access: CollectionAccess, row: Row) -> WriteResult | None:
        result = access.insert(_document(document(row)), write)
        return result

    return _stage(compiler, collection, insert, ignore), _scope_after(scope)


def compile_update(compiler: QueryCompiler, node: ast.Update, scope: frozenset[str]) -> Any:
    collection = _collection_name(compiler, node.collection, scope)
    document = compiler.expr(node.document, scope)
    key_fn = compiler.expr(node.key, scope) if node.key is not None else None
    write, ignore = _options(compiler, node.options, scope)
    replace = node.replace

    def update(access: CollectionAccess, row: Row) -> WriteResult | None:
        body = _document(document(row))
        key = _key_of(key_fn(row) if key_fn is not None else body)
        if replace:
            return access.replace(key, body, write)
        return access.update(key, body, write)

    return _stage(compiler, collection, update, ignore), _scope_after(scope)


def compile_remove(compiler: QueryCompiler, node: ast.Remove, scope: frozenset[str]) -> Any:
    collection = _collection_name(compiler, node.collection, scope)
    key_fn = compiler.expr(node.key, scope)
    write, ignore = _options(compiler, node.options, scope)

    def remove(access: CollectionAccess, row: Row) -> WriteResult | None:
        value = key_fn(row)
        if isinstance(value, dict) and not write.ignore_revs and "_rev" in value:
            write_rev = WriteOptions(ignore_revs=False, if_match=value["_rev"])
            return access.remove(_key_of(value), write_rev)
        return access.remove(_key_of(value), write)

    return _stage(compiler, collection, remove, ignore), _scope_after(scope)


def compile_upsert(compiler: QueryCompiler, node: ast.Upsert, scope: frozenset[str]) -> Any:
    collection = _collection_name(compiler, node.collection, scope)
    search = compiler.expr(node.search, scope | {CURRENT} if node.search_filter else scope)
    insert_fn = compiler.expr(node.insert, scope)
    update_fn = compiler.expr(node.update, scope | {"OLD"})
    write, ignore = _options(compiler, node.options, scope)
    insert_options = WriteOptions(wait_for_sync=write.wait_for_sync)
    replace = node.replace

    def upsert(access: CollectionAccess, row: Row) -> WriteResult | None:
        if node.search_filter:
            existing = _first_where(access, search, row)
        else:
            existing = find_match(access, _document(search(row)))
        if existing is None:
            return access.insert(_document(insert_fn(row)), insert_options)
        local = dict(row)
        local["OLD"] = existing
        body = _document(update_fn(local))
        if replace:
            return access.replace(existing["_key"], body, write)
        return access.update(existing["_key"], body, write)

    return _stage(compiler, collection, upsert, ignore), _scope_after(scope)


def _first_where(
    access: CollectionAccess, condition: Callable[[Row], Any], row: Row
) -> dict[str, Any] | None:
    """``UPSERT FILTER cond``: the first document for which ``cond`` (on CURRENT) holds."""
    local = dict(row)
    for doc in access.scan():
        local[CURRENT] = doc
        if to_bool(condition(local)):
            return doc
    return None


def _matches(doc: dict[str, Any], example: dict[str, Any]) -> bool:
    return all(equals(doc.get(k), v) for k, v in example.items())


def find_match(access: CollectionAccess, example: dict[str, Any]) -> dict[str, Any] | None:
    """The first document equal to ``example`` on all its attributes (index-assisted)."""
    key = example.get("_key")
    if isinstance(key, str):
        doc = access.get(key)
        return doc if doc is not None and _matches(doc, example) else None
    candidates = None
    usable = [
        index
        for index in access.indexes()
        if index.type in ("persistent", "hash", "skiplist")
        and index.fields
        and all(f in example for f in index.fields)
        and not (index.sparse and any(example[f] is None for f in index.fields))
        and not any("[*]" in f for f in index.fields)
    ]
    if usable:  # the most selective: unique first, then the most fields
        index = max(usable, key=lambda i: (bool(i.unique), len(i.fields)))
        candidates = access.lookup(index.id, [example[f] for f in index.fields])
    if candidates is None and access.is_edge and "_from" in example:
        candidates = (
            access.edges(example["_from"], "out") if isinstance(example["_from"], str) else []
        )
    for doc in candidates if candidates is not None else access.scan():
        if _matches(doc, example):
            return doc
    return None
