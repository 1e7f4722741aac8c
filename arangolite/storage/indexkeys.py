"""How documents turn into index entries.

An index field is an attribute path (``a.b.c``), optionally with one array
expansion (``tags[*]`` or ``tags[*].name``). :func:`entries_of` gives the value
tuples a document contributes to an index; :func:`hash_key` makes a value
hashable with AQL's equality (``1 == 1.0``, ``true != 1``, object key order
irrelevant); :func:`sort_key` orders values like AQL does, with Python's own
tuple comparison so sorting stays in C.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import product
from typing import Any

from arangolite.aql.values import collation_key

_MISSING: Any = object()

# a sort key above every value's key (type ranks are 0..5)
TOP: tuple[int] = (9,)


def parse_field(field: str) -> tuple[tuple[str, ...], tuple[str, ...] | None]:
    """Split ``a.b[*].c`` into the path before the expansion and the path after it.

    The second part is None when the field has no ``[*]``.
    """
    if "[*]" not in field:
        return tuple(field.split(".")), None
    head, _, tail = field.partition("[*]")
    rest = tuple(p for p in tail.split(".") if p) if tail else ()
    return tuple(head.split(".")), rest


def _walk(doc: Any, path: Sequence[str]) -> Any:
    value = doc
    for part in path:
        if not isinstance(value, dict):
            return _MISSING
        value = value.get(part, _MISSING)
        if value is _MISSING:
            return _MISSING
    return value


def field_values(
    doc: dict[str, Any], parsed: tuple[tuple[str, ...], tuple[str, ...] | None]
) -> list[Any] | None:
    """Values one field contributes: one value, several (expansion), or None to skip.

    A missing attribute counts as null. An expanded field whose value is not an
    array contributes nothing (None).
    """
    path, sub = parsed
    value = _walk(doc, path)
    if sub is None:
        return [None if value is _MISSING else value]
    if not isinstance(value, list):
        return None
    out = []
    for item in value:
        inner = _walk(item, sub) if sub else item
        out.append(None if inner is _MISSING else inner)
    return out


def entries_of(
    doc: dict[str, Any],
    parsed_fields: Sequence[tuple[tuple[str, ...], tuple[str, ...] | None]],
    *,
    sparse: bool,
    deduplicate: bool = True,
) -> list[tuple[Any, ...]]:
    """The value tuples ``doc`` adds to an index over ``parsed_fields``.

    Sparse indexes skip documents where any field is null or missing.
    """
    if len(parsed_fields) == 1 and parsed_fields[0][1] is None:
        value = _walk(doc, parsed_fields[0][0])
        if value is _MISSING or value is None:
            return [] if sparse else [(None,)]
        return [(value,)]
    per_field: list[list[Any]] = []
    for parsed in parsed_fields:
        values = field_values(doc, parsed)
        if values is None:
            return []
        if sparse:
            values = [v for v in values if v is not None]
            if not values:
                return []
        per_field.append(values)
    combos = [tuple(c) for c in product(*per_field)]
    if deduplicate and len(combos) > 1:
        seen: dict[Any, tuple[Any, ...]] = {}
        for combo in combos:
            seen.setdefault(hash_key(combo), combo)
        combos = list(seen.values())
    return combos


def hash_key(value: Any) -> Any:
    """A hashable stand-in for ``value`` that is equal exactly when AQL ``==`` is true."""
    kind = type(value)
    if kind is str or kind is int or kind is float or value is None:
        return value
    if kind is bool:
        return (1, value)
    if kind is list or kind is tuple:
        return (4, tuple(hash_key(v) for v in value))
    if kind is dict:
        return (5, tuple(sorted((k, hash_key(v)) for k, v in value.items())))
    return (2, value)


def sort_key(value: Any) -> Any:
    """A key ordering values as AQL does (null < bool < number < string < array < object)."""
    kind = type(value)
    if value is None:
        return (0,)
    if kind is bool:
        return (1, value)
    if kind is int or kind is float:
        return (2, value)
    if kind is str:
        return (3, collation_key(value))
    if kind is list or kind is tuple:
        return (4, tuple(sort_key(v) for v in value))
    if kind is dict:
        return (5, tuple((k, sort_key(value[k])) for k in sorted(value)))
    return (0,)


def sorted_from_hashed(hashed: Any) -> Any:
    """:func:`sort_key` of the value behind a :func:`hash_key` result."""
    kind = type(hashed)
    if kind is tuple:
        tag = hashed[0]
        if tag == 1:
            return (1, hashed[1])
        if tag == 4:
            return (4, tuple(sorted_from_hashed(v) for v in hashed[1]))
        if tag == 5:
            return (5, tuple((k, sorted_from_hashed(v)) for k, v in hashed[1]))
        return (2, hashed[1])
    return sort_key(hashed)
