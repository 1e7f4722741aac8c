"""Ordering helpers for range lookups that an index structure cannot answer alone."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from arangolite.storage.api import UNBOUNDED
from arangolite.storage.index import Index
from arangolite.storage.indexkeys import sort_key


def _walk(doc: dict[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = doc
    for part in path:
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def in_field_order(docs: list[dict[str, Any]], index: Index, field: int) -> list[dict[str, Any]]:
    """``docs`` sorted by the index's ``field``-th attribute (AQL order)."""
    parsed = getattr(index, "parsed", None)
    if parsed is None or field >= len(parsed):
        return docs
    path = parsed[field][0]
    return sorted(docs, key=lambda d: sort_key(_walk(d, path)))


def primary_range(
    docs: Iterable[dict[str, Any]], low: Any, low_inc: bool, high: Any, high_inc: bool
) -> list[dict[str, Any]]:
    """Documents whose ``_key`` lies in the range, in key order (AQL string order)."""
    low_sk = None if low is UNBOUNDED else sort_key(low)
    high_sk = None if high is UNBOUNDED else sort_key(high)
    out = []
    for doc in docs:
        key_sk = sort_key(doc["_key"])
        if low_sk is not None and (key_sk < low_sk or (key_sk == low_sk and not low_inc)):
            continue
        if high_sk is not None and (key_sk > high_sk or (key_sk == high_sk and not high_inc)):
            continue
        out.append((key_sk, doc))
    out.sort(key=lambda pair: pair[0])
    return [doc for _, doc in out]
