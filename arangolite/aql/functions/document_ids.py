"""AQL functions on document identifiers (``collection/key``): PARSE_IDENTIFIER,
PARSE_COLLECTION, PARSE_KEY and IS_SAME_COLLECTION (document-object.md)."""

from __future__ import annotations

from typing import Any

from arangolite.aql.functions.registry import FunctionContext, Registry, invalid_argument

registry = Registry()


def _split(ctx: FunctionContext, name: str, value: Any) -> tuple[str, str] | None:
    """``(collection, key)`` of an ``_id`` string or of a document's ``_id``."""
    if isinstance(value, dict):
        value = value.get("_id")
    text = value if isinstance(value, str) else ""
    collection, slash, key = text.partition("/")
    if not slash or "/" in key:
        invalid_argument(ctx, name)
        return None
    return collection, key


@registry.function("PARSE_IDENTIFIER", 1, 1)
def parse_identifier(ctx: FunctionContext, value: Any) -> Any:
    parts = _split(ctx, "PARSE_IDENTIFIER", value)
    return None if parts is None else {"collection": parts[0], "key": parts[1]}


@registry.function("PARSE_COLLECTION", 1, 1)
def parse_collection(ctx: FunctionContext, value: Any) -> Any:
    parts = _split(ctx, "PARSE_COLLECTION", value)
    return None if parts is None else parts[0]


@registry.function("PARSE_KEY", 1, 1)
def parse_key(ctx: FunctionContext, value: Any) -> Any:
    parts = _split(ctx, "PARSE_KEY", value)
    return None if parts is None else parts[1]


def _collection_name(value: Any) -> str:
    """The collection part of a name, an ``_id`` or a document's ``_id``; '' if none."""
    if isinstance(value, dict):
        value = value.get("_id")
    if not isinstance(value, str):
        return ""
    return value.partition("/")[0]


@registry.function("IS_SAME_COLLECTION", 2, 2)
def is_same_collection(ctx: FunctionContext, collection: Any, document: Any) -> Any:
    """Whether a document (or ``_id``) belongs to the named collection."""
    first, second = _collection_name(collection), _collection_name(document)
    if not first or not second:
        invalid_argument(ctx, "IS_SAME_COLLECTION")
        return None
    return first == second
