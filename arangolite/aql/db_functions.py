"""AQL functions that need the database: DOCUMENT, LENGTH of a collection, COLLECTIONS …"""

from __future__ import annotations

from typing import Any

from arangolite.aql.builtins import CollectionName
from arangolite.aql.context import QueryContext
from arangolite.aql.functions.registry import Registry, invalid_argument
from arangolite.errors import ArangoliteError
from arangolite.users_access import readable

registry = Registry()


def _library(name: str) -> Any:
    from arangolite.aql.functions.catalog import BUILTINS

    return BUILTINS[name].fn


def _fetch(ctx: QueryContext, collection: str, key: str) -> dict[str, Any] | None:
    try:
        access = ctx.collection(collection)
    except ArangoliteError:
        return None
    return access.get(key)


def _by_handle(ctx: QueryContext, handle: Any, default_collection: str | None) -> Any:
    if isinstance(handle, dict):
        handle = handle.get("_id")
    if not isinstance(handle, str):
        return None
    if "/" in handle:
        collection, _, key = handle.partition("/")
        if default_collection is not None and collection != default_collection:
            return None
        return _fetch(ctx, collection, key)
    if default_collection is None:
        return None
    return _fetch(ctx, default_collection, handle)


@registry.function("DOCUMENT", 1, 2)
def document(ctx: QueryContext, first: Any, second: Any = None) -> Any:
    """DOCUMENT(id | [ids]) or DOCUMENT(collection, key | id | [keys])."""
    if second is None and not isinstance(first, CollectionName):
        handles, collection = first, None
    else:
        if not isinstance(first, str):
            invalid_argument(ctx, "DOCUMENT")
            return None
        handles, collection = second, str(first)
    if isinstance(handles, list):
        found = (_by_handle(ctx, h, collection) for h in handles)
        return [doc for doc in found if doc is not None]
    return _by_handle(ctx, handles, collection)


def _collection_count(ctx: QueryContext, name: str) -> int:
    return ctx.collection(name).count()


@registry.function("LENGTH", 1, 1)
def length(ctx: QueryContext, value: Any) -> Any:
    if isinstance(value, CollectionName):
        return _collection_count(ctx, value)
    return _library("LENGTH")(ctx, value)


@registry.function("COUNT", 1, 1)
def count(ctx: QueryContext, value: Any) -> Any:
    return length(ctx, value)


@registry.function("COLLECTION_COUNT", 1, 1)
def collection_count(ctx: QueryContext, value: Any) -> Any:
    if not isinstance(value, str):
        invalid_argument(ctx, "COLLECTION_COUNT")
        return None
    return _collection_count(ctx, value)


@registry.function("COLLECTIONS", 0, 0)
def collections(ctx: QueryContext) -> list[dict[str, str]]:
    infos = sorted(ctx.db.collection_infos(), key=lambda info: info.name)
    return [
        {"_id": info.id, "name": info.name} for info in infos if readable(ctx.db.name, info.name)
    ]


@registry.function("CURRENT_DATABASE", 0, 0)
def current_database(ctx: QueryContext) -> str:
    return ctx.db.name


@registry.function("CURRENT_USER", 0, 0)
def current_user(ctx: QueryContext) -> str | None:
    return ctx.user
